// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "import/Import.h"

#include "common/Json.h"
#include "journal/Journal.h"
#include "journal/detail/Utf8.h"
#include "storage/Statement.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unordered_set>

#include <sodium.h>

namespace twofold {

namespace {

constexpr std::size_t kMaxFileBytes = 256u << 20;
constexpr std::string_view kKindNames[] = {"emotional", "physical", "sexual", "spiritual"};

using Problem = std::unexpected<ImportProblem>;

Problem problemAt(const std::filesystem::path& file, std::string_view text, std::size_t offset,
                  std::string message, ErrorCode code = ErrorCode::InvalidArgument)
{
    const json::Position p = json::locate(text, offset);
    return Problem(
        ImportProblem{Error{code, "import: " + message}, file.string(), p.line, p.column, message});
}

Problem problemIn(const std::filesystem::path& file, std::string message,
                  ErrorCode code = ErrorCode::InvalidArgument)
{
    return Problem(ImportProblem{Error{code, "import: " + message}, file.string(), 0, 0, message});
}

std::expected<std::string, ImportProblem> readText(const std::filesystem::path& path)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        return problemIn(path, "the file cannot be read", ErrorCode::IoError);
    }
    if (size > kMaxFileBytes) {
        return problemIn(path, "the file is larger than 256 MiB");
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (!in && !in.eof()) {
        return problemIn(path, "the file cannot be read", ErrorCode::IoError);
    }
    std::string text = buffer.str();
    if (!detail::isValidUtf8(text)) {
        return problemIn(path, "the file is not UTF-8 text");
    }
    return text;
}

std::string trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

// "# Title\n\nbody": a leading level-1 heading becomes the title (Day One, plain Markdown).
void splitHeading(std::string_view text, std::string& title, std::string& body)
{
    const std::string all = trimmed(text);
    if (all.starts_with("# ")) {
        const auto end = all.find('\n');
        title =
            trimmed(std::string_view(all).substr(2, end == std::string::npos ? std::string::npos : end - 2));
        body = end == std::string::npos ? std::string() : trimmed(std::string_view(all).substr(end + 1));
    } else {
        body = all;
    }
}

std::int64_t toUtc(const ParsedTime& t, const ImportOptions& options)
{
    if (t.offsetMinutes) {
        return civilToUtcMs(t.civil) - std::int64_t{*t.offsetMinutes} * 60'000;
    }
    return options.localToUtc ? options.localToUtc(t.civil) : civilToUtcMs(t.civil);
}

// --- JSON formats --------------------------------------------------------------------

struct JsonDoc
{
    const std::filesystem::path& file;
    const std::string& text;

