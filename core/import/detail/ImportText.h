// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"
#include "import/Import.h"

#include <expected>
#include <filesystem>
#include <string>
#include <string_view>

// What every import format shares: reading the file, reporting a problem, plain text. Private
// to core.
namespace twofold::detail {

inline constexpr std::string_view kKindNames[] = {"emotional", "physical", "sexual", "spiritual"};

using Problem = std::unexpected<ImportProblem>;

Problem problemAt(const std::filesystem::path& file, std::string_view text, std::size_t offset,
                  std::string message, ErrorCode code = ErrorCode::InvalidArgument);
Problem problemIn(const std::filesystem::path& file, std::string message,
                  ErrorCode code = ErrorCode::InvalidArgument);

std::expected<std::string, ImportProblem> readText(const std::filesystem::path& path);
std::string trimmed(std::string_view text);

// "# Title\n\nbody": a leading level-1 heading becomes the title (Day One, plain Markdown).
void splitHeading(std::string_view text, std::string& title, std::string& body);
std::int64_t toUtc(const ParsedTime& t, const ImportOptions& options);

} // namespace twofold::detail
