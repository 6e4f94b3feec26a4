// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "backup/VaultCheck.h"

#include "common/ErrorKind.h"
#include "common/Propagate.h"
#include "couple/detail/EnvelopeCrypto.h"
#include "journal/detail/JournalAccess.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "vault/Keyring.h"
#include "vault/Session.h"

#include <algorithm>
#include <fstream>

namespace twofold {

namespace {

constexpr std::string_view kPlainHeader{"SQLite format 3\0", 16};
constexpr std::uintmax_t kMinPageSize = 512;

bool isDamage(ErrorCode code)
{
    return errorKindOf(code) == ErrorKind::DamagedData;
}

std::string readPrefix(const std::filesystem::path& path, std::size_t n)
{
    std::ifstream in(path, std::ios::binary);
    std::string out(n, '\0');
    in.read(out.data(), static_cast<std::streamsize>(n));
    out.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
    return out;
}

// An encrypted database: whole pages, and the first 16 bytes are SQLCipher's random
// salt rather than SQLite's plaintext header.
CheckedItem checkEncryptedFile(const std::filesystem::path& path)
{
    CheckedItem item{path.filename().string(), true, {}};
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        return {item.what, false, "missing"};
    }
    const auto size = std::filesystem::file_size(path, ec);
    if (ec || size < kMinPageSize || size % kMinPageSize != 0) {
        return {item.what, false,
                "not a whole number of database pages (" + std::to_string(size) + " bytes)"};
    }
    if (readPrefix(path, kPlainHeader.size()) == kPlainHeader) {
        return {item.what, false, "a plaintext database where an encrypted one belongs"};
    }
    item.detail = "encrypted database, " + std::to_string(size / 1024) + " KiB";
    return item;
}

// A -wal file starts with the WAL magic 0x377f0682 or 0x377f0683 (the header is not
// encrypted; the frames' pages are).
CheckedItem checkWal(const std::filesystem::path& path)
{
    const std::string head = readPrefix(path, 4);
    const bool ok = head.empty() || (head.size() == 4 && static_cast<unsigned char>(head[0]) == 0x37 &&
                                     static_cast<unsigned char>(head[1]) == 0x7f &&
                                     static_cast<unsigned char>(head[2]) == 0x06 &&
                                     (static_cast<unsigned char>(head[3]) & 0xfe) == 0x82);
    return {path.filename().string(), ok, ok ? "write-ahead log header" : "not a write-ahead log"};
}

} // namespace

bool VaultCheckReport::damaged() const
{
    return std::ranges::any_of(items, [](const CheckedItem& item) { return !item.ok; });
}

Result<VaultCheckReport> checkVaultFiles(const std::filesystem::path& vaultDir)
{
    VaultCheckReport report;
    std::error_code ec;
    const auto keyringPath = vaultDir / "keyring.db";
    if (!std::filesystem::exists(keyringPath, ec)) {
        return fail(ErrorCode::VaultNotFound, "no keyring.db");
    }
    std::vector<KeyringRow> rows;
    {
        auto keyring = Keyring::open(keyringPath);
        if (!keyring) {
            if (!isDamage(keyring.error().code)) {
                return propagate(keyring);
            }
            report.items.push_back({"keyring.db", false, "does not open as a Twofold keyring"});
            return report;
        }
        auto read = keyring->rows();
        if (!read) {
            if (!isDamage(read.error().code)) {
                return propagate(read);
            }
            report.items.push_back({"keyring.db", false, "a partner's row is malformed"});
            return report;
        }
        rows = std::move(*read);
    }
    {
        auto db = Database::openPlain(keyringPath, OpenMode::Existing);
        const bool sound = db && db->checkIntegrity();
        report.items.push_back({"keyring.db", sound,
                                sound ? "integrity_check ok, " + std::to_string(rows.size()) + " partner(s)"
                                      : "integrity_check failed"});
    }
    std::vector<std::filesystem::path> databases;
    for (const KeyringRow& row : rows) {
        databases.push_back(vaultDir / ("partner-" + row.id + ".db"));
    }
    if (!rows.empty() || std::filesystem::exists(vaultDir / "couple.db", ec)) {
        databases.push_back(vaultDir / "couple.db");
    }
    for (const auto& path : databases) {
        report.items.push_back(checkEncryptedFile(path));
        auto wal = path;
        wal += "-wal";
        if (std::filesystem::exists(wal, ec)) {
            report.items.push_back(checkWal(wal));
        }
    }
    return report;
}

Status checkUnlockedPartner(Session& session, VaultCheckReport& report)
{
    if (!session.isUnlocked()) {
        return fail(ErrorCode::NotUnlocked, "session is locked");
    }
    const std::string& me = session.partner().id;
    const std::string journalName = "partner-" + me + ".db";
    {
        auto st = detail::JournalAccess::database(session.journal()).checkIntegrity();
        if (!st && !isDamage(st.error().code)) {
            return st;
        }
        report.items.push_back(
            {journalName, bool(st),
             st ? "cipher_integrity_check and integrity_check ok" : "integrity check failed"});
    }
    Database& couple = session.coupleDatabase();
    {
        auto st = couple.checkIntegrity();
        if (!st && !isDamage(st.error().code)) {
            return st;
        }
        report.items.push_back(
            {"couple.db", bool(st),
             st ? "cipher_integrity_check and integrity_check ok" : "integrity check failed"});
        if (!st) {
            return {};
        }
    }
    // Every envelope this partner may open: their own (author seal) and those granted
    // to them. Each is unsealed and its ciphertext authenticated under its binding.
    auto stmt = couple.prepare(
        "SELECT e.id, e.author_id, e.kind, e.topic, e.ciphertext, e.author_seal, e.format, "
        "e.question_hash FROM envelopes e WHERE e.author_id = ?1 "
        "UNION ALL "
        "SELECT e.id, e.author_id, e.kind, e.topic, e.ciphertext, g.seal, e.format, e.question_hash "
        "FROM grants g JOIN envelopes e ON e.id = g.envelope_id WHERE g.reader_id = ?1");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, me);
    int opened = 0;
    int damaged = 0;
    // A step that fails on damage ends the walk and counts as one damaged envelope.
    auto read = forEachRow(*stmt, [&](const Statement& s) {
        const std::string id = s.columnText(0);
        const std::string author = s.columnText(1);
        const auto kindValue = s.columnInt(2);
        const std::string topic = s.columnText(3);
        const Bytes ciphertext = s.columnBlob(4);
        const Bytes seal = s.columnBlob(5);
        const Bytes questionHash = s.columnBlob(7);
        const detail::EnvelopeBinding binding{id,
                                              author,
                                              static_cast<EnvelopeKind>(kindValue),
                                              topic,
                                              static_cast<int>(s.columnInt(6)),
                                              questionHash};
        auto itemKey = session.openSealed(seal);
        if (itemKey && detail::decrypt(ciphertext, *itemKey, binding)) {
            ++opened;
        } else {
            ++damaged;
        }
    });
    if (!read) {
        if (!isDamage(read.error().code)) {
            return propagate(read);
        }
        ++damaged;
    }
    report.items.push_back({"envelopes readable by " + session.partner().name, damaged == 0,
                            std::to_string(opened) + " opened" +
                                (damaged > 0 ? ", " + std::to_string(damaged) + " damaged" : std::string())});
    return {};
}

} // namespace twofold
