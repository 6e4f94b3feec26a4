// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// twofold: with a subcommand (or --help, --version) runs the command line without
// any display; otherwise opens the window.
#include "cli/Cli.h"
#include "cli/CommandLine.h"
#include "common/ProcessHardening.h"
#include "vault/SharedVault.h"
#include "vault/Vault.h"
#include "vault/VaultLocation.h"

#ifdef TWOFOLD_HAVE_GUI
#include "ui/data/PdfBook.h"
#include "ui/shell/Gui.h"
#endif

#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <unistd.h>
#include <vector>

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>

#if defined(__SANITIZE_ADDRESS__)
#define TWOFOLD_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TWOFOLD_SANITIZED 1
#endif
#endif

namespace {

// DESIGN.md §3: release builds write no core dumps (they would hold keys and text).
// Not dumpable also keeps other processes of the same user from ptrace-reading memory.
// Sanitizer builds keep dumps: LeakSanitizer needs ptrace.
// Also lets sodium_malloc lock key memory as far as the OS allows (docs/SECURITY.md).
void disableCoreDumps()
{
#if defined(NDEBUG) && !defined(TWOFOLD_SANITIZED)
    (void)twofold::hardenProcess();
#endif
}

std::filesystem::path dataHome()
{
    // $XDG_DATA_HOME, else ~/.local/share.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return std::filesystem::path(QFile::encodeName(data).toStdString());
}

// $TWOFOLD_VAULT, else $XDG_DATA_HOME/twofold/vault when a vault is there, else a vault in the
// shared place shared with this account (docs/ARCHITECTURE.md, "Two accounts, one vault"),
// else $XDG_DATA_HOME/twofold/vault for a first run (DESIGN.md §3). A vault that Twofold 0.1
// left in Qt's folder for the app, $XDG_DATA_HOME/Twofold/twofold/vault, is moved there first
// (vault/VaultLocation.h); with a vault at both places neither is touched and nothing opens.
struct DefaultVault
{
    std::filesystem::path dir;
    std::optional<std::string> refusal; // why no default vault is opened
};

DefaultVault defaultVaultDirectory(bool moveOldVault)
{
    const std::filesystem::path chosen = twofold::Vault::defaultDirectory(dataHome() / "twofold");
    const std::filesystem::path old = dataHome() / "Twofold" / "twofold" / "vault";
    if (!moveOldVault || chosen != dataHome() / "twofold" / "vault") {
        return {chosen, std::nullopt}; // $TWOFOLD_VAULT names the vault: nothing to move
    }
    const twofold::VaultMoveOutcome moved = twofold::moveVaultFromOldDefault(old, chosen);
    switch (moved.what) {
    case twofold::VaultMove::NothingToMove:
    case twofold::VaultMove::InUse: // the running Twofold has it; this start says "in use"
        break;
    case twofold::VaultMove::Moved:
        std::cerr << "twofold: moved your vault from " << old.string() << " to " << chosen.string() << "\n";
        break;
    case twofold::VaultMove::CannotMove:
        std::cerr << "twofold: your vault stays in " << old.string() << " (it could not be moved to "
                  << chosen.string() << ")\n";
        break;
    case twofold::VaultMove::BothExist:
        return {chosen, "There is a vault in " + old.string() +
                            " (where Twofold 0.1 kept it) and another in " + chosen.string() +
                            ". Neither was touched. Open the one you want with --vault FOLDER, or move the "
                            "other away."};
    }
    if (twofold::Vault::exists(moved.use)) {
        return {moved.use, std::nullopt};
    }
    return {twofold::shared::discover(twofold::shared::placeRoot(), ::getuid()).value_or(moved.use),
            std::nullopt};
}

// Whether this command line opens the default vault: no --vault, and something that uses
// a vault (not --help or --version).
bool usesDefaultVault(const std::vector<std::string>& args, bool cli)
{
    if (twofold::cli::vaultDirFromArgs(args)) {
        return false;
    }
    if (!cli) {
        return true;
    }
    const auto line = twofold::cli::parseCommandLine(args);
    return line && !line->help && !line->version && line->command != nullptr;
}

} // namespace

int main(int argc, char** argv)
{
    disableCoreDumps();
    QCoreApplication::setOrganizationName(QStringLiteral("Twofold"));
    QCoreApplication::setApplicationName(QStringLiteral("twofold"));

    const std::vector<std::string> args(argv + 1, argv + argc);
    const bool cli = twofold::cli::isCliInvocation(args);
    const DefaultVault defaultVault = defaultVaultDirectory(usesDefaultVault(args, cli));
    if (cli) {
        if (defaultVault.refusal) {
            std::cerr << "twofold: " << *defaultVault.refusal << "\n";
            return 1;
        }
        twofold::cli::SystemPasswordSource passwords;
        twofold::cli::CliIo io{std::cin, std::cout, std::cerr, passwords, defaultVault.dir};
        io.inputIsTerminal = ::isatty(STDIN_FILENO) == 1;
        io.outputIsTerminal = ::isatty(STDOUT_FILENO) == 1;
        io.errorIsTerminal = ::isatty(STDERR_FILENO) == 1;
#ifdef TWOFOLD_HAVE_GUI
        io.writePdf = &twofold::ui::writePdfExport;
#endif
        return twofold::cli::runCli(args, io);
    }

#ifdef TWOFOLD_HAVE_GUI
    if (defaultVault.refusal) {
        return twofold::ui::showStartupProblem(argc, argv, QString::fromStdString(*defaultVault.refusal));
    }
    const std::filesystem::path vaultDir = twofold::cli::vaultDirFromArgs(args).value_or(defaultVault.dir);
    return twofold::ui::runGui(argc, argv, vaultDir);
#else
    std::cerr << "twofold: this build has no window; see 'twofold --help' for the command line.\n";
    return 1;
#endif
}
