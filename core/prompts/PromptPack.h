// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

// Prompt packs: the reflection prompts shipped as JSON under resources/prompts/.
// The file format is described in docs/PROMPT_PACKS.md.
namespace twofold {

// Whether an answer to a prompt starts out meant for sharing or for private
// reflection (DESIGN.md §6: prompts about history, hurt or trust default to private;
// a private answer can still be offered later).
enum class Visibility
{
    Shared,
    Private,
};

enum class PromptKind
{
    Text,   // a written answer
    Rating, // a whole number from kRatingMin to kRatingMax (weekly check-in)
};

inline constexpr int kRatingMin = 1;
inline constexpr int kRatingMax = 5;

// The only pack file format this build reads; a pack with another "format" is refused.
inline constexpr int kPromptPackFormat = 1;

// Limits on pack files, in bytes of UTF-8.
inline constexpr std::size_t kMaxPackFileBytes = 1024 * 1024;
inline constexpr std::size_t kMaxIdLength = 64;
inline constexpr std::size_t kMaxTitleLength = 80;
inline constexpr std::size_t kMaxDescriptionLength = 600;
inline constexpr std::size_t kMaxPromptTextLength = 600;
inline constexpr std::size_t kMaxLabelLength = 40;
inline constexpr std::size_t kMaxPromptsPerPack = 200;

struct Prompt
{
    std::string id;       // "pack.slug", stable forever: answers refer to it
    std::string packId;   // the pack it belongs to
    std::string text;     // the question
    std::string followUp; // an optional, shorter second question; empty if none
    Visibility visibility = Visibility::Shared;
    PromptKind kind = PromptKind::Text;
    // Rating prompts only, optional: words for the two ends of the scale.
    std::string lowLabel;
    std::string highLabel;
};

struct PromptPack
{
    std::string id; // lowercase slug, e.g. "foundations"
    std::string title;
    std::string description;
    bool defaultEnabled = true;
    Visibility defaultVisibility = Visibility::Shared;
    int order = 1000; // packs are listed by ascending order, then id
    std::vector<Prompt> prompts;
};

// A pack file that was not loaded, and why. line and column are 1-based (column in
// characters) and 0 when the problem is not at a place in the file (unreadable, too
// large).
struct PackProblem
{
    std::string fileName;
    std::size_t line = 0;
    std::size_t column = 0;
    std::string what;

    // "fileName:line:column: what", or "fileName: what" without a position.
    std::string describe() const;
};

// Parses and checks one pack. On failure the error is ErrorCode::InvalidArgument
// with detail "fileName:line:column: what" (UnsupportedFormat, same detail, when
// the pack declares a format this build does not know).
Result<PromptPack> parsePromptPack(std::string_view json, std::string_view fileName);

// Loads every *.json file in dir, in file-name order, and returns the good packs
// sorted by order then id. A file that is unreadable, malformed, fails a schema
// check, or reuses a pack or prompt id already loaded is skipped and reported in
// problems; the others still load. Fails (IoError) only if dir cannot be listed.
Result<std::vector<PromptPack>> loadPromptPacks(const std::filesystem::path& dir,
                                                std::vector<PackProblem>& problems);

// True for a lowercase slug: [a-z0-9]+ words joined by single '-'.
bool isValidPackId(std::string_view id);
// True for "packId.slug" where slug is a valid slug.
bool isValidPromptId(std::string_view id, std::string_view packId);

} // namespace twofold
