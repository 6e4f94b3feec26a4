// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <filesystem>

namespace twofold {

// Where the default vault lives: $XDG_DATA_HOME/twofold/vault (DESIGN.md §3). Twofold 0.1
// kept it in Qt's per-application folder, $XDG_DATA_HOME/Twofold/twofold/vault; the first
// start that finds a vault only there moves it, in one rename (issue 12).
enum class VaultMove
{
    NothingToMove, // no vault at the old place (a vault at the new place, or none at all)
    Moved,         // renamed from the old place to the new one; the old folders removed if empty
    BothExist,     // a vault (or anything) at the new place and a vault at the old: touch neither
    InUse,         // the old vault is open in a running Twofold: left where it is, for now
    CannotMove,    // the rename failed (another file system, permissions): left where it is
};

struct VaultMoveOutcome
{
    VaultMove what;
    std::filesystem::path use; // the folder to open: the new place, or the old one if it stays
};

// Moves oldDir to newDir when oldDir holds a vault and newDir does not exist (or is an empty
// folder). One rename(2), under the old vault's lock: no copy, never half moved. The folder
// above newDir is made (mode 0700) if missing.
VaultMoveOutcome moveVaultFromOldDefault(const std::filesystem::path& oldDir,
                                         const std::filesystem::path& newDir);

} // namespace twofold
