// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "cli/PasswordInput.h"
#include "export/Export.h"
#include "vault/Vault.h"

#include <filesystem>
#include <functional>
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
    // Whether `out` / `err` are terminals: then everything printed there, except --json
    // output, goes through escapeForTerminal (TerminalText.h), so the other partner's
    // text cannot send the terminal control sequences.
    bool outputIsTerminal = false;
    bool errorIsTerminal = false;
    // Writes `export --format pdf` (the PDF book is drawn with Qt, which twofold_cli does
    // not link): set by main() to twofold::ui::writePdfExport in builds with the app.
    // Empty: this build cannot make PDFs and says so.
    std::function<Result<ExportSummary>(const ExportData&, const std::filesystem::path&)> writePdf;
};

// Runs `twofold <args>` (args without the program name) and returns the exit code
// (ExitCodes.h). Output goes to io.out; at most one line of error to io.err.
int runCli(const std::vector<std::string>& args, CliIo& io);

} // namespace twofold::cli
