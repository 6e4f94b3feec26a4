// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "vault/Keyring.h"

#include "common/Propagate.h"
#include "crypto/SecretBuffer.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <cstring>

#include <sodium.h>

namespace twofold {

namespace {

constexpr std::string_view kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta (
    key    TEXT PRIMARY KEY,
    value  BLOB NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS partners (
    id                  TEXT PRIMARY KEY,
    slot                INTEGER NOT NULL UNIQUE,
    name                TEXT NOT NULL,
    colour              TEXT NOT NULL,
    created_at          INTEGER NOT NULL,
    pw_salt             BLOB NOT NULL,
    pw_ops              INTEGER NOT NULL,
    pw_mem              INTEGER NOT NULL,
    pw_wrapped_master   BLOB NOT NULL,
    rc_salt             BLOB NOT NULL,
    rc_ops              INTEGER NOT NULL,
    rc_mem              INTEGER NOT NULL,
    rc_wrapped_master   BLOB NOT NULL,
    box_public          BLOB NOT NULL,
    box_secret_wrapped  BLOB NOT NULL,
    couple_key_wrapped  BLOB NOT NULL,
    row_mac             BLOB NOT NULL,
    sign_public         BLOB,
    sign_secret_wrapped BLOB
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS failed_unlocks (
    partner_id  TEXT NOT NULL,
    at_ms       INTEGER NOT NULL
);
)sql";

constexpr std::string_view kColumns =
    "id, slot, name, colour, created_at, pw_salt, pw_ops, pw_mem, pw_wrapped_master, rc_salt, rc_ops, "
    "rc_mem, "
    "rc_wrapped_master, box_public, box_secret_wrapped, couple_key_wrapped, row_mac, sign_public, "
    "sign_secret_wrapped";

constexpr std::size_t kWrappedKeyBytes = 24 + 32 + 16; // nonce + key + tag
constexpr std::size_t kMaxNameBytes = 200;

Error damaged(std::string detail)
{
    return Error{ErrorCode::DamagedKeyring, std::move(detail)};
}

void appendNumber(Bytes& out, std::uint64_t value)
{
    std::uint8_t bytes[8];
    for (int i = 0; i < 8; ++i) {
        bytes[i] = static_cast<std::uint8_t>(value >> (8 * i));
    }
    appendLengthPrefixed(out, ByteView(bytes, 8));
}

// keyring.db may be replaced by anything: an SQLite error here means damage, not I/O,
// unless the disk itself failed.
Error asKeyringError(Error e)
{
    if (e.code == ErrorCode::DamagedDatabase || e.code == ErrorCode::Internal ||
        e.code == ErrorCode::WrongKey || e.code == ErrorCode::InvalidArgument) {
        e.code = ErrorCode::DamagedKeyring;
    }
    return e;
}

} // namespace

bool Keyring::isValidPartnerId(std::string_view id)
{
    if (id.size() != 16) {
        return false;
    }
    for (char c : id) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

Result<Keyring> Keyring::create(const std::filesystem::path& path, ByteView vaultId)
{
    auto db = Database::openPlain(path, OpenMode::CreateIfMissing);
    if (!db) {
        return propagate(db);
    }
    auto tx = db->transaction();
    if (!tx) {
        return propagate(tx);
    }
    if (auto st = db->exec(kSchema); !st) {
        return propagate(st);
    }
    auto insert = db->prepare("INSERT INTO meta (key, value) VALUES ('format', ?), ('vault_id', ?);");
    if (!insert) {
        return propagate(insert);
    }
    insert->bind(1, std::int64_t{kFormatVersion}).bind(2, vaultId);
    if (auto st = insert->run(); !st) {
        return propagate(st);
    }
    if (auto st = tx->commit(); !st) {
        return propagate(st);
    }
    return Keyring(std::move(*db), Bytes(vaultId.begin(), vaultId.end()));
}

Result<Keyring> Keyring::open(const std::filesystem::path& path)
{
    auto db = Database::openPlain(path, OpenMode::Existing);
    if (!db) {
        return std::unexpected(asKeyringError(db.error()));
    }
    auto stmt = db->prepare("SELECT key, value FROM meta;");
    if (!stmt) {
        return std::unexpected(damaged("keyring has no meta table"));
    }
    std::optional<std::int64_t> format;
    Bytes vaultId;
    auto read = forEachRow(*stmt, [&](const Statement& s) {
        const std::string key = s.columnText(0);
        if (key == "format") {
            format = s.columnInt(1);
        } else if (key == "vault_id") {
            vaultId = s.columnBlob(1);
        }
    });
    if (!read) {
        return std::unexpected(asKeyringError(read.error()));
    }
    if (!format) {
        return std::unexpected(damaged("keyring has no format version"));
    }
    if (*format > kFormatVersion) {
        return fail(ErrorCode::UnsupportedFormat, "keyring format is newer than this build");
    }
    if (*format != kFormatVersion || vaultId.size() != kVaultIdBytes) {
        return std::unexpected(damaged("keyring meta is malformed"));
    }
    // The first release's rows have no signing key: its columns are added here (protocol
    // v2), empty until each partner's next unlock.
    if (auto probe = db->prepare("SELECT sign_public FROM partners LIMIT 0;"); !probe) {
        if (auto st = db->exec("ALTER TABLE partners ADD COLUMN sign_public BLOB;"
                               "ALTER TABLE partners ADD COLUMN sign_secret_wrapped BLOB;");
            !st) {
            return std::unexpected(asKeyringError(st.error()));
        }
    }
    // The schema must be ours: a missing table is damage.
    if (auto check = db->prepare("SELECT " + std::string(kColumns) + " FROM partners LIMIT 0;"); !check) {
        return std::unexpected(damaged("keyring partners table is malformed"));
    }
    if (auto check = db->prepare("SELECT partner_id, at_ms FROM failed_unlocks LIMIT 0;"); !check) {
        return std::unexpected(damaged("keyring failed_unlocks table is malformed"));
    }
    return Keyring(std::move(*db), std::move(vaultId));
}

Result<KeyringRow> Keyring::readRow(const Statement& stmt) const
{
    KeyringRow row;
    row.id = stmt.columnText(0);
    row.slot = static_cast<int>(stmt.columnInt(1));
    row.name = stmt.columnText(2);
    row.colour = stmt.columnText(3);
    row.createdMs = stmt.columnInt(4);
    row.passwordSalt = stmt.columnBlob(5);
    row.passwordKdf = {static_cast<std::uint64_t>(stmt.columnInt(6)),
                       static_cast<std::size_t>(stmt.columnInt(7))};
    row.passwordWrappedMaster = stmt.columnBlob(8);
    row.recoverySalt = stmt.columnBlob(9);
    row.recoveryKdf = {static_cast<std::uint64_t>(stmt.columnInt(10)),
                       static_cast<std::size_t>(stmt.columnInt(11))};
    row.recoveryWrappedMaster = stmt.columnBlob(12);
    row.boxPublicKey = stmt.columnBlob(13);
    row.wrappedBoxSecret = stmt.columnBlob(14);
    row.wrappedCoupleKey = stmt.columnBlob(15);
    row.rowMac = stmt.columnBlob(16);
    row.signPublicKey = stmt.columnBlob(17);
    row.wrappedSignSecret = stmt.columnBlob(18);
    const bool signOk = (row.signPublicKey.empty() && row.wrappedSignSecret.empty()) ||
                        (row.signPublicKey.size() == 32 && row.wrappedSignSecret.size() == kWrappedKeyBytes);

    const bool shapeOk = isValidPartnerId(row.id) && (row.slot == 1 || row.slot == 2) && !row.name.empty() &&
                         row.name.size() <= kMaxNameBytes && row.colour.size() <= 32 &&
                         row.passwordSalt.size() == kSaltBytes && row.recoverySalt.size() == kSaltBytes &&
                         row.passwordWrappedMaster.size() == kWrappedKeyBytes &&
                         row.recoveryWrappedMaster.size() == kWrappedKeyBytes &&
                         row.wrappedBoxSecret.size() == kWrappedKeyBytes &&
                         row.wrappedCoupleKey.size() == kWrappedKeyBytes && row.boxPublicKey.size() == 32 &&
                         row.rowMac.size() == 32 && stmt.columnInt(6) > 0 && stmt.columnInt(7) > 0 &&
                         stmt.columnInt(10) > 0 && stmt.columnInt(11) > 0 && signOk;
    if (!shapeOk) {
        return std::unexpected(damaged("keyring row is malformed"));
    }
    return row;
}

Result<std::vector<KeyringRow>> Keyring::rows()
{
    auto stmt = m_db.prepare("SELECT " + std::string(kColumns) + " FROM partners ORDER BY slot;");
    if (!stmt) {
        return std::unexpected(asKeyringError(stmt.error()));
    }
    std::vector<KeyringRow> result;
    auto read = forEachRow(*stmt, [&](const Statement& s) -> Status {
        auto row = readRow(s);
        if (!row) {
            return propagate(row);
        }
        result.push_back(std::move(*row));
        return {};
    });
    if (!read) {
        // A malformed row is DamagedKeyring already, which this leaves as it is.
        return std::unexpected(asKeyringError(read.error()));
    }
    if (result.size() > 2) {
        return std::unexpected(damaged("keyring holds more than two partners"));
    }
    return result;
}

Result<std::optional<KeyringRow>> Keyring::row(std::string_view partnerId)
{
    auto all = rows();
    if (!all) {
        return propagate(all);
    }
    for (auto& r : *all) {
        if (r.id == partnerId) {
            return std::optional<KeyringRow>(std::move(r));
        }
    }
    return std::optional<KeyringRow>();
}

Status Keyring::insert(const KeyringRow& row)
{
    auto stmt = m_db.prepare("INSERT INTO partners (" + std::string(kColumns) +
                             ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, row.id)
        .bind(2, row.slot)
        .bind(3, row.name)
        .bind(4, row.colour)
        .bind(5, row.createdMs)
        .bind(6, row.passwordSalt)
        .bind(7, static_cast<std::int64_t>(row.passwordKdf.opsLimit))
        .bind(8, static_cast<std::int64_t>(row.passwordKdf.memLimit))
        .bind(9, row.passwordWrappedMaster)
        .bind(10, row.recoverySalt)
        .bind(11, static_cast<std::int64_t>(row.recoveryKdf.opsLimit))
        .bind(12, static_cast<std::int64_t>(row.recoveryKdf.memLimit))
        .bind(13, row.recoveryWrappedMaster)
        .bind(14, row.boxPublicKey)
        .bind(15, row.wrappedBoxSecret)
        .bind(16, row.wrappedCoupleKey)
        .bind(17, row.rowMac)
        .bind(18, row.signPublicKey)
        .bind(19, row.wrappedSignSecret);
    return stmt->run();
}

Status Keyring::update(const KeyringRow& row)
{
    auto stmt =
        m_db.prepare("UPDATE partners SET name = ?, colour = ?, pw_salt = ?, pw_ops = ?, pw_mem = ?, "
                     "pw_wrapped_master = ?, rc_salt = ?, rc_ops = ?, rc_mem = ?, rc_wrapped_master = ?, "
                     "row_mac = ?, sign_public = ?, sign_secret_wrapped = ?, box_public = ?, "
                     "box_secret_wrapped = ?, couple_key_wrapped = ? WHERE id = ?;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, row.name)
        .bind(2, row.colour)
        .bind(3, row.passwordSalt)
        .bind(4, static_cast<std::int64_t>(row.passwordKdf.opsLimit))
        .bind(5, static_cast<std::int64_t>(row.passwordKdf.memLimit))
        .bind(6, row.passwordWrappedMaster)
        .bind(7, row.recoverySalt)
        .bind(8, static_cast<std::int64_t>(row.recoveryKdf.opsLimit))
        .bind(9, static_cast<std::int64_t>(row.recoveryKdf.memLimit))
        .bind(10, row.recoveryWrappedMaster)
        .bind(11, row.rowMac)
        .bind(12, row.signPublicKey)
        .bind(13, row.wrappedSignSecret)
        .bind(14, row.boxPublicKey)
        .bind(15, row.wrappedBoxSecret)
        .bind(16, row.wrappedCoupleKey)
        .bind(17, row.id);
    if (auto st = stmt->run(); !st) {
        return st;
    }
    if (m_db.changes() != 1) {
        return fail(ErrorCode::DamagedKeyring, "keyring row vanished during update");
    }
    return {};
}

Status Keyring::remove(std::string_view partnerId)
{
    auto tx = m_db.transaction();
    if (!tx) {
        return propagate(tx);
    }
    auto erase = m_db.prepare("DELETE FROM partners WHERE id = ?;");
    if (!erase) {
        return propagate(erase);
    }
    erase->bind(1, partnerId);
    if (auto st = erase->run(); !st) {
        return st;
    }
    if (m_db.changes() != 1) {
        return fail(ErrorCode::NotFound, "no keyring row for this partner");
    }
    // Tables other parts of core add when first needed (freshness, leaving): only where they exist.
    for (std::string_view table : {"failed_unlocks", "freshness", "leaving"}) {
        auto exists = m_db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?;");
        if (!exists) {
            return propagate(exists);
        }
        exists->bind(1, table);
        auto found = exists->step();
        if (!found) {
            return propagate(found);
        }
        if (!*found) {
            continue;
        }
        auto stmt = m_db.prepare("DELETE FROM " + std::string(table) + " WHERE partner_id = ?;");
        if (!stmt) {
            return propagate(stmt);
        }
        stmt->bind(1, partnerId);
        if (auto st = stmt->run(); !st) {
            return st;
        }
    }
    return tx->commit();
}

Status Keyring::recordFailedUnlock(std::string_view partnerId, std::int64_t atMs)
{
    auto stmt = m_db.prepare("INSERT INTO failed_unlocks (partner_id, at_ms) VALUES (?, ?);");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, partnerId).bind(2, atMs);
    return stmt->run();
}

Result<std::vector<std::int64_t>> Keyring::takeFailedUnlocks(std::string_view partnerId)
{
    auto tx = m_db.transaction();
    if (!tx) {
        return propagate(tx);
    }
    auto select = m_db.prepare("SELECT at_ms FROM failed_unlocks WHERE partner_id = ? ORDER BY at_ms;");
    if (!select) {
        return propagate(select);
    }
    select->bind(1, partnerId);
    std::vector<std::int64_t> attempts;
    auto read = forEachRow(*select, [&](const Statement& s) { attempts.push_back(s.columnInt(0)); });
    if (!read) {
        return propagate(read);
    }
    auto erase = m_db.prepare("DELETE FROM failed_unlocks WHERE partner_id = ?;");
    if (!erase) {
        return propagate(erase);
    }
    erase->bind(1, partnerId);
    // A full disk must not lock a partner out of what is saved: the attempts are still
    // shown, and cleared at a later unlock (the transaction rolls back).
    auto diskFull = [](const Error& e) {
        return e.code == ErrorCode::DiskFull;
    };
    if (auto st = erase->run(); !st) {
        if (diskFull(st.error())) {
            return attempts;
        }
        return propagate(st);
    }
    if (auto st = tx->commit(); !st) {
        if (diskFull(st.error())) {
            return attempts;
        }
        return propagate(st);
    }
    return attempts;
}

Bytes Keyring::associatedData(std::string_view partnerId, std::string_view slotName) const
{
    Bytes ad;
    appendLengthPrefixed(ad, asBytes("twofold-keyring-v1"));
    appendLengthPrefixed(ad, m_vaultId);
    appendLengthPrefixed(ad, asBytes(partnerId));
    appendLengthPrefixed(ad, asBytes(slotName));
    return ad;
}

Bytes Keyring::macInput(const KeyringRow& row) const
{
    const bool v2 = !row.signPublicKey.empty() || !row.wrappedSignSecret.empty();
    Bytes in;
    appendLengthPrefixed(in, asBytes(v2 ? "twofold-keyring-row-v2" : "twofold-keyring-row-v1"));
    appendLengthPrefixed(in, m_vaultId);
    appendLengthPrefixed(in, asBytes(row.id));
    appendNumber(in, static_cast<std::uint64_t>(row.slot));
    appendLengthPrefixed(in, asBytes(row.name));
    appendLengthPrefixed(in, asBytes(row.colour));
    appendNumber(in, static_cast<std::uint64_t>(row.createdMs));
    appendLengthPrefixed(in, row.passwordSalt);
    appendNumber(in, row.passwordKdf.opsLimit);
    appendNumber(in, row.passwordKdf.memLimit);
    appendLengthPrefixed(in, row.passwordWrappedMaster);
    appendLengthPrefixed(in, row.recoverySalt);
    appendNumber(in, row.recoveryKdf.opsLimit);
    appendNumber(in, row.recoveryKdf.memLimit);
    appendLengthPrefixed(in, row.recoveryWrappedMaster);
    appendLengthPrefixed(in, row.boxPublicKey);
    appendLengthPrefixed(in, row.wrappedBoxSecret);
    appendLengthPrefixed(in, row.wrappedCoupleKey);
    if (v2) {
        appendLengthPrefixed(in, row.signPublicKey);
        appendLengthPrefixed(in, row.wrappedSignSecret);
    }
    return in;
}

Bytes Keyring::computeMac(const KeyringRow& row, const SecretBuffer& master) const
{
    static constexpr char kRowMacContext[9] = "rowmac__";
    const SecretBuffer macKey = deriveSubkey(master, 1, kRowMacContext);
    const Bytes input = macInput(row);
    Bytes mac(32);
    crypto_generichash(mac.data(), mac.size(), input.data(), input.size(), macKey.data(), macKey.size());
    return mac;
}

bool Keyring::macIsValid(const KeyringRow& row, const SecretBuffer& master) const
{
    const Bytes expected = computeMac(row, master);
    return row.rowMac.size() == expected.size() &&
           sodium_memcmp(row.rowMac.data(), expected.data(), expected.size()) == 0;
}

} // namespace twofold
