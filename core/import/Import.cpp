// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "import/Import.h"

#include "common/Propagate.h"
#include "import/detail/ImportText.h"
#include "import/detail/JrnlText.h"
#include "import/detail/JsonImport.h"
#include "import/detail/MarkdownImport.h"
#include "journal/Journal.h"
#include "journal/detail/JournalAccess.h"
#include "storage/Statement.h"

#include <algorithm>
#include <optional>
#include <unordered_set>
#include <vector>

#include <sodium.h>
#include <sqlite3.h>

namespace twofold {

namespace {

using detail::problemIn;
using detail::readDayOne;
using detail::readJrnl;
using detail::readJsonFile;
using detail::readMarkdown;
using detail::readTwofold;
using detail::trimmed;

// A BLAKE2b-256 hash of what makes two entries the same, length-prefixed: stored in
// imported_entries (never the text) and kept in memory as 32 raw bytes.
using Hash = std::string;

class Hasher
{
public:
    explicit Hasher(std::string_view domain)
    {
        crypto_generichash_init(&m_state, nullptr, 0, 32);
        add(domain);
    }
    Hasher& add(std::string_view bytes)
    {
        const std::uint64_t n = bytes.size();
        unsigned char length[8];
        for (int i = 0; i < 8; ++i) {
            length[i] = static_cast<unsigned char>(n >> (8 * (7 - i)));
        }
        crypto_generichash_update(&m_state, length, sizeof length);
        crypto_generichash_update(&m_state, reinterpret_cast<const unsigned char*>(bytes.data()),
                                  bytes.size());
        return *this;
    }
    Hash done()
    {
        Hash out(32, '\0');
        crypto_generichash_final(&m_state, reinterpret_cast<unsigned char*>(out.data()), out.size());
        return out;
    }

private:
    crypto_generichash_state m_state{};
};

// The title, text and moment written (seconds: other apps keep no more). Every imported
// entry stores this one; entries already in the journal are compared by it.
Hash momentHash(std::string_view title, std::string_view body, std::int64_t createdMs)
{
    return Hasher("twofold-import-v1")
        .add(trimmed(title))
        .add(trimmed(body))
        .add(std::to_string(createdMs / 1000))
        .done();
}

// The title, text and the wall-clock time written, for a time written without a zone (jrnl,
// Markdown): the same entry read under another --timezone has another moment but this same
// hash. Stored beside the moment's hash.
Hash wallClockHash(const TimedEntry& entry, std::int64_t wallClockMs)
{
    return Hasher("twofold-import-wallclock-v1")
        .add(trimmed(entry.fields.title))
        .add(trimmed(entry.fields.body))
        .add(std::to_string(wallClockMs / 1000))
        .done();
}

// The journal's freshness triggers (migrations/journal/0004_freshness.sql) advance its
// generation by one for every row written: a trigger program per row. Under SQLCipher's
// cipher_memory_security every SQLite allocation is an mlock and an munlock, and one
// trigger run on an entry's insert costs ~265 of them (the statement journal it needs):
// 90 % of an import's time (docs/PERFORMANCE.md). For the import's own transaction this
// connection's triggers are switched off and the generation advanced once by the number of
// entries written: what freshness needs is only that it moves forward with the commit.
// Only done when every trigger on the tables an import writes is such a counter: a trigger
// that did anything else would keep all triggers on.
class OneGenerationStep
{
public:
    explicit OneGenerationStep(Database& db) : m_db(db)
    {
        auto stmt = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name IN "
                               "('entries', 'tags', 'entry_tags', 'imported_entries', 'entries_fts') "
                               "UNION ALL SELECT sql FROM sqlite_temp_schema WHERE type = 'trigger'");
        if (!stmt) {
            return;
        }
        bool onlyCounters = true;
        bool any = false;
        auto rows = forEachRow(*stmt, [&](const Statement& s) {
            any = true;
            std::string sql;
            for (const char c : s.columnText(0)) { // whitespace as written does not matter
                if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                    if (!sql.empty() && sql.back() != ' ') {
                        sql += ' ';
                    }
                } else {
                    sql += c;
                }
            }
            onlyCounters =
                onlyCounters && sql.ends_with(" BEGIN UPDATE generation SET value = value + 1 WHERE "
                                              "id = 1; END");
        });
        if (!rows || !onlyCounters || !any) {
            return;
        }
        int now = 1;
        m_off =
            sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &now) == SQLITE_OK && now == 0;
    }
    OneGenerationStep(const OneGenerationStep&) = delete;
    OneGenerationStep& operator=(const OneGenerationStep&) = delete;
    ~OneGenerationStep()
    {
        if (m_off) {
            int now = 0;
            sqlite3_db_config(m_db.handle(), SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, &now);
        }
    }
    // Inside the import's transaction, after its last row: what the triggers would have done.
    Status advance(std::size_t entries)
    {
        if (!m_off) {
            return {};
        }
        auto stmt = m_db.prepare("UPDATE generation SET value = value + ?1 WHERE id = 1");
        if (!stmt) {
            return propagate(stmt);
        }
        stmt->bind(1, static_cast<std::int64_t>(entries));
        return stmt->run();
    }

