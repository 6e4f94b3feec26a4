#pragma once

#include <cstddef>
#include <string>

namespace twofold {

// The private weekly check-in (DESIGN.md §5): four ratings from 1 to 5 and two short
// notes. Check-ins are reciprocal: both are revealed together or not at all.
struct CheckIn
{
    int emotional = 3;
    int physical = 3;
    int spiritual = 3;
    int trust = 3;
    std::string appreciated; // "one thing I appreciated"
    std::string need;        // "one thing I need"

    bool operator==(const CheckIn&) const = default;
};

inline constexpr std::size_t kMaxCheckInNoteBytes = 4000;

} // namespace twofold
