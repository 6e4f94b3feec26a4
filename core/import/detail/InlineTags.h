// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <string>
#include <string_view>
#include <vector>

// Obsidian-style inline tags in Markdown text. Private to core.
namespace twofold::detail {

// The `#tags` written in `text`, in order, without the `#` and without repeats. A tag starts
// at the beginning of a line or after a space or an opening bracket, holds letters, digits,
// `_`, `-` and `/`, and is not all digits (`#1` is a number). Not read: `#` headings,
// fenced code blocks, inline code spans, and the `#fragment` of a link (no space before it).
std::vector<std::string> inlineTags(std::string_view text);

} // namespace twofold::detail
