// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <string_view>
#include <vector>

namespace twofold::detail {

// One resources/prompts/*.json file, compiled in (scripts/cmake/EmbedFiles.cmake).
struct EmbeddedPromptPack
{
    std::string_view fileName;
    std::string_view json;
};

// Generated at build time from resources/prompts, in file-name order.
const std::vector<EmbeddedPromptPack>& embeddedPromptPacks();

} // namespace twofold::detail
