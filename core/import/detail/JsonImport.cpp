// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "import/detail/JsonImport.h"

#include "common/Propagate.h"

#include <algorithm>
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

} // namespace

std::expected<std::vector<TimedEntry>, ImportProblem> readDayOne(const JsonDoc& doc, const json::Value& root,
                                                                 const ImportOptions& options)
{
    auto entries = entriesArray(doc, root);
    if (!entries) {
        return propagate(entries);
    }
    std::vector<TimedEntry> out;
    for (const json::Value& item : **entries) {
        if (item.ifObject() == nullptr) {
            return doc.at(item, "each entry must be an object");
        }
        auto created = requiredTime(doc, item, "creationDate", options);
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
        return propagate(entries);
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
        return propagate(entries);
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
        return propagate(text);
    }
    auto root = json::parse(*text);
    if (!root) {
        return problemAt(path, *text, root.error().offset, "not valid JSON: " + root.error().message);
    }
    return reader(JsonDoc{path, *text}, *root, options);
}

} // namespace twofold::detail
