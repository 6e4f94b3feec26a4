// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <filesystem>
#include <sys/types.h>

namespace twofold {

// The mode every file Twofold creates inside `folder` gets: 0600, or 0660 when the folder
// carries a default POSIX ACL (a vault shared by two accounts, docs/ARCHITECTURE.md
// "Two accounts, one vault"). Under a default ACL the kernel ignores the umask and takes
// the ACL mask from the create mode's group bits, so 0660 is what gives the two named
// accounts read and write; 0600 there would give the partner nothing.
mode_t vaultFileMode(const std::filesystem::path& folder);

// Whether `folder` carries a default ACL (the mark of a shared vault folder).
bool hasDefaultAcl(const std::filesystem::path& folder);

} // namespace twofold
