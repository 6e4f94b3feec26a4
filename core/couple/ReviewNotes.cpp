// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "couple/ReviewNotes.h"

#include "common/Propagate.h"
#include "couple/CoupleSpace.h"
#include "couple/WeeklyReview.h"
#include "couple/detail/EnvelopeCrypto.h"
#include "couple/detail/ReviewNoteStore.h"
#include "couple/detail/SignedRecords.h"
#include "journal/detail/Utf8.h"
#include "storage/Transaction.h"
#include "vault/Session.h"

namespace twofold {

namespace {

bool isNoteKind(NoteKind kind)
{
    const int value = static_cast<int>(kind);
    return value >= static_cast<int>(NoteKind::WentWell) && value <= static_cast<int>(NoteKind::KindWord);
}

} // namespace

ReviewNotes::ReviewNotes(CoupleSpace& space) : m_space(&space) {}

Status ReviewNotes::checkAuthor(const CoupleSpace& author) const
{
    if (auto st = m_space->checkUnlocked(); !st) {
        return st;
    }
    if (auto st = author.checkUnlocked(); !st) {
        return st;
    }
    // This space's own partner, or the Together partner (whose session signs).
    if (&author != m_space && (m_space->m_together != &author || author.m_myId != m_space->m_partnerId)) {
        return fail(ErrorCode::InvalidArgument, "a note is written by this partner or the Together partner");
    }
    return {};
}

Result<std::string> ReviewNotes::put(std::string_view reviewDate, NoteKind kind, const CoupleSpace& author,
                                     std::string_view text, std::string_view id, std::string_view about)
{
    if (auto st = checkAuthor(author); !st) {
        return propagate(st);
    }
    auto tx = m_space->db().transaction();
    if (!tx) {
        return propagate(tx);
    }
    auto written = write(reviewDate, kind, author, text, id, about);
    if (!written) {
        return written;
    }
    if (auto st = tx->commit(); !st) {
        return propagate(st);
    }
    return written;
}

Result<std::string> ReviewNotes::write(std::string_view reviewDate, NoteKind kind, const CoupleSpace& author,
                                       std::string_view text, std::string_view id, std::string_view about)
{
    if (auto st = checkAuthor(author); !st) {
        return propagate(st);
    }
    if (!WeeklyReview::isValidDate(reviewDate)) {
        return fail(ErrorCode::InvalidArgument, "a review date is YYYY-MM-DD");
    }
    if (!isNoteKind(kind)) {
        return fail(ErrorCode::InvalidArgument, "no such kind of review note");
    }
    if (!detail::fitsUtf8(text, kMaxReviewNoteBytes)) {
        return fail(ErrorCode::InvalidArgument, "a review note is at most 2000 bytes of UTF-8");
    }
    const bool aboutSomeone = kind == NoteKind::KindWord;
    if (aboutSomeone != !about.empty() ||
        (aboutSomeone && about != m_space->m_myId && about != m_space->m_partnerId)) {
        return fail(ErrorCode::InvalidArgument,
                    "a kind word is about one partner's intention; no other note is");
    }
    detail::ReviewNoteStore store(m_space->db());
    detail::ReviewNoteRow row{std::string(id),
                              std::string(reviewDate),
                              static_cast<int>(kind),
                              author.m_myId,
                              std::string(about),
                              0,
                              std::string(text),
                              m_space->m_options.clock->nowMs(),
                              {}};
    if (!id.empty()) {
        auto existing = store.get(id);
        if (!existing) {
            return propagate(existing);
        }
        const auto& old = *existing;
        if (!old || old->partnerId != author.m_myId || old->reviewDate != reviewDate ||
            old->kind != row.kind) {
            return fail(ErrorCode::NotFound, "no such note of this partner");
        }
        if (text.empty()) {
            if (auto st = store.remove(id); !st) {
                return propagate(st);
            }
            return std::string(id);
        }
        row.position = old->position;
    } else {
        if (text.empty()) {
            return fail(ErrorCode::InvalidArgument, "an empty note removes one: which?");
        }
        auto position = store.nextPosition(reviewDate, row.kind);
        if (!position) {
            return propagate(position);
        }
        row.position = *position;
        row.id = detail::newEnvelopeId(*m_space->m_options.random);
    }
    auto signature = author.m_session->sign(detail::reviewNoteMessage(row.fields()));
    if (!signature) {
        return propagate(signature);
    }
    row.signature = std::move(*signature);
    if (auto st = store.put(row); !st) {
        return propagate(st);
    }
    return row.id;
}

Result<std::vector<ReviewNote>> ReviewNotes::notes(std::string_view reviewDate, NoteKind kind)
{
    if (auto st = m_space->checkUnlocked(); !st) {
        return propagate(st);
    }
    auto rows = detail::ReviewNoteStore(m_space->db()).forDate(reviewDate, static_cast<int>(kind));
    if (!rows) {
        return propagate(rows);
    }
    detail::SignedRecords records(*m_space->m_session, m_space->m_partnerId);
    std::vector<ReviewNote> notes;
    for (auto& row : *rows) {
        // Signed by its partner (me, or the partner pinned in my journal), over every field.
        auto authentic =
            records.isAuthentic(row.partnerId, detail::reviewNoteMessage(row.fields()), row.signature);
        if (!authentic) {
            return propagate(authentic);
        }
        ReviewNote note{std::move(row.id), std::move(row.partnerId), std::move(row.about), {}, kind,
                        ItemState::Damaged};
        if (*authentic) {
            note.text = std::move(row.text);
            note.state = ItemState::Readable;
        } else {
            note.about.clear(); // nothing of a forged or edited note is shown
        }
        notes.push_back(std::move(note));
    }
    return notes;
}

Result<Bytes> ReviewNotes::contentsHash(std::string_view reviewDate)
{
    if (auto st = m_space->checkUnlocked(); !st) {
        return propagate(st);
    }
    detail::ReviewNoteStore store(m_space->db());
    auto rows = store.forDate(reviewDate);
    if (!rows) {
        return propagate(rows);
    }
    auto intentions = store.intentionMessages(reviewDate);
    if (!intentions) {
        return propagate(intentions);
    }
    auto revealed = store.revealedSteps(reviewDate);
    if (!revealed) {
        return propagate(revealed);
    }
    return detail::reviewContentsHash(*rows, *revealed, *intentions);
}

} // namespace twofold
