// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "import/detail/JsonImport.h"

#include "common/Propagate.h"
#include "import/detail/DayOneText.h"
#include "journal/detail/Utf8.h"

#include <algorithm>
#include <ranges>
#include <unordered_set>

namespace twofold::detail {

namespace {

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
                                                        std::string_view key, const ImportOptions& options,
                                                        EntryNotes::Zone* zone = nullptr)
{
    const json::Value* v = object.find(key);
    if (v == nullptr) {
        return doc.at(object, "an entry has no \"" + std::string(key) + "\"");
    }
    const auto parsed = v->ifString() ? parseIsoTime(*v->ifString()) : std::nullopt;
    if (!parsed) {
        return doc.at(*v, "\"" + std::string(key) + "\" is not an ISO 8601 date and time");
    }
    if (zone != nullptr) {
        *zone = zoneOf(*parsed);
    }
    return toUtc(*parsed, options);
}

bool isTrue(const json::Value& object, std::string_view key)
{
    const json::Value* v = object.find(key);
    return v != nullptr && v->ifBool() != nullptr && *v->ifBool();
}

std::size_t arraySize(const json::Value& object, std::string_view key)
{
    const json::Value* v = object.find(key);
    return v != nullptr && v->ifArray() != nullptr ? v->ifArray()->size() : 0;
}

// What a Day One entry holds beyond its text and tags (see docs/IMPORT.md).
EntryNotes dayOneNotes(const json::Value& item)
{
    EntryNotes notes;
    std::size_t media = 0;
    for (std::string_view key : {"photos", "videos", "audios", "pdfAttachments"}) {
        media += arraySize(item, key);
    }
    notes.photos = static_cast<std::uint32_t>(media);
    notes.location = item.find("location") != nullptr && !item.find("location")->isNull();
    notes.weather = item.find("weather") != nullptr && !item.find("weather")->isNull();
    notes.starred = isTrue(item, "starred");
    notes.pinned = isTrue(item, "isPinned");
    notes.allDay = isTrue(item, "isAllDay");
    return notes;
}

} // namespace

ReadEntries readDayOne(const JsonDoc& doc, const json::Value& root, const ImportOptions& options)
{
    auto entries = entriesArray(doc, root);
    if (!entries) {
        return propagate(entries);
    }
    std::vector<ReadEntry> out;
    for (const json::Value& item : **entries) {
        if (item.ifObject() == nullptr) {
            return doc.at(item, "each entry must be an object");
        }
        EntryNotes notes = dayOneNotes(item);
        auto created = requiredTime(doc, item, "creationDate", options, &notes.zone);
        if (!created) {
            return propagate(created);
        }
        std::int64_t updated = *created;
        if (item.find("modifiedDate") != nullptr) {
            auto modified = requiredTime(doc, item, "modifiedDate", options);
            if (!modified) {
                return propagate(modified);
            }
            updated = *modified;
        }
        auto text = optionalString(doc, item, "text");
        auto tags = stringArray(doc, item, "tags");
        if (!text) {
            return propagate(text);
        }
        if (!tags) {
            return propagate(tags);
        }
        TimedEntry entry;
        std::size_t links = 0;
        splitDayOneTitle(withoutEscapes(withoutMomentLinks(*text, links)), entry.fields.title,
                         entry.fields.body);
        notes.photos = std::max(notes.photos, static_cast<std::uint32_t>(links));
        entry.fields.tags = std::move(*tags);
        entry.createdMs = *created;
        entry.updatedMs = std::max(*created, updated);
        if (const json::Value* zone = item.find("timeZone"); zone != nullptr && zone->ifString() != nullptr) {
            notes.zone = EntryNotes::Zone::Own;
        }
        out.push_back({std::move(entry), notes});
    }
    return out;
}

ReadEntries readJrnl(const JsonDoc& doc, const json::Value& root, const ImportOptions& options)
{
    // Every shape jrnl writes: the journal ({"tags": …, "entries": […]}), one entry's own
    // file ({"title", "body", "date", …}: `jrnl --export json` into a folder), and a bare
    // array of entries.
    json::Value::Array single;
    const json::Value::Array* items = nullptr;
    if (root.ifArray() != nullptr) {
        items = root.ifArray();
    } else if (root.ifObject() != nullptr && root.find("entries") == nullptr &&
               root.find("date") != nullptr) {
        single.push_back(root); // one small entry
        items = &single;
    } else {
        auto entries = entriesArray(doc, root);
        if (!entries) {
            return propagate(entries);
        }
        items = *entries;
    }
    std::vector<ReadEntry> out;
    for (const json::Value& item : *items) {
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
        if (!title) {
            return propagate(title);
        }
        if (!body) {
            return propagate(body);
        }
        if (!tags) {
            return propagate(tags);
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
        EntryNotes notes{.starred = isTrue(item, "starred")};
        entry.createdMs = entry.updatedMs = toUtc(*parsed, options, notes);
        out.push_back({std::move(entry), notes});
    }
    return out;
}

ReadEntries readTwofold(const JsonDoc& doc, const json::Value& root, const ImportOptions& options)
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
        return propagate(entries);
    }
    std::vector<ReadEntry> out;
    for (const json::Value& item : **entries) {
        if (item.ifObject() == nullptr) {
            return doc.at(item, "each entry must be an object");
        }
        EntryNotes notes;
        auto created = requiredTime(doc, item, "created", options, &notes.zone);
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
        out.push_back({std::move(entry), notes});
    }
    return out;
}

