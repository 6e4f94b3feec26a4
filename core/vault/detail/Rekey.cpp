// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "vault/detail/Rekey.h"

#include "common/AtomicFile.h"
#include "common/CrashPoint.h"
#include "common/FileModes.h"
#include "common/Propagate.h"
#include "couple/detail/EnvelopeCrypto.h"
#include "couple/detail/EnvelopeStore.h"
#include "couple/detail/KeyRotation.h"
#include "couple/detail/MyItemStore.h"
#include "crypto/Kdf.h"
#include "journal/detail/JournalAccess.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "vault/detail/VaultState.h"

#include <cerrno>
#include <fcntl.h>
#include <optional>
#include <system_error>
#include <unistd.h>
#include <utility>
#include <vector>

#include <sodium.h>

namespace twofold::detail {

namespace {

constexpr std::string_view kSchemaName = "rekeyed"; // the ATTACHed copy, during phase A

Error ioError(const std::error_code& ec, std::string_view what)
{
    return Error{ec == std::errc::no_space_on_device ? ErrorCode::DiskFull : ErrorCode::IoError,
                 std::string(what)};
}

std::filesystem::path withSuffix(const std::filesystem::path& path, std::string_view suffix)
{
    return std::filesystem::path(path.string() + std::string(suffix));
}

Status removeIfPresent(const std::filesystem::path& path)
{
    std::error_code ec;
    std::filesystem::remove(path, ec);
    if (ec && ec != std::errc::no_such_file_or_directory) {
        return std::unexpected(ioError(ec, "cannot remove a file of an unfinished re-key"));
    }
    return {};
}

// A database file and the files SQLite keeps beside it.
Status removeDatabaseFiles(const std::filesystem::path& path)
{
    for (const std::string_view suffix : {"", "-wal", "-shm", "-journal"}) {
        if (auto st = removeIfPresent(withSuffix(path, suffix)); !st) {
            return st;
        }
    }
    return {};
}

Status syncFile(const std::filesystem::path& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return std::unexpected(ioErrorFromErrno(errno, "open the re-keyed journal"));
    }
    const int rc = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (rc != 0) {
        return std::unexpected(ioErrorFromErrno(error, "fsync the re-keyed journal"));
    }
    return {};
}

// x'<64 hex digits>': SQLCipher's raw key form, in secure memory.
SecretBuffer rawKeySpec(const SecretBuffer& key)
{
    SecretBuffer spec(2 * key.size() + 3 + 1);
    spec.data()[0] = 'x';
    spec.data()[1] = '\'';
    sodium_bin2hex(reinterpret_cast<char*>(spec.data() + 2), 2 * key.size() + 1, key.data(), key.size());
    spec.data()[2 + 2 * key.size()] = '\'';
    return spec;
}

// Copies the open journal into `target`, encrypted with `key`, with SQLCipher's own
// sqlcipher_export (schema, rows, FTS5 index, triggers; not user_version, set after).
Status exportJournal(Database& source, const std::filesystem::path& target, const SecretBuffer& key)
{
    auto version = source.userVersion();
    if (!version) {
        return propagate(version);
    }
    // Created here with the vault's file mode (0600, or 0660 in a shared vault) so that
    // SQLite opens it, never creates it wider.
    const int fd =
        ::open(target.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, vaultFileMode(target.parent_path()));
    if (fd < 0) {
        return std::unexpected(ioErrorFromErrno(errno, "create the re-keyed journal"));
    }
    ::close(fd);
    {
        auto attach = source.prepare("ATTACH DATABASE ? AS " + std::string(kSchemaName) + " KEY ?;");
        if (!attach) {
            return propagate(attach);
        }
        const SecretBuffer spec = rawKeySpec(key);
        attach->bind(1, target.string()).bind(2, spec.view().substr(0, spec.size() - 1));
        if (auto st = attach->run(); !st) {
            return st;
        }
    }
    auto copied = [&]() -> Status {
        auto exportRows = source.prepare("SELECT sqlcipher_export('" + std::string(kSchemaName) + "');");
        if (!exportRows) {
            return propagate(exportRows);
        }
        if (auto st = exportRows->step(); !st) {
            return propagate(st);
        }
        return source.exec("PRAGMA " + std::string(kSchemaName) +
                           ".user_version = " + std::to_string(*version) + ";");
    }();
    auto detached = source.exec("DETACH DATABASE " + std::string(kSchemaName) + ";");
    if (!copied) {
        return copied;
    }
    return detached;
}

struct Resealed
{
    Bytes authorSeal;
    Bytes signature;
};

// My item, sealed to my new public key and signed with my new key (what it says is unchanged).
std::optional<Resealed> resealed(EnvelopeRow envelope, const BoxKeyPair& oldBox, const SessionKeys& fresh)
{
    auto itemKey = openSealed(envelope.authorSeal, oldBox);
    if (!itemKey) {
        return std::nullopt; // damaged already: left as it is, and shown as damaged
    }
    envelope.authorSeal = sealToPublicKey(*itemKey, fresh.box.publicKey);
    envelope.signature = fresh.sign.sign(signedMessage(envelope));
    return Resealed{std::move(envelope.authorSeal), std::move(envelope.signature)};
}

// In the re-keyed copy (phase A): my items and offers under my new keys, and my old
// secret keys for phase C. One transaction.
Status resealJournal(Database& db, std::string_view partnerId, const SessionKeys& old,
                     const SessionKeys& fresh, std::int64_t nowMs)
{
    auto tx = db.transaction();
    if (!tx) {
        return propagate(tx);
    }
    MyItemStore mine(db, std::string(partnerId));
    auto items = mine.items();
    if (!items) {
        return propagate(items);
    }
    for (MyItem item : *items) {
        if (auto r = resealed(item.envelope, old.box, fresh)) {
            item.envelope.authorSeal = std::move(r->authorSeal);
            item.envelope.signature = std::move(r->signature);
            if (auto st = mine.put(item); !st) {
                return st;
            }
        }
    }
    auto offers = mine.offers();
    if (!offers) {
        return propagate(offers);
    }
    for (MyItem offer : *offers) {
        if (auto r = resealed(offer.envelope, old.box, fresh)) {
            offer.envelope.authorSeal = std::move(r->authorSeal);
            offer.envelope.signature = std::move(r->signature);
            if (auto st = mine.addOffer(offer.envelope, offer.grantSeal); !st) {
                return st;
            }
        }
    }
    auto pending = db.prepare("INSERT OR REPLACE INTO rekey_pending (id, old_box_secret, old_sign_seed, "
                              "started_at) VALUES (1, ?, ?, ?);");
    if (!pending) {
        return propagate(pending);
    }
    pending->bind(1, ByteView(old.box.secretKey.span()))
        .bind(2, ByteView(old.sign.seed.span()))
        .bind(3, nowMs);
    if (auto st = pending->run(); !st) {
        return st;
    }
    return tx->commit();
}
} // namespace