    Problem at(const json::Value& v, std::string message) const
    {
        return problemAt(file, text, v.offset(), std::move(message));
    }
};

std::expected<const json::Value::Array*, ImportProblem> entriesArray(const JsonDoc& doc,
                                                                     const json::Value& root)
{
    if (root.ifObject() == nullptr) {
        return doc.at(root, "expected an object with an \"entries\" array");
    }
    const json::Value* entries = root.find("entries");
    if (entries == nullptr || entries->ifArray() == nullptr) {
        return doc.at(root, "expected an \"entries\" array");
    }
    return entries->ifArray();
}

std::expected<std::string, ImportProblem> optionalString(const JsonDoc& doc, const json::Value& object,
                                                         std::string_view key)
{
    const json::Value* v = object.find(key);
    if (v == nullptr || v->isNull()) {
        return std::string();
    }
    if (v->ifString() == nullptr) {
        return doc.at(*v, "\"" + std::string(key) + "\" must be a string");
    }
    return *v->ifString();
}

std::expected<std::vector<std::string>, ImportProblem>
stringArray(const JsonDoc& doc, const json::Value& object, std::string_view key)
{
    std::vector<std::string> out;
    const json::Value* v = object.find(key);
    if (v == nullptr || v->isNull()) {
        return out;
    }
    if (v->ifArray() == nullptr) {
        return doc.at(*v, "\"" + std::string(key) + "\" must be an array of strings");
    }
    for (const json::Value& item : *v->ifArray()) {
        if (item.ifString() == nullptr) {
            return doc.at(item, "\"" + std::string(key) + "\" must be an array of strings");
        }
        out.push_back(*item.ifString());
    }
    return out;
}

std::expected<std::int64_t, ImportProblem> requiredTime(const JsonDoc& doc, const json::Value& object,
                                                        std::string_view key, const ImportOptions& options)
{
    const json::Value* v = object.find(key);
    if (v == nullptr) {
        return doc.at(object, "an entry has no \"" + std::string(key) + "\"");
    }
    const auto parsed = v->ifString() ? parseIsoTime(*v->ifString()) : std::nullopt;
    if (!parsed) {
        return doc.at(*v, "\"" + std::string(key) + "\" is not an ISO 8601 date and time");
    }
    return toUtc(*parsed, options);
}

using JsonReader = std::expected<std::vector<TimedEntry>, ImportProblem> (*)(const JsonDoc&,
                                                                             const json::Value&,
                                                                             const ImportOptions&);

std::expected<std::vector<TimedEntry>, ImportProblem> readDayOne(const JsonDoc& doc, const json::Value& root,
                                                                 const ImportOptions& options)
{
    auto entries = entriesArray(doc, root);
    if (!entries) {
        return std::unexpected(entries.error());
    }
    std::vector<TimedEntry> out;
    for (const json::Value& item : **entries) {
        if (item.ifObject() == nullptr) {
            return doc.at(item, "each entry must be an object");
        }
        auto created = requiredTime(doc, item, "creationDate", options);
        if (!created) {
            return std::unexpected(created.error());
        }
        std::int64_t updated = *created;
        if (item.find("modifiedDate") != nullptr) {
            auto modified = requiredTime(doc, item, "modifiedDate", options);
            if (!modified) {
                return std::unexpected(modified.error());
            }
            updated = *modified;
        }
        auto text = optionalString(doc, item, "text");
        auto tags = stringArray(doc, item, "tags");
        if (!text || !tags) {
            return std::unexpected(!text ? text.error() : tags.error());
        }
        TimedEntry entry;
        splitHeading(*text, entry.fields.title, entry.fields.body);
        entry.fields.tags = std::move(*tags);
        entry.createdMs = *created;
        entry.updatedMs = std::max(*created, updated);
        out.push_back(std::move(entry));
    }
    return out;
}

std::expected<std::vector<TimedEntry>, ImportProblem> readJrnl(const JsonDoc& doc, const json::Value& root,
                                                               const ImportOptions& options)
{
    auto entries = entriesArray(doc, root);
    if (!entries) {
        return std::unexpected(entries.error());
    }
    std::vector<TimedEntry> out;
    for (const json::Value& item : **entries) {
        if (item.ifObject() == nullptr) {
            return doc.at(item, "each entry must be an object");
        }
        const json::Value* date = item.find("date");
        auto parsed = date && date->ifString() ? parseIsoTime(*date->ifString()) : std::nullopt;
        if (!parsed) {
            return doc.at(date ? *date : item, "\"date\" must be a date like 2024-05-03");
        }
        if (const json::Value* time = item.find("time"); time != nullptr) {
            if (time->ifString() == nullptr || !applyClockTime(*time->ifString(), parsed->civil)) {
                return doc.at(*time, "\"time\" must be a time like 09:30");
            }
        }
        auto title = optionalString(doc, item, "title");
        auto body = optionalString(doc, item, "body");
        auto tags = stringArray(doc, item, "tags");
        if (!title || !body || !tags) {
            return std::unexpected(!title ? title.error() : !body ? body.error() : tags.error());
        }
        TimedEntry entry;
        entry.fields.title = trimmed(*title);
        entry.fields.body = trimmed(*body);
        for (std::string tag : *tags) {
            // jrnl writes tags with their marker ("@work"); Twofold's tags are bare words.
            if (tag.size() > 1 && (tag.front() == '@' || tag.front() == '#')) {
                tag.erase(0, 1);
            }
            entry.fields.tags.push_back(std::move(tag));
        }
        entry.createdMs = entry.updatedMs = toUtc(*parsed, options);
        out.push_back(std::move(entry));
    }
    return out;
}

std::expected<std::vector<TimedEntry>, ImportProblem> readTwofold(const JsonDoc& doc, const json::Value& root,
                                                                  const ImportOptions& options)
{
    const json::Value* format = root.find("format");
    if (format == nullptr || format->ifString() == nullptr || *format->ifString() != "twofold-export") {
        return doc.at(root, "not a Twofold export (no \"format\": \"twofold-export\")");
    }
    const json::Value* version = root.find("formatVersion");
    if (version == nullptr || version->ifNumber() == nullptr || !version->ifNumber()->integer ||
        *version->ifNumber()->integer > 1) {
        return doc.at(version ? *version : root, "unsupported formatVersion (this Twofold reads version 1)");
    }
    auto entries = entriesArray(doc, root);
    if (!entries) {
        return std::unexpected(entries.error());
    }
    std::vector<TimedEntry> out;
    for (const json::Value& item : **entries) {
        if (item.ifObject() == nullptr) {
            return doc.at(item, "each entry must be an object");
        }
        auto created = requiredTime(doc, item, "created", options);
        auto updated = requiredTime(doc, item, "updated", options);
        auto title = optionalString(doc, item, "title");
        auto body = optionalString(doc, item, "body");
        auto tags = stringArray(doc, item, "tags");
        auto kinds = stringArray(doc, item, "kinds");
        auto promptId = optionalString(doc, item, "promptId");
        if (!created || !updated || !title || !body || !tags || !kinds || !promptId) {
            for (auto* e : {created ? nullptr : &created.error(), updated ? nullptr : &updated.error(),
                            title ? nullptr : &title.error(), body ? nullptr : &body.error(),
                            tags ? nullptr : &tags.error(), kinds ? nullptr : &kinds.error(),
                            promptId ? nullptr : &promptId.error()}) {
                if (e != nullptr) {
                    return std::unexpected(*e);
                }
            }
        }
        TimedEntry entry;
        entry.fields.title = *title;
        entry.fields.body = *body;
        entry.fields.tags = *tags;
        if (!promptId->empty()) {
            entry.fields.promptId = *promptId;
        }
        for (const std::string& kind : *kinds) {
            const auto* found = std::ranges::find(kKindNames, kind);
            if (found == std::end(kKindNames)) {
                return doc.at(*item.find("kinds"), "unknown kind (emotional, physical, sexual or spiritual)");
            }
            entry.fields.kinds |= 1u << (found - std::begin(kKindNames));
        }
        if (const json::Value* mood = item.find("mood"); mood != nullptr && !mood->isNull()) {
            if (mood->ifNumber() == nullptr || !mood->ifNumber()->integer || *mood->ifNumber()->integer < 1 ||
                *mood->ifNumber()->integer > 5) {
                return doc.at(*mood, "\"mood\" must be null or a whole number from 1 to 5");
            }
            entry.fields.mood = static_cast<int>(*mood->ifNumber()->integer);
        }
        entry.createdMs = *created;
        entry.updatedMs = std::max(*created, *updated);
        out.push_back(std::move(entry));
    }
    return out;
}

std::expected<std::vector<TimedEntry>, ImportProblem>
readJsonFile(const std::filesystem::path& path, JsonReader reader, const ImportOptions& options)
{
    auto text = readText(path);
    if (!text) {
        return std::unexpected(text.error());
    }
    auto root = json::parse(*text);
    if (!root) {
        return problemAt(path, *text, root.error().offset, "not valid JSON: " + root.error().message);
    }
    return reader(JsonDoc{path, *text}, *root, options);
}

// --- Markdown --------------------------------------------------------------------------

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

std::expected<TimedEntry, ImportProblem> readMarkdownFile(const std::filesystem::path& path,
                                                          const ImportOptions& options)
{
    auto text = readText(path);
    if (!text) {
        return std::unexpected(text.error());
    }
    const std::string& all = *text;
    TimedEntry entry;
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
            } else if (key == "created" || key == "date" || key == "updated") {
                auto value = scalar(raw);
                auto parsed = value ? parseIsoTime(*value) : std::nullopt;
                if (!parsed) {
                    return bad("front matter: \"" + key + "\" is not an ISO 8601 date and time");
                }
                (key == "updated" ? updated : created) = toUtc(*parsed, options);
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
    if (!haveTitle) {
        splitHeading(body, entry.fields.title, entry.fields.body);
        if (entry.fields.title.empty()) {
            entry.fields.title = path.stem().string();
        }
    } else {
        entry.fields.body = trimmed(body);
    }
    if (!created) {
        // No date in the file: when it was last changed is the best guess.
        struct stat st = {};
        created = ::stat(path.c_str(), &st) != 0
                      ? options.clock->nowMs()
                      : static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1'000'000;
    }
    entry.createdMs = *created;
    entry.updatedMs = std::max(*created, updated.value_or(*created));
    return entry;
}

std::expected<std::vector<TimedEntry>, ImportProblem> readMarkdown(const std::filesystem::path& path,
                                                                   const ImportOptions& options)
{
    std::error_code ec;
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_directory(path, ec)) {
        // Top level only: a Twofold Markdown export keeps its answers in answers/.
        for (const auto& item : std::filesystem::directory_iterator(path, ec)) {
            if (item.is_regular_file(ec) && item.path().extension() == ".md") {
                files.push_back(item.path());
            }
        }
        std::ranges::sort(files);
        if (files.empty()) {
            return problemIn(path, "the folder holds no .md files");
        }
    } else if (std::filesystem::is_regular_file(path, ec)) {
        files.push_back(path);
    } else {
        return problemIn(path, "there is no file or folder there", ErrorCode::NotFound);
    }
    std::vector<TimedEntry> out;
    for (const auto& file : files) {
        auto entry = readMarkdownFile(file, options);
        if (!entry) {
            return std::unexpected(entry.error());
        }
        out.push_back(std::move(*entry));
    }
    return out;
}

