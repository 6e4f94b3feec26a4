// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "couple/detail/EnvelopeStore.h"

#include "common/Propagate.h"
#include "storage/Database.h"
#include "storage/Statement.h"

namespace twofold::detail {

namespace {

constexpr std::string_view kEnvelopeColumns =
    "id, author_id, kind, topic, ciphertext, author_seal, created_at, "
    "version, is_current, format, question_hash, signature";

int kindValue(EnvelopeKind kind)
{
    return static_cast<int>(kind);
}

EnvelopeRow readEnvelope(const Statement& s)
{
    EnvelopeRow row;
    row.id = s.columnText(0);
    row.authorId = s.columnText(1);
    row.kind = static_cast<EnvelopeKind>(s.columnInt(2));
    row.topic = s.columnText(3);
    row.ciphertext = s.columnBlob(4);
    row.authorSeal = s.columnBlob(5);
    row.createdMs = s.columnInt(6);
    row.version = s.columnInt(7);
    row.current = s.columnInt(8) != 0;
    row.format = static_cast<int>(s.columnInt(9));
    row.questionHash = s.columnBlob(10);
    row.signature = s.columnBlob(11);
    return row;
}

template <typename T, typename ReadRow> Result<std::vector<T>> collect(Statement& stmt, ReadRow readRow)
{
    std::vector<T> rows;
    auto read = forEachRow(stmt, [&](const Statement& s) { rows.push_back(readRow(s)); });
    if (!read) {
        return propagate(read);
    }
    return rows;
}

template <typename T> Result<std::optional<T>> first(Result<std::vector<T>> rows)
{
    if (!rows) {
        return propagate(rows);
    }
    if (rows->empty()) {
        return std::optional<T>();
    }
    return std::optional<T>(std::move(rows->front()));
}

std::string selectEnvelopes(std::string_view where)
{
    return "SELECT " + std::string(kEnvelopeColumns) + " FROM envelopes WHERE " + std::string(where) + ";";
}

} // namespace

Result<std::optional<EnvelopeRow>> EnvelopeStore::byId(std::string_view id)
{
    auto stmt = m_db->prepareCached(selectEnvelopes("id = ?"));
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, id);
    return first(collect<EnvelopeRow>(*stmt, readEnvelope));
}

Result<std::optional<EnvelopeRow>> EnvelopeStore::current(std::string_view authorId, const Topic& topic)
{
    auto stmt =
        m_db->prepareCached(selectEnvelopes("author_id = ? AND kind = ? AND topic = ? AND is_current = 1"));
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, authorId).bind(2, kindValue(topic.kind)).bind(3, topic.key);
    return first(collect<EnvelopeRow>(*stmt, readEnvelope));
}

Result<std::vector<EnvelopeRow>> EnvelopeStore::versions(std::string_view authorId, const Topic& topic)
{
    auto stmt = m_db->prepareCached(
        selectEnvelopes("author_id = ? AND kind = ? AND topic = ? ORDER BY is_current DESC, version DESC"));
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, authorId).bind(2, kindValue(topic.kind)).bind(3, topic.key);
    return collect<EnvelopeRow>(*stmt, readEnvelope);
}

Result<std::vector<EnvelopeRow>> EnvelopeStore::byAuthor(std::string_view authorId, EnvelopeKind kind)
{
    auto stmt =
        m_db->prepareCached(selectEnvelopes("author_id = ? AND kind = ? ORDER BY created_at DESC, id"));
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, authorId).bind(2, kindValue(kind));
    return collect<EnvelopeRow>(*stmt, readEnvelope);
}

Result<std::vector<EnvelopeRow>> EnvelopeStore::allByAuthor(std::string_view authorId)
{
    auto stmt = m_db->prepareCached(selectEnvelopes("author_id = ? ORDER BY kind, topic, version"));
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, authorId);
    return collect<EnvelopeRow>(*stmt, readEnvelope);
}