Read readJsonText(const std::filesystem::path& path, const std::string& text, JsonReader reader,
                  const ImportOptions& options, bool utf8Checked)
{
    if (!utf8Checked && !detail::isValidUtf8(text)) {
        return problemIn(path, "the file is not UTF-8 text");
    }
    auto root = json::parse(text);
    if (!root) {
        return problemAt(path, text, root.error().offset, "not valid JSON: " + root.error().message);
    }
    auto entries = reader(JsonDoc{path, text}, *root, options);
    if (!entries) {
        return propagate(entries);
    }
    return ReadResult{.entries = std::move(*entries), .files = 1};
}

Read readJsonFile(const std::filesystem::path& path, JsonReader reader, const ImportOptions& options)
{
    auto text = readText(path);
    if (!text) {
        return propagate(text);
    }
    return readJsonText(path, *text, reader, options, true);
}

namespace {

// One Day One journal's entries, its name (the file's, without .json) kept as a tag.
void addJournal(ReadResult& out, ReadResult&& read, const std::string& journal)
{
    for (ReadEntry& item : read.entries) {
        if (!journal.empty() &&
            std::ranges::find(item.entry.fields.tags, journal) == item.entry.fields.tags.end()) {
            item.entry.fields.tags.push_back(journal);
        }
        out.entries.push_back(std::move(item));
    }
    ++out.files;
}

} // namespace

Read readDayOneFolder(const std::filesystem::path& folder, const ImportOptions& options)
{
    // The unzipped export: one JSON file per journal, named after it, beside photos/ and
    // the like (not read: Twofold cannot keep photos yet, and the entries count them).
    std::error_code ec;
    std::vector<std::filesystem::path> journals;
    for (const auto& item : std::filesystem::directory_iterator(folder, ec)) {
        if (item.is_regular_file(ec) && item.path().extension() == ".json") {
            journals.push_back(item.path());
        }
    }
    if (ec) {
        return problemIn(folder, "the folder cannot be read", ErrorCode::IoError);
    }
    std::ranges::sort(journals);
    if (journals.empty()) {
        return problemIn(folder, "the folder holds no Day One journal (.json file)", ErrorCode::NotFound);
    }
    ReadResult out;
    for (const auto& file : journals) {
        auto read = readJsonFile(file, readDayOne, options);
        if (!read) {
            return propagate(read);
        }
        addJournal(out, std::move(*read), file.stem().string());
    }
    return out;
}

Read readDayOneZip(const std::filesystem::path& zip, const ImportOptions& options, const ZipLimits& limits)
{
    // The export as it comes: the same journals as the folder, read from the zip in memory.
    auto source = zipFile(zip);
    if (!source) {
        return problemIn(zip, source.error(), ErrorCode::IoError);
    }
    auto archive = ZipArchive::open(std::move(*source), limits);
    if (!archive) {
        return problemIn(zip, archive.error());
    }
    // The journals: .json files at the top, or else in the one folder the export sits in.
    auto journalsAt = [&](std::size_t depth) {
        std::vector<const ZipMember*> found;
        for (const ZipMember& m : archive->members()) {
            const std::filesystem::path name(m.name);
            if (!m.isFolder() && name.extension() == ".json" &&
                static_cast<std::size_t>(std::ranges::count(m.name, '/')) == depth &&
                !m.name.starts_with("__MACOSX/")) {
                found.push_back(&m);
            }
        }
        std::ranges::sort(found, {}, &ZipMember::name);
        return found;
    };
    auto journals = journalsAt(0);
    if (journals.empty()) {
        journals = journalsAt(1);
    }
    if (journals.empty()) {
        return problemIn(zip, "the zip holds no Day One journal (.json file)", ErrorCode::NotFound);
    }
    ReadResult out;
    for (const ZipMember* member : journals) {
        const std::filesystem::path inZip = zip / member->name; // where a problem is reported
        auto text = archive->read(*member);
        if (!text) {
            return problemIn(zip, text.error());
        }
        auto read = readJsonText(inZip, *text, readDayOne, options);
        if (!read) {
            return propagate(read);
        }
        addJournal(out, std::move(*read), inZip.stem().string());
    }
    return out;
}

} // namespace twofold::detail
