// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Clock.h"
#include "common/IsoTime.h"
#include "common/Result.h"
#include "journal/Entry.h"

#include <cstddef>
#include <expected>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace twofold {

class Journal;

enum class ImportFormat
{
    DayOneJson, // Day One's JSON export (Journal.json inside its zip)
    JrnlJson,   // jrnl --export json
    Markdown,   // a folder of .md files (or one file), YAML front matter optional
    TwofoldJson // Twofold's own JSON export (docs/EXPORT_FORMAT.md)
};

struct ImportOptions
{
    // Turns a local time without a zone (jrnl, front matter without Z) into UTC ms.
    // Default: the time is taken as UTC. The command line passes the machine's zone.
    std::function<std::int64_t(const CivilTime&)> localToUtc;
    // importEntries: null means the journal's clock, which is the vault's. readImport
    // takes its clock as an argument and sets this from it.
    const Clock* clock = nullptr;
};

// Where a bad file went wrong. `message` describes the problem and never quotes the
// file's text.
struct ImportProblem
{
    Error error;
    std::string file;       // the file's path as given
    std::size_t line = 0;   // 1-based; 0 when the problem is with the whole file
    std::size_t column = 0; // 1-based, in code points
    std::string message;
};

struct ImportReport
{
    std::size_t imported = 0;
    std::size_t duplicates = 0; // already in the journal (or twice in the input): skipped
    std::size_t files = 0;
};

// Reads every entry from `path`, then adds the new ones to `journal` in one transaction:
// a bad file imports nothing. Duplicates (the same title, text and time written as an
// entry already in the journal, or one imported before) are skipped.
std::expected<ImportReport, ImportProblem> importEntries(Journal& journal, ImportFormat format,
                                                         const std::filesystem::path& path,
                                                         const ImportOptions& options = {});

// Parsing only (tests, previews): the entries `path` holds, oldest first as written.
// There is no journal to take a clock from, so the caller gives one (`options.clock` is
// not read).
std::expected<std::vector<TimedEntry>, ImportProblem> readImport(ImportFormat format,
                                                                 const std::filesystem::path& path,
                                                                 const Clock& clock,
                                                                 const ImportOptions& options = {});

} // namespace twofold
