// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"

#include <filesystem>

class QString;

namespace twofold::ui {

// The desktop app: constructs QApplication, opens (or sets up) the vault at
// `vaultDir`, shows first run or the unlock screen, and runs the event loop.
// Returns the process exit code.
int runGui(int argc, char** argv, const std::filesystem::path& vaultDir);

// The .desktop file's id (resources/io.github.twofold.Twofold.desktop), which is also the
// Wayland app id: runGui passes it to QGuiApplication::setDesktopFileName.
inline constexpr char kDesktopFileId[] = "io.github.twofold.Twofold";
// Organization, application and desktop-file names, as runGui sets them.
void setApplicationIdentity();
// The exit code when the window cannot start: 4 for a vault open in another Twofold, as
// the command line's (docs/CLI.md, twofold(1)); 1 otherwise.
int exitCodeForStartFailure(ErrorCode code);

// When no vault can be chosen to open (app/main.cpp: a vault at both the old and the new
// default place): says why in a message box and returns exit code 1.
int showStartupProblem(int argc, char** argv, const QString& why);

} // namespace twofold::ui
