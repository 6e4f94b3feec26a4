// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "import/detail/InlineTags.h"

#include <algorithm>

namespace twofold::detail {

namespace {

bool isTagByte(unsigned char c)
{
    // Bytes of multi-byte UTF-8 are letters here: tags in any script.
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-' || c == '/' || c >= 0x80;
}

std::string_view stripIndent(std::string_view line)
{
    const auto first = line.find_first_not_of(" \t");
    return first == std::string_view::npos ? std::string_view() : line.substr(first);
}

// One line outside code blocks: tags outside its `code spans`.
void scanLine(std::string_view line, std::vector<std::string>& out)
{
    std::size_t i = 0;
    while (i < line.size()) {
        const char c = line[i];
        if (c == '`') {
            // A code span runs to the next run of as many backticks.
            std::size_t ticks = 0;
            while (i + ticks < line.size() && line[i + ticks] == '`') {
                ++ticks;
            }
            const std::size_t close = line.find(std::string(ticks, '`'), i + ticks);
            i = close == std::string_view::npos ? i + ticks : close + ticks;
            continue;
        }
        const bool boundary =
            i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t' || line[i - 1] == '(' || line[i - 1] == '[';
        if (c == '#' && boundary) {
            std::size_t end = i + 1;
            while (end < line.size() && isTagByte(static_cast<unsigned char>(line[end]))) {
                ++end;
            }
            std::string tag(line.substr(i + 1, end - i - 1));
            while (!tag.empty() && (tag.back() == '/' || tag.back() == '-')) {
                tag.pop_back();
            }
            const bool allDigits = std::ranges::all_of(tag, [](char d) { return d >= '0' && d <= '9'; });
            if (!tag.empty() && !allDigits && std::ranges::find(out, tag) == out.end()) {
                out.push_back(std::move(tag));
            }
            i = end;
            continue;
        }
        ++i;
    }
}

} // namespace

std::vector<std::string> inlineTags(std::string_view text)
{
    std::vector<std::string> out;
    std::string_view fence; // the open fence's marker ("```" or "~~~"), empty outside
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        if (line.ends_with('\r')) {
            line.remove_suffix(1);
        }
        const std::string_view body = stripIndent(line);
        if (!fence.empty()) {
            if (body.starts_with(fence)) {
                fence = {};
            }
            continue;
        }
        if (body.starts_with("```") || body.starts_with("~~~")) {
            fence = body.substr(0, 3);
            continue;
        }
        if (body.starts_with('#')) {
            const auto hashes = body.find_first_not_of('#');
            if (hashes == std::string_view::npos || body[hashes] == ' ' || body[hashes] == '\t') {
                continue; // a heading, not a tag
            }
        }
        scanLine(line, out);
        if (end == text.size()) {
            break;
        }
    }
    return out;
}

} // namespace twofold::detail
