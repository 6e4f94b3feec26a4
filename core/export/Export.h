// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Bytes.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "journal/Attachment.h"
#include "journal/Entry.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace twofold {

class CoupleSpace;
class Session;

// Whether the partner's revealed answers go into an export. Off unless asked for; the
// partner's words that are not revealed to this partner can never be exported (this
// session cannot open them).
enum class PartnerAnswers
{
    Leave,
    Include,
};

struct ExportFilter
{
    std::optional<std::int64_t> fromMs; // entries written at or after (UTC ms)
    std::optional<std::int64_t> toMs;   // entries written before (UTC ms)
    std::vector<std::string> tags;      // entries with any of these tags (case ignored); empty: all
    PartnerAnswers partnerAnswers = PartnerAnswers::Leave;
};

// One prompt this partner answered (or whose answer from the partner is revealed to them).
struct ExportedAnswer
{
    std::string promptId;
    std::string promptText; // empty when the prompt is no longer known
    std::string state;      // "not-answered", "waiting-for-you", "waiting-for-partner", "revealed"
    std::optional<std::string> mine;
    bool mineDamaged = false;
    std::optional<std::string> partners; // only with PartnerAnswers::Include, only if revealed
    bool partnersIsEarlierVersion = false;
};

// One photo of an exported entry, with its bytes (as stored: metadata already removed
// unless the user kept it; docs/PHOTOS.md).
struct ExportedPhoto
{
    AttachmentInfo info;
    Bytes bytes;
};

// Everything one export holds, in memory (docs/EXPORT_FORMAT.md).
struct ExportData
{
    std::string partnerName;
    std::string partnerLabel = "partner"; // the other partner's name, when enrolled
    std::int64_t exportedMs = 0;
    ExportFilter filter;
    std::vector<Entry> entries; // oldest first
    // photos[i]: the photos of entries[i], in order (empty when it has none, or when the
    // data was made without photos).
    std::vector<std::vector<ExportedPhoto>> photos;
    std::vector<ExportedAnswer> answers;
};

// Reads the unlocked partner's journal (filtered) and, when `space` is given, the prompts
// they answered with their answers (and the partner's revealed ones when asked). Answers
// carry no tags: a tag filter leaves them out.
Result<ExportData> collectExport(Session& session, CoupleSpace* space, const ExportFilter& filter);

// The JSON document (format "twofold-export", version 1).
std::string exportJson(const ExportData& data);
// One Markdown file with YAML front matter for an entry.
std::string entryMarkdown(const Entry& entry);
std::string answersMarkdown(const ExportData& data);

struct ExportSummary
{
    std::size_t entries = 0;
    std::size_t answers = 0;
    std::size_t files = 0;
};

// Writes the JSON document to `out` atomically (AtomicFile: a new `out`.partial-XXXXXX, fsync,
// rename).
Result<ExportSummary> writeJsonExport(const ExportData& data, const std::filesystem::path& out);
// Writes a folder `out` (which must not exist or be empty): one .md per entry, and
// answers/answers.md. Built in a new folder `out`.partial-XXXXXX (mkdtemp, 0700) next to
// it and renamed when complete; only that folder is ever removed.
Result<ExportSummary> writeMarkdownExport(const ExportData& data, const std::filesystem::path& out);

} // namespace twofold