private:
    Database& m_db;
    bool m_off = false;
};

// FTS5 keeps new words in memory until they pass `hashsize` (1 MiB by default), then writes
// them out as a segment and frees every term: an import of thousands of entries did that
// dozens of times, each term allocated again after every flush (each allocation locked and
// unlocked under cipher_memory_security). For the import's transaction the limit is raised
// to 16 MiB; the journal's own value is put back before the commit.
class LargerSearchBuffer
{
public:
    explicit LargerSearchBuffer(Database& db) : m_db(db) {}

    Status raise()
    {
        auto stmt = m_db.prepare("SELECT v FROM entries_fts_config WHERE k = 'hashsize'");
        if (!stmt) {
            return propagate(stmt);
        }
        auto row = stmt->step();
        if (!row) {
            return propagate(row);
        }
        m_previous = *row ? stmt->columnInt(0) : kDefault;
        return set(kDuringImport);
    }
    Status restore() { return m_previous ? set(*m_previous) : Status{}; }

private:
    static constexpr std::int64_t kDefault = 1024 * 1024; // FTS5's own
    static constexpr std::int64_t kDuringImport = 16 * 1024 * 1024;

    Status set(std::int64_t bytes)
    {
        auto stmt = m_db.prepare("INSERT INTO entries_fts (entries_fts, rank) VALUES ('hashsize', ?1)");
        if (!stmt) {
            return propagate(stmt);
        }
        stmt->bind(1, bytes);
        return stmt->run();
    }

    Database& m_db;
    std::optional<std::int64_t> m_previous;
};

} // namespace

