// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "export/Export.h"

#include "common/AtomicFile.h"
#include "common/IsoTime.h"
#include "common/JsonWriter.h"
#include "common/Propagate.h"
#include "couple/CoupleSpace.h"
#include "storage/Statement.h"
#include "vault/Session.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <set>
#include <string>
#include <sys/stat.h>

#include <sodium.h>

namespace twofold {

namespace {

constexpr int kPage = 500;
constexpr std::string_view kKindNames[] = {"emotional", "physical", "sexual", "spiritual"};

std::string asciiLower(std::string_view text)
{
    std::string out(text);
    std::ranges::transform(out, out.begin(),
                           [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
    return out;
}

std::string stateName(RevealState state)
{
    switch (state) {
    case RevealState::NotAnswered:
        return "not-answered";
    case RevealState::WaitingForYou:
        return "waiting-for-you";
    case RevealState::WaitingForPartner:
        return "waiting-for-partner";
    case RevealState::Revealed:
        return "revealed";
    case RevealState::Damaged:
        return "shared-file-changed";
    }
    return "unknown";
}

bool passes(const Entry& entry, const ExportFilter& filter, const std::set<std::string>& tags)
{
    if (filter.fromMs && entry.createdMs < *filter.fromMs) {
        return false;
    }
    if (filter.toMs && entry.createdMs >= *filter.toMs) {
        return false;
    }
    if (tags.empty()) {
        return true;
    }
    return std::ranges::any_of(entry.fields.tags,
                               [&](const std::string& t) { return tags.contains(asciiLower(t)); });
}

void appendStrings(std::string& out, const std::vector<std::string>& items)
{
    out += '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
        out += i == 0 ? "" : ", ";
        json::appendJsonString(out, items[i]);
    }
    out += ']';
}

std::vector<std::string> kindList(unsigned kinds)
{
    std::vector<std::string> out;
    for (std::size_t i = 0; i < std::size(kKindNames); ++i) {
        if ((kinds & (1u << i)) != 0) {
            out.emplace_back(kKindNames[i]);
        }
    }
    return out;
}

// Prompt ids with an answer envelope this session can open: its own, or granted to it.
Result<std::vector<std::string>> answeredTopics(Session& session)
{
    auto stmt = session.coupleDatabase().prepare(
        "SELECT DISTINCT e.topic FROM envelopes e WHERE e.kind = 1 AND (e.author_id = ?1 OR EXISTS "
        "(SELECT 1 FROM grants g WHERE g.envelope_id = e.id AND g.reader_id = ?1)) ORDER BY e.topic");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, session.partner().id);
    return stmt->textColumn();
}

// "2026-03-14-sunday-12.md": date, a slug of the title, the id (unique).
std::string fileNameFor(const Entry& entry)
{
    std::string slug;
    for (const char c : entry.fields.title) {
        const char l = c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
        if ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9')) {
            slug += l;
        } else if (!slug.empty() && slug.back() != '-') {
            slug += '-';
        }
        if (slug.size() >= 40) {
            break;
        }
    }
    while (!slug.empty() && slug.back() == '-') {
        slug.pop_back();
    }
    const std::string date = isoUtcMs(entry.createdMs).substr(0, 10);
    return date + (slug.empty() ? "" : "-" + slug) + "-" + std::to_string(entry.id) + ".md";
}

// "photos/2026-03-14-sunday-12-1.jpg": beside the entry's file, numbered in order.
std::string photoPathFor(const Entry& entry, const ExportedPhoto& photo)
{
    std::string stem = fileNameFor(entry);
    stem.resize(stem.size() - 3); // ".md"
    const std::string_view mime = photo.info.mimeType;
    const std::string ext = mime == "image/jpeg"   ? "jpg"
                            : mime == "image/png"  ? "png"
                            : mime == "image/webp" ? "webp"
                                                   : "gif";
    return "photos/" + stem + "-" + std::to_string(photo.info.position + 1) + "." + ext;
}

std::string base64(const Bytes& bytes)
{
    std::string out(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), bytes.data(), bytes.size(), sodium_base64_VARIANT_ORIGINAL);
    out.resize(out.size() - 1); // the terminating NUL
    return out;
}

