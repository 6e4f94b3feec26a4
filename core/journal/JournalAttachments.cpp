// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "common/Propagate.h"
#include "journal/Journal.h"
#include "journal/detail/JournalRows.h"
#include "journal/detail/StatementCache.h"
#include "journal/detail/Utf8.h"
#include "media/ImageMetadata.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <string>

// Photos attached to entries (docs/PHOTOS.md): tables attachments (what the list shows)
// and attachment_data (the bytes, read one photo at a time), inside the encrypted journal.
namespace twofold {

namespace {

using detail::runCached;

// A stored file name is shown, never used as a path; it is kept short and valid UTF-8.
constexpr std::size_t kMaxFileNameBytes = 255;

constexpr std::string_view kNextPosition =
    "SELECT coalesce(max(position) + 1, 0) FROM attachments WHERE entry_id = ?1";
constexpr std::string_view kInsertAttachment =
    "INSERT INTO attachments (entry_id, position, mime_type, width, height, byte_size, file_name, added_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
constexpr std::string_view kInsertAttachmentData =
    "INSERT INTO attachment_data (attachment_id, bytes) VALUES (?1, ?2)";
constexpr std::string_view kListAttachments =
    "SELECT id, entry_id, position, mime_type, width, height, byte_size, file_name, added_at "
    "FROM attachments WHERE entry_id = ?1 ORDER BY position, id";
constexpr std::string_view kAttachmentBytes =
    "SELECT d.bytes FROM attachment_data d JOIN attachments a ON a.id = d.attachment_id "
    "WHERE d.attachment_id = ?1 AND a.entry_id IS NOT NULL";
constexpr std::string_view kDeleteAttachment =
    "DELETE FROM attachments WHERE id = ?1 AND entry_id IS NOT NULL";
constexpr std::string_view kCountAttachments = "SELECT count(*) FROM attachments WHERE entry_id IS NOT NULL";
constexpr std::string_view kHoldAttachments =
    "UPDATE attachments SET removed_from = entry_id, entry_id = NULL WHERE entry_id = ?1";
constexpr std::string_view kBringBackAttachments =
    "UPDATE attachments SET entry_id = removed_from, removed_from = NULL WHERE removed_from = ?1";
constexpr std::string_view kPurgeHeldAttachments = "DELETE FROM attachments WHERE entry_id IS NULL";

std::string baseName(std::string_view name)
{
    if (const auto slash = name.find_last_of("/\\"); slash != std::string_view::npos) {
        name.remove_prefix(slash + 1);
    }
    return std::string(name);
}

} // namespace

Result<AttachmentId> Journal::attach(EntryId entryId, ByteView bytes, const AttachOptions& options)
{
    if (auto st = ensureOpen(); !st) {
        return propagate(st);
    }
    auto info = inspectImage(bytes);
    if (!info) {
        return propagate(info);
    }
    Bytes stripped;
    ByteView stored = bytes;
    if (options.keepMetadata == KeepMetadata::No) {
        auto clean = stripImageMetadata(bytes);
        if (!clean) {
            return propagate(clean);
        }
        stripped = std::move(*clean);
        stored = stripped;
    }
    const std::string fileName = baseName(options.fileName);
    if (!detail::isValidUtf8(fileName) || fileName.size() > kMaxFileNameBytes) {
        return fail(ErrorCode::InvalidArgument, "attachment file name is not short valid UTF-8");
    }
    auto tx = m_db->transaction();
    if (!tx) {
        return propagate(tx);
    }
    auto& cache = *m_statements;
    auto exists = detail::entryExists(cache, entryId);
    if (!exists) {
        return propagate(exists);
    }
    if (!*exists) {
        return fail(ErrorCode::NotFound, "no entry with id " + std::to_string(entryId));
    }
    std::int64_t position = 0;
    {
        auto stmt = cache.get(kNextPosition);
        if (!stmt) {
            return propagate(stmt);
        }
        (*stmt)->bind(1, entryId);
        auto row = (*stmt)->step();
        if (!row) {
            return propagate(row);
        }
        position = *row ? (*stmt)->columnInt(0) : 0;
    }
    const std::optional<std::int64_t> width = info->width;
    const std::optional<std::int64_t> height = info->height;
    if (auto st =
            runCached(cache, kInsertAttachment, entryId, position, mimeTypeOf(info->type), width, height,
                      static_cast<std::int64_t>(stored.size()), std::string_view(fileName), m_clock->nowMs());
        !st) {
        return propagate(st);
    }
    const AttachmentId id = m_db->lastInsertRowId();
    if (auto st = runCached(cache, kInsertAttachmentData, id, stored); !st) {
        return propagate(st);
    }
    if (auto st = tx->commit(); !st) {
        return propagate(st);
    }
    return id;
}

Result<std::vector<AttachmentInfo>> Journal::attachments(EntryId entryId)
{
    if (auto st = ensureOpen(); !st) {
        return propagate(st);
    }
    auto stmt = m_statements->get(kListAttachments);
    if (!stmt) {
        return propagate(stmt);
    }
    (*stmt)->bind(1, entryId);
    std::vector<AttachmentInfo> list;
    auto read = forEachRow(**stmt, [&](const Statement& row) {
        AttachmentInfo info;
        info.id = row.columnInt(0);
        info.entryId = row.columnInt(1);
        info.position = static_cast<int>(row.columnInt(2));
        info.mimeType = row.columnText(3);
        info.width = detail::optionalInt(row, 4);
        info.height = detail::optionalInt(row, 5);
        info.byteSize = row.columnInt(6);
        info.fileName = row.columnText(7);
        info.addedMs = row.columnInt(8);
        list.push_back(std::move(info));
    });
    if (!read) {
        return propagate(read);
    }
    return list;
}

Result<Bytes> Journal::attachmentBytes(AttachmentId id)
{
    if (auto st = ensureOpen(); !st) {
        return propagate(st);
    }
    auto stmt = m_statements->get(kAttachmentBytes);
    if (!stmt) {
        return propagate(stmt);
    }
    (*stmt)->bind(1, id);
    auto row = (*stmt)->step();
    if (!row) {
        return propagate(row);
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, "no attachment with id " + std::to_string(id));
    }
    return (*stmt)->columnBlob(0);
}

Status Journal::removeAttachment(AttachmentId id)
{
    if (auto st = ensureOpen(); !st) {
        return st;
    }
    if (auto st = runCached(*m_statements, kDeleteAttachment, id); !st) {
        return st;
    }
    if (m_db->changes() == 0) {
        return fail(ErrorCode::NotFound, "no attachment with id " + std::to_string(id));
    }
    return {};
}

Result<std::int64_t> Journal::attachmentCount()
{
    if (auto st = ensureOpen(); !st) {
        return propagate(st);
    }
    return detail::countOf(*m_statements, kCountAttachments);
}

// Only the last removed entry can be brought back (the window's Undo), so only its photos
// are held: an earlier removal's are deleted now.
Status Journal::holdAttachmentsOf(EntryId id)
{
    if (auto st = purgeHeldAttachments(); !st) {
        return st;
    }
    return runCached(*m_statements, kHoldAttachments, id);
}

Status Journal::bringBackAttachmentsOf(EntryId id)
{
    return runCached(*m_statements, kBringBackAttachments, id);
}

Status Journal::purgeHeldAttachments()
{
    return runCached(*m_statements, kPurgeHeldAttachments);
}

} // namespace twofold
