// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <string>
#include <string_view>

// Day One's entry text as Twofold keeps it. Private to core.
namespace twofold::detail {

// Removes the `![](dayone-moment://ID)` links Day One writes where a photo (or video, audio,
// drawing) sat: the photo is not imported, and a dead link must not become the text.
// Blank lines left behind are folded. `removed` counts the links taken out.
std::string withoutMomentLinks(std::string_view text, std::size_t& removed);

// Day One's Markdown escapes taken out: `Snow day\!` is `Snow day!`, `\(lunch\)` is `(lunch)`.
// A backslash before any other character stays.
std::string withoutEscapes(std::string_view text);

// The title and text of a Day One entry: a first line `# Heading` (any level) is the title;
// so is a short first line (up to 80 characters) with more text after it. Otherwise the
// entry has no title and all of it is the text.
void splitDayOneTitle(std::string_view text, std::string& title, std::string& body);

} // namespace twofold::detail
