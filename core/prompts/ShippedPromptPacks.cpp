// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "prompts/ShippedPromptPacks.h"

#include "prompts/detail/EmbeddedPromptPacks.h"

#include <algorithm>

namespace twofold {

namespace {

std::vector<PromptPack> parseShippedPacks()
{
    std::vector<PromptPack> packs;
    for (const detail::EmbeddedPromptPack& file : detail::embeddedPromptPacks()) {
        if (auto pack = parsePromptPack(file.json, file.fileName)) {
            packs.push_back(std::move(*pack));
        }
    }
    std::ranges::stable_sort(packs, [](const PromptPack& a, const PromptPack& b) {
        return a.order != b.order ? a.order < b.order : a.id < b.id;
    });
    return packs;
}

} // namespace

const std::vector<PromptPack>& shippedPromptPacks()
{
    static const std::vector<PromptPack> packs = parseShippedPacks();
    return packs;
}

} // namespace twofold
