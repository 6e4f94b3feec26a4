// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// reveal, hold, retract, read: what a partner does with an answered prompt. A partner's
// words are shown only when core hands them over, which it does only through a grant
// sealed to this partner (DESIGN.md §4).
#include "cli/Commands.h"
#include "cli/ExitCodes.h"
#include "cli/Json.h"
#include "cli/PromptStates.h"
#include "cli/UnlockCouple.h"

#include <ostream>
#include <string>

namespace twofold::cli {

namespace {

// Unlocks the couple space, finds the prompt named on the command line, then acts on it.
template <typename Act> int onKnownPrompt(const Invocation& invocation, Act act)
{
    auto couple = unlockCouple(invocation);
    if (!couple) {
        return couple.error();
    }
    const auto prompt = knownPrompt(couple->couple(), invocation.line.arguments.front(), invocation.io);
    if (!prompt) {
        return prompt.error();
    }
    return act(invocation, *couple, *prompt);
}

void appendOpened(std::string& out, const std::optional<Opened<std::string>>& answer)
{
    if (!answer) {
        out += "null";
        return;
    }
    out += answer->readable() ? "{\"damaged\":false,\"text\":" : "{\"damaged\":true,\"text\":null";
    if (answer->readable()) {
        appendJsonString(out, answer->value);
    }
    // The question this answer was written for, as its author signed it (DESIGN.md §4: the
    // question travels with the answer); it differs from "text" when the prompt was reworded.
    out += ",\"question\":";
    if (answer->readable() && !answer->question.empty()) {
        appendJsonString(out, answer->question);
    } else {
        out += "null";
    }
    out += '}';
}

constexpr std::string_view kDamagedLine = "(this item is damaged: it cannot be opened, so it is not shown)";

// An answer is always shown under the question it was written for (DESIGN.md §4): when the
// prompt has been reworded since, the signed question comes first.
void printAnswer(std::ostream& out, const std::optional<Opened<std::string>>& answer,
                 std::string_view missing, const Prompt& prompt)
{
    if (!answer) {
        out << missing << '\n';
    } else if (!answer->readable()) {
        out << kDamagedLine << '\n';
    } else {
        if (!answer->question.empty() && answer->question != prompt.text) {
            out << "(written for the question: " << answer->question << ")\n";
        }
        out << answer->value << '\n';
    }
}

void printAnswers(std::ostream& out, const Prompt& prompt, const TopicView<std::string>& view,
                  const std::string& me, const std::string& partner)
{
    out << prompt.text << '\n';
    if (!prompt.followUp.empty()) {
        out << prompt.followUp << '\n';
    }
    out << prompt.id << " · " << stateWords(view.status, partner) << "\n\n";
    out << me << " (you):\n";
    printAnswer(out, view.mine, "(you have not answered yet: 'twofold answer " + prompt.id + "')", prompt);
    out << '\n' << partner;
    if (view.partners && view.partnersIsEarlierVersion) {
        out << " (an earlier answer; the one they have now is not revealed yet)";
    }
    out << ":\n";
    // Never "declined": not revealed reads the same whatever the reason.
    printAnswer(out, view.partners, "(not revealed yet)", prompt);
}

} // namespace

namespace {

int revealPrompt(const Invocation& invocation, UnlockedCouple& couple, const Prompt& prompt)
{
    CliIo& io = invocation.io;
    CoupleSpace& space = couple.couple();
    const auto status = space.reveal(Topic::answer(prompt.id));
    if (!status) {
        switch (status.error().code) {
        case ErrorCode::NotFound:
            return reportUsage(io.err,
                               "you have not answered that prompt yet, so there is nothing to reveal; "
                               "answer it first with 'twofold answer " +
                                   prompt.id + "'.");
        case ErrorCode::DamagedDatabase:
            io.err << "twofold: this item is damaged: your answer to that prompt cannot be opened, so it "
                      "cannot be revealed. Write it again with 'twofold answer "
                   << prompt.id << "'.\n";
            return toInt(ExitCode::DamagedData);
        default:
            return reportError(io.err, status.error());
        }
    }
    const std::string& partner = couple.partnerName;
    if (status->state == RevealState::Revealed) {
        io.out << "Revealed: you have both answered and both agreed, so you can each read the other's answer "
                  "now ('twofold read "
               << prompt.id << "').\n";
    } else {
        io.out << agreedWords(*status, partner, prompt.id);
    }
    return toInt(ExitCode::Ok);
}

} // namespace

int runReveal(const Invocation& invocation)
{
    return onKnownPrompt(invocation, revealPrompt);
}

namespace {

int holdPrompt(const Invocation& invocation, UnlockedCouple& couple, const Prompt& prompt)
{
    CliIo& io = invocation.io;
    CoupleSpace& space = couple.couple();
    const Topic topic = Topic::answer(prompt.id);
    const auto before = statusOf(space, topic, io);
    if (!before) {
        return before.error();
    }
    const auto held = space.hold(topic);
    if (!held) {
        return reportError(io.err, held.error());
    }
    if (*held == Withdrawal::AlreadyRevealed) {
        io.err << "twofold: your answer to that prompt is already revealed, so it cannot be held back. "
                  "'twofold retract "
               << prompt.id << "' takes it back, but what " << couple.partnerName
               << " has read cannot be unread.\n";
        return toInt(ExitCode::Usage);
    }
    if (!before->agreedByMe) {
        io.out << "Nothing to hold back: you had not agreed to reveal your answer to " << prompt.id << ".\n";
    } else {
        io.out << "Held back. Your answer stays yours; agree again with 'twofold reveal " << prompt.id
               << "' whenever you are ready.\n";
    }
    return toInt(ExitCode::Ok);
}

} // namespace

int runHold(const Invocation& invocation)
{
    return onKnownPrompt(invocation, holdPrompt);
}

namespace {

int retractPrompt(const Invocation& invocation, UnlockedCouple& couple, const Prompt& prompt)
{
    CliIo& io = invocation.io;
    CoupleSpace& space = couple.couple();
    const auto retraction = space.retract(Topic::answer(prompt.id));
    if (!retraction) {
        return reportError(io.err, retraction.error());
    }
    const std::string& partner = couple.partnerName;
    if (retraction->partnerMayHaveRead) {
        io.out << "Retracted. Neither of you can open the other's answer to " << prompt.id << " any more. "
               << partner << " may already have read yours: what was read cannot be unread.\n";
    } else {
        io.out << "Your answer to " << prompt.id << " had not been revealed, so " << partner
               << " has not read it. Your agreement to reveal it is withdrawn.\n";
    }
    return toInt(ExitCode::Ok);
}

} // namespace

int runRetract(const Invocation& invocation)
{
    return onKnownPrompt(invocation, retractPrompt);
}

namespace {

int readPrompt(const Invocation& invocation, UnlockedCouple& couple, const Prompt& prompt)
{
    CliIo& io = invocation.io;
    CoupleSpace& space = couple.couple();
    const auto view = space.readAnswer(prompt.id);
    if (!view) {
        return reportError(io.err, view.error());
    }
    const bool damaged =
        (view->mine && !view->mine->readable()) || (view->partners && !view->partners->readable());
    const int exitCode = toInt(damaged ? ExitCode::DamagedData : ExitCode::Ok);

    if (invocation.line.has("json")) {
        std::string out = "{\"id\":";
        appendJsonString(out, prompt.id);
        out += ",\"text\":";
        appendJsonString(out, prompt.text);
        out += ",\"state\":\"" + std::string(stateKey(view->status.state)) + "\"";
        out += ",\"mine\":";
        appendOpened(out, view->mine);
        out += ",\"partner\":";
        appendOpened(out, view->partners);
        out +=
            ",\"partnerIsEarlierVersion\":" + std::string(view->partnersIsEarlierVersion ? "true" : "false");
        out += "}\n";
        io.out << out;
    } else {
        printAnswers(io.out, prompt, *view, couple.session().partner().name, couple.partnerName);
    }
    if (damaged) {
        io.err
            << "twofold: this item is damaged: an answer to that prompt cannot be opened; restore the vault "
               "from a backup.\n";
    }
    return exitCode;
}

} // namespace

int runRead(const Invocation& invocation)
{
    return onKnownPrompt(invocation, readPrompt);
}

} // namespace twofold::cli
