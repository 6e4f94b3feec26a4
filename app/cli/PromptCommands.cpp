// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// prompts, answer: the shared prompts of the couple space from the command line, and
// answering them (reveal, hold, retract and read are in RevealCommands.cpp). A partner's
// words are shown only when core hands them over, which it does only through a grant
// sealed to this partner (DESIGN.md §4).
#include "cli/Commands.h"
#include "cli/ExitCodes.h"
#include "cli/Json.h"
#include "cli/PromptStates.h"
#include "cli/UnlockCouple.h"

#include <istream>
#include <iterator>
#include <map>
#include <ostream>
#include <string>

namespace twofold::cli {

namespace {

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

} // namespace twofold::cli
