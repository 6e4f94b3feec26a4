// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Prompt-pack files on arbitrary bytes: a pack either fails with a located problem
// or passes every rule docs/PROMPT_PACKS.md states.
#include "prompts/PromptPack.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <set>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto pack = twofold::parsePromptPack(text, "fuzz.json");
    if (!pack) {
        const auto code = pack.error().code;
        if (code != twofold::ErrorCode::InvalidArgument && code != twofold::ErrorCode::UnsupportedFormat) {
            std::abort();
        }
        return 0;
    }
    if (!twofold::isValidPackId(pack->id) || pack->prompts.size() > twofold::kMaxPromptsPerPack ||
        pack->title.size() > twofold::kMaxTitleLength) {
        std::abort();
    }
    std::set<std::string> ids;
    for (const auto& prompt : pack->prompts) {
        if (!twofold::isValidPromptId(prompt.id, pack->id) || prompt.packId != pack->id ||
            prompt.text.empty() || prompt.text.size() > twofold::kMaxPromptTextLength ||
            !ids.insert(prompt.id).second) {
            std::abort();
        }
    }
    return 0;
}