// BLAKE2b-256 over the title, text and time written, length-prefixed.
Bytes contentHash(const TimedEntry& entry)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 32);
    auto add = [&](std::string_view bytes) {
        const std::uint64_t n = bytes.size();
        unsigned char length[8];
        for (int i = 0; i < 8; ++i) {
            length[i] = static_cast<unsigned char>(n >> (8 * (7 - i)));
        }
        crypto_generichash_update(&state, length, sizeof length);
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    };
    add("twofold-import-v1");
    add(trimmed(entry.fields.title));
    add(trimmed(entry.fields.body));
    add(std::to_string(entry.createdMs / 1000)); // seconds: other apps keep no more
    Bytes out(32);
    crypto_generichash_final(&state, out.data(), out.size());
    return out;
}

} // namespace

std::expected<std::vector<TimedEntry>, ImportProblem>
readImport(ImportFormat format, const std::filesystem::path& path, const ImportOptions& options)
{
    std::error_code ec;
    if (format != ImportFormat::Markdown && !std::filesystem::is_regular_file(path, ec)) {
        return problemIn(path, "there is no file there", ErrorCode::NotFound);
    }
    switch (format) {
    case ImportFormat::DayOneJson:
        return readJsonFile(path, readDayOne, options);
    case ImportFormat::JrnlJson:
        return readJsonFile(path, readJrnl, options);
    case ImportFormat::TwofoldJson:
        return readJsonFile(path, readTwofold, options);
    case ImportFormat::Markdown:
        return readMarkdown(path, options);
    }
    return problemIn(path, "unknown format");
}

