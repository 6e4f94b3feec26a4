// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "backup/Backup.h"
#include "backup/detail/BackupFormat.h"
#include "backup/detail/RestoreFolder.h"
#include "backup/detail/RestoreJournal.h"
#include "common/FileLock.h"
#include "common/Propagate.h"
#include "vault/Keyring.h"
#include "vault/SharedVault.h"
#include "vault/detail/ConsentAccess.h"

#include <cerrno>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace twofold {

namespace {

using detail::checkBackup;
using detail::consentOf;
using detail::InputFile;
using detail::installFolder;
using detail::restoreMyJournal;
using detail::siblingTempDir;
using detail::writeBackupFiles;

bool isEmptyDirectory(const std::filesystem::path& dir)
{
    std::error_code ec;
    return std::filesystem::is_directory(dir, ec) && std::filesystem::is_empty(dir, ec);
}

// Holds the folder of an existing vault exclusively while we replace it: the lock is on the
// folder itself, so deleting a lock file cannot let a restore in under a running writer.
class ExclusiveVaultLock
{
public:
    Status take(const std::filesystem::path& dir)
    {
        auto lock = FolderLock::take(dir, FolderLock::Kind::Exclusive);
        if (!lock) {
            return propagate(lock);
        }
        m_lock = std::move(*lock);
        return {};
    }

private:
    FolderLock m_lock;
};

// Creates the folders above `dir` that do not exist yet (mode 0700, outermost first)
// and remembers them, so that a failed restore can remove them again.
class CreatedParents
{
public:
    CreatedParents() = default;
    CreatedParents(const CreatedParents&) = delete;
    CreatedParents& operator=(const CreatedParents&) = delete;
    ~CreatedParents()
    {
        if (!m_keep) {
            for (const auto& folder : m_made) {
                ::rmdir(folder.c_str()); // innermost first; only ever an empty folder
            }
        }
    }
    Status create(const std::filesystem::path& dir)
    {
        std::error_code ec;
        std::vector<std::filesystem::path> missing;
        std::filesystem::path parent = std::filesystem::absolute(dir, ec).parent_path();
        while (!parent.empty() && !std::filesystem::exists(std::filesystem::symlink_status(parent, ec))) {
            missing.push_back(parent);
            if (parent == parent.parent_path()) {
                break;
            }
            parent = parent.parent_path();
        }
        for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
            if (::mkdir(it->c_str(), 0700) != 0) {
                if (errno == EEXIST) {
                    continue; // made by someone else meanwhile
                }
                return std::unexpected(ioErrorFromErrno(errno, "make the vault's parent folder"));
            }
            m_made.insert(m_made.begin(), *it);
        }
        return {};
    }
    void keep() noexcept { m_keep = true; }

private:
    std::vector<std::filesystem::path> m_made; // innermost first
    bool m_keep = false;
};

// Every partner whose data the request replaces consented, with the keys of the keyring
// being replaced (docs/BACKUP.md, "Who must agree"): the same vault, the same row, and its
// MAC verifies under the master key their password or recovery code unwrapped.
Status checkConsents(Keyring& keyring, const RestoreRequest& request)
{
    auto rows = keyring.rows();
    if (!rows) {
        return propagate(rows);
    }
    bool found = request.scope == RestoreScope::Everything;
    for (const KeyringRow& row : *rows) {
        if (request.scope == RestoreScope::MyJournal && row.id != request.partnerId) {
            continue;
        }
        found = true;
        const PartnerConsent* consent = consentOf(request, row.id);
        // The very row it was given for: a password changed since, or one checked against an
        // older keyring.db (a backup's, which knows an old password), is not consent now.
        if (consent == nullptr || detail::ConsentAccess::vaultId(*consent) != keyring.vaultId() ||
            detail::ConsentAccess::rowMac(*consent) != row.rowMac ||
            !keyring.macIsValid(row, detail::ConsentAccess::master(*consent))) {
            return fail(ErrorCode::PasswordRequired,
                        "a replaced partner has not given their current password");
        }
    }
    if (!found) {
        return fail(ErrorCode::UnknownPartner, "no partner with that id in the vault");
    }
    return {};
}

} // namespace

