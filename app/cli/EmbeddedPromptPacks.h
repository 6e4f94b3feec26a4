// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <span>
#include <string_view>

namespace twofold::cli::detail {

// One resources/prompts/*.json file, compiled in (scripts/cmake/EmbedPromptPacks.cmake).
struct EmbeddedPromptPack
{
    std::string_view fileName;
    std::string_view json;
};

// In file-name order.
std::span<const EmbeddedPromptPack> embeddedPromptPacks();

} // namespace twofold::cli::detail
