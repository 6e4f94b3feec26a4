// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "vault/detail/Leave.h"

#include "common/AtomicFile.h"
#include "common/CrashPoint.h"
#include "common/Propagate.h"
#include "crypto/Kdf.h"
#include "crypto/SecretBuffer.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "vault/detail/FreshnessRecords.h"
#include "vault/detail/Rekey.h"
#include "vault/detail/VaultState.h"

#include <system_error>

#include <sodium.h>

namespace twofold::detail {

namespace {

// A subkey of the master key of its own, distinct from "rowmac__" and "freshmac".
constexpr char kLeaveMacContext[9] = "leavemac";
constexpr std::size_t kMacBytes = 32;

constexpr std::string_view kLeavingTable = R"sql(
CREATE TABLE IF NOT EXISTS leaving (
    partner_id  TEXT PRIMARY KEY,
    started_at  INTEGER NOT NULL,
    mac         BLOB NOT NULL
) WITHOUT ROWID;
)sql";

// BLAKE2b-256 over (vault id, partner id, time), keyed with a subkey of the master key.
Bytes leaveMac(const VaultState& vault, std::string_view partnerId, const SecretBuffer& master,
               std::int64_t startedMs)
{
    Bytes in;
    appendLengthPrefixed(in, asBytes("twofold-leave-v1"));
    appendLengthPrefixed(in, vault.keyring.vaultId());
    appendLengthPrefixed(in, asBytes(partnerId));
    std::uint8_t time[8];
    for (int i = 0; i < 8; ++i) {
        time[i] = static_cast<std::uint8_t>(static_cast<std::uint64_t>(startedMs) >> (8 * i));
    }
    appendLengthPrefixed(in, ByteView(time, 8));
    const SecretBuffer key = deriveSubkey(master, 1, kLeaveMacContext);
    Bytes mac(kMacBytes);
    crypto_generichash(mac.data(), mac.size(), in.data(), in.size(), key.data(), key.size());
    return mac;
}

// A connection of our own, like the freshness records: `partners` and its MAC are Keyring's.
Result<Database> openLeaveRecords(const VaultState& vault, bool create)
{
    auto db = Database::openPlain(vault.keyringPath(), OpenMode::Existing);
    if (!db) {
        return propagate(db);
    }
    if (create) {
        if (auto st = db->exec(kLeavingTable); !st) {
            return propagate(st);
        }
    }
    return std::move(*db);
}

struct LeaveRecord
{
    std::int64_t startedMs = 0;
    Bytes mac;
};

std::optional<LeaveRecord> readLeaveRecord(const VaultState& vault, std::string_view partnerId)
{
    auto db = openLeaveRecords(vault, false);
    if (!db) {
        return std::nullopt;
    }
    auto stmt = db->prepare("SELECT started_at, mac FROM leaving WHERE partner_id = ?;");
    if (!stmt) {
        return std::nullopt; // no table: nobody ever started to leave
    }
    stmt->bind(1, partnerId);
    auto row = stmt->step();
    if (!row || !*row) {
        return std::nullopt;
    }
    return LeaveRecord{stmt->columnInt(0), stmt->columnBlob(1)};
}

Status removeIfPresent(const std::filesystem::path& path)
{
    std::error_code ec;
    std::filesystem::remove(path, ec);
    if (ec && ec != std::errc::no_such_file_or_directory) {
        return fail(ec == std::errc::no_space_on_device ? ErrorCode::DiskFull : ErrorCode::IoError,
                    "cannot remove a file of the leaving partner's journal");
    }
    return {};
}

Status run(Database& db, std::string_view sql, std::string_view partnerId)
{
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return propagate(stmt);
    }
    // Every parameter is the partner's id.
    int parameter = 0;
    for (const char c : sql) {
        if (c == '?') {
            stmt->bind(++parameter, partnerId);
        }
    }
    return stmt->run();
}

} // namespace

Status recordLeave(const VaultState& vault, std::string_view partnerId, const SecretBuffer& master,
                   std::int64_t nowMs)
{
    auto db = openLeaveRecords(vault, true);
    if (!db) {
        return propagate(db);
    }
    auto stmt = db->prepare("INSERT OR REPLACE INTO leaving (partner_id, started_at, mac) VALUES (?, ?, ?);");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, partnerId).bind(2, nowMs).bind(3, leaveMac(vault, partnerId, master, nowMs));
    return stmt->run();
}

