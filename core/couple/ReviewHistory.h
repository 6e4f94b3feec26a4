// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"
#include "couple/CheckIn.h"
#include "couple/CoupleSpace.h"
#include "couple/ReviewNotes.h"
#include "couple/ReviewSteps.h"
#include "couple/WeeklyReview.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace twofold {

// One partner's check-in ratings of one saved review, as the history's chart draws them:
// only a check-in both partners revealed to each other; "rather not say" is a gap.
struct RatingPoint
{
    std::string reviewDate;
    bool mine = false; // this space's partner; else the other partner
    std::array<std::optional<int>, 4> ratings{};
};

// A saved review reopened read-only: its record, what its private steps revealed and its
// notes. A private step shows only what both revealed to each other: otherwise both
// TopicView::mine and ::partners are empty (the shared screen shows neither side).
struct SavedReview
{
    ReviewRecord record; // changedBehindYourBack set as WeeklyReview::reopen() does
    TopicView<Appreciations> appreciations;
    TopicView<CheckIn> checkIn;
    TopicView<std::string> loved;
    std::vector<ReviewNote> notes; // every kind, in NoteKind then written order
};

// The weeks as they were: saved reviews' dates, the chart's ratings and any review
// reopened read-only. Nothing counts missed weeks, streaks or scores.
class ReviewHistory
{
public:
    explicit ReviewHistory(CoupleSpace& space);

    // Saved reviews' dates, oldest first: removed ones too (WeeklyReview::history).
    Result<std::vector<std::string>> dates();
    // For every saved review whose check-in both partners revealed to each other, one
    // point each (mine and my partner's), oldest first. Nothing else: no averages.
    Result<std::vector<RatingPoint>> ratings();
    // The saved review of `reviewDate`, or nullopt when none was saved (or its record does
    // not check). A removed review (record.removed) holds its date only.
    Result<std::optional<SavedReview>> open(std::string_view reviewDate);

private:
    CoupleSpace* m_space;
};

} // namespace twofold
