// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// The weeks as they were (issue 15, "Seeing the weeks"): from what couple.db holds and
// checks now against this partner's own journal. Nothing here writes but what reading
// an envelope may (a pending grant resolved), and that happens before any hash is taken.
#include "couple/ReviewHistory.h"

#include "common/Propagate.h"

#include <algorithm>
#include <iterator>

namespace twofold {

namespace {

constexpr NoteKind kNoteKinds[] = {NoteKind::WentWell, NoteKind::TalkTopic, NoteKind::Heard,
                                   NoteKind::KindWord};

// What a private step shows once reopened: both sides when both revealed to each other,
// otherwise nothing of either (not even my own words, which the shared screen may show).
template <typename T> void keepOnlyRevealed(TopicView<T>& view)
{
    const bool both = view.status.state == RevealState::Revealed && view.mine && view.partners &&
                      !view.partnersIsEarlierVersion;
    if (!both) {
        view.mine.reset();
        view.partners.reset();
        view.partnersIsEarlierVersion = false;
    }
}

} // namespace

ReviewHistory::ReviewHistory(CoupleSpace& space) : m_space(&space) {}

Result<std::vector<std::string>> ReviewHistory::dates()
{
    // As WeeklyReview::history lists them: removed reviews too (the panel says so).
    auto records = WeeklyReview(*m_space).history();
    if (!records) {
        return propagate(records);
    }
    std::vector<std::string> dates;
    for (const ReviewRecord& record : *records) {
        dates.push_back(record.reviewDate);
    }
    std::ranges::sort(dates); // oldest first
    return dates;
}

Result<std::vector<RatingPoint>> ReviewHistory::ratings()
{
    // Each record read and checked once (history() resolves before it hashes).
    auto records = WeeklyReview(*m_space).history();
    if (!records) {
        return propagate(records);
    }
    std::ranges::reverse(*records); // oldest first
    std::vector<RatingPoint> points;
    for (const ReviewRecord& record : *records) {
        // A review whose contents changed since it was saved (a revealed check-in replaced,
        // deleted or added), or that was removed, draws no point: the chart shows only what
        // both revealed then.
        if (record.changedBehindYourBack || record.removed) {
            continue;
        }
        const std::string& date = record.reviewDate;
        auto view = m_space->readCheckIn(date);
        if (!view) {
            return propagate(view);
        }
        keepOnlyRevealed(*view);
        // Both revealed to each other and both readable under their authors' signatures:
        // one point each. A damaged side shows no rating, and then neither does the other.
        if (!view->mine || !view->partners || !view->mine->readable() || !view->partners->readable()) {
            continue;
        }
        points.push_back(RatingPoint{date, true, view->mine->value.ratings()});
        points.push_back(RatingPoint{date, false, view->partners->value.ratings()});
    }
    return points;
}

Result<std::optional<SavedReview>> ReviewHistory::open(std::string_view reviewDate)
{
    auto record = WeeklyReview(*m_space).reopen(reviewDate);
    if (!record) {
        return propagate(record);
    }
    if (!*record) {
        return std::optional<SavedReview>();
    }
    SavedReview review{std::move(**record), {}, {}, {}, {}};
    if (review.record.removed) {
        return std::optional<SavedReview>(std::move(review)); // its date, and nothing else
    }
    auto appreciations = m_space->readAppreciations(reviewDate);
    if (!appreciations) {
        return propagate(appreciations);
    }
    auto checkIn = m_space->readCheckIn(reviewDate);
    if (!checkIn) {
        return propagate(checkIn);
    }
    auto loved = m_space->readLoved(reviewDate);
    if (!loved) {
        return propagate(loved);
    }
    review.appreciations = std::move(*appreciations);
    review.checkIn = std::move(*checkIn);
    review.loved = std::move(*loved);
    keepOnlyRevealed(review.appreciations);
    keepOnlyRevealed(review.checkIn);
    keepOnlyRevealed(review.loved);
    ReviewNotes notes(*m_space);
    for (NoteKind kind : kNoteKinds) {
        auto ofKind = notes.notes(reviewDate, kind);
        if (!ofKind) {
            return propagate(ofKind);
        }
        std::ranges::move(*ofKind, std::back_inserter(review.notes));
    }
    return std::optional<SavedReview>(std::move(review));
}

} // namespace twofold
