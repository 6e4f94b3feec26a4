// backup, restore, verify: the vault as files, with or without a password.
#include "backup/Backup.h"
#include "backup/VaultCheck.h"
#include "cli/Commands.h"
#include "cli/ExitCodes.h"
#include "cli/Unlock.h"

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
    auto manifest = createBackup(invocation.vaultDir, *out);
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
    const Overwrite overwrite = invocation.line.has("force") ? Overwrite::Yes : Overwrite::No;
    auto manifest = restoreBackup(file, invocation.vaultDir, overwrite);
    if (!manifest) {
        return reportBackupError(io.err, manifest.error(), "Nothing was restored.");
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
