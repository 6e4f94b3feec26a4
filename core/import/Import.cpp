// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "import/Import.h"

#include "common/Propagate.h"
#include "import/detail/ImportText.h"
#include "import/detail/JsonImport.h"
#include "import/detail/MarkdownImport.h"
#include "journal/Journal.h"
#include "journal/detail/JournalAccess.h"
#include "storage/Statement.h"

#include <unordered_set>
#include <vector>

#include <sodium.h>

namespace twofold {

namespace {

using detail::problemIn;
using detail::readDayOne;
using detail::readJrnl;
using detail::readJsonFile;
using detail::readMarkdown;
using detail::readTwofold;
using detail::trimmed;

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

namespace {

detail::Read readAll(ImportFormat format, const std::filesystem::path& path, const ImportOptions& options)
{
    std::error_code ec;
    if (format == ImportFormat::DayOneJson && std::filesystem::is_directory(path, ec)) {
        return detail::readDayOneFolder(path, options);
    }
    if (format != ImportFormat::Markdown && !std::filesystem::is_regular_file(path, ec)) {
        return problemIn(path, "there is no file there", ErrorCode::NotFound);
    }
    switch (format) {
    case ImportFormat::DayOneJson:
        if (path.extension() == ".zip" || detail::looksLikeZip(path)) {
            return detail::readDayOneZip(path, options);
        }
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

// Adds what `notes` says of one imported entry to the report.
void count(ImportReport& report, const detail::EntryNotes& notes)
{
    using detail::EntryNotes;
    report.photos += notes.photos;
    report.locations += notes.location ? 1 : 0;
    report.weather += notes.weather ? 1 : 0;
    report.starred += notes.starred ? 1 : 0;
    report.pinned += notes.pinned ? 1 : 0;
    report.allDay += notes.allDay ? 1 : 0;
    report.timeWithZone += notes.zone == EntryNotes::Zone::Own ? 1 : 0;
    report.timeInGivenZone += notes.zone == EntryNotes::Zone::Given ? 1 : 0;
    report.dateFromFrontMatter += notes.date == EntryNotes::DateFrom::FrontMatter ? 1 : 0;
    report.dateFromFileName += notes.date == EntryNotes::DateFrom::FileName ? 1 : 0;
    report.dateFromFileTime += notes.date == EntryNotes::DateFrom::FileTime ? 1 : 0;
}

} // namespace

std::expected<std::vector<TimedEntry>, ImportProblem> readImport(ImportFormat format,
                                                                 const std::filesystem::path& path,
                                                                 const Clock& clock,
                                                                 const ImportOptions& given)
{
    ImportOptions options = given;
    options.clock = &clock;
    auto read = readAll(format, path, options);
    if (!read) {
        return propagate(read);
    }
    std::vector<TimedEntry> out;
    out.reserve(read->entries.size());
    for (detail::ReadEntry& item : read->entries) {
        out.push_back(std::move(item.entry));
    }
    return out;
}

std::expected<ImportReport, ImportProblem> importEntries(Journal& journal, ImportFormat format,
                                                         const std::filesystem::path& path,
                                                         const ImportOptions& given)
{
    ImportOptions options = given;
    if (options.clock == nullptr) {
        options.clock = &journal.clock();
    }
    auto read = readAll(format, path, options);
    if (!read) {
        return propagate(read);
    }
    auto failed = [&](const Error& error) {
        return std::unexpected(ImportProblem{error, path.string(), 0, 0, "the journal could not be written"});
    };
    // Known content: every hash imported before, and every entry in the journal now.
    // Hex strings: GCC 12 at -O2 misreports std::set<std::vector<uint8_t>> comparisons
    // (-Wstringop-overread, a false positive that -Werror would make fatal).
    std::unordered_set<std::string> known;
    {
        auto stmt =
            detail::JournalAccess::database(journal).prepare("SELECT content_hash FROM imported_entries");
        if (!stmt) {
            return failed(stmt.error());
        }
        auto rows = forEachRow(*stmt, [&](const Statement& s) { known.insert(toHex(s.columnBlob(0))); });
        if (!rows) {
            return failed(rows.error());
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
    report.dryRun = options.dryRun;
    report.files = read->files;
    report.read = read->entries.size();
    report.hiddenFoldersSkipped = read->hiddenFoldersSkipped;
    report.answerFilesSkipped = read->answerFilesSkipped;
    std::vector<TimedEntry> fresh;
    std::vector<Bytes> hashes;
    for (detail::ReadEntry& item : read->entries) {
        TimedEntry& entry = item.entry;
        if (trimmed(entry.fields.title).empty() && trimmed(entry.fields.body).empty()) {
            ++report.withoutText; // nothing to keep (Day One entries that held only a photo)
            continue;
        }
        Bytes hash = contentHash(entry);
        if (!known.insert(toHex(hash)).second) {
            ++report.duplicates;
            continue;
        }
        count(report, item.notes);
        fresh.push_back(std::move(entry));
        hashes.push_back(std::move(hash));
    }
    if (options.dryRun) {
        report.imported = fresh.size();
        return report;
    }
    const std::int64_t now = options.clock->nowMs();
    auto stmt = detail::JournalAccess::database(journal).prepare(
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
