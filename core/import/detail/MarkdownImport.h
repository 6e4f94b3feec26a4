// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "import/Import.h"

#include <expected>
#include <filesystem>
#include <vector>

// Markdown: a folder of .md files (or one file), YAML front matter optional. Private to core.
namespace twofold::detail {

// One .md file, or every .md file at the top level of a folder, oldest first as written.
std::expected<std::vector<TimedEntry>, ImportProblem> readMarkdown(const std::filesystem::path& path,
                                                                   const ImportOptions& options);

} // namespace twofold::detail
