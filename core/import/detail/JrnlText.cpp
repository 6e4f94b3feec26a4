// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "import/detail/JrnlText.h"

#include "common/Propagate.h"
#include "import/detail/JsonImport.h"

#include <algorithm>
#include <vector>

namespace twofold::detail {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// `n` digits at `text[at]`, as a number.
std::optional<int> digits(std::string_view text, std::size_t at, std::size_t n)
{
    if (at + n > text.size()) {
        return std::nullopt;
    }
    int value = 0;
    for (std::size_t i = at; i < at + n; ++i) {
        if (!isDigit(text[i])) {
            return std::nullopt;
        }
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

bool validDay(int year, int month, int day)
{
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > kDays[month - 1]) {
        return false;
    }
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month != 2 || day <= 28 || leap;
}

// Lines of `text` without their line ends ("\n" or "\r\n").
std::vector<std::string_view> linesOf(std::string_view text)
{
    std::vector<std::string_view> out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        std::string_view line = text.substr(pos, end - pos);
        if (line.ends_with('\r')) {
            line.remove_suffix(1);
        }
        out.push_back(line);
        pos = end + 1;
    }
    return out;
}

std::size_t offsetOf(std::string_view text, std::string_view line)
{
    return static_cast<std::size_t>(line.data() - text.data());
}

// "Title *": jrnl's star, kept out of the title and counted.
bool takeStar(std::string& title)
{
    std::string t = trimmed(title);
    if (!t.ends_with('*')) {
        return false;
    }
    while (!t.empty() && (t.back() == '*' || t.back() == ' ' || t.back() == '\t')) {
        t.pop_back();
    }
    title = t;
    return true;
}

// One entry from its header's date and title and the lines under it.
ReadEntry makeEntry(const ParsedTime& when, std::string title, std::string body, const ImportOptions& options)
{
    ReadEntry item;
    item.notes.starred = takeStar(title);
    item.entry.fields.title = trimmed(title);
    item.entry.fields.body = trimmed(body);
    for (std::string& tag : jrnlTags(item.entry.fields.title + "\n" + item.entry.fields.body)) {
        item.entry.fields.tags.push_back(std::move(tag));
    }
    item.entry.createdMs = item.entry.updatedMs = toUtc(when, options, item.notes);
    return item;
}

// "### 2024-01-05 09:30 Title": the date and the title after it, at heading depth `depth`.
std::optional<std::pair<ParsedTime, std::string>> datedHeading(std::string_view line, std::size_t depth)
{
    const std::string marker = std::string(depth, '#') + " ";
    if (!line.starts_with(marker)) {
        return std::nullopt;
    }
    const std::string_view rest = line.substr(marker.size());
    const auto date = jrnlDatePrefix(rest);
    if (!date || (date->length < rest.size() && rest[date->length] != ' ')) {
        return std::nullopt;
    }
    return std::pair{date->time, trimmed(rest.substr(date->length))};
}

// jrnl's Markdown export deepens the headings in an entry's text by `by` levels
// ("# Plan" is written "#### Plan" in the single file, "## Plan" in an entry's own file).
std::string shallower(std::string_view line, std::size_t by)
{
    std::size_t hashes = 0;
    while (hashes < line.size() && line[hashes] == '#') {
        ++hashes;
    }
    if (hashes > by && hashes < line.size() && line[hashes] == ' ') {
        return std::string(line.substr(by));
    }
    return std::string(line);
}

bool isYearHeading(std::string_view line)
{
    return line.size() == 6 && line.starts_with("# ") && digits(line, 2, 4).has_value();
}

} // namespace

