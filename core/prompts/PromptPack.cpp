// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "prompts/PromptPack.h"

#include "common/Json.h"
#include "common/Propagate.h"

#include <algorithm>
#include <fstream>
#include <initializer_list>
#include <iterator>
#include <map>
#include <optional>
#include <system_error>
#include <utility>

namespace twofold {

namespace {

// A schema problem, located by byte offset in the pack's text.
struct SchemaError
{
    std::size_t offset = 0;
    std::string what;
    ErrorCode code = ErrorCode::InvalidArgument;
};

template <typename T> using Checked = std::expected<T, SchemaError>;

std::unexpected<SchemaError> schemaError(std::size_t offset, std::string what,
                                         ErrorCode code = ErrorCode::InvalidArgument)
{
    return std::unexpected(SchemaError{offset, std::move(what), code});
}

std::string inQuotes(std::string_view s)
{
    std::string out = "\"";
    out += s;
    out += '"';
    return out;
}

bool isSlugChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

bool isSlug(std::string_view s)
{
    if (s.empty() || s.size() > kMaxIdLength || s.front() == '-' || s.back() == '-') {
        return false;
    }
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '-') {
            if (s[i - 1] == '-') {
                return false;
            }
        } else if (!isSlugChar(s[i])) {
            return false;
        }
    }
    return true;
}

bool hasControlCharacter(std::string_view s)
{
    return std::any_of(s.begin(), s.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte < 0x20 || byte == 0x7F;
    });
}

bool isBlank(std::string_view s)
{
    return s.find_first_not_of(" \t\n\r") == std::string_view::npos;
}

// Refuses members whose names are not in allowed, so a misspelt "folowUp" is an
// error rather than a silently missing follow-up.
Checked<void> checkKeys(const json::Value& object, std::initializer_list<std::string_view> allowed,
                        std::string_view where)
{
    for (const json::Member& member : *object.ifObject()) {
        if (std::find(allowed.begin(), allowed.end(), member.key) == allowed.end()) {
            return schemaError(member.keyOffset,
                               "unknown field " + inQuotes(member.key) + " in " + std::string(where));
        }
    }
    return {};
}

struct TextRule
{
    std::size_t maxLength;
    bool required;
};

// A string member: absent gives nullopt if optional, otherwise an error.
Checked<std::optional<std::string>> readText(const json::Value& object, std::string_view key, TextRule rule,
                                             std::string_view where)
{
    const json::Value* value = object.find(key);
    if (value == nullptr) {
        if (rule.required) {
            return schemaError(object.offset(), std::string(where) + " is missing " + inQuotes(key));
        }
        return std::nullopt;
    }
    const std::string* text = value->ifString();
    if (text == nullptr) {
        return schemaError(value->offset(), inQuotes(key) + " must be a string, not " +
                                                std::string(json::typeName(value->type())));
    }
    if (isBlank(*text)) {
        return schemaError(value->offset(), inQuotes(key) + " must not be empty");
    }
    if (text->size() > rule.maxLength) {
        return schemaError(value->offset(),
                           inQuotes(key) + " is longer than " + std::to_string(rule.maxLength) + " bytes");
    }
    if (hasControlCharacter(*text)) {
        return schemaError(value->offset(), inQuotes(key) + " contains a control character");
    }
    return *text;
}

Checked<std::optional<Visibility>> readVisibility(const json::Value& object, std::string_view key)
{
    const json::Value* value = object.find(key);
    if (value == nullptr) {
        return std::nullopt;
    }
    const std::string* text = value->ifString();
    if (text != nullptr && *text == "shared") {
        return Visibility::Shared;
    }
    if (text != nullptr && *text == "private") {
        return Visibility::Private;
    }
    return schemaError(value->offset(), inQuotes(key) + " must be \"shared\" or \"private\"");
}

struct ParsedPack
{
    PromptPack pack;
    std::size_t idOffset = 0;
    std::vector<std::size_t> promptIdOffsets; // parallel to pack.prompts
};

