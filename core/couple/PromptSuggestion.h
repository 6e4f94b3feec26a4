// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"
#include "crypto/Random.h"
#include "prompts/PromptPack.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace twofold {

class CoupleSpace;
class Journal;

// "Not now" on the Prompts page's card is this partner's alone: a setting in their own
// journal, "prompts.notnow.<prompt id>" = the instant (ISO UTC) the prompt may be suggested
// again. Nothing is written to couple.db, so the other partner cannot learn of it.
inline constexpr std::string_view kPromptNotNowPrefix = "prompts.notnow.";
inline constexpr std::int64_t kPromptNotNowMs = 7LL * 24 * 60 * 60 * 1000;

// The shared prompts this partner could be offered one at a time: not answered by them
// (a draft is not an answer), not put off with "Not now" within the last seven days on the
// journal's clock, and not damaged. In catalog order.
Result<std::vector<Prompt>> promptsToSuggest(CoupleSpace& couple, Journal& journal);

// One of promptsToSuggest(), chosen with `random`; nullopt when none is left. "Another one"
// passes the prompt on the card as `notThis`: it is left out while any other remains.
Result<std::optional<Prompt>> suggestPrompt(CoupleSpace& couple, Journal& journal, RandomSource& random,
                                            std::string_view notThis = {});

// "Not now": the prompt is not suggested again for seven days (journal's clock). It stays in
// the full list, as it always was; answering it stays possible at any time.
Status putOffPrompt(Journal& journal, std::string_view promptId);

// Whether "Not now" still holds for the prompt at the journal's clock.
Result<bool> isPutOff(Journal& journal, std::string_view promptId);

} // namespace twofold
