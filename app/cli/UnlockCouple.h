#pragma once

#include "cli/Commands.h"
#include "cli/Unlock.h"
#include "couple/CoupleSpace.h"

#include <expected>
#include <memory>
#include <optional>
#include <string>

namespace twofold::cli {

// One partner unlocked with their couple space open. The session lives on the heap so
// the space's reference to it survives moves; the space is declared after it, so it is
// closed first.
struct UnlockedCouple
{
    std::unique_ptr<UnlockedPartner> unlocked;
    std::optional<CoupleSpace> space;
    std::string partnerName; // "your partner" while nobody else has enrolled, or unsigned

    CoupleSpace& couple() { return *space; }
};

// unlockPartner(), then CoupleSpace::open with the shipped prompt packs right away, so
// this partner's pending grants are written before anything is shown (DESIGN.md §4).
std::expected<UnlockedCouple, int> unlockCouple(const Invocation& invocation);

} // namespace twofold::cli