Checked<Prompt> readPrompt(const json::Value& value, const PromptPack& pack)
{
    if (value.ifObject() == nullptr) {
        return schemaError(value.offset(),
                           "a prompt must be an object, not " + std::string(json::typeName(value.type())));
    }
    if (auto keys = checkKeys(
            value, {"id", "text", "followUp", "visibility", "kind", "lowLabel", "highLabel"}, "a prompt");
        !keys) {
        return propagate(keys);
    }
    Prompt prompt;
    prompt.packId = pack.id;

    auto id = readText(value, "id", {kMaxIdLength, true}, "a prompt");
    if (!id) {
        return propagate(id);
    }
    if (!isValidPromptId(**id, pack.id)) {
        return schemaError(value.find("id")->offset(),
                           "prompt id " + inQuotes(**id) + " must be " + inQuotes(pack.id + ".slug") +
                               " with a lowercase slug of letters, digits and single '-'");
    }
    prompt.id = std::move(**id);

    auto text = readText(value, "text", {kMaxPromptTextLength, true}, "prompt " + inQuotes(prompt.id));
    if (!text) {
        return propagate(text);
    }
    prompt.text = std::move(**text);

    auto followUp = readText(value, "followUp", {kMaxPromptTextLength, false}, "");
    if (!followUp) {
        return propagate(followUp);
    }
    prompt.followUp = followUp->value_or(std::string());

    auto visibility = readVisibility(value, "visibility");
    if (!visibility) {
        return propagate(visibility);
    }
    prompt.visibility = visibility->value_or(pack.defaultVisibility);

    if (const json::Value* kind = value.find("kind")) {
        const std::string* name = kind->ifString();
        if (name != nullptr && *name == "text") {
            prompt.kind = PromptKind::Text;
        } else if (name != nullptr && *name == "rating") {
            prompt.kind = PromptKind::Rating;
        } else {
            return schemaError(kind->offset(), "\"kind\" must be \"text\" or \"rating\"");
        }
    }

    for (auto [key, target] :
         {std::pair{"lowLabel", &prompt.lowLabel}, std::pair{"highLabel", &prompt.highLabel}}) {
        auto label = readText(value, key, {kMaxLabelLength, false}, "");
        if (!label) {
            return propagate(label);
        }
        if (label->has_value() && prompt.kind != PromptKind::Rating) {
            return schemaError(value.find(key)->offset(), inQuotes(key) + " is only for rating prompts");
        }
        *target = label->value_or(std::string());
    }
    return prompt;
}

Checked<ParsedPack> readPack(const json::Value& root)
{
    if (root.ifObject() == nullptr) {
        return schemaError(root.offset(),
                           "a pack must be an object, not " + std::string(json::typeName(root.type())));
    }
    // The format comes first: a newer format may have fields this build cannot judge.
    const json::Value* format = root.find("format");
    if (format == nullptr) {
        return schemaError(root.offset(), "the pack is missing \"format\"");
    }
    const json::Value::Number* formatNumber = format->ifNumber();
    if (formatNumber == nullptr || !formatNumber->integer) {
        return schemaError(format->offset(), "\"format\" must be a whole number");
    }
    if (*formatNumber->integer != kPromptPackFormat) {
        return schemaError(format->offset(),
                           "unsupported format " + std::to_string(*formatNumber->integer) +
                               " (this build reads " + std::to_string(kPromptPackFormat) + ")",
                           ErrorCode::UnsupportedFormat);
    }
    if (auto keys = checkKeys(root,
                              {"format", "id", "title", "description", "defaultEnabled", "defaultVisibility",
                               "order", "prompts"},
                              "the pack");
        !keys) {
        return propagate(keys);
    }

    ParsedPack parsed;
    PromptPack& pack = parsed.pack;

    auto id = readText(root, "id", {kMaxIdLength, true}, "the pack");
    if (!id) {
        return propagate(id);
    }
    parsed.idOffset = root.find("id")->offset();
    if (!isValidPackId(**id)) {
        return schemaError(parsed.idOffset,
                           "pack id " + inQuotes(**id) + " must be lowercase letters, digits and single '-'");
    }
    pack.id = std::move(**id);

    auto title = readText(root, "title", {kMaxTitleLength, true}, "the pack");
    if (!title) {
        return propagate(title);
    }
    pack.title = std::move(**title);

    auto description = readText(root, "description", {kMaxDescriptionLength, false}, "the pack");
    if (!description) {
        return propagate(description);
    }
    pack.description = description->value_or(std::string());

    if (const json::Value* enabled = root.find("defaultEnabled")) {
        if (enabled->ifBool() == nullptr) {
            return schemaError(enabled->offset(), "\"defaultEnabled\" must be true or false");
        }
        pack.defaultEnabled = *enabled->ifBool();
    }

    auto visibility = readVisibility(root, "defaultVisibility");
    if (!visibility) {
        return propagate(visibility);
    }
    pack.defaultVisibility = visibility->value_or(Visibility::Shared);

    if (const json::Value* order = root.find("order")) {
        const json::Value::Number* number = order->ifNumber();
        if (number == nullptr || !number->integer || *number->integer < 0 || *number->integer > 100000) {
            return schemaError(order->offset(), "\"order\" must be a whole number from 0 to 100000");
        }
        pack.order = static_cast<int>(*number->integer);
    }

    const json::Value* prompts = root.find("prompts");
    if (prompts == nullptr) {
        return schemaError(root.offset(), "the pack is missing \"prompts\"");
    }
    const json::Value::Array* list = prompts->ifArray();
    if (list == nullptr) {
        return schemaError(prompts->offset(), "\"prompts\" must be an array");
    }
    if (list->empty()) {
        return schemaError(prompts->offset(), "\"prompts\" must not be empty");
    }
    if (list->size() > kMaxPromptsPerPack) {
        return schemaError(prompts->offset(),
                           "a pack holds at most " + std::to_string(kMaxPromptsPerPack) + " prompts");
    }
    for (const json::Value& item : *list) {
        auto prompt = readPrompt(item, pack);
        if (!prompt) {
            return propagate(prompt);
        }
        const std::size_t idOffset = item.find("id")->offset();
        for (const Prompt& earlier : pack.prompts) {
            if (earlier.id == prompt->id) {
                return schemaError(idOffset, "duplicate prompt id " + inQuotes(prompt->id));
            }
        }
        pack.prompts.push_back(std::move(*prompt));
        parsed.promptIdOffsets.push_back(idOffset);
    }
    return parsed;
}

