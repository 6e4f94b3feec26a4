// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <string_view>
#include <vector>

namespace twofold::cli::detail {

// One resources/demo/*.json file, compiled in (scripts/cmake/EmbedFiles.cmake).
struct EmbeddedDemoFile
{
    std::string_view fileName;
    std::string_view json;
};

// Generated at build time from resources/demo, in file-name order (demo.json alone).
const std::vector<EmbeddedDemoFile>& embeddedDemoFiles();

} // namespace twofold::cli::detail
