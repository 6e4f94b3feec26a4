// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// write, list, search, show: one partner's private journal from the command line.
#include "cli/AttachFiles.h"
#include "cli/Commands.h"
#include "cli/ExitCodes.h"
#include "cli/Format.h"
#include "cli/Json.h"
#include "cli/Unlock.h"

#include <algorithm>
#include <istream>
#include <iterator>
#include <ostream>
#include <string>

namespace twofold::cli {

namespace {

constexpr int kDefaultListLimit = 20;
constexpr int kDefaultSearchLimit = 50;
constexpr int kPageSize = 500;
constexpr int kMaxSearchResults = 500;
constexpr std::int64_t kMaxLimit = 1'000'000'000;

std::string_view trimmedEnd(std::string_view text)
{
    while (!text.empty() &&
           (text.back() == '\n' || text.back() == '\r' || text.back() == ' ' || text.back() == '\t')) {
        text.remove_suffix(1);
    }
    return text;
}

bool isBlank(std::string_view text)
{
    return trimmedEnd(text).find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// --limit N, or `fallback`; std::nullopt after reporting a usage error.
std::optional<int> limitOption(const Invocation& invocation, int fallback, int& exitCode)
{
    const auto text = invocation.line.value("limit");
    if (!text) {
        return fallback;
    }
    const auto number = parseNonNegative(*text);
    if (!number || *number > kMaxLimit) {
        exitCode = reportUsage(invocation.io.err, "--limit needs a whole number (0 for no limit).");
        return std::nullopt;
    }
    return static_cast<int>(*number);
}

void appendStringArray(std::string& out, const auto& items)
{
    out += '[';
    bool first = true;
    for (const auto& item : items) {
        if (!first) {
            out += ',';
        }
        first = false;
        appendJsonString(out, item);
    }
    out += ']';
}

void appendMood(std::string& out, const std::optional<int>& mood)
{
    out += mood ? std::to_string(*mood) : std::string("null");
}

// "[walks, small things]": tags may contain spaces, so they are listed, not hashed.
std::string tagList(const std::vector<std::string>& tags)
{
    std::string text = "[";
    for (const std::string& tag : tags) {
        text += text.size() == 1 ? "" : ", ";
        text += tag;
    }
    return text + "]";
}

std::string kindList(unsigned kinds)
{
    std::string text;
    for (const std::string_view name : kindNames(kinds)) {
        text += text.empty() ? "" : ", ";
        text += name;
    }
    return text;
}

// The snippet with each highlighted byte range wrapped in **...** (Markdown bold).
std::string highlighted(const SearchHit& hit)
{
    std::string text;
    std::size_t position = 0;
    for (const auto& [first, second] : hit.highlights) {
        if (first < position || second < first || second > hit.snippet.size()) {
            continue; // overlapping or out of range: show the rest plainly
        }
        text.append(hit.snippet, position, first - position);
        text += "**";
        text.append(hit.snippet, first, second - first);
        text += "**";
        position = second;
    }
    text.append(hit.snippet, position);
    return text;
}

} // namespace

int runWrite(const Invocation& invocation)
{
    CliIo& io = invocation.io;
    const CommandLine& line = invocation.line;
    EntryFields fields;
    fields.title = line.value("title").value_or(std::string());
    if (const auto mood = line.value("mood")) {
        const auto number = parseNonNegative(*mood);
        if (!number || *number < 1 || *number > 5) {
            return reportUsage(io.err, "--mood needs a number from 1 (low) to 5 (good).");
        }
        fields.mood = static_cast<int>(*number);
    }
    for (const std::string& kind : line.values("kind")) {
        const auto bits = parseKinds(kind);
        if (!bits) {
            return reportUsage(io.err, "--kind needs emotional, physical, sexual or spiritual.");
        }
        fields.kinds |= *bits;
    }
    for (const std::string& tag : line.values("tag")) {
        if (isBlank(tag)) {
            return reportUsage(io.err, "--tag needs a name.");
        }
        fields.tags.push_back(tag);
    }
    // Photos are read and checked first: a wrong one leaves nothing saved.
    std::vector<ImageFile> images;
    for (const std::string& path : line.values("attach")) {
        auto image = readImageFile(path, io.err);
        if (!image) {
            return image.error();
        }
        images.push_back(std::move(*image));
    }

    // Unlock before reading the text, so a wrong password is known before anyone
    // types a whole entry (and --password-fd 0 can carry the password's line first).
    auto unlocked = unlockPartner(invocation);
    if (!unlocked) {
        return unlocked.error();
    }
    if (io.inputIsTerminal) {
        io.err << "Write your entry, then press Ctrl-D on a line of its own.\n";
    }
    std::string body{std::istreambuf_iterator<char>(io.in), std::istreambuf_iterator<char>()};
    if (io.in.bad()) {
        return reportError(io.err, Error{ErrorCode::IoError, {}});
    }
    body.resize(trimmedEnd(body).size());
    fields.body = std::move(body);
    if (isBlank(fields.title) && isBlank(fields.body)) {
        return reportUsage(io.err, "nothing to save: the entry has no title and no text.");
    }

    Journal& journal = unlocked->session.journal();
    const auto id = journal.create(fields);
    if (!id) {
        return reportError(io.err, id.error());
    }
    const KeepMetadata keep = line.has("keep-location") ? KeepMetadata::Yes : KeepMetadata::No;
    for (const ImageFile& image : images) {
        if (auto attached = journal.attach(*id, image.bytes, {.fileName = image.name, .keepMetadata = keep});
            !attached) {
            io.err << "twofold: the entry was saved as " << *id << ", but " << image.name
                   << " could not be attached.\n";
            return reportAttachError(io.err, attached.error());
        }
    }
    io.out << *id << '\n';
    return toInt(ExitCode::Ok);
}

int runList(const Invocation& invocation)
{
    CliIo& io = invocation.io;
    int usage = 0;
    const auto limit = limitOption(invocation, kDefaultListLimit, usage);
    if (!limit) {
        return usage;
    }
    const bool json = invocation.line.has("json");
    auto unlocked = unlockPartner(invocation);
    if (!unlocked) {
        return unlocked.error();
    }
    Journal& journal = unlocked->session.journal();

    // Page through with the keyset cursor, so --limit 0 works on any journal size.
    std::vector<EntrySummary> entries;
    PageRequest request;
    for (;;) {
        const std::size_t wanted =
            *limit == 0 ? kPageSize : static_cast<std::size_t>(*limit) - entries.size();
        request.limit = static_cast<int>(std::min<std::size_t>(wanted, kPageSize));
        auto page = journal.list(request);
        if (!page) {
            return reportError(io.err, page.error());
        }
        const bool lastPage = page->size() < static_cast<std::size_t>(request.limit);
        for (EntrySummary& summary : *page) {
            entries.push_back(std::move(summary));
        }
        if (lastPage || entries.empty() ||
            (*limit != 0 && entries.size() >= static_cast<std::size_t>(*limit))) {
            break;
        }
        request.after = PageCursor{entries.back().createdMs, entries.back().id};
    }

    if (json) {
        std::string out = "[";
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const EntrySummary& entry = entries[i];
            out += i == 0 ? "\n  {" : ",\n  {";
            out += "\"id\":" + std::to_string(entry.id);
            out += ",\"title\":";
            appendJsonString(out, entry.title);
            out += ",\"created\":\"" + isoUtc(entry.createdMs) + "\"";
            out += ",\"updated\":\"" + isoUtc(entry.updatedMs) + "\"";
            out += ",\"mood\":";
            appendMood(out, entry.mood);
            out += ",\"kinds\":";
            appendStringArray(out, kindNames(entry.kinds));
            out += ",\"tags\":";
            appendStringArray(out, entry.tags);
            out += ",\"firstLine\":";
            appendJsonString(out, entry.firstLine);
            out += '}';
        }
        out += entries.empty() ? "]\n" : "\n]\n";
        io.out << out;
        return toInt(ExitCode::Ok);
    }