Result<BackupManifest> restoreBackup(const std::filesystem::path& backup,
                                     const std::filesystem::path& vaultDir)
{
    return restoreBackup(RestoreRequest{.backup = backup, .vaultDir = vaultDir});
}

Result<BackupManifest> restoreBackup(const RestoreRequest& request)
{
    // "vault/" names the same folder as "vault"; its parent is what matters below.
    const std::filesystem::path vaultDir =
        request.vaultDir.has_filename() ? request.vaultDir : request.vaultDir.parent_path();
    if (isInsideVault(request.backup, vaultDir)) {
        return fail(ErrorCode::InsideVault, "the backup file is inside the vault folder");
    }
    const InputFile file(request.backup);
    auto layout = checkBackup(file);
    if (!layout) {
        return propagate(layout);
    }
    std::error_code ec;
    const bool targetExists = std::filesystem::exists(vaultDir, ec);
    const bool replacing = targetExists && !isEmptyDirectory(vaultDir);
    ExclusiveVaultLock lock;
    // The keyring being replaced, for the consents and the files' vault id.
    std::optional<Keyring> keyring;
    if (!replacing && request.scope == RestoreScope::MyJournal) {
        return fail(ErrorCode::VaultNotFound, "there is no vault whose journal could be replaced");
    }
    if (replacing) {
        if (request.scope == RestoreScope::Everything && request.overwrite == Overwrite::No) {
            return fail(ErrorCode::VaultExists, "the folder is not empty");
        }
        // Only a Twofold vault is ever replaced, never some other folder.
        if (!std::filesystem::exists(vaultDir / "keyring.db", ec)) {
            return fail(ErrorCode::InvalidArgument, "the folder is not empty and holds no vault");
        }
        if (auto st = shared::canReplaceFolder(vaultDir); !st) {
            return propagate(st);
        }
        if (auto st = lock.take(vaultDir); !st) {
            return propagate(st);
        }
        auto opened = Keyring::open(vaultDir / "keyring.db");
        if (!opened) {
            return propagate(opened);
        }
        keyring.emplace(std::move(*opened));
        if (auto st = checkConsents(*keyring, request); !st) {
            return propagate(st);
        }
        if (request.scope == RestoreScope::MyJournal) {
            return restoreMyJournal(file, *layout, vaultDir, *keyring, request);
        }
    }

    // A fresh computer may not have the folders above the vault yet.
    CreatedParents parents;
    if (auto st = parents.create(vaultDir); !st) {
        return propagate(st);
    }
    auto temp = siblingTempDir(vaultDir, "restore");
    if (!temp) {
        return propagate(temp);
    }
    auto st = writeBackupFiles(file, *layout, *temp, [](const std::string&) { return true; });
    if (st) {
        st = syncDirectory(*temp);
    }
    // A vault shared by two accounts stays shared with the same accounts.
    if (st && targetExists) {
        st = shared::copySharing(vaultDir, *temp);
    }
    if (st) {
        st = installFolder(*temp, vaultDir, targetExists);
    }
    if (!st) {
        std::filesystem::remove_all(*temp, ec);
        return propagate(st);
    }
    parents.keep();
    if (keyring && layout->manifest.vaultId == toHex(keyring->vaultId())) {
        // Each partner who agreed chose these files: their records in this account of how new
        // their files were would report them as an older copy put back. The restored vault's
        // own records (its keyring.db and journals, from the backup) now stand.
        for (const PartnerConsent& consent : request.consents) {
            if (const auto& stateFile = detail::ConsentAccess::stateFile(consent); !stateFile.empty()) {
                std::filesystem::remove(stateFile, ec);
            }
        }
    }
    return std::move(layout->manifest);
}

} // namespace twofold
