// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "import/detail/DayOneText.h"

#include "import/detail/ImportText.h"

namespace twofold::detail {

std::string withoutMomentLinks(std::string_view text, std::size_t& removed)
{
    constexpr std::string_view kLink = "![](dayone-moment:";
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t at = text.find(kLink, i);
        if (at == std::string_view::npos) {
            out.append(text.substr(i));
            break;
        }
        const std::size_t close = text.find(')', at + kLink.size());
        const std::size_t newline = text.find('\n', at);
        if (close == std::string_view::npos || (newline != std::string_view::npos && newline < close)) {
            out.append(text.substr(i, at + kLink.size() - i)); // not a whole link: left as written
            i = at + kLink.size();
            continue;
        }
        out.append(text.substr(i, at - i));
        ++removed;
        i = close + 1;
    }
    // Fold the blank lines a removed link leaves: at most one empty line in a row.
    std::string folded;
    folded.reserve(out.size());
    std::size_t newlines = 0;
    for (std::size_t k = 0; k < out.size(); ++k) {
        const char c = out[k];
        if (c == '\n') {
            // Trailing spaces on a line that held only a link go with it.
            while (!folded.empty() && (folded.back() == ' ' || folded.back() == '\t')) {
                folded.pop_back();
            }
            if (++newlines > 2) {
                continue;
            }
        } else if (c != ' ' && c != '\t' && c != '\r') {
            newlines = 0;
        }
        folded += c;
    }
    return folded;
}

std::string withoutEscapes(std::string_view text)
{
    constexpr std::string_view kEscaped = "!()[]{}.-*_#+`>|~<=\\";
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size() && kEscaped.find(text[i + 1]) != std::string_view::npos) {
            out += text[++i];
        } else {
            out += text[i];
        }
    }
    return out;
}

void splitDayOneTitle(std::string_view text, std::string& title, std::string& body)
{
    constexpr std::size_t kShortLine = 80;
    const std::string all = trimmed(text);
    const auto end = all.find('\n');
    std::string first = trimmed(std::string_view(all).substr(0, end));
    const std::string rest =
        end == std::string::npos ? std::string() : trimmed(std::string_view(all).substr(end + 1));
    const auto hashes = first.find_first_not_of('#');
    if (hashes > 0 && hashes <= 6 && hashes != std::string::npos && first[hashes] == ' ') {
        title = trimmed(std::string_view(first).substr(hashes));
        body = rest;
        return;
    }
    // Code points, not bytes: a short line in any script.
    std::size_t length = 0;
    for (const char c : first) {
        length += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
    if (!rest.empty() && length <= kShortLine) {
        title = std::move(first);
        body = rest;
        return;
    }
    title.clear();
    body = all;
}

} // namespace twofold::detail
