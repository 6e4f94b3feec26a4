// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Json.h"
#include "import/detail/ImportText.h"
#include "import/detail/Zip.h"

#include <expected>
#include <filesystem>
#include <string>
#include <vector>

// The JSON formats: Day One, jrnl and Twofold's own export. Private to core.
namespace twofold::detail {

struct JsonDoc
{
    const std::filesystem::path& file;
    const std::string& text;

    Problem at(const json::Value& v, std::string message) const
    {
        return problemAt(file, text, v.offset(), std::move(message));
    }
};

using JsonReader = ReadEntries (*)(const JsonDoc&, const json::Value&, const ImportOptions&);

ReadEntries readDayOne(const JsonDoc& doc, const json::Value& root, const ImportOptions& options);
ReadEntries readJrnl(const JsonDoc& doc, const json::Value& root, const ImportOptions& options);
ReadEntries readTwofold(const JsonDoc& doc, const json::Value& root, const ImportOptions& options);

Read readJsonFile(const std::filesystem::path& path, JsonReader reader, const ImportOptions& options);
// `text` as read from `path` (a file, or a member of a zip): checked to be UTF-8 (unless
// readText already did: `utf8Checked`), then parsed.
Read readJsonText(const std::filesystem::path& path, const std::string& text, JsonReader reader,
                  const ImportOptions& options, bool utf8Checked = false);

// An unzipped Day One export: every journal's JSON in the folder, its name kept as a tag.
Read readDayOneFolder(const std::filesystem::path& folder, const ImportOptions& options);
// Day One's .zip as exported: the same journals, read from the zip in memory (detail/Zip.h).
Read readDayOneZip(const std::filesystem::path& zip, const ImportOptions& options,
                   const ZipLimits& limits = {});

} // namespace twofold::detail
