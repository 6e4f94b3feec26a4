// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "import/Import.h"
#include "import/detail/ImportText.h"

#include <expected>
#include <filesystem>
#include <vector>

// Markdown: a folder of .md files (or one file), YAML front matter optional. Private to core.
namespace twofold::detail {

// One .md file, or every .md file in a folder and the folders below it (hidden ones skipped).
Read readMarkdown(const std::filesystem::path& path, const ImportOptions& options);

} // namespace twofold::detail