Result<bool> leaveRecorded(const VaultState& vault, std::string_view partnerId, const SecretBuffer& master)
{
    const auto record = readLeaveRecord(vault, partnerId);
    if (!record) {
        return false;
    }
    const Bytes expected = leaveMac(vault, partnerId, master, record->startedMs);
    return record->mac.size() == expected.size() &&
           sodium_memcmp(record->mac.data(), expected.data(), expected.size()) == 0;
}

bool leaveUnderWay(const VaultState& vault, std::string_view partnerId)
{
    return readLeaveRecord(vault, partnerId).has_value();
}

Status removeFromCouple(Database& couple, std::string_view partnerId)
{
    // Freed pages are overwritten with zeros, so what is deleted here is not left behind in
    // the file's free pages (still encrypted with the couple key, which the other partner has).
    if (auto st = couple.exec("PRAGMA secure_delete = ON;"); !st) {
        return st;
    }
    {
        auto tx = couple.transaction();
        if (!tx) {
            return propagate(tx);
        }
        // Every table of couple.db that names a partner (migrations/couple/*.sql), children first.
        // couple_settings (review day, automatic backups) belongs to nobody and stays.
        static constexpr std::string_view kDeletes[] = {
            "DELETE FROM grants WHERE reader_id = ? OR envelope_id IN (SELECT id FROM envelopes WHERE "
            "author_id = ?);",
            "DELETE FROM envelopes WHERE author_id = ?;",
            "DELETE FROM consents WHERE partner_id = ?;",
            "DELETE FROM pack_choices WHERE partner_id = ?;",
            // Prompts they added, and those whose words are now theirs (they last edited them).
            // Answers carry the question they were written for, so no answer loses its question.
            "DELETE FROM custom_prompts WHERE added_by = ? OR signed_by = ?;",
            "DELETE FROM intentions WHERE partner_id = ?;",
            // Their review notes, and kind words on their intentions.
            "DELETE FROM review_notes WHERE partner_id = ? OR about = ?;",
            "DELETE FROM reviews WHERE signed_by = ?;",
            "DELETE FROM key_rotations WHERE partner_id = ?;",
            "DELETE FROM partners WHERE id = ?;",
        };
        for (const std::string_view sql : kDeletes) {
            if (auto st = run(couple, sql, partnerId); !st) {
                return st;
            }
        }
        if (auto st = tx->commit(); !st) {
            return st;
        }
    }
    // The deleted rows' pages also live in the WAL until a checkpoint: move them into the
    // file (where secure_delete zeroed them) and empty the WAL. Best effort: with two logins
    // the other partner's process may be reading couple.db, and then the WAL empties at a
    // later checkpoint.
    (void)couple.exec("PRAGMA wal_checkpoint(TRUNCATE);");
    (void)couple.exec("PRAGMA secure_delete = OFF;");
    return {};
}

Status finishLeave(VaultState& vault, std::string_view partnerId, SessionKeys& keys)
{
    if (auto st = removeFromCouple(keys.couple, partnerId); !st) {
        return st;
    }
    crashPoint("leave-couple-cleared");

    keys.journal.reset();
    const std::filesystem::path journal = vault.journalPath(partnerId);
    const std::filesystem::path rekeyed = rekeyedJournalPath(vault, partnerId);
    for (const auto& base : {journal, rekeyed}) {
        for (const std::string_view suffix : {"", "-wal", "-shm", "-journal"}) {
            if (auto st = removeIfPresent(base.string() + std::string(suffix)); !st) {
                return st;
            }
        }
    }
    // The lock file of a partner who is gone (still held by this session until it locks:
    // removing a held lock file is harmless, and nobody takes this partner's lock again).
    if (auto st = removeIfPresent(vault.partnerLockPath(partnerId)); !st) {
        return st;
    }
    if (auto st = syncDirectory(vault.dir); !st) {
        return st;
    }
    crashPoint("leave-journal-deleted");

    if (auto st = vault.keyring.remove(partnerId); !st && st.error().code != ErrorCode::NotFound) {
        return st;
    }
    crashPoint("leave-keyring-removed");
    // This account's record of what the leaver saw (best effort: another account's is out of reach).
    if (const auto state = stateFilePath(vault, partnerId); !state.empty()) {
        (void)removeIfPresent(state);
    }
    return {};
}

} // namespace twofold::detail