Result<std::vector<ExportedPhoto>> photosOf(Journal& journal, EntryId id)
{
    auto list = journal.attachments(id);
    if (!list) {
        return propagate(list);
    }
    std::vector<ExportedPhoto> photos;
    for (AttachmentInfo& info : *list) {
        auto bytes = journal.attachmentBytes(info.id);
        if (!bytes) {
            return propagate(bytes);
        }
        photos.push_back(ExportedPhoto{std::move(info), std::move(*bytes)});
    }
    return photos;
}

} // namespace

Result<ExportData> collectExport(Session& session, CoupleSpace* space, const ExportFilter& filter)
{
    if (!session.isUnlocked()) {
        return fail(ErrorCode::NotUnlocked, "session is locked");
    }
    ExportData data;
    data.partnerName = session.partner().name;
    data.exportedMs = session.clock().nowMs(); // the vault's clock
    data.filter = filter;
    std::set<std::string> tags;
    for (const std::string& t : filter.tags) {
        tags.insert(asciiLower(t));
    }
    Journal& journal = session.journal();
    PageRequest request{.limit = kPage};
    while (true) {
        auto page = journal.list(request);
        if (!page) {
            return propagate(page);
        }
        for (const EntrySummary& summary : *page) {
            if (filter.fromMs && summary.createdMs < *filter.fromMs) {
                continue;
            }
            auto entry = journal.get(summary.id);
            if (!entry) {
                return propagate(entry);
            }
            if (passes(*entry, filter, tags)) {
                auto photos = photosOf(journal, entry->id);
                if (!photos) {
                    return propagate(photos);
                }
                data.entries.push_back(std::move(*entry));
                data.photos.push_back(std::move(*photos));
            }
        }
        if (static_cast<int>(page->size()) < kPage) {
            break;
        }
        request.after = PageCursor{page->back().createdMs, page->back().id};
    }
    std::ranges::reverse(data.entries); // oldest first, like a book
    std::ranges::reverse(data.photos);

    if (space == nullptr || !filter.tags.empty()) {
        return data;
    }
    auto topics = answeredTopics(session);
    if (!topics) {
        return propagate(topics);
    }
    for (const std::string& topic : *topics) {
        auto view = space->readAnswer(topic);
        if (!view) {
            return propagate(view);
        }
        ExportedAnswer answer;
        answer.promptId = topic;
        if (auto prompt = space->prompts().find(topic); prompt && *prompt) {
            answer.promptText = (*prompt)->text;
        }
        answer.state = stateName(view->status.state);
        if (view->mine) {
            answer.mineDamaged = !view->mine->readable();
            if (view->mine->readable()) {
                answer.mine = view->mine->value;
            }
        }
        // Only what is sealed to this partner ever reaches `partners`; it is copied out
        // only when asked for.
        if (filter.partnerAnswers == PartnerAnswers::Include && view->partners &&
            view->partners->readable()) {
            answer.partners = view->partners->value;
            answer.partnersIsEarlierVersion = view->partnersIsEarlierVersion;
        }
        if (!answer.mine && !answer.partners && !answer.mineDamaged) {
            continue;
        }
        data.answers.push_back(std::move(answer));
    }
    return data;
}

