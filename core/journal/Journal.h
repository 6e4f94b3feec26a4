// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Bytes.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "journal/Attachment.h"
#include "journal/Entry.h"
#include "journal/EntryFilter.h"
#include "storage/Database.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace twofold {

class SecretBuffer;

namespace detail {
class JournalAccess;
class StatementCache;
} // namespace detail

// A partner's private journal: partner-<id>.db, encrypted with a key derived from
// that partner's master key. Every write is one durable transaction.
class Journal
{
public:
    // Opens (creating when asked) and migrates the journal database.
    static Result<Journal> open(const std::filesystem::path& path, const SecretBuffer& key, OpenMode mode,
                                const Clock& clock);
    // Wraps an already open connection (the benchmarks' plain-SQLite baseline); migrates it.
    static Result<Journal> fromDatabase(Database db, const Clock& clock);

    Journal(Journal&&) noexcept;
    Journal& operator=(Journal&&) noexcept;
    ~Journal();

    // The clock this journal was opened with (the vault's), for what reads time on its behalf.
    const Clock& clock() const noexcept { return *m_clock; }

    Result<EntryId> create(const EntryFields& fields);
    // The editor's first autosave of a new entry: creates it and discards the new-entry
    // draft (left by a crash or an older version) in the same transaction.
    Result<EntryId> createFromNewDraft(const EntryFields& fields);
    // Creates with given times (imports, demo data, fixtures).
    Result<EntryId> createAt(const EntryFields& fields, std::int64_t createdMs, std::int64_t updatedMs);
    // Creates every entry in one transaction: all or none (imports). `alsoInTransaction`,
    // when given, runs after each insert inside the same transaction (index, new id); an
    // error from it rolls everything back.
    Result<std::vector<EntryId>>
    createAll(std::span<const TimedEntry> entries,
              const std::function<Status(std::size_t, EntryId)>& alsoInTransaction = {});
    // Also discards the entry's draft, in the same transaction: the saved text supersedes it.
    Status update(EntryId id, const EntryFields& fields);
    // Deletes and returns what was deleted, so the caller can offer undo. The entry's
    // draft, if any, goes with it. Its photos are held (encrypted, in this file) until the
    // next remove() or the next open, so restore() brings them back too.
    Result<Entry> remove(EntryId id);
    // Puts a removed entry back with its id and times (undo of remove), with its photos
    // when it was the last entry removed in this session.
    Status restore(const Entry& entry);
    Result<Entry> get(EntryId id);
    Result<std::vector<EntrySummary>> list(const PageRequest& request);
    Result<std::int64_t> count();
    // Full-text search (FTS5) over title, body and tags. The query is plain words, not
    // FTS5 syntax: each word must match (prefix match on the last one).
    Result<std::vector<SearchHit>> search(std::string_view query, int limit = 50);
    // All tags in use, sorted.
    Result<std::vector<std::string>> tags();

    // One draft per entry being edited, and one for a new entry (entryId empty). The
    // editor saves entries themselves; a draft is what a crash or an older version left.
    Status saveDraft(const Draft& draft);
    // The entries that have a draft (not the new-entry one), for the list to mark.
    Result<std::vector<EntryId>> draftEntryIds();
    Result<std::optional<Draft>> draft(std::optional<EntryId> entryId);
    Status discardDraft(std::optional<EntryId> entryId);

    // Small per-partner preferences, stored encrypted with the journal.
    Result<std::optional<std::string>> setting(std::string_view key);
    Status setSetting(std::string_view key, std::string_view value);

    // ---- photos (docs/PHOTOS.md; journal/JournalAttachments.cpp) ----
    // Attaches an image (JPEG, PNG, WebP, GIF; at most kMaxImageBytes) after the entry's
    // other photos. Its metadata is removed first unless options ask to keep it.
    // NotAnImage, TooLarge, NotFound (no such entry).
    Result<AttachmentId> attach(EntryId entryId, ByteView bytes, const AttachOptions& options = {});
    // The entry's photos in order, without their bytes.
    Result<std::vector<AttachmentInfo>> attachments(EntryId entryId);
    // One photo's bytes (as stored).
    Result<Bytes> attachmentBytes(AttachmentId id);
    Status removeAttachment(AttachmentId id);
    // How many photos the journal holds (all entries).
    Result<std::int64_t> attachmentCount();

    // ---- going back in time (JournalCalendar.cpp) -------------------------------------
    // When each entry written in `range` was written (UTC ms), oldest first: the calendar
    // groups these into the user's local days. Reads only the list's index.
    Result<std::vector<std::int64_t>> createdTimes(const TimeRange& range);
    // Entries written inside any of `ranges`, newest first, at most `limit` ("On this day":
    // the caller passes the same local day of each earlier year).
    Result<std::vector<EntrySummary>> listWithin(std::span<const TimeRange> ranges, int limit = 200);
    // The list narrowed by `filter`, with list()'s keyset paging: newest first, pass the
    // last row of a page to get the next one. An unknown tag gives no rows.
    Result<std::vector<EntrySummary>> list(const PageRequest& request, const EntryFilter& filter);
    // Moves an entry to another time (the date and time it is shown with); the list's
    // order follows. Years 1000 to 9999 only.
    Status setCreatedMs(EntryId id, std::int64_t createdMs);

    // Finalizes cached statements and closes the connection; the journal is unusable after.
    Status close();

private:
    // The connection is core's business: its other modules reach it through
    // detail::JournalAccess (journal/detail/JournalAccess.h), which the shells cannot include.
    friend class detail::JournalAccess;
    Database& database() noexcept { return *m_db; }

    Journal(std::unique_ptr<Database> db, const Clock& clock);

    Status ensureOpen() const;
    // remove()/restore() keep the last removed entry's photos for its Undo (JournalAttachments.cpp).
    Status holdAttachmentsOf(EntryId id);
    Status bringBackAttachmentsOf(EntryId id);
    Status purgeHeldAttachments();
    Result<EntryId> createEntry(const EntryFields& fields, std::int64_t createdMs, std::int64_t updatedMs,
                                bool discardNewDraft);

    // Behind pointers so their addresses survive moves of the Journal: cached
    // statements point at the Database.
    std::unique_ptr<Database> m_db;
    std::unique_ptr<detail::StatementCache> m_statements;
    const Clock* m_clock;
};

} // namespace twofold