std::optional<JrnlDate> jrnlDatePrefix(std::string_view text)
{
    // "2024-01-05" or "2024/01/05", else day first: "05.01.2024".
    std::optional<int> year;
    std::optional<int> month;
    std::optional<int> day;
    if (text.size() < 10) {
        return std::nullopt;
    }
    if (digits(text, 0, 4) && (text[4] == '-' || text[4] == '/') && text[7] == text[4]) {
        year = digits(text, 0, 4);
        month = digits(text, 5, 2);
        day = digits(text, 8, 2);
    } else if (digits(text, 0, 2) && text[2] == '.' && text[5] == '.') {
        day = digits(text, 0, 2);
        month = digits(text, 3, 2);
        year = digits(text, 6, 4);
    }
    if (!year || !month || !day) {
        return std::nullopt;
    }
    ParsedTime out;
    out.civil.year = *year;
    out.civil.month = *month;
    out.civil.day = *day;
    std::size_t at = 10;
    if (!validDay(out.civil.year, out.civil.month, out.civil.day)) {
        return std::nullopt;
    }
    out.civil.hour = 0;
    out.civil.minute = 0;
    out.civil.second = 0;
    // " 09:30", "T09:30", then ":SS", then " AM" / " PM".
    if (at + 6 <= text.size() && (text[at] == ' ' || text[at] == 'T')) {
        const auto h = digits(text, at + 1, 2);
        const auto mi = digits(text, at + 4, 2);
        if (h && mi && text[at + 3] == ':' && *h < 24 && *mi < 60) {
            out.civil.hour = *h;
            out.civil.minute = *mi;
            at += 6;
            if (at + 3 <= text.size() && text[at] == ':') {
                const auto s = digits(text, at + 1, 2);
                if (s && *s < 60) {
                    out.civil.second = *s;
                    at += 3;
                }
            }
            if (at + 3 <= text.size() && text[at] == ' ') {
                const std::string ampm{static_cast<char>(text[at + 1] & ~0x20),
                                       static_cast<char>(text[at + 2] & ~0x20)};
                const bool end = at + 3 == text.size() || text[at + 3] == ' ' || text[at + 3] == ']';
                if (end && (ampm == "AM" || ampm == "PM") && out.civil.hour >= 1 && out.civil.hour <= 12) {
                    out.civil.hour = out.civil.hour % 12 + (ampm == "PM" ? 12 : 0);
                    at += 3;
                }
            }
        }
    }
    return JrnlDate{out, at};
}

std::vector<std::string> jrnlTags(std::string_view text)
{
    // jrnl: (?<!\S)([@#][-+*#/\w]+), lowercased.
    std::vector<std::string> out;
    auto wordChar = [](unsigned char c) {
        return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
               c == '_' || c == '-' || c == '+' || c == '*' || c == '#' || c == '/';
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool startsWord =
            i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n' || text[i - 1] == '\t' || text[i - 1] == '\r';
        if ((c != '@' && c != '#') || !startsWord) {
            continue;
        }
        std::size_t end = i + 1;
        while (end < text.size() && wordChar(static_cast<unsigned char>(text[end]))) {
            ++end;
        }
        if (end == i + 1) {
            continue;
        }
        std::string tag(text.substr(i + 1, end - i - 1));
        for (char& ch : tag) {
            if (ch >= 'A' && ch <= 'Z') {
                ch = static_cast<char>(ch - 'A' + 'a');
            }
        }
        if (std::ranges::find(out, tag) == out.end()) {
            out.push_back(std::move(tag));
        }
        i = end - 1;
    }
    return out;
}

JrnlFileKind jrnlFileKind(std::string_view text)
{
    const std::string start = trimmed(text.substr(0, std::min<std::size_t>(text.size(), 4096)));
    if (start.starts_with("{") || start.starts_with("[{") || start.starts_with("[\n") || start == "[]" ||
        start.starts_with("[ ")) {
        return JrnlFileKind::Json;
    }
    const auto lines = linesOf(start);
    const std::string_view first = lines.empty() ? std::string_view() : lines.front();
    if (first.starts_with("[") && first.find("] ") != std::string_view::npos &&
        jrnlDatePrefix(first.substr(1)).has_value()) {
        return JrnlFileKind::Text;
    }
    if (isYearHeading(first)) {
        return JrnlFileKind::MarkdownJournal;
    }
    if (datedHeading(first, 1)) {
        return JrnlFileKind::MarkdownEntry;
    }
    // Text before the first entry is allowed in a text journal: look further.
    for (std::string_view line : linesOf(text)) {
        if (line.starts_with("[") && line.find("] ") != std::string_view::npos) {
            if (const auto date = jrnlDatePrefix(line.substr(1));
                date && line.substr(1 + date->length).starts_with("] ")) {
                return JrnlFileKind::Text;
            }
        }
    }
    return JrnlFileKind::Unknown;
}

ReadEntries readJrnlText(const std::filesystem::path& path, const std::string& text,
                         const ImportOptions& options)
{
    // "[2024-01-05 09:30] Title" starts an entry (jrnl: "(?:^|\n)\[([^\]]+)\] " whose date
    // parses); the lines below it, up to the next such line, are its text.
    std::vector<ReadEntry> out;
    std::optional<std::pair<ParsedTime, std::string>> open;
    std::string body;
    auto close = [&] {
        if (open) {
            out.push_back(makeEntry(open->first, open->second, body, options));
        }
        body.clear();
    };
    for (std::string_view line : linesOf(text)) {
        if (line.starts_with("[")) {
            const auto date = jrnlDatePrefix(line.substr(1));
            if (date && line.substr(1 + date->length).starts_with("] ")) {
                close();
                open = std::pair{date->time, std::string(line.substr(1 + date->length + 2))};
                continue;
            }
        }
        if (!open) {
            if (!trimmed(line).empty()) {
                // jrnl would drop it without a word; nothing is dropped here.
                return problemAt(path, text, offsetOf(text, line),
                                 "text before the first entry (a jrnl entry starts with a line like "
                                 "\"[2024-01-05 09:30] Title\")");
            }
            continue;
        }
        body.append(line);
        body += '\n';
    }
    close();
    if (out.empty()) {
        return problemIn(path, "no jrnl entries found: a jrnl journal's entries start with a line like "
                               "\"[2024-01-05 09:30] Title\"");
    }
    return out;
}