std::string exportJson(const ExportData& data)
{
    std::string out = "{\n  \"format\": \"twofold-export\",\n  \"formatVersion\": 1,\n  \"exportedAt\": \"" +
                      isoUtcMs(data.exportedMs) + "\",\n  \"partner\": ";
    json::appendJsonString(out, data.partnerName);
    out += ",\n  \"filter\": {\"from\": ";
    out += data.filter.fromMs ? "\"" + isoUtcMs(*data.filter.fromMs) + "\"" : "null";
    out += ", \"to\": ";
    out += data.filter.toMs ? "\"" + isoUtcMs(*data.filter.toMs) + "\"" : "null";
    out += ", \"tags\": ";
    appendStrings(out, data.filter.tags);
    out += "},\n  \"includesPartnerAnswers\": ";
    out += data.filter.partnerAnswers == PartnerAnswers::Include ? "true" : "false";
    out += ",\n  \"entries\": [";
    for (std::size_t i = 0; i < data.entries.size(); ++i) {
        const Entry& e = data.entries[i];
        out += i == 0 ? "\n    {" : ",\n    {";
        out += "\"title\": ";
        json::appendJsonString(out, e.fields.title);
        out += ", \"created\": \"" + isoUtcMs(e.createdMs) + "\", \"updated\": \"" + isoUtcMs(e.updatedMs) +
               "\"";
        out += ", \"mood\": " + (e.fields.mood ? std::to_string(*e.fields.mood) : std::string("null"));
        out += ", \"kinds\": ";
        appendStrings(out, kindList(e.fields.kinds));
        out += ", \"tags\": ";
        appendStrings(out, e.fields.tags);
        out += ", \"promptId\": ";
        if (e.fields.promptId) {
            json::appendJsonString(out, *e.fields.promptId);
        } else {
            out += "null";
        }
        out += ", \"body\": ";
        json::appendJsonString(out, e.fields.body);
        if (i < data.photos.size() && !data.photos[i].empty()) {
            out += ", \"attachments\": [";
            for (std::size_t k = 0; k < data.photos[i].size(); ++k) {
                const ExportedPhoto& photo = data.photos[i][k];
                out += k == 0 ? "{\"fileName\": " : ", {\"fileName\": ";
                json::appendJsonString(out, photo.info.fileName);
                out += ", \"mimeType\": ";
                json::appendJsonString(out, photo.info.mimeType);
                out += ", \"width\": " +
                       (photo.info.width ? std::to_string(*photo.info.width) : std::string("null"));
                out += ", \"height\": " +
                       (photo.info.height ? std::to_string(*photo.info.height) : std::string("null"));
                out += ", \"data\": \"" + base64(photo.bytes) + "\"}";
            }
            out += "]";
        }
        out += "}";
    }
    out += data.entries.empty() ? "],\n  \"answers\": [" : "\n  ],\n  \"answers\": [";
    for (std::size_t i = 0; i < data.answers.size(); ++i) {
        const ExportedAnswer& a = data.answers[i];
        out += i == 0 ? "\n    {" : ",\n    {";
        out += "\"promptId\": ";
        json::appendJsonString(out, a.promptId);
        out += ", \"prompt\": ";
        json::appendJsonString(out, a.promptText);
        out += ", \"state\": \"" + a.state + "\", \"mine\": ";
        if (a.mine) {
            json::appendJsonString(out, *a.mine);
        } else {
            out += "null";
        }
        if (data.filter.partnerAnswers == PartnerAnswers::Include) {
            out += ", \"partner\": ";
            if (a.partners) {
                json::appendJsonString(out, *a.partners);
            } else {
                out += "null";
            }
            out += std::string(", \"partnerIsEarlierVersion\": ") +
                   (a.partnersIsEarlierVersion ? "true" : "false");
        }
        out += "}";
    }
    out += data.answers.empty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

std::string entryMarkdown(const Entry& e)
{
    std::string out = "---\ntitle: ";
    json::appendJsonString(out, e.fields.title);
    out += "\ncreated: " + isoUtcMs(e.createdMs) + "\nupdated: " + isoUtcMs(e.updatedMs) + "\n";
    if (e.fields.mood) {
        out += "mood: " + std::to_string(*e.fields.mood) + "\n";
    }
    if (e.fields.kinds != 0) {
        out += "kinds: ";
        appendStrings(out, kindList(e.fields.kinds));
        out += "\n";
    }
    out += "tags: ";
    appendStrings(out, e.fields.tags);
    out += "\n";
    if (e.fields.promptId) {
        out += "prompt: ";
        json::appendJsonString(out, *e.fields.promptId);
        out += "\n";
    }
    out += "---\n\n" + e.fields.body;
    if (!e.fields.body.empty() && e.fields.body.back() != '\n') {
        out += '\n';
    }
    return out;
}

std::string answersMarkdown(const ExportData& data)
{
    std::string out = "---\nkind: \"twofold-answers\"\npartner: ";
    json::appendJsonString(out, data.partnerName);
    out += std::string("\nincludesPartnerAnswers: ") +
           (data.filter.partnerAnswers == PartnerAnswers::Include ? "true" : "false") +
           "\n---\n\n# Prompts and answers\n";
    for (const ExportedAnswer& a : data.answers) {
        out += "\n## " + (a.promptText.empty() ? a.promptId : a.promptText) + "\n\n";
        out += "*" + a.promptId + " · " + a.state + "*\n\n### My answer\n\n";
        out += a.mine ? *a.mine + "\n" : std::string(a.mineDamaged ? "(this item is damaged)\n" : "(none)\n");
        if (data.filter.partnerAnswers == PartnerAnswers::Include && a.partners) {
            out += "\n### " + data.partnerLabel + "'s answer" +
                   (a.partnersIsEarlierVersion ? " (an earlier version)" : "") + "\n\n" + *a.partners + "\n";
        }
    }
    return out;
}

Result<ExportSummary> writeJsonExport(const ExportData& data, const std::filesystem::path& out)
{
    if (auto st = writeFileAtomically(out, exportJson(data)); !st) {
        return propagate(st);
    }
    return ExportSummary{data.entries.size(), data.answers.size(), 1};
}

Result<ExportSummary> writeMarkdownExport(const ExportData& data, const std::filesystem::path& out)
{
    std::error_code ec;
    if (std::filesystem::exists(out, ec) &&
        (!std::filesystem::is_directory(out, ec) || !std::filesystem::is_empty(out, ec))) {
        return fail(ErrorCode::VaultExists, "export folder exists and is not empty");
    }
    // A fresh folder made exclusively (mkdtemp, 0700): the only folder this export ever
    // removes is the one it made. A `PATH.partial` already there is not ours to touch.
    std::string pattern = out.string() + ".partial-XXXXXX";
    if (::mkdtemp(pattern.data()) == nullptr) {
        return std::unexpected(ioErrorFromErrno(errno, "make export folder"));
    }
    const std::filesystem::path partial(std::move(pattern));
    ::chmod(partial.c_str(), 0700);
    auto abandon = [&] {
        std::filesystem::remove_all(partial, ec);
    };
    ExportSummary summary{data.entries.size(), data.answers.size(), 0};
    for (std::size_t i = 0; i < data.entries.size(); ++i) {
        const Entry& entry = data.entries[i];
        std::string markdown = entryMarkdown(entry);
        const std::vector<ExportedPhoto> none;
        const auto& photos = i < data.photos.size() ? data.photos[i] : none;
        if (!photos.empty()) {
            // Photos go beside the entries, in photos/ (0700; files 0600 like every file here),
            // and the entry links them.
            if (!std::filesystem::exists(partial / "photos", ec) &&
                ::mkdir((partial / "photos").c_str(), 0700) != 0) {
                abandon();
                return std::unexpected(ioErrorFromErrno(errno, "make photos folder"));
            }
            markdown += '\n';
            for (const ExportedPhoto& photo : photos) {
                const std::string path = photoPathFor(entry, photo);
                const std::string_view bytes(reinterpret_cast<const char*>(photo.bytes.data()),
                                             photo.bytes.size());
                if (auto st = writeFileAtomically(partial / path, bytes); !st) {
                    abandon();
                    return propagate(st);
                }
                ++summary.files;
                // The name is the alt text only: brackets would end it early.
                std::string alt = photo.info.fileName;
                std::ranges::replace_if(
                    alt, [](char c) { return c == '[' || c == ']' || c == '\n' || c == '\r'; }, ' ');
                markdown += "![" + alt + "](" + path + ")\n";
            }
        }
        if (auto st = writeFileAtomically(partial / fileNameFor(entry), markdown); !st) {
            abandon();
            return propagate(st);
        }
        ++summary.files;
    }
    if (!data.answers.empty()) {
        if (::mkdir((partial / "answers").c_str(), 0700) != 0 ||
            !writeFileAtomically(partial / "answers" / "answers.md", answersMarkdown(data))) {
            abandon();
            return fail(ErrorCode::IoError, "write answers");
        }
        ++summary.files;
    }
    if (std::filesystem::exists(out, ec)) {
        std::filesystem::remove(out, ec); // empty, checked above
    }
    if (::rename(partial.c_str(), out.c_str()) != 0) {
        const int error = errno;
        abandon();
        return std::unexpected(ioErrorFromErrno(error, "rename export folder"));
    }
    const auto parent = out.parent_path().empty() ? std::filesystem::path(".") : out.parent_path();
    if (auto st = syncDirectory(parent); !st) {
        return propagate(st);
    }
    return summary;
}

} // namespace twofold
