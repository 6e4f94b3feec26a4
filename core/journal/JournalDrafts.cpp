// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "common/Propagate.h"
#include "journal/Journal.h"
#include "journal/detail/EntryText.h"
#include "journal/detail/JournalRows.h"
#include "journal/detail/JournalTables.h"
#include "storage/Statement.h"

#include <utility>

// Drafts (journal table `drafts`): the text of an entry being written that a crash or an
// older version left unsaved. The editor saves entries themselves (issue 16); a draft only
// comes back into its entry when that is opened, and the list marks the entries with one.
namespace twofold {

namespace {

std::int64_t draftKey(std::optional<EntryId> entryId)
{
    return entryId.value_or(0);
}

Status validateDraftKey(std::optional<EntryId> entryId)
{
    if (entryId && *entryId <= 0) {
        return fail(ErrorCode::InvalidArgument, "draft entry id must be positive");
    }
    return {};
}

} // namespace

Status Journal::saveDraft(const Draft& draft)
{
    if (auto st = ensureOpen(); !st) {
        return st;
    }
    if (auto st = validateDraftKey(draft.entryId); !st) {
        return st;
    }
    if (auto st = detail::validateFields(draft.fields); !st) {
        return st;
    }
    // One statement in autocommit mode: one durable transaction (WAL, synchronous=FULL).
    const EntryFields& f = draft.fields;
    return detail::kJournalDrafts.put(*m_db, draftKey(draft.entryId), f.title, f.body, f.mood,
                                      static_cast<std::int64_t>(f.kinds), detail::encodeTagList(f.tags),
                                      f.promptId, m_clock->nowMs());
}

Result<std::optional<Draft>> Journal::draft(std::optional<EntryId> entryId)
{
    if (auto st = ensureOpen(); !st) {
        return propagate(st);
    }
    if (auto st = validateDraftKey(entryId); !st) {
        return propagate(st);
    }
    return detail::kJournalDrafts.find(*m_db, draftKey(entryId), [&](const Statement& s) -> Result<Draft> {
        Draft result;
        result.entryId = entryId;
        result.fields.title = s.columnText(0);
        result.fields.body = s.columnText(1);
        result.fields.mood = detail::optionalInt(s, 2);
        result.fields.kinds = static_cast<unsigned>(s.columnInt(3));
        auto tags = detail::decodeTagList(s.columnText(4));
        if (!tags) {
            return fail(ErrorCode::DamagedDatabase, "draft tags are malformed");
        }
        result.fields.tags = std::move(*tags);
        result.fields.promptId = detail::optionalText(s, 5);
        result.savedMs = s.columnInt(6);
        return result;
    });
}

Result<std::vector<EntryId>> Journal::draftEntryIds()
{
    if (auto st = ensureOpen(); !st) {
        return propagate(st);
    }
    auto stmt = m_db->prepareCached("SELECT entry_key FROM drafts WHERE entry_key > 0 ORDER BY entry_key");
    if (!stmt) {
        return propagate(stmt);
    }
    std::vector<EntryId> ids;
    if (auto st = forEachRow(*stmt, [&](const Statement& s) { ids.push_back(s.columnInt(0)); }); !st) {
        return propagate(st);
    }
    return ids;
}

Status Journal::discardDraft(std::optional<EntryId> entryId)
{
    if (auto st = ensureOpen(); !st) {
        return st;
    }
    if (auto st = validateDraftKey(entryId); !st) {
        return st;
    }
    return detail::kJournalDrafts.erase(*m_db, draftKey(entryId));
}

} // namespace twofold
