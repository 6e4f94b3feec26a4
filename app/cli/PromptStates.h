// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "cli/Commands.h"
#include "couple/CoupleSpace.h"

#include <expected>
#include <optional>
#include <string>
#include <string_view>

// What the prompt commands (PromptCommands.cpp, RevealCommands.cpp) share: the reveal
// states by key and in words, and the prompt the command line names.
namespace twofold::cli {

// The states as --state and --json name them, in RevealState order.
inline constexpr std::string_view kStateKeys[] = {"not-answered", "waiting-for-you", "waiting-for-partner",
                                                  "revealed", "shared-file-changed"};

std::string_view stateKey(RevealState state);
std::optional<RevealState> parseState(std::string_view text);

// The state in words. "Waiting for your partner" says nothing about why: a partner who
// holds back looks exactly like one who has not got to it (never "declined").
std::string stateWords(const TopicStatus& status, const std::string& partner);

// After agreeing, while not revealed to this partner yet (see PromptStates.cpp).
std::string agreedWords(const TopicStatus& status, const std::string& partner, const std::string& promptId);

// The prompt named on the command line, if Twofold knows it (shipped or the couple's
// own, retired ones included: old answers still name them). Reports a usage error.
std::expected<Prompt, int> knownPrompt(CoupleSpace& space, std::string_view id, CliIo& io);

// The topic's status, or the exit code of the error reported.
std::expected<TopicStatus, int> statusOf(CoupleSpace& space, const Topic& topic, CliIo& io);

} // namespace twofold::cli
