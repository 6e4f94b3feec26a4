// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"

#include <iosfwd>
#include <string_view>

namespace twofold::cli {

// What `twofold` returns to the shell (docs/CLI.md lists them for scripts).
enum class ExitCode : int
{
    Ok = 0,
    Usage = 1,        // the command line was wrong, or the request cannot be done as asked
    Unauthorized = 2, // wrong password, or no partner by that name
    DamagedData = 3,  // the vault's files are damaged, tampered with, or from a newer Twofold
    IoFailure = 4,    // disk full, permissions, missing vault, vault open elsewhere
};

constexpr int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

// The exit code for a core error.
ExitCode exitCodeFor(ErrorCode code);
// One human sentence for a core error. Never contains user text or secrets, so it is
// safe to print whatever the error's detail says.
std::string_view messageFor(ErrorCode code);

// Prints "twofold: <sentence>" as one line on `err` and returns the exit code.
int reportError(std::ostream& err, const Error& error);
// reportError for a failure while opening or unlocking the vault, before any change:
// a full disk there is "could not open ... nothing was changed", not "nothing was saved".
int reportOpenError(std::ostream& err, const Error& error);
// Prints "twofold: <message>" as one line on `err` and returns ExitCode::Usage.
int reportUsage(std::ostream& err, std::string_view message);

} // namespace twofold::cli
