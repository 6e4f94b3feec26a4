// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// prompts, answer, reveal, hold, retract, read: the shared prompts of the couple space
// from the command line. A partner's words are shown only when core hands them over,
// which it does only through a grant sealed to this partner (DESIGN.md §4).
#include "cli/Commands.h"
#include "cli/ExitCodes.h"
#include "cli/Json.h"
#include "cli/UnlockCouple.h"

#include <istream>
#include <iterator>
#include <map>
#include <ostream>
#include <string>

namespace twofold::cli {

namespace {

constexpr std::string_view kStateKeys[] = {"not-answered", "waiting-for-you", "waiting-for-partner",
                                           "revealed", "shared-file-changed"};

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

// The state in words. "Waiting for your partner" says nothing about why: a partner who
// holds back looks exactly like one who has not got to it (never "declined").
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

std::string_view trimmedEnd(std::string_view text)
{
    while (!text.empty() &&
           (text.back() == '\n' || text.back() == '\r' || text.back() == ' ' || text.back() == '\t')) {
        text.remove_suffix(1);
    }
    return text;
}

bool isBlank(std::string_view text)
{
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// The prompt named on the command line, if Twofold knows it (shipped or the couple's
// own, retired ones included: old answers still name them). Reports a usage error.
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

std::expected<TopicStatus, int> statusOf(CoupleSpace& space, const Topic& topic, CliIo& io)
{
    auto status = space.status(topic);
    if (!status) {
        return std::unexpected(reportError(io.err, status.error()));
    }
    return std::move(*status);
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

int runPrompts(const Invocation& invocation)
{
    CliIo& io = invocation.io;
    std::optional<RevealState> only;
    if (const auto state = invocation.line.value("state")) {
        only = parseState(*state);
        if (!only) {
            return reportUsage(io.err, "--state needs not-answered, waiting-for-you, waiting-for-partner, "
                                       "revealed or shared-file-changed.");
        }
    }
    auto couple = unlockCouple(invocation);
    if (!couple) {
        return couple.error();
    }
    CoupleSpace& space = couple->couple();
    const auto states = space.promptStates();
    if (!states) {
        return reportError(io.err, states.error());
    }
    const auto prompts = space.prompts().sharedPrompts();
    if (!prompts) {
        return reportError(io.err, prompts.error());
    }
    const auto packs = space.prompts().packs();
    if (!packs) {
        return reportError(io.err, packs.error());
    }
    std::map<std::string, const Prompt*, std::less<>> byId;
    for (const Prompt& prompt : *prompts) {
        byId.emplace(prompt.id, &prompt);
    }
    std::map<std::string, std::string, std::less<>> packTitles;
    for (const PackChoice& pack : *packs) {
        packTitles.emplace(pack.packId, pack.title);
    }

    if (invocation.line.has("json")) {
        std::string out = "[";
        bool first = true;
        for (const TopicStatus& status : *states) {
            const auto prompt = byId.find(status.topic.key);
            if (prompt == byId.end() || (only && status.state != *only)) {
                continue;
            }
            out += first ? "\n  {" : ",\n  {";
            first = false;
            out += "\"id\":";
            appendJsonString(out, status.topic.key);
            out += ",\"pack\":";
            appendJsonString(out, prompt->second->packId);
            out += ",\"text\":";
            appendJsonString(out, prompt->second->text);
            out += ",\"followUp\":";
            appendJsonString(out, prompt->second->followUp);
            out += ",\"privateByDefault\":";
            out += prompt->second->visibility == Visibility::Private ? "true" : "false";
            out += ",\"state\":\"" + std::string(stateKey(status.state)) + "\"";
            out += ",\"answeredByMe\":" + std::string(status.answeredByMe ? "true" : "false");
            out += ",\"agreedByMe\":" + std::string(status.agreedByMe ? "true" : "false");
            out += ",\"answeredByPartner\":" + std::string(status.answeredByPartner ? "true" : "false");
            out += ",\"earlierPartnerVersionReadable\":" +
                   std::string(status.earlierPartnerVersionReadable ? "true" : "false");
            out += '}';
        }
        out += first ? "]\n" : "\n]\n";
        io.out << out;
        return toInt(ExitCode::Ok);
    }

    std::string currentPack;
    int shown = 0;
    int counts[std::size(kStateKeys)] = {};
    for (const TopicStatus& status : *states) {
        const auto prompt = byId.find(status.topic.key);
        if (prompt == byId.end() || (only && status.state != *only)) {
            continue;
        }
        if (prompt->second->packId != currentPack || shown == 0) {
            currentPack = prompt->second->packId;
            const auto title = packTitles.find(currentPack);
            io.out << (shown == 0 ? "" : "\n") << (title != packTitles.end() ? title->second : currentPack)
                   << '\n';
        }
        ++shown;
        io.out << "  " << status.topic.key << "  · " << stateWords(status, couple->partnerName);
        ++counts[static_cast<int>(status.state)];
        if (status.earlierPartnerVersionReadable) {
            io.out << " (their earlier answer is still revealed)";
        }
        io.out << "\n      " << prompt->second->text << '\n';
    }
    if (shown == 0) {
        io.out << (only ? "No prompts in that state.\n"
                        : "No shared prompts: no pack is switched on for both "
                          "of you.\n");
        return toInt(ExitCode::Ok);
    }
    if (only) {
        io.out << "\nRead one with 'twofold read ID'.\n";
        return toInt(ExitCode::Ok);
    }
    const auto count = [&](RevealState state) {
        return counts[static_cast<int>(state)];
    };
    io.out << '\n'
           << count(RevealState::Revealed) << " revealed · " << count(RevealState::WaitingForYou)
           << " waiting for you · " << count(RevealState::WaitingForPartner) << " waiting for your partner · "
           << count(RevealState::NotAnswered) << " not answered";
    if (count(RevealState::Damaged) > 0) {
        io.out << " · " << count(RevealState::Damaged) << " where the shared file was changed";
    }
    io.out << '\n' << "Answer one with 'twofold answer ID'; read one with 'twofold read ID'.\n";
    return toInt(ExitCode::Ok);
}

int runAnswer(const Invocation& invocation)
{
    CliIo& io = invocation.io;
    const std::string& promptId = invocation.line.arguments.front();
    const Reveal reveal = invocation.line.has("reveal") ? Reveal::Yes : Reveal::NotYet;
    // Unlock (and write pending grants) before reading the text, as 'write' does.
    auto couple = unlockCouple(invocation);
    if (!couple) {
        return couple.error();
    }
    CoupleSpace& space = couple->couple();
    const auto prompt = knownPrompt(space, promptId, io);
    if (!prompt) {
        return prompt.error();
    }
    const auto shared = space.prompts().isShared(prompt->id);
    if (!shared) {
        return reportError(io.err, shared.error());
    }
    if (!*shared) {
        return reportUsage(io.err, "that prompt is not one you both see: both of you need its pack switched "
                                   "on (see 'twofold prompts').");
    }
    const Topic topic = Topic::answer(prompt->id);
    const auto before = statusOf(space, topic, io);
    if (!before) {
        return before.error();
    }

    if (io.inputIsTerminal) {
        io.err << prompt->text << "\nWrite your answer, then press Ctrl-D on a line of its own.\n";
    }
    std::string body{std::istreambuf_iterator<char>(io.in), std::istreambuf_iterator<char>()};
    if (io.in.bad()) {
        return reportError(io.err, Error{ErrorCode::IoError, {}});
    }
    body.resize(trimmedEnd(body).size());
    if (isBlank(body)) {
        return reportUsage(io.err, "nothing to save: the answer is empty.");
    }
    if (body.size() > kMaxAnswerBytes) {
        return reportUsage(io.err, "an answer can be at most 100,000 bytes long.");
    }
    const auto saved = space.answer(prompt->id, body, reveal);
    if (!saved) {
        if (saved.error().code == ErrorCode::InvalidArgument) {
            return reportUsage(io.err, "the answer is not valid UTF-8 text.");
        }
        return reportError(io.err, saved.error());
    }
    const auto after = statusOf(space, topic, io);
    if (!after) {
        return after.error();
    }

    const std::string& partner = couple->partnerName;
    io.out << (before->answeredByMe ? "Saved a new version of your answer to " : "Saved your answer to ")
           << prompt->id << ".\n";
    if (before->state == RevealState::Revealed) {
        io.out << partner << " can still read your earlier answer until you retract it ('twofold retract "
               << prompt->id << "'); the new one needs you both to agree again.\n";
    } else if (before->agreedByMe && reveal == Reveal::NotYet) {
        io.out << "Changing it took back your agreement to reveal it.\n";
    }
    switch (after->state) {
    case RevealState::Revealed:
        io.out << "Revealed: you have both answered and both agreed, so you can each read the other's answer "
                  "('twofold read "
               << prompt->id << "').\n";
        break;
    case RevealState::WaitingForPartner:
        io.out << agreedWords(*after, partner, prompt->id);
        break;
    case RevealState::WaitingForYou:
    case RevealState::NotAnswered:
    case RevealState::Damaged:
        io.out << "Only you can read it. When you are ready, 'twofold reveal " << prompt->id
               << "' agrees to reveal it; " << partner
               << " can read it only once you have both answered and both agreed.\n";
        break;
    }
    return toInt(ExitCode::Ok);
}

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
