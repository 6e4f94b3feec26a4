// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// backup, restore, verify: the vault as files, with or without a password.
#include "backup/Backup.h"
#include "backup/VaultCheck.h"
#include "cli/Commands.h"
#include "cli/ExitCodes.h"
#include "cli/Unlock.h"
#include "vault/Vault.h"

#include <ostream>
#include <string>

namespace twofold::cli {

namespace {

std::string sizeText(std::uint64_t bytes)
{
    if (bytes < 10 * 1024) {
        return std::to_string(bytes) + " bytes";
    }
    if (bytes < 10ull * 1024 * 1024) {
        return std::to_string(bytes / 1024) + " KiB";
    }
    return std::to_string(bytes / (1024 * 1024)) + " MiB";
}

// A damaged backup gets its own sentence: the generic one talks about the vault.
int reportBackupError(std::ostream& err, const Error& error, std::string_view whatHappened)
{
    if (error.code == ErrorCode::DamagedDatabase) {
        err << "twofold: This backup is damaged: its checksums do not match. " << whatHappened << '\n';
        return toInt(ExitCode::DamagedData);
    }
    if (error.code == ErrorCode::NotFound) {
        err << "twofold: There is no backup file there.\n";
        return toInt(ExitCode::IoFailure);
    }
    if (error.code == ErrorCode::VaultExists) {
        return reportUsage(err, "that folder is not empty; add --force to replace the vault in it.");
    }
    if (error.code == ErrorCode::InvalidArgument) {
        return reportUsage(err, "that folder is not empty and holds no Twofold vault; nothing was changed.");
    }
    return reportError(err, error);
}

// Restoring over a vault replaces someone's data: the current password (or recovery code)
// of each partner it replaces, checked against the vault as it is now (docs/BACKUP.md, "Who
// must agree"). Returns the exit code when one is missing or wrong; nothing is changed then.
std::optional<int> askConsents(const Invocation& invocation, RestoreRequest& request)
{
    CliIo& io = invocation.io;
    auto vault = Vault::open(invocation.vaultDir, io.vaultOptions);
    if (!vault) {
        return reportOpenError(io.err, vault.error());
    }
    std::vector<PartnerInfo> replaced;
    if (request.scope == RestoreScope::MyJournal) {
        auto partner = vault->findPartner(*invocation.line.partner);
        if (!partner) {
            return reportError(io.err, partner.error());
        }
        replaced.push_back(*partner);
    } else {
        auto partners = vault->partners();
        if (!partners) {
            return reportError(io.err, partners.error());
        }
        replaced = *partners;
    }
    for (const PartnerInfo& partner : replaced) {
        auto secret = io.passwords.read("Current password or recovery code for " + partner.name + ": ",
                                        invocation.line.passwordFd);
        if (!secret) {
            if (secret.error() == PasswordError::NoTerminal) {
                io.err
                    << "twofold: Restoring over this vault replaces "
                    << (request.scope == RestoreScope::MyJournal ? "a partner's journal"
                                                                 : "both partners' journals")
                    << ", so it needs the current password or recovery code of each partner whose journal it "
                       "replaces, and there is no terminal to ask on (pass them with --password-fd N, one a "
                       "line). Nothing was restored.\n";
            } else {
                io.err << "twofold: " << messageFor(secret.error()) << " Nothing was restored.\n";
            }
            return toInt(exitCodeFor(secret.error()));
        }
        auto consent = vault->confirmPartner(partner.id, *secret, Credential::PasswordOrRecoveryCode);
        secret->wipe();
        if (!consent) {
            if (consent.error().code == ErrorCode::WrongPassword) {
                io.err << "twofold: That is not " << partner.name
                       << "'s current password or recovery code. Nothing was restored.\n";
                return toInt(ExitCode::Unauthorized);
            }
            return reportOpenError(io.err, consent.error());
        }
        request.consents.push_back(std::move(*consent));
    }
    return std::nullopt; // the vault lets go of its lock here, for restoreBackup
}

void printReport(std::ostream& out, const VaultCheckReport& report)
{
    for (const CheckedItem& item : report.items) {
        out << (item.ok ? "ok       " : "DAMAGED  ") << item.what << ": " << item.detail << '\n';
    }
}

} // namespace

int runBackup(const Invocation& invocation)
{
    CliIo& io = invocation.io;
    const auto out = invocation.line.value("out");
    if (!out || out->empty()) {
        return reportUsage(io.err, "say where to write the backup with --out FILE.");
    }
    auto manifest = createBackup(invocation.vaultDir, *out, *io.vaultOptions.clock);
    if (!manifest) {
        return reportBackupError(io.err, manifest.error(), "");
    }
    io.out << "Backed up " << manifest->files.size() << " files (" << sizeText(manifest->totalBytes())
           << ", still encrypted) to " << *out << ".\n"
           << "Check it any time with: twofold verify --backup " << *out << '\n';
    return toInt(ExitCode::Ok);
}

int runRestore(const Invocation& invocation)
{
    CliIo& io = invocation.io;
    const std::string& file = invocation.line.arguments.front();
    const bool onlyMine = invocation.line.has("only-my-journal");
    if (onlyMine && (!invocation.line.partner || invocation.line.partner->empty())) {
        return reportUsage(io.err, "--only-my-journal needs --partner NAME: whose journal to restore.");
    }
    if (onlyMine && invocation.line.has("force")) {
        return reportUsage(io.err, "--only-my-journal replaces only that journal; leave out --force.");
    }
    RestoreRequest request{.backup = file,
                           .vaultDir = invocation.vaultDir,
                           .scope = onlyMine ? RestoreScope::MyJournal : RestoreScope::Everything,
                           .overwrite = invocation.line.has("force") ? Overwrite::Yes : Overwrite::No};
    if (onlyMine) {
        request.partnerId = *invocation.line.partner;
    }
    // Onto an empty folder nothing is replaced and no password is asked for.
    if ((onlyMine || request.overwrite == Overwrite::Yes) && Vault::exists(invocation.vaultDir)) {
        // What can be refused without anyone's password is refused first.
        if (isInsideVault(request.backup, invocation.vaultDir)) {
            return reportBackupError(io.err, Error{ErrorCode::InsideVault, {}}, "Nothing was restored.");
        }
        if (auto checked = verifyBackup(request.backup); !checked) {
            return reportBackupError(io.err, checked.error(), "Nothing was restored.");
        }
        if (const auto failed = askConsents(invocation, request)) {
            return *failed;
        }
        if (onlyMine) {
            request.partnerId = request.consents.front().partnerId();
        }
    }
    auto manifest = restoreBackup(request);
    if (!manifest) {
        const Error& error = manifest.error();
        if (onlyMine && error.code == ErrorCode::WrongKey) {
            io.err
                << "twofold: Your journal in this backup is under keys you have replaced since (\"Lock out "
                   "anyone who knew my old password\"). Restore everything instead (--force), or choose a "
                   "newer backup. Nothing was restored.\n";
            return toInt(ExitCode::Usage);
        }
        if (onlyMine && error.code == ErrorCode::UnknownPartner) {
            io.err
                << "twofold: This backup holds no copy of your journal: it is of another vault. Nothing was "
                   "restored.\n";
            return toInt(ExitCode::Usage);
        }
        if (onlyMine && error.code == ErrorCode::VaultNotFound) {
            return reportUsage(io.err, "there is no vault in that folder whose journal could be replaced; "
                                       "restore everything there instead (no --only-my-journal).");
        }
        return reportBackupError(io.err, error, "Nothing was restored.");
    }
    if (onlyMine) {
        io.out << "Restored your journal as it was when the backup was made. The other journal and what you "
                  "share are as they were;\nwhat you shared after the backup was made is taken back the next "
                  "time you unlock. You unlock with your current password.\n";
        return toInt(ExitCode::Ok);
    }
    io.out << "Restored " << manifest->files.size() << " files into " << invocation.vaultDir.string() << ".\n"
           << "Each partner unlocks with the password they had when the backup was made.\n";
    return toInt(ExitCode::Ok);
}

int runVerify(const Invocation& invocation)
{
    CliIo& io = invocation.io;
    if (const auto backup = invocation.line.value("backup")) {
        auto manifest = verifyBackup(*backup);
        if (!manifest) {
            return reportBackupError(io.err, manifest.error(), "Keep your vault and make a new backup.");
        }
        for (const BackupEntry& entry : manifest->files) {
            io.out << "ok       " << entry.name << ": " << sizeText(entry.size) << ", BLAKE2b-256 matches\n";
        }
        io.out << "The backup is whole: the file checksum and all " << manifest->files.size()
               << " file checksums match.\n";
        return toInt(ExitCode::Ok);
    }
    const bool acceptOlder = invocation.line.has("accept-older");
    if (acceptOlder && (!invocation.line.partner || invocation.line.has("backup"))) {
        return reportUsage(io.err,
                           "--accept-older needs --partner NAME (whose files to accept) and no --backup.");
    }
    auto report = checkVaultFiles(invocation.vaultDir);
    if (!report) {
        return reportError(io.err, report.error());
    }
    if (invocation.line.partner && !report->damaged()) {
        auto unlocked =
            unlockPartner(invocation, "Password", acceptOlder ? OlderFiles::Allow : OlderFiles::Refuse);
        if (!unlocked) {
            printReport(io.out, *report);
            return unlocked.error();
        }
        if (acceptOlder) {
            const Freshness found = unlocked->session.freshness();
            if (auto st = unlocked->session.acceptOlderFiles(); !st) {
                printReport(io.out, *report);
                return reportError(io.err, st.error());
            }
            if (found.anyOlder()) {
                io.out
                    << "Accepted: " << olderFilesSentence(found)
                    << " These files are now recorded as seen, and Twofold will not warn about them again.\n";
            } else {
                io.out << "Nothing to accept: your journal and the shared couple file are as new as the last "
                          "time you used them.\n";
            }
        }
        if (auto st = checkUnlockedPartner(unlocked->session, *report); !st) {
            printReport(io.out, *report);
            return reportError(io.err, st.error());
        }
    }
    printReport(io.out, *report);
    const std::size_t total = report->items.size();
    if (report->damaged()) {
        std::size_t bad = 0;
        for (const CheckedItem& item : report->items) {
            bad += item.ok ? 0 : 1;
        }
        io.out << "Damage found in " << bad << " of " << total << " checks.\n";
        io.err << "twofold: Part of this vault is damaged. Restore it from a backup "
                  "(twofold restore FILE --force).\n";
        return toInt(ExitCode::DamagedData);
    }
    io.out << "All " << total << " checks passed"
           << (invocation.line.partner ? "." : " (add --partner NAME to check inside the encrypted files).")
           << '\n';
    return toInt(ExitCode::Ok);
}

} // namespace twofold::cli
