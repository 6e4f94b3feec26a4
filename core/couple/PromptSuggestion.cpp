// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "couple/PromptSuggestion.h"

#include "common/IsoTime.h"
#include "common/Propagate.h"
#include "couple/CoupleSpace.h"
#include "journal/Journal.h"

#include <array>
#include <unordered_set>

namespace twofold {

namespace {

std::string notNowKey(std::string_view promptId)
{
    return std::string(kPromptNotNowPrefix) + std::string(promptId);
}

// A uniform index below `count` (count > 0), without modulo bias.
std::size_t uniformIndex(RandomSource& random, std::size_t count)
{
    const auto n = static_cast<std::uint64_t>(count);
    const std::uint64_t limit = UINT64_MAX - (UINT64_MAX % n);
    while (true) {
        std::array<std::uint8_t, 8> bytes{};
        random.fill(bytes);
        std::uint64_t value = 0;
        for (std::uint8_t b : bytes) {
            value = (value << 8) | b;
        }
        if (value < limit) {
            return static_cast<std::size_t>(value % n);
        }
    }
}

} // namespace

Result<bool> isPutOff(Journal& journal, std::string_view promptId)
{
    auto until = journal.setting(notNowKey(promptId));
    if (!until) {
        return propagate(until);
    }
    if (!*until || (*until)->empty()) {
        return false;
    }
    // Something unreadable there is treated as nothing: the prompt simply comes back.
    const auto parsed = parseIsoTime(**until);
    if (!parsed || !parsed->offsetMinutes) {
        return false;
    }
    const std::int64_t untilMs = civilToUtcMs(parsed->civil) - std::int64_t{*parsed->offsetMinutes} * 60'000;
    return journal.clock().nowMs() < untilMs;
}

Status putOffPrompt(Journal& journal, std::string_view promptId)
{
    if (promptId.empty()) {
        return fail(ErrorCode::InvalidArgument, "no prompt id");
    }
    return journal.setSetting(notNowKey(promptId), isoUtcMs(journal.clock().nowMs() + kPromptNotNowMs));
}

Result<std::vector<Prompt>> promptsToSuggest(CoupleSpace& couple, Journal& journal)
{
    auto states = couple.promptStates();
    if (!states) {
        return propagate(states);
    }
    std::unordered_set<std::string> open;
    for (const TopicStatus& status : *states) {
        if (!status.answeredByMe && status.state != RevealState::Damaged) {
            open.insert(status.topic.key);
        }
    }
    auto prompts = couple.prompts().sharedPrompts();
    if (!prompts) {
        return propagate(prompts);
    }
    std::vector<Prompt> result;
    for (Prompt& prompt : *prompts) {
        if (!open.contains(prompt.id)) {
            continue;
        }
        auto putOff = isPutOff(journal, prompt.id);
        if (!putOff) {
            return propagate(putOff);
        }
        if (!*putOff) {
            result.push_back(std::move(prompt));
        }
    }
    return result;
}

Result<std::optional<Prompt>> suggestPrompt(CoupleSpace& couple, Journal& journal, RandomSource& random,
                                            std::string_view notThis)
{
    auto candidates = promptsToSuggest(couple, journal);
    if (!candidates) {
        return propagate(candidates);
    }
    if (candidates->size() > 1 && !notThis.empty()) {
        std::erase_if(*candidates, [&](const Prompt& p) { return p.id == notThis; });
    }
    if (candidates->empty()) {
        return std::optional<Prompt>{};
    }
    return std::optional<Prompt>{std::move((*candidates)[uniformIndex(random, candidates->size())])};
}

} // namespace twofold