    if (entries.empty()) {
        io.out << "No entries yet. Write one with 'twofold write'.\n";
        return toInt(ExitCode::Ok);
    }
    for (const EntrySummary& entry : entries) {
        io.out << entry.id << "  " << localDateTime(entry.createdMs) << "  "
               << (entry.title.empty() ? std::string("(untitled)") : entry.title);
        if (entry.mood) {
            io.out << "  · mood " << *entry.mood;
        }
        if (!entry.tags.empty()) {
            io.out << "  " << tagList(entry.tags);
        }
        io.out << '\n';
        if (!entry.firstLine.empty()) {
            io.out << "    " << entry.firstLine << '\n';
        }
    }
    return toInt(ExitCode::Ok);
}

int runSearch(const Invocation& invocation)
{
    CliIo& io = invocation.io;
    int usage = 0;
    const auto limit = limitOption(invocation, kDefaultSearchLimit, usage);
    if (!limit) {
        return usage;
    }
    std::string query;
    for (const std::string& word : invocation.line.arguments) {
        query += query.empty() ? "" : " ";
        query += word;
    }
    if (isBlank(query)) {
        return reportUsage(io.err, "'search' needs something to search for (see 'twofold search --help').");
    }
    const bool json = invocation.line.has("json");
    auto unlocked = unlockPartner(invocation);
    if (!unlocked) {
        return unlocked.error();
    }
    const auto hits = unlocked->session.journal().search(
        query, *limit == 0 ? kMaxSearchResults : std::min(*limit, kMaxSearchResults));
    if (!hits) {
        return reportError(io.err, hits.error());
    }

    if (json) {
        std::string out = "[";
        for (std::size_t i = 0; i < hits->size(); ++i) {
            const SearchHit& hit = (*hits)[i];
            out += i == 0 ? "\n  {" : ",\n  {";
            out += "\"id\":" + std::to_string(hit.id);
            out += ",\"title\":";
            appendJsonString(out, hit.title);
            out += ",\"snippet\":";
            appendJsonString(out, hit.snippet);
            out += ",\"highlights\":[";
            for (std::size_t k = 0; k < hit.highlights.size(); ++k) {
                out += k == 0 ? "[" : ",[";
                out +=
                    std::to_string(hit.highlights[k].first) + "," + std::to_string(hit.highlights[k].second);
                out += ']';
            }
            out += "],\"created\":\"" + isoUtc(hit.createdMs) + "\"}";
        }
        out += hits->empty() ? "]\n" : "\n]\n";
        io.out << out;
        return toInt(ExitCode::Ok);
    }

    if (hits->empty()) {
        io.out << "Nothing found.\n";
        return toInt(ExitCode::Ok);
    }
    for (const SearchHit& hit : *hits) {
        io.out << hit.id << "  " << localDateTime(hit.createdMs) << "  "
               << (hit.title.empty() ? std::string("(untitled)") : hit.title) << '\n';
        io.out << "    " << highlighted(hit) << '\n';
    }
    return toInt(ExitCode::Ok);
}

int runShow(const Invocation& invocation)
{
    CliIo& io = invocation.io;
    const auto id = parseNonNegative(invocation.line.arguments.front());
    if (!id || *id == 0) {
        return reportUsage(io.err, "'show' needs an entry id, a number as 'twofold list' shows it.");
    }
    auto unlocked = unlockPartner(invocation);
    if (!unlocked) {
        return unlocked.error();
    }
    const auto entry = unlocked->session.journal().get(*id);
    if (!entry) {
        return reportError(io.err, entry.error());
    }
    const EntryFields& fields = entry->fields;
    const auto photos = unlocked->session.journal().attachments(*id);
    if (!photos) {
        return reportError(io.err, photos.error());
    }

    if (invocation.line.has("json")) {
        std::string out = "{\"id\":" + std::to_string(entry->id);
        out += ",\"title\":";
        appendJsonString(out, fields.title);
        out += ",\"body\":";
        appendJsonString(out, fields.body);
        out += ",\"created\":\"" + isoUtc(entry->createdMs) + "\"";
        out += ",\"updated\":\"" + isoUtc(entry->updatedMs) + "\"";
        out += ",\"mood\":";
        appendMood(out, fields.mood);
        out += ",\"kinds\":";
        appendStringArray(out, kindNames(fields.kinds));
        out += ",\"tags\":";
        appendStringArray(out, fields.tags);
        out += ",\"attachments\":[";
        for (std::size_t i = 0; i < photos->size(); ++i) {
            const AttachmentInfo& photo = (*photos)[i];
            out += i == 0 ? "{" : ",{";
            out += "\"id\":" + std::to_string(photo.id) + ",\"fileName\":";
            appendJsonString(out, photo.fileName);
            out += ",\"mimeType\":";
            appendJsonString(out, photo.mimeType);
            out += ",\"width\":";
            appendMood(out, photo.width);
            out += ",\"height\":";
            appendMood(out, photo.height);
            out += ",\"byteSize\":" + std::to_string(photo.byteSize) + "}";
        }
        out += "]}\n";
        io.out << out;
        return toInt(ExitCode::Ok);
    }

    io.out << (fields.title.empty() ? std::string("(untitled)") : fields.title) << '\n';
    std::string about = "Written " + localDateTime(entry->createdMs);
    if (entry->updatedMs != entry->createdMs) {
        about += " · edited " + localDateTime(entry->updatedMs);
    }
    if (fields.mood) {
        about += " · mood " + std::to_string(*fields.mood) + "/5";
    }
    if (fields.kinds != 0) {
        about += " · " + kindList(fields.kinds);
    }
    if (!fields.tags.empty()) {
        about += " · " + tagList(fields.tags);
    }
    io.out << about << "\n\n" << fields.body << '\n';
    if (!photos->empty()) {
        io.out << '\n'
               << (photos->size() == 1 ? "1 photo:" : std::to_string(photos->size()) + " photos:") << '\n';
        for (const AttachmentInfo& photo : *photos) {
            io.out << attachmentLine(photo) << '\n';
        }
    }
    return toInt(ExitCode::Ok);
}

} // namespace twofold::cli
