#pragma once

#include "cli/PasswordInput.h"
#include "vault/Vault.h"

#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

namespace twofold::cli {

// Everything the command line talks to, so tests can run it in-process.
struct CliIo
{
    std::istream& in;
    std::ostream& out;
    std::ostream& err;
    PasswordSource& passwords;
    // Used when there is no --vault: $TWOFOLD_VAULT or the platform's data folder,
    // worked out by main() (the command line itself stays Qt-free).
    std::filesystem::path defaultVaultDir;
    VaultOptions vaultOptions = VaultOptions::fromEnvironment();
    // Whether `in` is a terminal, so `write` can say how to finish an entry.
    bool inputIsTerminal = false;
};

// Runs `twofold <args>` (args without the program name) and returns the exit code
// (ExitCodes.h). Output goes to io.out; at most one line of error to io.err.
int runCli(const std::vector<std::string>& args, CliIo& io);

} // namespace twofold::cli
