// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"
#include "couple/CheckIn.h"
#include "couple/Envelope.h"
#include "couple/RevealState.h"
#include "couple/WeeklyReview.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace twofold {

class CoupleSpace;
class SecretBuffer;

// Which of the two partners in Together mode: First unlocked the window, Second joined.
enum class ReviewSide
{
    First,
    Second,
};

inline ReviewSide otherSide(ReviewSide side)
{
    return side == ReviewSide::First ? ReviewSide::Second : ReviewSide::First;
}

// An answer both partners agreed to reveal, both sides under the question.
struct ReviewAnswer
{
    std::string promptId;
    std::string question;
    std::optional<Opened<std::string>> first;
    std::optional<Opened<std::string>> second;
};

struct ReviewOffer
{
    ReviewSide by = ReviewSide::First;
    Opened<std::string> title;
    std::int64_t offeredMs = 0;
};

// A prompt one partner has agreed to reveal their answer to (which both already know:
// the other's own Prompts page says so). It is the other's turn. Nothing here says
// whether the other has answered: they may have, privately, or not; it looks the same.
struct ReviewTurn
{
    std::string promptId;
    std::string question;
    ReviewSide sharedBy = ReviewSide::First;

    ReviewSide turn() const { return otherSide(sharedBy); }
};

// What the weekly review shows on the screen both partners look at.
struct ReviewContents
{
    std::string reviewDate;
    std::optional<Opened<CheckIn>> firstCheckIn; // nullopt: not revealed (yet)
    std::optional<Opened<CheckIn>> secondCheckIn;
    std::vector<ReviewAnswer> answers;
    std::vector<ReviewOffer> offers;
    std::vector<ReviewTurn> turns;
};

// The weekly review in Together mode (DESIGN.md §5): both partners unlocked in one
// window, one keyboard. What it shows is only what both have already made shared —
// revealed check-ins and answers, offered entries, and prompts one partner has agreed
// to (the other's turn) — never what either holds privately. Anything done for one
// partner needs that partner: their check-in is their own private step, and sharing an
// answer from the review needs their password, so the partner at the keyboard cannot
// act for the other (DESIGN.md §1).
//
// Both spaces must be in Together mode with each other and outlive this object.
class TogetherReview
{
public:
    TogetherReview(CoupleSpace& first, CoupleSpace& second, std::string reviewDate);

    const std::string& reviewDate() const noexcept { return m_reviewDate; }
    CoupleSpace& space(ReviewSide side) { return side == ReviewSide::First ? *m_first : *m_second; }

    Result<ReviewContents> contents();
    // `side`'s private check-in; taking part agrees to reveal it together with the other's.
    Status checkIn(ReviewSide side, const CheckIn& checkIn);
    // "Share mine now", from the review: only with `side`'s own password (Argon2id; a wrong
    // one counts as a failed attempt), and only for a prompt where it is `side`'s turn.
    // NotFound when `side` has no saved answer to it.
    Result<TopicStatus> shareNow(ReviewSide side, std::string_view promptId, const SecretBuffer& password);
    // Both intentions (empty: none) and the record, in one transaction.
    Result<ReviewRecord> save(std::string_view firstIntention, std::string_view secondIntention);

private:
    Status checkTogether() const;

    CoupleSpace* m_first;
    CoupleSpace* m_second;
    std::string m_reviewDate;
};

} // namespace twofold
