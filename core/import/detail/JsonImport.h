// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Json.h"
#include "import/detail/ImportText.h"

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

using JsonReader = std::expected<std::vector<TimedEntry>, ImportProblem> (*)(const JsonDoc&,
                                                                             const json::Value&,
                                                                             const ImportOptions&);

std::expected<std::vector<TimedEntry>, ImportProblem> readDayOne(const JsonDoc& doc, const json::Value& root,
                                                                 const ImportOptions& options);
std::expected<std::vector<TimedEntry>, ImportProblem> readJrnl(const JsonDoc& doc, const json::Value& root,
                                                               const ImportOptions& options);
std::expected<std::vector<TimedEntry>, ImportProblem> readTwofold(const JsonDoc& doc, const json::Value& root,
                                                                  const ImportOptions& options);

std::expected<std::vector<TimedEntry>, ImportProblem>
readJsonFile(const std::filesystem::path& path, JsonReader reader, const ImportOptions& options);

} // namespace twofold::detail
