// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "vault/detail/FreshnessRecords.h"

#include "common/AtomicFile.h"
#include "common/Propagate.h"
#include "crypto/Kdf.h"
#include "journal/detail/JournalAccess.h"
#include "storage/Statement.h"
#include "vault/detail/VaultState.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <sys/stat.h>

#include <sodium.h>

namespace twofold::detail {

namespace {

// A subkey of the master key of its own, distinct from the row MAC's ("rowmac__").
constexpr char kFreshnessMacContext[9] = "freshmac";
constexpr std::string_view kStateMagic = "twofold-freshness 1";
constexpr std::size_t kMacBytes = 32;
constexpr std::size_t kMaxStateFileBytes = 4096;

constexpr std::string_view kKeyringTable = R"sql(
CREATE TABLE IF NOT EXISTS freshness (
    partner_id          TEXT PRIMARY KEY,
    journal_generation  INTEGER NOT NULL,
    couple_generation   INTEGER NOT NULL,
    mac                 BLOB NOT NULL
) WITHOUT ROWID;
)sql";

void appendNumber(Bytes& out, std::int64_t value)
{
    std::uint8_t bytes[8];
    for (int i = 0; i < 8; ++i) {
        bytes[i] = static_cast<std::uint8_t>(static_cast<std::uint64_t>(value) >> (8 * i));
    }
    appendLengthPrefixed(out, ByteView(bytes, 8));
}

// BLAKE2b-256 over (vault id, partner id, both numbers), keyed with a subkey of the
// master key: only this partner can make a record the check accepts.
Bytes recordMac(ByteView vaultId, std::string_view partnerId, const SecretBuffer& master, Generations seen)
{
    Bytes in;
    appendLengthPrefixed(in, asBytes("twofold-freshness-v1"));
    appendLengthPrefixed(in, vaultId);
    appendLengthPrefixed(in, asBytes(partnerId));
    appendNumber(in, seen.journal);
    appendNumber(in, seen.couple);
    const SecretBuffer key = deriveSubkey(master, 1, kFreshnessMacContext);
    Bytes mac(kMacBytes);
    crypto_generichash(mac.data(), mac.size(), in.data(), in.size(), key.data(), key.size());
    return mac;
}

bool macMatches(const Bytes& stored, const Bytes& expected)
{
    return stored.size() == expected.size() &&
           sodium_memcmp(stored.data(), expected.data(), expected.size()) == 0;
}

Result<std::int64_t> readOneValue(Database& db, std::string_view sql)
{
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return propagate(stmt);
    }
    auto row = stmt->step();
    if (!row) {
        return propagate(row);
    }
    return *row ? stmt->columnInt(0) : 0;
}

Result<Database> openKeyringRecords(const std::filesystem::path& keyring)
{
    // A connection of our own: keyring.db's `partners` table and its MAC belong to Keyring.
    auto db = Database::openPlain(keyring, OpenMode::Existing);
    if (!db) {
        return propagate(db);
    }
    if (auto st = db->exec(kKeyringTable); !st) {
        return propagate(st);
    }
    return std::move(*db);
}

std::optional<Generations> readKeyringRecord(const RecordPlace& place, std::string_view partnerId,
                                             const SecretBuffer& master)
{
    auto db = openKeyringRecords(place.keyring);
    if (!db) {
        return std::nullopt;
    }
    auto stmt =
        db->prepare("SELECT journal_generation, couple_generation, mac FROM freshness WHERE partner_id = ?;");
    if (!stmt) {
        return std::nullopt;
    }
    stmt->bind(1, partnerId);
    auto row = stmt->step();
    if (!row || !*row) {
        return std::nullopt;
    }
    const Generations seen{stmt->columnInt(0), stmt->columnInt(1)};
    if (!macMatches(stmt->columnBlob(2), recordMac(place.vaultId, partnerId, master, seen))) {
        return std::nullopt; // forged or moved: not this partner's word
    }
    return seen;
}

} // namespace

Status writeKeyringRecord(const RecordPlace& place, std::string_view partnerId, const SecretBuffer& master,
                          Generations seen)
{
    auto db = openKeyringRecords(place.keyring);
    if (!db) {
        return propagate(db);
    }
    auto stmt = db->prepare("INSERT OR REPLACE INTO freshness (partner_id, journal_generation, "
                            "couple_generation, mac) VALUES (?, ?, ?, ?);");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, partnerId).bind(2, seen.journal).bind(3, seen.couple);
    stmt->bind(4, recordMac(place.vaultId, partnerId, master, seen));
    return stmt->run();
}

namespace {

std::optional<std::int64_t> parseNumber(std::string_view text)
{
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 0) {
        return std::nullopt;
    }
    return value;
}

std::string stateFileText(const RecordPlace& place, std::string_view partnerId, const SecretBuffer& master,
                          Generations seen)
{
    std::ostringstream out;
    out << kStateMagic << '\n'
        << "journal " << seen.journal << '\n'
        << "couple " << seen.couple << '\n'
        << "mac " << toHex(recordMac(place.vaultId, partnerId, master, seen)) << '\n';
    return out.str();
}