namespace {

detail::Read readAll(ImportFormat format, const std::filesystem::path& path, const ImportOptions& options)
{
    std::error_code ec;
    if (format == ImportFormat::DayOneJson && std::filesystem::is_directory(path, ec)) {
        return detail::readDayOneFolder(path, options);
    }
    if ((format == ImportFormat::JrnlJson || format == ImportFormat::Jrnl) &&
        std::filesystem::is_directory(path, ec)) {
        return detail::readJrnlAny(path, options); // jrnl's export of one file per entry
    }
    if (format != ImportFormat::Markdown && format != ImportFormat::Jrnl &&
        !std::filesystem::is_regular_file(path, ec)) {
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
    case ImportFormat::Jrnl:
        return detail::readJrnlAny(path, options);
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
    Database& db = detail::JournalAccess::database(journal);
    // Known: every hash imported before (one small indexed table, read once).
    std::unordered_set<Hash> known;
    {
        auto stmt = db.prepare("SELECT content_hash FROM imported_entries");
        if (!stmt) {
            return failed(stmt.error());
        }
        auto rows = forEachRow(*stmt, [&](const Statement& s) {
            const Bytes blob = s.columnBlob(0);
            known.emplace(blob.begin(), blob.end());
        });
        if (!rows) {
            return failed(rows.error());
        }
    }

    ImportReport report;
    report.dryRun = options.dryRun;
    report.files = read->files;
    report.read = read->entries.size();
    report.hiddenFoldersSkipped = read->hiddenFoldersSkipped;
    report.answerFilesSkipped = read->answerFilesSkipped;
    report.otherFilesSkipped = read->otherFilesSkipped;

    struct Candidate
    {
        detail::ReadEntry* item;
        Hash moment;
        std::optional<Hash> wallClock;
    };
    std::vector<Candidate> candidates;
    candidates.reserve(read->entries.size());
    std::optional<std::int64_t> earliest;
    std::optional<std::int64_t> latest;
    for (detail::ReadEntry& item : read->entries) {
        const TimedEntry& entry = item.entry;
        if (trimmed(entry.fields.title).empty() && trimmed(entry.fields.body).empty()) {
            ++report.withoutText; // nothing to keep (Day One entries that held only a photo)
            continue;
        }
        Candidate c{&item, momentHash(entry.fields.title, entry.fields.body, entry.createdMs), std::nullopt};
        if (item.notes.wallClockMs) {
            c.wallClock = wallClockHash(entry, *item.notes.wallClockMs);
        }
        if (known.contains(c.moment) || (c.wallClock && known.contains(*c.wallClock))) {
            c.item = nullptr; // imported before (maybe under another zone): skipped below
        } else {
            earliest = std::min(earliest.value_or(entry.createdMs), entry.createdMs);
            latest = std::max(latest.value_or(entry.createdMs), entry.createdMs);
        }
        candidates.push_back(std::move(c));
    }
    // Entries written in Twofold (or come by another way) with the same title, text and
    // moment: only the journal's entries in the file's time span are read and hashed, so a
    // large journal is not decrypted whole, and a file imported before is not read again.
    if (earliest) {
        auto stmt = db.prepare("SELECT title, body, created_at FROM entries "
                               "WHERE created_at BETWEEN ?1 AND ?2");
        if (!stmt) {
            return failed(stmt.error());
        }
        // Seconds are compared: a journal entry at 09:30:00.700 is the file's 09:30:00.
        stmt->bind(1, *earliest - 1000).bind(2, *latest + 1000);
        auto rows = forEachRow(*stmt, [&](const Statement& s) {
            known.insert(momentHash(s.columnText(0), s.columnText(1), s.columnInt(2)));
        });
        if (!rows) {
            return failed(rows.error());
        }
    }

    std::vector<TimedEntry> fresh;
    std::vector<std::pair<Hash, std::optional<Hash>>> hashes;
    for (Candidate& c : candidates) {
        if (c.item == nullptr) {
            ++report.duplicates;
            continue;
        }
        // Twice in the same file counts once, as does one already in the journal.
        const bool seen = known.contains(c.moment) || (c.wallClock && known.contains(*c.wallClock));
        known.insert(c.moment);
        if (c.wallClock) {
            known.insert(*c.wallClock);
        }
        if (seen) {
            ++report.duplicates;
            continue;
        }
        count(report, c.item->notes);
        fresh.push_back(std::move(c.item->entry));
        hashes.emplace_back(std::move(c.moment), std::move(c.wallClock));
    }
    if (options.dryRun) {
        report.imported = fresh.size();
        return report;
    }
    const std::int64_t now = options.clock->nowMs();
    auto stmt = db.prepare("INSERT OR IGNORE INTO imported_entries (content_hash, entry_id, imported_at) "
                           "VALUES (?1, ?2, ?3)");
    if (!stmt) {
        return failed(stmt.error());
    }
    auto remember = [&](const Hash& hash, EntryId id) -> Status {
        stmt->reset();
        stmt->bind(1, asBytes(hash)).bind(2, id).bind(3, now);
        return stmt->run();
    };
    OneGenerationStep generation(db);
    LargerSearchBuffer searchBuffer(db);
    auto ids = journal.createAll(fresh, [&](std::size_t index, EntryId id) -> Status {
        if (index == 0 && fresh.size() > 1) {
            // After the first entry (its index row is written): from here the buffer is larger.
            if (auto st = searchBuffer.raise(); !st) {
                return st;
            }
        }
        if (auto st = remember(hashes[index].first, id); !st) {
            return st;
        }
        if (hashes[index].second) {
            if (auto st = remember(*hashes[index].second, id); !st) {
                return st;
            }
        }
        if (index + 1 < fresh.size()) {
            return {};
        }
        if (auto st = searchBuffer.restore(); !st) {
            return st;
        }
        return generation.advance(fresh.size());
    });
    if (!ids) {
        return failed(ids.error());
    }
    report.imported = ids->size();
    return report;
}

} // namespace twofold
