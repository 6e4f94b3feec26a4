// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>

namespace twofold {

// The private weekly check-in (DESIGN.md §5): four ratings from 1 to 5 and two short
// notes. Check-ins are reciprocal: both are revealed together or not at all.
//
// Nothing is ever forced: a rating left empty means "rather not say" (nothing is
// pre-filled), and so does an empty note. The review shows "—" for either.
struct CheckIn
{
    std::optional<int> emotional;
    std::optional<int> physical;
    std::optional<int> spiritual;
    std::optional<int> trust;
    std::string appreciated; // "one thing I appreciated"; empty: rather not say
    std::string need;        // "one thing I need"; empty: rather not say

    // In the order the check-in asks them: emotional, physical, spiritual, trust.
    std::array<std::optional<int>, 4> ratings() const { return {emotional, physical, spiritual, trust}; }

    bool operator==(const CheckIn&) const = default;
};

inline constexpr std::size_t kCheckInRatings = 4;
inline constexpr std::size_t kMaxCheckInNoteBytes = 4000;

} // namespace twofold
