// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/Random.h"
#include "prompts/PromptPack.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace twofold {

class Session;

// The couple's own prompts form this pack; each partner can switch it off like any other.
inline constexpr std::string_view kCustomPackId = "custom";
// The weekly check-in pack words the check-in (CoupleSpace::checkIn); its prompts are
// not answered one by one, so they are never listed as shared prompts.
inline constexpr std::string_view kCheckInPackId = "weekly-checkin";

enum class PackSwitch
{
    Off,
    On,
};

struct PackChoice
{
    std::string packId;
    std::string title;
    bool onForMe = false;
    bool onForPartner = false; // with no partner enrolled yet: same as onForMe

    bool onForBoth() const noexcept { return onForMe && onForPartner; }
};

struct CustomPrompt
{
    Prompt prompt;       // packId == kCustomPackId
    std::string addedBy; // partner id
    std::int64_t createdMs = 0;
    std::int64_t updatedMs = 0;
    std::optional<std::int64_t> retiredMs;
    // Who signed it: the partner who added, last edited or retired it. A prompt whose
    // signature does not check is never listed (docs/ARCHITECTURE.md, "Signed records").
    std::string signedBy;
};

enum class IncludeRetired
{
    No,
    Yes,
};

// The prompts one partner sees: the shipped packs merged with the couple's own
// prompts, filtered by both partners' pack choices (stored in couple.db). A shared
// prompt appears only if both partners have its pack on.
class PromptCatalog
{
public:
    PromptCatalog(Session& session, std::string partnerId, std::vector<PromptPack> packs, const Clock& clock,
                  RandomSource& random);

    // Every pack (shipped packs by order, then "custom") with both partners' choices.
    Result<std::vector<PackChoice>> packs();
    // This partner's choice; the other partner's choice is theirs alone to make.
    Status setPack(std::string_view packId, PackSwitch state);

    // Prompts both partners can answer: pack on for both, not retired, not the check-in.
    Result<std::vector<Prompt>> sharedPrompts();
    Result<bool> isShared(std::string_view promptId);
    // Any known prompt, retired custom prompts included (old answers still name them).
    Result<std::optional<Prompt>> find(std::string_view promptId);

    // The couple's own prompts. Text rules as in packs: 1..600 bytes, no control characters.
    Result<std::string> addCustomPrompt(std::string_view text, std::string_view followUp = {});
    Status editCustomPrompt(std::string_view promptId, std::string_view text, std::string_view followUp = {});
    // Retired prompts leave the shared list; answers to them stay readable.
    Status retireCustomPrompt(std::string_view promptId);
    // Only prompts signed by a partner (or remembered from the first release): one edited
    // or forged in couple.db is left out, here and everywhere above.
    Result<std::vector<CustomPrompt>> customPrompts(IncludeRetired include = IncludeRetired::No);

private:
    Result<bool> packOn(std::string_view partnerId, std::string_view packId);
    const PromptPack* shippedPack(std::string_view packId) const;
    Status checkUnlocked() const;
    Result<std::optional<CustomPrompt>> customPrompt(std::string_view promptId);
    // Writes the prompt as it is now, signed by this partner.
    Status storeSigned(const CustomPrompt& prompt, bool insert);

    Session* m_session;
    std::string m_partnerId; // empty while the second partner has not enrolled
    std::vector<PromptPack> m_packs;
    const Clock* m_clock;
    RandomSource* m_random;
};

} // namespace twofold
