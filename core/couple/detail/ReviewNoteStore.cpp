// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "couple/detail/ReviewNoteStore.h"

#include "common/Propagate.h"
#include "couple/detail/EnvelopeCrypto.h"
#include "couple/detail/SignedMessage.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <algorithm>

namespace twofold::detail {

namespace {

constexpr std::string_view kColumns =
    "id, review_date, kind, partner_id, about, position, text, updated_at, signature";

ReviewNoteRow rowOf(const Statement& stmt)
{
    return ReviewNoteRow{
        stmt.columnText(0), stmt.columnText(1), static_cast<int>(stmt.columnInt(2)),
        stmt.columnText(3), stmt.columnText(4), stmt.columnInt(5),
        stmt.columnText(6), stmt.columnInt(7),  stmt.isNull(8) ? Bytes() : stmt.columnBlob(8)};
}

Result<std::vector<ReviewNoteRow>> allRows(Statement& stmt)
{
    std::vector<ReviewNoteRow> rows;
    auto read = forEachRow(stmt, [&](const Statement& s) { rows.push_back(rowOf(s)); });
    if (!read) {
        return propagate(read);
    }
    return rows;
}

} // namespace

Result<std::optional<ReviewNoteRow>> ReviewNoteStore::get(std::string_view id)
{
    auto stmt = m_db->prepare("SELECT " + std::string(kColumns) + " FROM review_notes WHERE id = ?;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, id);
    auto rows = allRows(*stmt);
    if (!rows) {
        return propagate(rows);
    }
    if (rows->empty()) {
        return std::optional<ReviewNoteRow>();
    }
    return std::optional<ReviewNoteRow>(std::move(rows->front()));
}

Result<std::vector<ReviewNoteRow>> ReviewNoteStore::forDate(std::string_view reviewDate,
                                                            std::optional<int> kind)
{
    auto stmt = m_db->prepare("SELECT " + std::string(kColumns) +
                              " FROM review_notes WHERE review_date = ? AND (? IS NULL OR kind = ?)"
                              " ORDER BY kind, position, id;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, reviewDate);
    if (kind) {
        stmt->bind(2, *kind).bind(3, *kind);
    } else {
        stmt->bind(2, std::nullopt).bind(3, std::nullopt);
    }
    return allRows(*stmt);
}

Result<std::vector<ReviewNoteRow>> ReviewNoteStore::byAuthor(std::string_view partnerId)
{
    auto stmt = m_db->prepare("SELECT " + std::string(kColumns) + " FROM review_notes WHERE partner_id = ?;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, partnerId);
    return allRows(*stmt);
}

Result<std::int64_t> ReviewNoteStore::nextPosition(std::string_view reviewDate, int kind)
{
    auto stmt = m_db->prepare(
        "SELECT coalesce(max(position), -1) + 1 FROM review_notes WHERE review_date = ? AND kind = ?;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, reviewDate).bind(2, kind);
    auto row = stmt->step();
    if (!row) {
        return propagate(row);
    }
    return *row ? stmt->columnInt(0) : 0;
}

Status ReviewNoteStore::put(const ReviewNoteRow& r)
{
    auto stmt = m_db->prepare("INSERT OR REPLACE INTO review_notes (" + std::string(kColumns) +
                              ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?);");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bindAll(r.id, r.reviewDate, r.kind, r.partnerId, r.about, r.position, r.text, r.updatedMs,
                  r.signature);
    return stmt->run();
}

Status ReviewNoteStore::remove(std::string_view id)
{
    auto stmt = m_db->prepare("DELETE FROM review_notes WHERE id = ?;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, id);
    return stmt->run();
}

Result<std::vector<Bytes>> ReviewNoteStore::intentionMessages(std::string_view reviewDate)
{
    auto stmt = m_db->prepare(
        "SELECT partner_id, text, updated_at FROM intentions WHERE review_date = ? ORDER BY partner_id;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, reviewDate);
    std::vector<Bytes> messages;
    auto read = forEachRow(*stmt, [&](const Statement& s) {
        messages.push_back(intentionMessage(reviewDate, s.columnText(0), s.columnText(1), s.columnInt(2)));
    });
    if (!read) {
        return propagate(read);
    }
    return messages;
}

Result<std::vector<RevealedEnvelope>> ReviewNoteStore::revealedSteps(std::string_view reviewDate)
{
    const std::string date(reviewDate);
    auto stmt = m_db->prepare(
        "SELECT e.id, e.ciphertext FROM envelopes e WHERE e.kind = ? AND e.topic IN (?, ?, ?)"
        " AND EXISTS (SELECT 1 FROM grants g WHERE g.envelope_id = e.id AND g.reader_id <> e.author_id)"
        " ORDER BY e.id;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, static_cast<int>(EnvelopeKind::CheckIn))
        .bind(2, Topic::checkIn(date).key)
        .bind(3, Topic::reviewStep(date, kAppreciationsStep).key)
        .bind(4, Topic::reviewStep(date, kLovedStep).key);
    std::vector<RevealedEnvelope> revealed;
    auto read = forEachRow(*stmt, [&](const Statement& s) {
        revealed.push_back(RevealedEnvelope{s.columnText(0), ciphertextHash(ByteView(s.columnBlob(1)))});
    });
    if (!read) {
        return propagate(read);
    }
    return revealed;
}

Bytes reviewContentsHash(std::span<const ReviewNoteRow> notes, std::span<const RevealedEnvelope> revealed,
                         std::span<const Bytes> intentionMessages)
{
    std::vector<const ReviewNoteRow*> sorted;
    for (const ReviewNoteRow& note : notes) {
        sorted.push_back(&note);
    }
    std::ranges::sort(sorted, {}, &ReviewNoteRow::id);
    std::vector<const RevealedEnvelope*> envelopes;
    for (const RevealedEnvelope& envelope : revealed) {
        envelopes.push_back(&envelope);
    }
    std::ranges::sort(envelopes, {}, &RevealedEnvelope::id);

    // Counts first, so no note can pass for a revealed id or an intention.
    SignedMessage contents("twofold-review-contents-v2");
    contents.field(std::to_string(sorted.size()));
    for (const ReviewNoteRow* note : sorted) {
        contents.field(note->id).field(ByteView(ciphertextHash(reviewNoteMessage(note->fields()))));
    }
    contents.field(std::to_string(envelopes.size()));
    for (const RevealedEnvelope* envelope : envelopes) {
        contents.field(envelope->id).field(ByteView(envelope->ciphertextHash));
    }
    contents.field(std::to_string(intentionMessages.size()));
    for (const Bytes& message : intentionMessages) {
        contents.field(ByteView(ciphertextHash(message)));
    }
    return ciphertextHash(contents.take()); // BLAKE2b-256
}

} // namespace twofold::detail
