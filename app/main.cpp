// twofold: with a subcommand (or --help, --version) runs the command line without
// any display; otherwise opens the window.
#include "cli/Cli.h"
#include "cli/CommandLine.h"
#include "common/ProcessHardening.h"
#include "vault/SharedVault.h"
#include "vault/Vault.h"

#ifdef TWOFOLD_HAVE_GUI
#include "ui/Gui.h"
#include "ui/PdfBook.h"
#endif

#include <cstdlib>
#include <filesystem>
#include <iostream>
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

// $TWOFOLD_VAULT, else the platform's data folder + "/vault" when a vault is there, else
// a vault in the shared place shared with this account (docs/ARCHITECTURE.md, "Two
// accounts, one vault"), else the platform's data folder + "/vault" for a first run.
std::filesystem::path defaultVaultDirectory()
{
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const std::filesystem::path own =
        twofold::Vault::defaultDirectory(std::filesystem::path(QFile::encodeName(appData).toStdString()));
    if (std::getenv("TWOFOLD_VAULT") != nullptr || twofold::Vault::exists(own)) {
        return own;
    }
    return twofold::shared::discover(twofold::shared::placeRoot(), ::getuid()).value_or(own);
}

} // namespace

int main(int argc, char** argv)
{
    disableCoreDumps();
    QCoreApplication::setOrganizationName(QStringLiteral("Twofold"));
    QCoreApplication::setApplicationName(QStringLiteral("twofold"));

    const std::vector<std::string> args(argv + 1, argv + argc);
    if (twofold::cli::isCliInvocation(args)) {
        twofold::cli::SystemPasswordSource passwords;
        twofold::cli::CliIo io{std::cin, std::cout, std::cerr, passwords, defaultVaultDirectory()};
        io.inputIsTerminal = ::isatty(STDIN_FILENO) == 1;
        io.outputIsTerminal = ::isatty(STDOUT_FILENO) == 1;
        io.errorIsTerminal = ::isatty(STDERR_FILENO) == 1;
#ifdef TWOFOLD_HAVE_GUI
        io.writePdf = &twofold::ui::writePdfExport;
#endif
        return twofold::cli::runCli(args, io);
    }

#ifdef TWOFOLD_HAVE_GUI
    const std::filesystem::path vaultDir =
        twofold::cli::vaultDirFromArgs(args).value_or(defaultVaultDirectory());
    return twofold::ui::runGui(argc, argv, vaultDir);
#else
    std::cerr << "twofold: this build has no window; see 'twofold --help' for the command line.\n";
    return 1;
#endif
}
