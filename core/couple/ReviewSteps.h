// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "couple/Envelope.h"
#include "couple/TogetherReview.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace twofold {

// The guided weekly review (DESIGN.md §5, the shape of the Gottman "State of the Union"
// meeting), one step a screen, in this order. Every step can be skipped by either
// partner without the other seeing why.
enum class ReviewStep
{
    Appreciations,  // private: up to five things each appreciated this week
    WentWell,       // shared: what went well between us
    CheckIn,        // private: the four connection ratings, each with "rather not say"
    Talk,           // shared: one topic, a speaker and a listener, a gentle timer
    LastIntentions, // shared: last week's intentions, kind words, no score
    Loved,          // private: "What can I do this week to make you feel more loved?"
    SideBySide,     // the week's revealed answers side by side, offered entries
    Save,
};

inline constexpr std::size_t kReviewSteps = 8;

// A private step: each partner writes in turn, unseen; both are revealed together once
// both had their turn and both wrote, otherwise nothing is shown ("nothing this week").
constexpr bool isPrivate(ReviewStep step)
{
    return step == ReviewStep::Appreciations || step == ReviewStep::CheckIn || step == ReviewStep::Loved;
}

inline constexpr std::size_t kMaxAppreciations = 5;
inline constexpr std::size_t kMaxAppreciationBytes = 1000;
// A loved answer becomes the receiver's intention for next week: it fits one.
inline constexpr std::size_t kMaxLovedBytes = 2000;

// One partner's appreciations of the week: 1 to kMaxAppreciations non-empty items.
struct Appreciations
{
    std::vector<std::string> items;

    bool operator==(const Appreciations&) const = default;
};

// Whether a partner had their turn at a private step in this sitting. A submission and a
// skip are the same HadTurn: the other partner cannot tell them apart, in memory or on disk.
enum class TurnState
{
    Waiting,
    HadTurn,
};

inline std::size_t sideIndex(ReviewSide side)
{
    return side == ReviewSide::First ? 0 : 1;
}

// A private step as the shared screen may show it.
template <typename T> struct PrivateStepView
{
    std::array<TurnState, 2> turns{TurnState::Waiting, TurnState::Waiting}; // by sideIndex(ReviewSide)
    // Both wrote, both revealed: `first` and `second` hold the words (or Damaged).
    bool revealed = false;
    // Both had their turn and not both wrote: nothing is revealed. Never says who.
    bool nothingThisWeek = false;
    std::optional<Opened<T>> first;  // only when revealed
    std::optional<Opened<T>> second; // only when revealed

    TurnState turn(ReviewSide side) const { return turns[sideIndex(side)]; }
};

// Who speaks in the Talk step and since when (UTC ms on the session's clock).
struct TalkTurn
{
    ReviewSide speaker = ReviewSide::First;
    std::int64_t startedMs = 0;
    int minutes = 0; // the gentle timer's length; nothing happens when it runs out
};

inline constexpr int kTalkTurnMinutes = 5;

} // namespace twofold
