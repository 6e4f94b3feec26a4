// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace twofold {

using EntryId = std::int64_t;

// The kinds of intimacy an entry touches; a bit set stored as an integer.
enum class IntimacyKind : unsigned
{
    Emotional = 1u << 0,
    Physical = 1u << 1,
    Sexual = 1u << 2,
    Spiritual = 1u << 3,
};
constexpr unsigned kAllIntimacyKinds = 0x0f;

constexpr unsigned kindBit(IntimacyKind kind)
{
    return static_cast<unsigned>(kind);
}

// What a person writes: everything an entry holds apart from its id and times.
struct EntryFields
{
    std::string title;
    std::string body;        // Markdown
    std::optional<int> mood; // 1..5
    unsigned kinds = 0;      // IntimacyKind bits
    std::vector<std::string> tags;
    std::optional<std::string> promptId; // the prompt this entry reflects on, if any

    bool operator==(const EntryFields&) const = default;
};

struct Entry
{
    EntryId id = 0;
    EntryFields fields;
    std::int64_t createdMs = 0; // UTC milliseconds
    std::int64_t updatedMs = 0;

    bool operator==(const Entry&) const = default;
};

// An entry with the times it was written (imports).
struct TimedEntry
{
    EntryFields fields;
    std::int64_t createdMs = 0; // UTC milliseconds
    std::int64_t updatedMs = 0;
};

// One row of the journal list: enough to draw it without loading the whole body.
struct EntrySummary
{
    EntryId id = 0;
    std::string title;
    std::string firstLine; // first non-empty line of the body, at most ~160 bytes, cut on a UTF-8 boundary
    std::optional<int> mood;
    unsigned kinds = 0;
    std::vector<std::string> tags;
    std::int64_t createdMs = 0;
    std::int64_t updatedMs = 0;
};

// Keyset paging: newest first; pass the last row of a page to get the next one.
struct PageCursor
{
    std::int64_t createdMs = 0;
    EntryId id = 0;
};

struct PageRequest
{
    int limit = 50;
    std::optional<PageCursor> after;
};

struct SearchHit
{
    EntryId id = 0;
    std::string title;
    std::string snippet; // plain text around the matches, "…" where cut
    // Byte ranges [first, second) of snippet that matched, for highlighting.
    std::vector<std::pair<std::size_t, std::size_t>> highlights;
    std::int64_t createdMs = 0;
};

// Autosaved text being written: for a new entry (entryId empty) or an edit.
struct Draft
{
    std::optional<EntryId> entryId;
    EntryFields fields;
    std::int64_t savedMs = 0;
};

} // namespace twofold
