// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Text derived from what a person wrote: the list's preview line and tags.
namespace twofold::detail {

constexpr std::size_t kFirstLineMaxBytes = 160;

// The first line of a Markdown body that has text once its leading markers
// ('#', '>', list bullets) are stripped; at most kFirstLineMaxBytes bytes, cut on
// a character boundary with "…" where cut.
std::string firstLine(std::string_view body);

// Trims each tag, collapses runs of white space inside it, drops empty ones and
// later case-insensitive duplicates; the order is kept.
std::vector<std::string> normalizeTags(const std::vector<std::string>& tags);

// Tags as the FTS index's tags column holds them.
std::string tagsForIndex(const std::vector<std::string>& tags);

// Drafts keep their tags exactly as typed, in one column: "<bytes>:<tag>" repeated.
std::string encodeTagList(const std::vector<std::string>& tags);
std::optional<std::vector<std::string>> decodeTagList(std::string_view encoded);

} // namespace twofold::detail