std::expected<ImportReport, ImportProblem> importEntries(Journal& journal, ImportFormat format,
                                                         const std::filesystem::path& path,
                                                         const ImportOptions& options)
{
    auto entries = readImport(format, path, options);
    if (!entries) {
        return std::unexpected(entries.error());
    }
    auto failed = [&](const Error& error) {
        return std::unexpected(ImportProblem{error, path.string(), 0, 0, "the journal could not be written"});
    };
    // Known content: every hash imported before, and every entry in the journal now.
    // Hex strings: GCC 12 at -O2 misreports std::set<std::vector<uint8_t>> comparisons
    // (-Wstringop-overread, a false positive that -Werror would make fatal).
    std::unordered_set<std::string> known;
    {
        auto stmt = journal.database().prepare("SELECT content_hash FROM imported_entries");
        if (!stmt) {
            return failed(stmt.error());
        }
        while (true) {
            auto row = stmt->step();
            if (!row) {
                return failed(row.error());
            }
            if (!*row) {
                break;
            }
            known.insert(toHex(stmt->columnBlob(0)));
        }
    }
    PageRequest request{.limit = 500};
    while (true) {
        auto page = journal.list(request);
        if (!page) {
            return failed(page.error());
        }
        for (const EntrySummary& s : *page) {
            auto e = journal.get(s.id);
            if (!e) {
                return failed(e.error());
            }
            known.insert(toHex(contentHash(TimedEntry{e->fields, e->createdMs, e->updatedMs})));
        }
        if (page->size() < 500) {
            break;
        }
        request.after = PageCursor{page->back().createdMs, page->back().id};
    }

    ImportReport report;
    report.files =
        format == ImportFormat::Markdown && std::filesystem::is_directory(path) ? entries->size() : 1;
    std::vector<TimedEntry> fresh;
    std::vector<Bytes> hashes;
    for (TimedEntry& entry : *entries) {
        if (trimmed(entry.fields.title).empty() && trimmed(entry.fields.body).empty()) {
            continue; // nothing to keep (Day One entries that held only a photo)
        }
        Bytes hash = contentHash(entry);
        if (!known.insert(toHex(hash)).second) {
            ++report.duplicates;
            continue;
        }
        fresh.push_back(std::move(entry));
        hashes.push_back(std::move(hash));
    }
    const std::int64_t now = options.clock->nowMs();
    auto stmt = journal.database().prepare(
        "INSERT INTO imported_entries (content_hash, entry_id, imported_at) VALUES (?1, ?2, ?3)");
    if (!stmt) {
        return failed(stmt.error());
    }
    auto ids = journal.createAll(fresh, [&](std::size_t index, EntryId id) -> Status {
        stmt->reset();
        stmt->bind(1, hashes[index]).bind(2, id).bind(3, now);
        return stmt->run();
    });
    if (!ids) {
        return failed(ids.error());
    }
    report.imported = ids->size();
    return report;
}

} // namespace twofold
