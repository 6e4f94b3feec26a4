// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// The reveal states in words and the prompt lookups the prompt commands share.
#include "cli/PromptStates.h"

#include "cli/ExitCodes.h"

namespace twofold::cli {

std::string_view stateKey(RevealState state)
{
    return kStateKeys[static_cast<int>(state)];
}

std::optional<RevealState> parseState(std::string_view text)
{
    for (std::size_t i = 0; i < std::size(kStateKeys); ++i) {
        if (text == kStateKeys[i]) {
            return static_cast<RevealState>(i);
        }
    }
    return std::nullopt;
}

std::string stateWords(const TopicStatus& status, const std::string& partner)
{
    switch (status.state) {
    case RevealState::NotAnswered:
        return "not answered";
    case RevealState::WaitingForYou:
        return status.answeredByMe ? "waiting for you: you answered; reveal when you are ready"
                                   : "waiting for you: " + partner + " has answered";
    case RevealState::WaitingForPartner:
        return status.bothAgreed
                   ? "you have both agreed: " + partner + "'s answer opens for you the next time " + partner +
                         " opens Twofold, or now, together"
                   : "waiting for your partner";
    case RevealState::Revealed:
        return "revealed";
    case RevealState::Damaged:
        return "the shared file was changed behind your back: Twofold removed what you never agreed to "
               "reveal, and your answer is as you left it";
    }
    return {};
}

// After agreeing, while not revealed to this partner yet. Only the author's own session
// can seal an answer to the other, so the partner's side follows the next time they
// open Twofold (docs/ARCHITECTURE.md, "The rule and who writes grants"). When both have
// agreed, it says exactly that, never "once they have answered" (issue 11, item 5).
std::string agreedWords(const TopicStatus& status, const std::string& partner, const std::string& promptId)
{
    if (status.bothAgreed) {
        return "You have both agreed. " + partner + "'s answer opens for you the next time " + partner +
               " opens Twofold, or now, together.\n";
    }
    return "You agreed to reveal your answer. " + partner + " can read it, and you theirs, once " + partner +
           " has answered and agreed too. Until then, 'twofold hold " + promptId +
           "' takes your agreement back.\n";
}

std::expected<Prompt, int> knownPrompt(CoupleSpace& space, std::string_view id, CliIo& io)
{
    auto prompt = space.prompts().find(id);
    if (!prompt) {
        return std::unexpected(reportError(io.err, prompt.error()));
    }
    if (!*prompt) {
        return std::unexpected(
            reportUsage(io.err, "there is no prompt with that id (see 'twofold prompts')."));
    }
    return std::move(**prompt);
}

std::expected<TopicStatus, int> statusOf(CoupleSpace& space, const Topic& topic, CliIo& io)
{
    auto status = space.status(topic);
    if (!status) {
        return std::unexpected(reportError(io.err, status.error()));
    }
    return std::move(*status);
}

} // namespace twofold::cli
