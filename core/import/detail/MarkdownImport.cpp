// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "import/detail/MarkdownImport.h"

#include "common/Json.h"
#include "common/Propagate.h"
#include "import/detail/ImportText.h"
#include "import/detail/InlineTags.h"
#include "import/detail/JrnlText.h"

#include <algorithm>
#include <optional>
#include <sys/stat.h>

namespace twofold::detail {

namespace {

// A YAML-ish scalar: "double quoted" (JSON escapes), 'single quoted', or plain.
std::optional<std::string> scalar(std::string_view raw)
{
    const std::string v = trimmed(raw);
    if (v.size() >= 2 && v.front() == '"' && v.back() == '"') {
        auto parsed = json::parse(v);
        if (!parsed || parsed->ifString() == nullptr) {
            return std::nullopt;
        }
        return *parsed->ifString();
    }
    if (v.size() >= 2 && v.front() == '\'' && v.back() == '\'') {
        std::string out;
        for (std::size_t i = 1; i + 1 < v.size(); ++i) {
            out += v[i];
            if (v[i] == '\'' && i + 2 < v.size() && v[i + 1] == '\'') {
                ++i;
            }
        }
        return out;
    }
    return v;
}

// [a, "b c"] or a, b
std::optional<std::vector<std::string>> inlineList(std::string_view raw)
{
    std::string v = trimmed(raw);
    if (v.starts_with("[")) {
        if (!v.ends_with("]")) {
            return std::nullopt;
        }
        v = v.substr(1, v.size() - 2);
    }
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < v.size()) {
        while (i < v.size() && (v[i] == ' ' || v[i] == '\t')) {
            ++i;
        }
        if (i >= v.size()) {
            break;
        }
        std::size_t end = i;
        if (v[i] == '"' || v[i] == '\'') {
            const char quote = v[i];
            end = i + 1;
            while (end < v.size() && v[end] != quote) {
                end += v[end] == '\\' && quote == '"' ? 2 : 1;
            }
            if (end >= v.size()) {
                return std::nullopt;
            }
            ++end;
        } else {
            end = v.find(',', i);
            if (end == std::string::npos) {
                end = v.size();
            }
        }
        auto item = scalar(std::string_view(v).substr(i, end - i));
        if (!item) {
            return std::nullopt;
        }
        if (!item->empty()) {
            out.push_back(*item);
        }
        i = v.find(',', end);
        i = i == std::string::npos ? v.size() : i + 1;
    }
    return out;
}

// "2022-10-03.md", "2022-10-03 Monday.md": the day the name starts with (Obsidian's daily
// notes, jrnl's Markdown export), and what follows it as a title.
std::optional<ParsedTime> dateInName(const std::string& stem, std::string& rest)
{
    if (stem.size() < 10) {
        return std::nullopt;
    }
    if (stem.size() > 10 && ((stem[10] >= '0' && stem[10] <= '9') || stem[10] == ':' || stem[10] == 'T')) {
        return std::nullopt; // a time follows, or more digits: not a plain date
    }
    auto parsed = parseIsoTime(std::string_view(stem).substr(0, 10));
    if (!parsed) {
        return std::nullopt;
    }
    rest = trimmed(std::string_view(stem).substr(10));
    while (!rest.empty() && (rest.front() == '-' || rest.front() == '_' || rest.front() == ' ')) {
        rest.erase(0, 1);
    }
    return parsed;
}

// A file given as Markdown that is plainly something else: said, with what to do.
std::optional<std::string> notMarkdown(const std::string& text)
{
    if (text.find('\0') != std::string::npos) {
        return "this is not Markdown: it holds binary data";
    }
    const std::string start = trimmed(std::string_view(text).substr(0, 64));
    if ((start.starts_with("{") || start.starts_with("[")) && json::parse(text)) {
        return "this is a JSON file, not Markdown; for Day One, jrnl or Twofold exports use --format "
               "dayone-json, jrnl-json or twofold-json";
    }
    if (start.starts_with("<?xml") || start.starts_with("<!DOCTYPE") || start.starts_with("<html")) {
        return "this is an XML or HTML file, not Markdown";
    }
    return std::nullopt;
}

// The entries one file holds: one, or none (a Twofold export's answers), or a jrnl export's.
ReadEntries readMarkdownFile(const std::filesystem::path& path, const ImportOptions& options)
{
    auto text = readText(path);
    if (!text && text.error().message == "the file is not UTF-8 text") {
        return problemIn(path, "this is not Markdown: it is not UTF-8 text (a binary file, or text saved in "
                               "another encoding)");
    }
    if (!text) {
        return propagate(text);
    }
    if (auto reason = notMarkdown(*text)) {
        return problemIn(path, *reason);
    }
    if (jrnlFileKind(*text) == JrnlFileKind::MarkdownJournal) {
        // jrnl's Markdown export in one file ("# 2024", "## January", "### <date> <title>"):
        // its entries, not one entry holding them all.
        return readJrnlMarkdown(path, *text, options);
    }
    bool twofoldExport = false; // Twofold's own export: its front matter tags are all the tags
    const std::string& all = *text;
    TimedEntry entry;
    EntryNotes notes;
    std::optional<std::int64_t> created;
    std::optional<std::int64_t> updated;
    bool haveTitle = false;
    std::size_t bodyStart = 0;
    if (all.starts_with("---\n") || all.starts_with("---\r\n")) {
        std::size_t pos = all.find('\n') + 1;
        std::string listKey;
        bool closed = false;
        while (pos < all.size()) {
            std::size_t end = all.find('\n', pos);
            if (end == std::string::npos) {
                end = all.size();
            }
            std::string_view line(all.data() + pos, end - pos);
            if (line.ends_with('\r')) {
                line.remove_suffix(1);
            }
            const std::size_t lineStart = pos;
            pos = end + 1;
            if (line == "---" || line == "...") {
                closed = true;
                bodyStart = std::min(pos, all.size());
                break;
            }
            if (trimmed(line).empty() || trimmed(line).starts_with("#")) {
                continue;
            }
            auto bad = [&](std::string message) {
                return problemAt(path, all, lineStart, std::move(message));
            };
            if (line.starts_with(" ") || line.starts_with("-")) {
                const std::string item = trimmed(line);
                if (listKey != "tags" || !item.starts_with("-")) {
                    if (!listKey.empty()) {
                        continue; // an indented list under a key we do not read
                    }
                    return bad("front matter: unexpected indented line");
                }
                auto value = scalar(std::string_view(item).substr(1));
                if (!value) {
                    return bad("front matter: malformed list item");
                }
                entry.fields.tags.push_back(*value);
                continue;
            }
            const auto colon = line.find(':');
            if (colon == std::string_view::npos) {
                return bad("front matter: expected \"key: value\"");
            }
            const std::string key = trimmed(line.substr(0, colon));
            const std::string_view raw = line.substr(colon + 1);
            listKey = trimmed(raw).empty() ? key : std::string();
            if (key == "title") {
                auto value = scalar(raw);
                if (!value) {
                    return bad("front matter: malformed title");
                }
                entry.fields.title = *value;
                haveTitle = true;
            } else if (key == "kind") {
                if (scalar(raw) == "twofold-answers") {
                    return std::vector<ReadEntry>(); // a Twofold export's answers: not journal entries
                }
            } else if (key == "created" || key == "date" || key == "updated") {
                auto value = scalar(raw);
                auto parsed = value ? parseIsoTime(*value) : std::nullopt;
                if (!parsed) {
                    return bad("front matter: \"" + key + "\" is not an ISO 8601 date and time");
                }
                twofoldExport = twofoldExport || key == "updated";
                if (key != "updated") {
                    created = toUtc(*parsed, options, notes);
                    notes.date = EntryNotes::DateFrom::FrontMatter;
                } else {
                    updated = toUtc(*parsed, options);
                }
            } else if (key == "tags" && !trimmed(raw).empty()) {
                auto list = inlineList(raw);
                if (!list) {
                    return bad("front matter: malformed tags");
                }
                entry.fields.tags = *list;
            } else if (key == "kinds" && !trimmed(raw).empty()) {
                auto list = inlineList(raw);
                if (!list) {
                    return bad("front matter: malformed kinds");
                }
                for (const std::string& kind : *list) {
                    const auto* found = std::ranges::find(kKindNames, kind);
                    if (found == std::end(kKindNames)) {
                        return bad("front matter: unknown kind (emotional, physical, sexual or spiritual)");
                    }
                    entry.fields.kinds |= 1u << (found - std::begin(kKindNames));
                }
            } else if (key == "mood") {
                const std::string v = trimmed(raw);
                if (v != "null" && !v.empty()) {
                    if (v.size() != 1 || v[0] < '1' || v[0] > '5') {
                        return bad("front matter: mood must be a whole number from 1 to 5");
                    }
                    entry.fields.mood = v[0] - '0';
                }
            } else if (key == "prompt") {
                auto value = scalar(raw);
                if (!value) {
                    return bad("front matter: malformed prompt");
                }
                if (!value->empty()) {
                    entry.fields.promptId = *value;
                }
            }
        }
        if (!closed) {
            return problemAt(path, all, 0, "front matter is not closed with a line \"---\"");
        }
    }
    std::string body = all.substr(bodyStart);
    std::string afterDate;
    const auto named = dateInName(path.stem().string(), afterDate);
    if (!haveTitle) {
        splitHeading(body, entry.fields.title, entry.fields.body);
        if (entry.fields.title.empty()) {
            // "2022-10-03.md" needs no title: the date is the entry's own.
            entry.fields.title = named ? afterDate : path.stem().string();
        }
    } else {
        entry.fields.body = trimmed(body);
    }
    if (!twofoldExport) {
        for (std::string& tag : inlineTags(entry.fields.body)) {
            if (std::ranges::find(entry.fields.tags, tag) == entry.fields.tags.end()) {
                entry.fields.tags.push_back(std::move(tag));
            }
        }
    }
    if (!created && named) {
        created = toUtc(*named, options, notes);
        notes.date = EntryNotes::DateFrom::FileName;
    }
    if (!created) {
        // No date in the file: when it was last changed is the best guess.
        notes.date = EntryNotes::DateFrom::FileTime;
        struct stat st = {};
        created = ::stat(path.c_str(), &st) != 0
                      ? options.clock->nowMs()
                      : static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1'000'000;
    }
    entry.createdMs = *created;
    entry.updatedMs = std::max(*created, updated.value_or(*created));
    std::vector<ReadEntry> out;
    out.push_back(ReadEntry{std::move(entry), notes});
    return out;
}

} // namespace

Read readMarkdown(const std::filesystem::path& path, const ImportOptions& options)
{
    std::error_code ec;
    std::vector<std::filesystem::path> files;
    ReadResult out;
    if (std::filesystem::is_directory(path, ec)) {
        // Every .md below it; hidden folders (.obsidian, .trash, .git) hold an app's own
        // files, not entries: skipped, and counted for the summary.
        auto listed = filesBelow(path, {".md", ".markdown"}, out);
        if (!listed) {
            return std::unexpected(std::move(listed.error()));
        }
        files = std::move(*listed);
        if (files.empty()) {
            return problemIn(path, "the folder holds no .md files");
        }
    } else if (std::filesystem::is_regular_file(path, ec)) {
        files.push_back(path);
    } else {
        return problemIn(path, "there is no file or folder there", ErrorCode::NotFound);
    }
    out.files = files.size();
    for (const auto& file : files) {
        auto entry = readMarkdownFile(file, options);
        if (!entry) {
            return propagate(entry);
        }
        if (entry->empty()) {
            ++out.answerFilesSkipped;
            continue;
        }
        for (ReadEntry& item : *entry) {
            out.entries.push_back(std::move(item));
        }
    }
    return out;
}

} // namespace twofold::detail
