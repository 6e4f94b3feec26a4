// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Bytes.h"
#include "common/Result.h"
#include "couple/Envelope.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace twofold {

class CoupleSpace;

// The shared steps of the weekly review (issue 15): values as stored in couple.db.
enum class NoteKind
{
    WentWell = 1,
    TalkTopic = 2,
    Heard = 3,
    KindWord = 4, // on last week's intention of the partner `about` names
};

inline constexpr std::size_t kMaxReviewNoteBytes = 2000;

struct ReviewNote
{
    std::string id;
    std::string partnerId; // who wrote (and signed) it
    std::string about;     // KindWord: whose intention; '' otherwise
    std::string text;      // empty unless Readable
    NoteKind kind = NoteKind::WentWell;
    ItemState state = ItemState::Readable;
};

// The shared notes of a weekly review (couple.db review_notes; docs/ARCHITECTURE.md,
// "Signed records (protocol v2)"). Unlike the private steps they are plain rows, as intentions are, and
// signed by the partner who wrote them: a note edited, or written under the other's name,
// by someone with the couple key is Damaged and shows no words. Reads and writes go
// through `space` (the reader); in Together mode a note may be written by the partner's
// space, and is then signed with their key.
class ReviewNotes
{
public:
    explicit ReviewNotes(CoupleSpace& space);

    // Writes a note of `author` (this space, or its Together partner) and returns its id:
    // a new one when `id` is empty, else the author's note of that id, replaced. Empty
    // text removes the note (and returns its id). Text is at most kMaxReviewNoteBytes of
    // UTF-8; `about` is a partner id for KindWord and empty otherwise.
    Result<std::string> put(std::string_view reviewDate, NoteKind kind, const CoupleSpace& author,
                            std::string_view text, std::string_view id = {}, std::string_view about = {});
    // The notes of a date and kind, in the order written.
    Result<std::vector<ReviewNote>> notes(std::string_view reviewDate, NoteKind kind);
    // What a format 2 review record signs (detail::reviewContentsHash), as couple.db holds
    // it now: the notes of the date, every envelope revealed on the date's three private
    // steps (detail::ReviewNoteStore::revealedSteps) and the date's intentions. The one
    // definition of a review's contents: saving signs it, reopening compares with it.
    Result<Bytes> contentsHash(std::string_view reviewDate);

private:
    friend class WeeklyReview;
    // put() without a transaction of its own (WeeklyReview's save holds one).
    Result<std::string> write(std::string_view reviewDate, NoteKind kind, const CoupleSpace& author,
                              std::string_view text, std::string_view id, std::string_view about);
    Status checkAuthor(const CoupleSpace& author) const;

    CoupleSpace* m_space;
};

} // namespace twofold
