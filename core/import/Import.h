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
    JrnlJson,   // jrnl --export json (the journal, or a folder of one file per entry)
    Jrnl,       // any jrnl file: JSON, its plain-text journal, its Markdown export; or a folder of them
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
    // Read, check against the journal and report, but write nothing (`--dry-run`).
    bool dryRun = false;
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

// What an import did, in counts and reasons only: it never holds the file's text, names or
// places. Every entry read is counted exactly once as imported, duplicate or without text;
// the "came in only partly" counts are over the imported entries.
struct ImportReport
{
    bool dryRun = false;         // nothing was written: `imported` says what would have been
    std::size_t files = 0;       // files read
    std::size_t read = 0;        // entries found in them
    std::size_t imported = 0;    // written (or, in a dry run, that would be)
    std::size_t duplicates = 0;  // already in the journal (or twice in the input): skipped
    std::size_t withoutText = 0; // no title and no text (a Day One entry holding only a photo): skipped

    // Came in only partly: what the source held that Twofold does not keep.
    std::size_t photos = 0;    // photos, videos, audio and drawings: Twofold cannot keep them yet
    std::size_t locations = 0; // Twofold does not keep places
    std::size_t weather = 0;   // nor weather
    std::size_t starred = 0;   // Twofold has no favourite mark
    std::size_t pinned = 0;    // nor pins
    std::size_t allDay = 0;    // all-day entries: kept at the time the app wrote for them

    // Time zones: how a time written in the file became a moment.
    std::size_t timeWithZone = 0;    // the file gave a zone or offset (Day One: also its timeZone)
    std::size_t timeInGivenZone = 0; // a local time, read in the zone given (or this machine's)

    // Markdown: where each entry's date came from.
    std::size_t dateFromFrontMatter = 0;
    std::size_t dateFromFileName = 0;
    std::size_t dateFromFileTime = 0;     // no date written: the file's modification time
    std::size_t hiddenFoldersSkipped = 0; // .obsidian, .trash and the like: not read
    std::size_t answerFilesSkipped = 0;   // a Twofold export's answers/answers.md: not entries
    std::size_t otherFilesSkipped = 0;    // in a jrnl folder: a .txt/.md/.json that is no jrnl file
};

// Reads every entry from `path`, then adds the new ones to `journal` in one transaction:
// a bad file imports nothing. With `options.dryRun` nothing is written at all and the
// report says what an import would do. Duplicates (the same title, text and time written as an
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