std::optional<Generations> readStateFile(const RecordPlace& place, std::string_view partnerId,
                                         const SecretBuffer& master)
{
    const std::filesystem::path& path = place.stateFile;
    if (path.empty()) {
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    std::string text(kMaxStateFileBytes + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    std::istringstream lines(text);
    std::string magic, journalWord, coupleWord, macWord, journalText, coupleText, macText;
    if (!std::getline(lines, magic) || magic != kStateMagic ||
        !(lines >> journalWord >> journalText >> coupleWord >> coupleText >> macWord >> macText) ||
        journalWord != "journal" || coupleWord != "couple" || macWord != "mac") {
        return std::nullopt;
    }
    const auto journal = parseNumber(journalText);
    const auto couple = parseNumber(coupleText);
    if (!journal || !couple) {
        return std::nullopt;
    }
    const Generations seen{*journal, *couple};
    // The same MAC as the keyring record: where partners share one OS account, the other
    // partner can delete or replace this file but cannot raise it into a false alarm.
    if (toHex(recordMac(place.vaultId, partnerId, master, seen)) != macText) {
        return std::nullopt;
    }
    return seen;
}

} // namespace

Status writeStateFile(const RecordPlace& place, std::string_view partnerId, const SecretBuffer& master,
                      Generations seen)
{
    const std::filesystem::path& path = place.stateFile;
    if (path.empty()) {
        return {};
    }
    std::error_code ec;
    std::filesystem::create_directories(path.parent_path(), ec);
    if (ec || ::chmod(path.parent_path().c_str(), S_IRWXU) != 0) {
        return fail(ErrorCode::IoError, "cannot make the freshness state folder");
    }
    return writeFileAtomically(path, stateFileText(place, partnerId, master, seen));
}

RecordPlace recordPlace(const VaultState& vault, std::string_view partnerId)
{
    return RecordPlace{vault.keyring.vaultId(), vault.keyringPath(), stateFilePath(vault, partnerId)};
}

Result<std::int64_t> journalGeneration(Database& journal)
{
    return readOneValue(journal, "SELECT value FROM generation WHERE id = 1;");
}

Generations seenOutsideJournal(const RecordPlace& place, std::string_view partnerId,
                               const SecretBuffer& master)
{
    Generations seen;
    for (const auto& record :
         {readKeyringRecord(place, partnerId, master), readStateFile(place, partnerId, master)}) {
        if (record) {
            seen.journal = std::max(seen.journal, record->journal);
            seen.couple = std::max(seen.couple, record->couple);
        }
    }
    return seen;
}

Result<std::int64_t> coupleSeen(Database& journal)
{
    return readOneValue(journal, "SELECT value FROM couple_seen WHERE id = 1;");
}

Status writeCoupleSeen(Database& journal, std::int64_t couple)
{
    auto stmt = journal.prepare("INSERT INTO couple_seen (id, value) VALUES (1, ?) "
                                "ON CONFLICT (id) DO UPDATE SET value = excluded.value;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, couple);
    return stmt->run();
}

std::filesystem::path stateFilePath(const VaultState& vault, std::string_view partnerId)
{
    std::filesystem::path dir = vault.options.stateDirectory;
    if (dir.empty()) {
        if (const char* xdg = std::getenv("XDG_STATE_HOME"); xdg != nullptr && *xdg == '/') {
            dir = std::filesystem::path(xdg) / "twofold";
        } else if (const char* home = std::getenv("HOME"); home != nullptr && *home == '/') {
            dir = std::filesystem::path(home) / ".local" / "state" / "twofold";
        } else {
            return {};
        }
    }
    return dir / (toHex(vault.keyring.vaultId()) + "-" + std::string(partnerId) + ".state");
}

Result<Generations> currentGenerations(SessionKeys& keys)
{
    auto journal = readOneValue(detail::JournalAccess::database(*keys.journal),
                                "SELECT value FROM generation WHERE id = 1;");
    if (!journal) {
        return propagate(journal);
    }
    auto couple = readOneValue(keys.couple, "SELECT value FROM generation WHERE id = 1;");
    return Generations{*journal, couple ? *couple : 0};
}

Result<Generations> highestSeen(const VaultState& vault, std::string_view partnerId, SessionKeys& keys)
{
    Generations seen;
    // The journal is this partner's alone (SQLCipher with their key): its record stands.
    auto inJournal = readOneValue(detail::JournalAccess::database(*keys.journal),
                                  "SELECT value FROM couple_seen WHERE id = 1;");
    if (!inJournal) {
        return propagate(inJournal);
    }
    const Generations outside = seenOutsideJournal(recordPlace(vault, partnerId), partnerId, keys.master);
    seen.journal = outside.journal;
    seen.couple = std::max(*inJournal, outside.couple);
    return seen;
}

Status recordSeen(const VaultState& vault, std::string_view partnerId, SessionKeys& keys, Generations seen)
{
    if (auto st = writeCoupleSeen(detail::JournalAccess::database(*keys.journal), seen.couple); !st) {
        return st;
    }
    const RecordPlace place = recordPlace(vault, partnerId);
    if (auto st = writeKeyringRecord(place, partnerId, keys.master, seen); !st) {
        return st;
    }
    return writeStateFile(place, partnerId, keys.master, seen);
}

Result<Freshness> checkFreshness(const VaultState& vault, std::string_view partnerId, SessionKeys& keys)
{
    auto now = currentGenerations(keys);
    if (!now) {
        return propagate(now);
    }
    auto seen = highestSeen(vault, partnerId, keys);
    if (!seen) {
        return propagate(seen);
    }
    Freshness result;
    result.journalNow = now->journal;
    result.journalSeen = seen->journal;
    result.coupleNow = now->couple;
    result.coupleSeen = seen->couple;
    // Only older is reported: a record behind the file (a crash before lock) is normal.
    result.journalOlder = now->journal < seen->journal;
    result.coupleOlder = now->couple < seen->couple;
    return result;
}

} // namespace twofold::detail
