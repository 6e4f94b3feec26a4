// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "backup/detail/RestoreJournal.h"

#include "backup/detail/RestoreFolder.h"
#include "common/Propagate.h"
#include "couple/detail/EnvelopeStore.h"
#include "couple/detail/MyItemStore.h"
#include "crypto/Kdf.h"
#include "crypto/KeyWrap.h"
#include "journal/Journal.h"
#include "journal/detail/JournalAccess.h"
#include "vault/SharedVault.h"
#include "vault/detail/ConsentAccess.h"
#include "vault/detail/FreshnessRecords.h"
#include "vault/detail/VaultState.h"

#include <algorithm>

namespace twofold::detail {

namespace {

std::string journalFileName(std::string_view partnerId)
{
    return "partner-" + std::string(partnerId) + ".db";
}

// In the new folder, before it is put in place: the backup's journal opens with the partner's
// key of today; it is recorded as seen (so the next unlock does not report it as an older copy
// put back; couple.db's record stays as it was); and every row of theirs in couple.db is
// marked as one their own session is taking back, so the next unlock removes what their
// restored journal does not hold (what they shared after the backup) without calling it a
// change behind their back. Returns the records, for this account's state file.
Result<detail::Generations> prepareRestoredJournal(const std::filesystem::path& dir, Keyring& keyring,
                                                   const KeyringRow& row, const PartnerConsent& consent)
{
    const SecretBuffer& master = detail::ConsentAccess::master(consent);
    const SecretBuffer journalKey = deriveSubkey(master, 1, detail::kJournalKeyContext);
    auto journal =
        Journal::open(dir / journalFileName(row.id), journalKey, OpenMode::Existing, SystemClock::instance());
    if (!journal) {
        return propagate(journal);
    }
    auto generation = detail::journalGeneration(detail::JournalAccess::database(*journal));
    if (!generation) {
        return propagate(generation);
    }
    auto restoredCoupleSeen = detail::coupleSeen(detail::JournalAccess::database(*journal));
    if (!restoredCoupleSeen) {
        return propagate(restoredCoupleSeen);
    }
    const detail::RecordPlace place{keyring.vaultId(), dir / "keyring.db",
                                    detail::ConsentAccess::stateFile(consent)};
    const detail::Generations before = detail::seenOutsideJournal(place, row.id, master);
    const detail::Generations seen{*generation, std::max(before.couple, *restoredCoupleSeen)};
    if (auto st = detail::writeCoupleSeen(detail::JournalAccess::database(*journal), seen.couple); !st) {
        return propagate(st);
    }
    if (auto st = detail::writeKeyringRecord(place, row.id, master, seen); !st) {
        return propagate(st);
    }

    // Best effort: without it the next unlock still removes them, and says so.
    std::error_code ec;
    auto coupleKey = unwrapSecret(row.wrappedCoupleKey, master, keyring.associatedData(row.id, "couple-key"));
    if (coupleKey && std::filesystem::exists(dir / "couple.db", ec)) {
        auto couple = Database::openEncrypted(dir / "couple.db", *coupleKey, OpenMode::Existing);
        if (couple) {
            auto mine = detail::EnvelopeStore(*couple).headersByAuthor(row.id);
            if (mine) {
                detail::MyItemStore store(detail::JournalAccess::database(*journal), row.id);
                for (const auto& envelope : *mine) {
                    if (auto st = store.markUnpublishing(envelope.id); !st) {
                        return propagate(st);
                    }
                }
            }
            (void)couple->close();
        }
    }
    return seen;
}

} // namespace

const PartnerConsent* consentOf(const RestoreRequest& request, std::string_view partnerId)
{
    for (const PartnerConsent& consent : request.consents) {
        if (consent.partnerId() == partnerId) {
            return &consent;
        }
    }
    return nullptr;
}

Result<BackupManifest> restoreMyJournal(const InputFile& file, Layout& layout,
                                        const std::filesystem::path& vaultDir, Keyring& keyring,
                                        const RestoreRequest& request)
{
    const std::string journalName = journalFileName(request.partnerId);
    if (layout.manifest.vaultId != toHex(keyring.vaultId())) {
        return fail(ErrorCode::UnknownPartner, "the backup is of another vault");
    }
    bool hasJournal = false;
    for (const BackupEntry& entry : layout.manifest.files) {
        hasJournal = hasJournal || entry.name == journalName;
        if (entry.name.starts_with(journalName + ".rekey")) {
            return fail(ErrorCode::InvalidArgument, "the backup was taken in the middle of a re-key");
        }
    }
    if (!hasJournal) {
        return fail(ErrorCode::UnknownPartner, "the backup holds no journal of this partner");
    }
    auto row = keyring.row(request.partnerId);
    if (!row) {
        return propagate(row);
    }
    if (!*row) {
        return fail(ErrorCode::UnknownPartner, "no partner with that id in the vault");
    }
    const PartnerConsent& consent = *consentOf(request, request.partnerId); // checked by checkConsents

    auto temp = siblingTempDir(vaultDir, "restore");
    if (!temp) {
        return propagate(temp);
    }
    std::error_code ec;
    const auto failed = [&](Error error) -> Result<BackupManifest> {
        std::filesystem::remove_all(*temp, ec);
        return std::unexpected(std::move(error));
    };
    // Everything of the vault but this partner's journal (and its re-key leftovers), as it is.
    for (const auto& item : std::filesystem::directory_iterator(vaultDir, ec)) {
        const std::string name = item.path().filename().string();
        // Lock files belong to the processes holding them, not to the vault's contents.
        if (name.ends_with(".lock") || name.ends_with("-shm") || name.starts_with(journalName)) {
            continue;
        }
        if (!item.is_regular_file(ec)) {
            return failed(
                Error{ErrorCode::InvalidArgument, "the vault folder holds something other than files"});
        }
        if (auto st = copyVaultFile(item.path(), *temp / name); !st) {
            return failed(st.error());
        }
    }
    if (ec) {
        return failed(ioErrorFromErrno(ec.value(), "list the vault folder"));
    }
    if (auto st = writeBackupFiles(
            file, layout, *temp,
            [&](const std::string& name) { return name == journalName || name == journalName + "-wal"; });
        !st) {
        return failed(st.error());
    }
    auto seen = prepareRestoredJournal(*temp, keyring, **row, consent);
    if (!seen) {
        return failed(seen.error());
    }
    if (auto st = shared::copySharing(vaultDir, *temp); !st) {
        return failed(st.error());
    }
    if (auto st = syncDirectory(*temp); !st) {
        return failed(st.error());
    }
    if (auto st = installFolder(*temp, vaultDir, true); !st) {
        return failed(st.error());
    }
    // This account's record, only now: a refused or failed restore changes no file. If it
    // cannot be written, the next unlock reports the journal as older, and "Continue" fixes it.
    const detail::RecordPlace place{keyring.vaultId(), vaultDir / "keyring.db",
                                    detail::ConsentAccess::stateFile(consent)};
    (void)detail::writeStateFile(place, request.partnerId, detail::ConsentAccess::master(consent), *seen);
    return std::move(layout.manifest);
}

} // namespace twofold::detail