std::filesystem::path rekeyedJournalPath(const VaultState& vault, std::string_view partnerId)
{
    return withSuffix(vault.journalPath(partnerId), ".rekey");
}

Status writeRekeyedJournal(const VaultState& vault, std::string_view partnerId, SessionKeys& old,
                           const SessionKeys& fresh, std::int64_t nowMs)
{
    const auto target = rekeyedJournalPath(vault, partnerId);
    if (auto st = removeDatabaseFiles(target); !st) {
        return st;
    }
    const SecretBuffer journalKey = deriveSubkey(fresh.master, 1, kJournalKeyContext);
    if (auto st = exportJournal(detail::JournalAccess::database(*old.journal), target, journalKey); !st) {
        return st;
    }
    crashPoint("rekey-journal-copied");
    {
        auto db = Database::openEncrypted(target, journalKey, OpenMode::Existing);
        if (!db) {
            return propagate(db);
        }
        if (auto st = resealJournal(*db, partnerId, old, fresh, nowMs); !st) {
            return st;
        }
        crashPoint("rekey-journal-resealed");
        if (auto st = db->close(); !st) {
            return st;
        }
    }
    if (auto st = syncFile(target); !st) {
        return st;
    }
    if (auto st = syncDirectory(vault.dir); !st) {
        return st;
    }
    // The rotation, signed by my old key, before the commit point: from then on my partner's
    // unlock finds keyring.db naming my new keys and must see that I made them.
    return recordKeyRotation(old.couple, partnerId, Pin{old.box.publicKey, old.sign.publicKey},
                             Pin{fresh.box.publicKey, fresh.sign.publicKey}, old.sign, nowMs);
}

Status installRekeyedJournal(const VaultState& vault, std::string_view partnerId)
{
    const auto journal = vault.journalPath(partnerId);
    const auto rekeyed = rekeyedJournalPath(vault, partnerId);
    // The old journal's WAL must not be read as the new file's.
    for (const std::string_view suffix : {"-wal", "-shm", "-journal"}) {
        if (auto st = removeIfPresent(withSuffix(journal, suffix)); !st) {
            return st;
        }
    }
    crashPoint("rekey-old-wal-removed");
    std::error_code ec;
    std::filesystem::rename(rekeyed, journal, ec);
    if (ec) {
        return std::unexpected(ioError(ec, "cannot move the re-keyed journal into place"));
    }
    if (auto st = syncDirectory(vault.dir); !st) {
        return st;
    }
    for (const std::string_view suffix : {"-wal", "-shm", "-journal"}) {
        (void)removeIfPresent(withSuffix(rekeyed, suffix));
    }
    return {};
}

Status settleRekeyedJournal(const VaultState& vault, std::string_view partnerId,
                            const SecretBuffer& journalKey)
{
    const auto journal = vault.journalPath(partnerId);
    const auto rekeyed = rekeyedJournalPath(vault, partnerId);
    std::error_code ec;
    if (!std::filesystem::exists(rekeyed, ec)) {
        return {};
    }
    {
        auto current = Database::openEncrypted(journal, journalKey, OpenMode::Existing);
        if (current) {
            // The keyring still holds the keys of the journal in place: that re-key never
            // reached its commit point. Its copy goes (it opens with no key anyone has).
            (void)current->close();
            if (auto st = removeDatabaseFiles(rekeyed); !st) {
                return st;
            }
            return syncDirectory(vault.dir);
        }
        if (current.error().code != ErrorCode::WrongKey && current.error().code != ErrorCode::NotFound) {
            return propagate(current);
        }
    }
    {
        auto copy = Database::openEncrypted(rekeyed, journalKey, OpenMode::Existing);
        if (!copy) {
            return propagate(copy); // neither opens: damage, and nothing is touched
        }
        if (auto st = copy->close(); !st) {
            return st;
        }
    }
    return installRekeyedJournal(vault, partnerId);
}

} // namespace twofold::detail