ReadEntries readJrnlMarkdown(const std::filesystem::path& path, const std::string& text,
                             const ImportOptions& options)
{
    const auto lines = linesOf(text);
    const JrnlFileKind kind = jrnlFileKind(text);
    // The single file: entries are "### <date> <title>", the text's headings 3 levels deeper;
    // one file per entry: "# <date> <title>", 1 level deeper.
    const std::size_t depth = kind == JrnlFileKind::MarkdownJournal ? 3 : 1;
    std::vector<ReadEntry> out;
    std::optional<std::pair<ParsedTime, std::string>> open;
    std::string body;
    auto close = [&] {
        if (open) {
            out.push_back(makeEntry(open->first, open->second, body, options));
        }
        body.clear();
    };
    for (std::string_view line : lines) {
        if (auto heading = datedHeading(line, depth)) {
            close();
            open = std::move(heading);
            continue;
        }
        if (depth == 3 && (isYearHeading(line) || (line.starts_with("## ") && !line.starts_with("###")))) {
            continue; // "# 2024", "## January": the export's own headings
        }
        if (!open) {
            if (!trimmed(line).empty()) {
                return problemAt(path, text, offsetOf(text, line),
                                 "this is not jrnl's Markdown export: text before the first entry's "
                                 "heading");
            }
            continue;
        }
        body += shallower(line, depth);
        body += '\n';
    }
    close();
    if (out.empty()) {
        return problemIn(path, "no jrnl entries found: jrnl's Markdown export has headings like "
                               "\"### 2024-01-05 09:30 Title\"");
    }
    return out;
}

namespace {

Read readJrnlFile(const std::filesystem::path& path, const ImportOptions& options)
{
    auto text = readText(path);
    if (!text) {
        return propagate(text);
    }
    if (text->starts_with("\xEF\xBB\xBF")) {
        text->erase(0, 3); // a byte-order mark left by an editor on Windows: not text
    }
    ReadEntries entries;
    switch (jrnlFileKind(*text)) {
    case JrnlFileKind::Json:
        return readJsonText(path, *text, readJrnl, options, true);
    case JrnlFileKind::Text:
        entries = readJrnlText(path, *text, options);
        break;
    case JrnlFileKind::MarkdownJournal:
    case JrnlFileKind::MarkdownEntry:
        entries = readJrnlMarkdown(path, *text, options);
        break;
    case JrnlFileKind::Unknown:
        return problemIn(path, "this is not a jrnl file: no JSON, and no entry starting \"[2024-01-05 09:30] "
                               "Title\" or \"# 2024-01-05 09:30 Title\"");
    }
    if (!entries) {
        return propagate(entries);
    }
    return ReadResult{.entries = std::move(*entries), .files = 1};
}

} // namespace

Read readJrnlAny(const std::filesystem::path& path, const ImportOptions& options)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_directory(path, ec)) {
        if (!fs::is_regular_file(path, ec)) {
            return problemIn(path, "there is no file or folder there", ErrorCode::NotFound);
        }
        return readJrnlFile(path, options);
    }
    // A folder: jrnl's per-entry export (2024-01-05_title.json, .md or .txt) or its folder
    // journal (2024/01/05.txt). Hidden folders are not read.
    ReadResult out;
    auto listed = filesBelow(path, {".json", ".txt", ".md"}, out);
    if (!listed) {
        return std::unexpected(std::move(listed.error()));
    }
    const std::vector<fs::path>& files = *listed;
    if (files.empty()) {
        return problemIn(path, "the folder holds no jrnl files (.json, .txt or .md)", ErrorCode::NotFound);
    }
    for (const fs::path& file : files) {
        // jrnl's folder journal holds other files beside its days (jrnl reads only
        // 2024/01/05.txt): one that is no jrnl file at all is skipped and counted; one that
        // is, but is broken, stops the import as a lone file would.
        if (auto text = readText(file); text && jrnlFileKind(*text) == JrnlFileKind::Unknown) {
            ++out.otherFilesSkipped;
            continue;
        }
        auto read = readJrnlFile(file, options);
        if (!read) {
            return propagate(read);
        }
        for (ReadEntry& item : read->entries) {
            out.entries.push_back(std::move(item));
        }
        ++out.files;
    }
    return out;
}

} // namespace twofold::detail
