// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "cli/Cli.h"
#include "cli/CommandLine.h"

#include <filesystem>

namespace twofold::cli {

// One parsed command line on its way to a subcommand.
struct Invocation
{
    const CommandLine& line;
    CliIo& io;
    std::filesystem::path vaultDir;
};

// Each returns the process exit code and has reported any failure on io.err.
int runDemo(const Invocation& invocation);
int runWrite(const Invocation& invocation);
int runList(const Invocation& invocation);
int runSearch(const Invocation& invocation);
int runShow(const Invocation& invocation);
// Photos (AttachCommands.cpp, docs/PHOTOS.md).
int runAttach(const Invocation& invocation);
int runPasswd(const Invocation& invocation);
int runLeave(const Invocation& invocation);
int runBackup(const Invocation& invocation);
int runRestore(const Invocation& invocation);
int runVerify(const Invocation& invocation);
int runExport(const Invocation& invocation);
int runImport(const Invocation& invocation);
// The couple space: shared prompts (PromptCommands.cpp, RevealCommands.cpp) and offered entries
// (OfferCommands.cpp).
int runPrompts(const Invocation& invocation);
int runAnswer(const Invocation& invocation);
int runReveal(const Invocation& invocation);
int runHold(const Invocation& invocation);
int runRetract(const Invocation& invocation);
int runRead(const Invocation& invocation);
int runOffer(const Invocation& invocation);
int runInbox(const Invocation& invocation);
int runAccept(const Invocation& invocation);
int runNotNow(const Invocation& invocation);
// Two accounts, one vault (ShareCommands.cpp).
int runSetupShared(const Invocation& invocation);
int runCreate(const Invocation& invocation);
int runEnrol(const Invocation& invocation);
int runShare(const Invocation& invocation);
int runUnshare(const Invocation& invocation);

} // namespace twofold::cli
