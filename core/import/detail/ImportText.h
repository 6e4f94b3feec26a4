// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"
#include "import/Import.h"

#include <cstdint>
#include <expected>
#include <filesystem>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// What every import format shares: reading the file, reporting a problem, plain text. Private
// to core.
namespace twofold::detail {

inline constexpr std::string_view kKindNames[] = {"emotional", "physical", "sexual", "spiritual"};

using Problem = std::unexpected<ImportProblem>;

// What one entry held that Twofold does not keep, and how its time was read: the import
// report counts these over the entries it writes.
struct EntryNotes
{
    enum class Zone : std::uint8_t
    {
        Unknown,
        Own,
        Given
    };
    enum class DateFrom : std::uint8_t
    {
        Unknown,
        FrontMatter,
        FileName,
        FileTime
    };
    std::uint32_t photos = 0;
    bool location = false;
    bool weather = false;
    bool starred = false;
    bool pinned = false;
    bool allDay = false;
    Zone zone = Zone::Unknown;
    DateFrom date = DateFrom::Unknown;
    // A time written without a zone (Zone::Given): that wall-clock time, read as if it were
    // UTC. Whatever zone it is read in, the same entry keeps the same wall-clock time: the
    // duplicate check keys on it, so a file imported again under another zone is recognised.
    std::optional<std::int64_t> wallClockMs;
};

struct ReadEntry
{
    TimedEntry entry;
    EntryNotes notes;
};

struct ReadResult
{
    std::vector<ReadEntry> entries;
    std::size_t files = 0;
    std::size_t hiddenFoldersSkipped = 0;
    std::size_t answerFilesSkipped = 0;
    std::size_t otherFilesSkipped = 0;
};

using Read = std::expected<ReadResult, ImportProblem>;
using ReadEntries = std::expected<std::vector<ReadEntry>, ImportProblem>;

Problem problemAt(const std::filesystem::path& file, std::string_view text, std::size_t offset,
                  std::string message, ErrorCode code = ErrorCode::InvalidArgument);
Problem problemIn(const std::filesystem::path& file, std::string message,
                  ErrorCode code = ErrorCode::InvalidArgument);

std::expected<std::string, ImportProblem> readText(const std::filesystem::path& path);
// Every regular file below `folder` whose extension is one of `extensions`, sorted. Hidden
// folders (an app's own: .obsidian, .trash, .git) are not entered, and counted in `out`;
// hidden files are not listed.
std::expected<std::vector<std::filesystem::path>, ImportProblem>
filesBelow(const std::filesystem::path& folder, std::initializer_list<std::string_view> extensions,
           ReadResult& out);
std::string trimmed(std::string_view text);

// "# Title\n\nbody": a leading level-1 heading becomes the title (Day One, plain Markdown).
void splitHeading(std::string_view text, std::string& title, std::string& body);
std::int64_t toUtc(const ParsedTime& t, const ImportOptions& options);
// The same, and notes how the time was read (its zone, and a wall-clock time without one).
std::int64_t toUtc(const ParsedTime& t, const ImportOptions& options, EntryNotes& notes);
// Whether `t` carried its own zone or was read in the one the caller gave.
inline EntryNotes::Zone zoneOf(const ParsedTime& t)
{
    return t.offsetMinutes ? EntryNotes::Zone::Own : EntryNotes::Zone::Given;
}

} // namespace twofold::detail
