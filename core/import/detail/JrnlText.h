// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "import/Import.h"
#include "import/detail/ImportText.h"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

// jrnl's own files beside its JSON: the plain-text journal ("[2024-01-05 09:30] Title"),
// its Markdown export (one file: "# 2024" / "## January" / "### 2024-01-05 09:30 Title"; or
// one file per entry: "# 2024-01-05 09:30 Title"). Private to core.
namespace twofold::detail {

// A date and time as jrnl writes it with its `timeformat`: 2024-01-05 09:30, with :SS, with
// AM/PM (its default "%F %r": 2024-01-05 09:30:00 AM), a T between, 2024/01/05, or day first
// (05.01.2024 09:30). `length` is how much of `text` it took; nothing when `text` does not
// start with one.
struct JrnlDate
{
    ParsedTime time;
    std::size_t length = 0;
};
std::optional<JrnlDate> jrnlDatePrefix(std::string_view text);

// The tags jrnl finds in an entry's text: words starting with @ or #, lowercased, without
// the marker, in order, without repeats.
std::vector<std::string> jrnlTags(std::string_view text);

// What kind of jrnl file `text` is, read from how it starts.
enum class JrnlFileKind
{
    Json,
    Text,
    MarkdownJournal, // the single-file export: "# 2024", "## January", "### <date> <title>"
    MarkdownEntry,   // one entry per file: "# <date> <title>"
    Unknown
};
JrnlFileKind jrnlFileKind(std::string_view text);

ReadEntries readJrnlText(const std::filesystem::path& path, const std::string& text,
                         const ImportOptions& options);
ReadEntries readJrnlMarkdown(const std::filesystem::path& path, const std::string& text,
                             const ImportOptions& options);

// Any jrnl file (JSON, text, Markdown), or a folder of them: jrnl's per-entry exports and its
// folder journals (2024/01/05.txt), every file below it.
Read readJrnlAny(const std::filesystem::path& path, const ImportOptions& options);

} // namespace twofold::detail