Result<std::vector<EnvelopeRow>> EnvelopeStore::headersByAuthor(std::string_view authorId)
{
    auto stmt =
        m_db->prepareCached("SELECT id, author_id, kind, topic, created_at, version, is_current, format, "
                            "question_hash, signature FROM envelopes "
                            "WHERE author_id = ? ORDER BY kind, topic, version;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, authorId);
    return collect<EnvelopeRow>(*stmt, [](const Statement& s) {
        EnvelopeRow row;
        row.id = s.columnText(0);
        row.authorId = s.columnText(1);
        row.kind = static_cast<EnvelopeKind>(s.columnInt(2));
        row.topic = s.columnText(3);
        row.createdMs = s.columnInt(4);
        row.version = s.columnInt(5);
        row.current = s.columnInt(6) != 0;
        row.format = static_cast<int>(s.columnInt(7));
        row.questionHash = s.columnBlob(8);
        row.signature = s.columnBlob(9);
        return row;
    });
}

Status EnvelopeStore::insert(const EnvelopeRow& row)
{
    auto stmt = m_db->prepareCached("INSERT INTO envelopes (" + std::string(kEnvelopeColumns) +
                                    ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, row.id)
        .bind(2, row.authorId)
        .bind(3, kindValue(row.kind))
        .bind(4, row.topic)
        .bind(5, row.ciphertext)
        .bind(6, row.authorSeal)
        .bind(7, row.createdMs)
        .bind(8, row.version)
        .bind(9, row.current ? 1 : 0)
        .bind(10, row.format)
        .bind(11, row.questionHash)
        .bind(12, row.signature);
    return stmt->run();
}

Status EnvelopeStore::remove(std::string_view id)
{
    auto stmt = m_db->prepareCached("DELETE FROM envelopes WHERE id = ?;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, id);
    return stmt->run();
}

Status EnvelopeStore::markEarlier(std::string_view id)
{
    auto stmt = m_db->prepareCached("UPDATE envelopes SET is_current = 0 WHERE id = ?;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, id);
    return stmt->run();
}

Status EnvelopeStore::setSignature(std::string_view id, ByteView questionHash, ByteView signature)
{
    auto stmt = m_db->prepareCached("UPDATE envelopes SET question_hash = ?, signature = ? WHERE id = ?;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, questionHash).bind(2, signature).bind(3, id);
    return stmt->run();
}

Result<std::vector<LegacyConsent>> EnvelopeStore::legacyConsents(std::string_view partnerId)
{
    auto stmt = m_db->prepareCached(
        "SELECT kind, topic, envelope_id, ciphertext_hash, tag FROM consents WHERE partner_id = ?;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, partnerId);
    return collect<LegacyConsent>(*stmt, [](const Statement& s) {
        return LegacyConsent{static_cast<EnvelopeKind>(s.columnInt(0)), s.columnText(1), s.columnText(2),
                             s.columnBlob(3), s.columnBlob(4)};
    });
}

Status EnvelopeStore::removeLegacyConsents(std::string_view partnerId)
{
    auto stmt = m_db->prepareCached("DELETE FROM consents WHERE partner_id = ?;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, partnerId);
    return stmt->run();
}

Result<std::optional<Bytes>> EnvelopeStore::grant(std::string_view envelopeId, std::string_view readerId)
{
    auto stmt = m_db->prepareCached("SELECT seal FROM grants WHERE envelope_id = ? AND reader_id = ?;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, envelopeId).bind(2, readerId);
    return first(collect<Bytes>(*stmt, [](const Statement& s) { return s.columnBlob(0); }));
}

Status EnvelopeStore::putGrant(std::string_view envelopeId, std::string_view readerId, ByteView seal,
                               std::int64_t atMs)
{
    auto stmt = m_db->prepareCached(
        "INSERT OR REPLACE INTO grants (envelope_id, reader_id, seal, granted_at) VALUES (?, ?, ?, ?);");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, envelopeId).bind(2, readerId).bind(3, seal).bind(4, atMs);
    return stmt->run();
}

Status EnvelopeStore::removeGrant(std::string_view envelopeId, std::string_view readerId)
{
    auto stmt = m_db->prepareCached("DELETE FROM grants WHERE envelope_id = ? AND reader_id = ?;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, envelopeId).bind(2, readerId);
    return stmt->run();
}

Result<int> EnvelopeStore::removeGrants(std::string_view authorId, const Topic& topic,
                                        std::string_view readerId)
{
    auto stmt =
        m_db->prepareCached("DELETE FROM grants WHERE reader_id = ? AND envelope_id IN"
                            " (SELECT id FROM envelopes WHERE author_id = ? AND kind = ? AND topic = ?);");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, readerId).bind(2, authorId).bind(3, kindValue(topic.kind)).bind(4, topic.key);
    if (auto st = stmt->run(); !st) {
        return propagate(st);
    }
    return m_db->changes();
}

Result<std::vector<std::pair<std::string, Bytes>>> EnvelopeStore::grantSeals(std::string_view authorId,
                                                                             std::string_view readerId)
{
    auto stmt = m_db->prepareCached(
        "SELECT g.envelope_id, g.seal FROM envelopes e"
        " JOIN grants g ON g.envelope_id = e.id WHERE e.author_id = ? AND g.reader_id = ?;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, authorId).bind(2, readerId);
    return collect<std::pair<std::string, Bytes>>(*stmt, [](const Statement& s) {
        return std::pair{s.columnText(0), s.columnBlob(1)};
    });
}

Result<std::vector<std::string>> EnvelopeStore::grantedIds(std::string_view authorId,
                                                           std::string_view readerId)
{
    auto stmt =
        m_db->prepareCached("SELECT g.envelope_id FROM grants g JOIN envelopes e ON e.id = g.envelope_id"
                            " WHERE e.author_id = ? AND g.reader_id = ?;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, authorId).bind(2, readerId);
    return stmt->textColumn(0);
}

Result<std::vector<EnvelopeRow>> EnvelopeStore::grantedTo(std::string_view readerId,
                                                          std::string_view authorId, EnvelopeKind kind)
{
    auto stmt = m_db->prepareCached(selectEnvelopes(
        "author_id = ?2 AND kind = ?3 AND id IN (SELECT envelope_id FROM grants WHERE reader_id = ?1)"
        " ORDER BY created_at DESC, id"));
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, readerId).bind(2, authorId).bind(3, kindValue(kind));
    return collect<EnvelopeRow>(*stmt, readEnvelope);
}

Result<std::vector<PartnerTopicRow>> EnvelopeStore::partnerTopics(std::string_view partnerId,
                                                                  std::string_view me, EnvelopeKind kind)
{
    // One row per version, in the index's (topic) order, folded per topic here: SQLite's
    // GROUP BY copies every group key, and with cipher_memory_security each copy is an
    // allocation and two system calls (§7: 1,000 prompts listed in < 10 ms).
    auto stmt = m_db->prepareCached(
        // Published = agreed: signed (protocol v2), or a protocol v1 row its author's
        // consent names (until their next session moves it into their journal). CASE, not
        // OR: the consents lookup runs only for unsigned rows.
        "SELECT e.topic, e.is_current,"
        " CASE WHEN e.signature IS NOT NULL THEN 1 ELSE EXISTS (SELECT 1 FROM consents c"
        "   WHERE c.partner_id = e.author_id AND c.kind = e.kind AND c.topic = e.topic AND c.envelope_id = "
        "e.id)"
        " END,"
        " g.envelope_id IS NOT NULL"
        " FROM envelopes e LEFT JOIN grants g ON g.envelope_id = e.id AND g.reader_id = ?2"
        " WHERE e.author_id = ?1 AND e.kind = ?3 ORDER BY e.topic;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, partnerId).bind(2, me).bind(3, kindValue(kind));
    std::vector<PartnerTopicRow> rows;
    auto read = forEachRow(*stmt, [&](const Statement& s) {
        std::string topic = s.columnText(0);
        if (rows.empty() || rows.back().topic != topic) {
            rows.push_back(PartnerTopicRow{kind, std::move(topic)});
        }
        PartnerTopicRow& row = rows.back();
        const bool current = s.columnInt(1) != 0;
        const bool granted = s.columnInt(3) != 0;
        row.published = row.published || (current && s.columnInt(2) != 0);
        row.currentGranted = row.currentGranted || (current && granted);
        row.earlierGranted = row.earlierGranted || (!current && granted);
    });
    if (!read) {
        return propagate(read);
    }
    return rows;
}

Result<std::vector<PartnerKeys>> EnvelopeStore::partnerKeys()
{
    auto stmt =
        m_db->prepareCached("SELECT id, public_key, sign_public_key FROM partners ORDER BY joined_at, id;");
    if (!stmt) {
        return propagate(stmt);
    }
    return collect<PartnerKeys>(*stmt, [](const Statement& s) {
        return PartnerKeys{s.columnText(0), s.columnBlob(1), s.columnBlob(2)};
    });
}

Status EnvelopeStore::setSignKey(std::string_view partnerId, ByteView signPublicKey)
{
    auto stmt = m_db->prepareCached("UPDATE partners SET sign_public_key = ? WHERE id = ?;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, signPublicKey).bind(2, partnerId);
    return stmt->run();
}

} // namespace twofold::detail