PackProblem problemAt(std::string_view json, std::string_view fileName, std::size_t offset, std::string what)
{
    const json::Position position = json::locate(json, offset);
    return PackProblem{std::string(fileName), position.line, position.column, std::move(what)};
}

struct Failure
{
    ErrorCode code;
    PackProblem problem;
};

std::expected<ParsedPack, Failure> parseLocated(std::string_view json, std::string_view fileName)
{
    auto root = json::parse(json);
    if (!root) {
        const json::ParseError& e = root.error();
        return std::unexpected(
            Failure{ErrorCode::InvalidArgument,
                    PackProblem{std::string(fileName), e.position.line, e.position.column, e.message}});
    }
    auto parsed = readPack(*root);
    if (!parsed) {
        SchemaError& e = parsed.error();
        return std::unexpected(Failure{e.code, problemAt(json, fileName, e.offset, std::move(e.what))});
    }
    return std::move(*parsed);
}

std::optional<std::string> readSmallFile(const std::filesystem::path& path, std::string& why)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        why = "cannot be read: " + ec.message();
        return std::nullopt;
    }
    if (size > kMaxPackFileBytes) {
        why = "is larger than " + std::to_string(kMaxPackFileBytes) + " bytes";
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        why = "cannot be opened";
        return std::nullopt;
    }
    std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad()) {
        why = "cannot be read";
        return std::nullopt;
    }
    return text;
}

} // namespace

std::string PackProblem::describe() const
{
    if (line == 0) {
        return fileName + ": " + what;
    }
    return fileName + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + what;
}

bool isValidPackId(std::string_view id)
{
    return isSlug(id);
}

bool isValidPromptId(std::string_view id, std::string_view packId)
{
    if (id.size() > kMaxIdLength || id.size() <= packId.size() + 1 || !id.starts_with(packId) ||
        id[packId.size()] != '.') {
        return false;
    }
    return isSlug(id.substr(packId.size() + 1));
}

Result<PromptPack> parsePromptPack(std::string_view json, std::string_view fileName)
{
    auto parsed = parseLocated(json, fileName);
    if (!parsed) {
        return fail(parsed.error().code, parsed.error().problem.describe());
    }
    return std::move(parsed->pack);
}

Result<std::vector<PromptPack>> loadPromptPacks(const std::filesystem::path& dir,
                                                std::vector<PackProblem>& problems)
{
    std::error_code ec;
    std::vector<std::filesystem::path> files;
    for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code typeError;
        if (it->path().extension() == ".json" && it->is_regular_file(typeError)) {
            files.push_back(it->path());
        }
    }
    if (ec) {
        return fail(ErrorCode::IoError, "cannot list prompt packs in " + dir.string() + ": " + ec.message());
    }
    std::sort(files.begin(), files.end());

    std::vector<PromptPack> packs;
    // Which file each id came from, so a clash names both files.
    std::map<std::string, std::string, std::less<>> packIdFiles;
    std::map<std::string, std::string, std::less<>> promptIdFiles;
    for (const std::filesystem::path& path : files) {
        const std::string fileName = path.filename().string();
        std::string why;
        const std::optional<std::string> text = readSmallFile(path, why);
        if (!text) {
            problems.push_back(PackProblem{fileName, 0, 0, std::move(why)});
            continue;
        }
        auto parsed = parseLocated(*text, fileName);
        if (!parsed) {
            problems.push_back(std::move(parsed.error().problem));
            continue;
        }
        // Ids are unique across packs: answers and settings refer to them alone.
        std::optional<PackProblem> clash;
        if (auto found = packIdFiles.find(parsed->pack.id); found != packIdFiles.end()) {
            clash =
                problemAt(*text, fileName, parsed->idOffset,
                          "pack id " + inQuotes(parsed->pack.id) + " is already used by " + found->second);
        }
        for (std::size_t i = 0; !clash && i < parsed->pack.prompts.size(); ++i) {
            const std::string& id = parsed->pack.prompts[i].id;
            if (auto found = promptIdFiles.find(id); found != promptIdFiles.end()) {
                clash = problemAt(*text, fileName, parsed->promptIdOffsets[i],
                                  "prompt id " + inQuotes(id) + " is already used by " + found->second);
            }
        }
        if (clash) {
            problems.push_back(std::move(*clash));
            continue;
        }
        packIdFiles.emplace(parsed->pack.id, fileName);
        for (const Prompt& prompt : parsed->pack.prompts) {
            promptIdFiles.emplace(prompt.id, fileName);
        }
        packs.push_back(std::move(parsed->pack));
    }
    std::stable_sort(packs.begin(), packs.end(), [](const PromptPack& a, const PromptPack& b) {
        return a.order != b.order ? a.order < b.order : a.id < b.id;
    });
    return packs;
}

} // namespace twofold
