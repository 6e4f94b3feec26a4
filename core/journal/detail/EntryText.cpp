// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "journal/detail/EntryText.h"

#include "journal/detail/Utf8.h"

#include <charconv>
#include <unordered_set>

namespace twofold::detail {

namespace {

constexpr std::string_view kEllipsis = "\u2026";

bool isBulletMarker(char c)
{
    return c == '-' || c == '*' || c == '+';
}

bool isAsciiBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

// Drops leading white space and Markdown block markers: headings ("## "), quotes
// ("> > "), bullets ("- ", "* ", "+ ") and task boxes ("[ ] ", "[x] ").
std::string_view stripLineMarkers(std::string_view line)
{
    std::size_t i = 0;
    while (i < line.size()) {
        const char c = line[i];
        if (isAsciiBlank(c) || c == '#' || c == '>') {
            ++i;
        } else if (isBulletMarker(c) && (i + 1 == line.size() || isAsciiBlank(line[i + 1]))) {
            ++i;
        } else if (c == '[' && i + 2 < line.size() && line[i + 2] == ']' &&
                   (line[i + 1] == ' ' || line[i + 1] == 'x' || line[i + 1] == 'X') &&
                   (i + 3 == line.size() || isAsciiBlank(line[i + 3]))) {
            i += 3;
        } else {
            break;
        }
    }
    line.remove_prefix(i);
    while (!line.empty() && isAsciiBlank(line.back())) {
        line.remove_suffix(1);
    }
    return line;
}

// A thematic break ("---", "***", "___", "- - -") says nothing about the entry.
bool isThematicBreak(std::string_view line)
{
    return line.find_first_not_of("-*_ \t") == std::string_view::npos;
}

std::string_view trimSpaces(std::string_view text)
{
    while (!text.empty()) {
        const CodePoint cp = decodeAt(text, 0);
        if (!isSpace(cp.value)) {
            break;
        }
        text.remove_prefix(cp.length);
    }
    while (!text.empty()) {
        std::size_t start = text.size() - 1;
        while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) {
            --start;
        }
        if (!isSpace(decodeAt(text, start).value)) {
            break;
        }
        text.remove_suffix(text.size() - start);
    }
    return text;
}

std::string collapseSpaces(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    bool inSpace = false;
    for (std::size_t i = 0; i < text.size();) {
        const CodePoint cp = decodeAt(text, i);
        if (isSpace(cp.value)) {
            inSpace = true;
        } else {
            if (inSpace) {
                out += ' ';
                inSpace = false;
            }
            out.append(text.substr(i, cp.length));
        }
        i += cp.length;
    }
    return out;
}

} // namespace

std::string firstLine(std::string_view body)
{
    std::size_t pos = 0;
    while (pos <= body.size()) {
        std::size_t end = body.find('\n', pos);
        if (end == std::string_view::npos) {
            end = body.size();
        }
        const std::string_view raw = body.substr(pos, end - pos);
        pos = end + 1;
        if (isThematicBreak(raw)) {
            continue;
        }
        const std::string_view line = trimSpaces(stripLineMarkers(raw));
        if (line.empty()) {
            continue;
        }
        if (line.size() <= kFirstLineMaxBytes) {
            return std::string(line);
        }
        std::string cut(trimSpaces(cutAtBoundary(line, kFirstLineMaxBytes - kEllipsis.size())));
        cut += kEllipsis;
        return cut;
    }
    return {};
}

std::vector<std::string> normalizeTags(const std::vector<std::string>& tags)
{
    std::vector<std::string> out;
    std::unordered_set<std::string> seen;
    for (const auto& tag : tags) {
        std::string clean = collapseSpaces(trimSpaces(tag));
        if (clean.empty()) {
            continue;
        }
        if (seen.insert(foldCase(clean)).second) {
            out.push_back(std::move(clean));
        }
    }
    return out;
}

std::string tagsForIndex(const std::vector<std::string>& tags)
{
    std::string out;
    for (const auto& tag : tags) {
        if (!out.empty()) {
            out += ' ';
        }
        out += tag;
    }
    return out;
}

std::string encodeTagList(const std::vector<std::string>& tags)
{
    std::string out;
    for (const auto& tag : tags) {
        out += std::to_string(tag.size());
        out += ':';
        out += tag;
    }
    return out;
}

std::optional<std::vector<std::string>> decodeTagList(std::string_view encoded)
{
    std::vector<std::string> tags;
    while (!encoded.empty()) {
        const std::size_t colon = encoded.find(':');
        if (colon == std::string_view::npos || colon == 0) {
            return std::nullopt;
        }
        std::size_t length = 0;
        const auto [end, ec] = std::from_chars(encoded.data(), encoded.data() + colon, length);
        if (ec != std::errc() || end != encoded.data() + colon || length > encoded.size() - colon - 1) {
            return std::nullopt;
        }
        tags.emplace_back(encoded.substr(colon + 1, length));
        encoded.remove_prefix(colon + 1 + length);
    }
    return tags;
}

} // namespace twofold::detail
