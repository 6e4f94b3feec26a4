// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "couple/ReviewFlow.h"

#include "common/Propagate.h"
#include "couple/CoupleSpace.h"
#include "couple/detail/MyItemStore.h"

#include <vector>

namespace twofold {

namespace {

constexpr std::array kPrivateSteps{ReviewStep::Appreciations, ReviewStep::CheckIn, ReviewStep::Loved};
constexpr std::array kSides{ReviewSide::First, ReviewSide::Second};

bool bothHadTheirTurn(const std::array<TurnState, 2>& turns)
{
    return turns[0] == TurnState::HadTurn && turns[1] == TurnState::HadTurn;
}

} // namespace

ReviewFlow::ReviewFlow(CoupleSpace& first, CoupleSpace& second, std::string reviewDate)
    : m_first(&first), m_second(&second), m_shared(first, second, std::move(reviewDate))
{}

Result<ReviewFlow> ReviewFlow::begin(CoupleSpace& first, CoupleSpace& second, std::string reviewDate)
{
    if (!WeeklyReview::isValidDate(reviewDate)) {
        return fail(ErrorCode::InvalidArgument, "a review date is YYYY-MM-DD");
    }
    ReviewFlow flow(first, second, std::move(reviewDate));
    if (auto st = flow.checkTogether(); !st) {
        return propagate(st);
    }
    for (ReviewStep step : kPrivateSteps) {
        const Topic topic = topicOf(step, flow.reviewDate());
        Turns& turns = flow.turnsOf(step);
        // A lone agreement (a sitting stopped between the two reveals) is withdrawn: only
        // a sitting in which both have their turn reveals the step.
        for (ReviewSide side : kSides) {
            if (!topic.isTogetherOnly()) {
                break;
            }
            auto status = flow.space(side).status(topic);
            if (!status) {
                return propagate(status);
            }
            if (status->agreedByMe && status->state != RevealState::Revealed) {
                if (auto held = flow.space(side).hold(topic); !held) {
                    return propagate(held);
                }
            }
        }
        auto status = first.status(topic);
        if (!status) {
            return propagate(status);
        }
        if (status->state == RevealState::Revealed) {
            turns.turns = {TurnState::HadTurn, TurnState::HadTurn};
            turns.revealedBefore = true;
        }
    }
    if (flow.m_loved.revealedBefore) {
        if (auto st = flow.prefillIntentions(); !st) {
            return propagate(st);
        }
    }
    return flow;
}

Status ReviewFlow::checkTogether() const
{
    if (!m_first->isTogether() || !m_second->isTogether() || m_first->partnerId() != m_second->myId()) {
        return fail(ErrorCode::InvalidArgument, "the review needs both partners unlocked together");
    }
    return {};
}

Topic ReviewFlow::topicOf(ReviewStep step, const std::string& reviewDate)
{
    switch (step) {
    case ReviewStep::Appreciations:
        return Topic::reviewStep(reviewDate, kAppreciationsStep);
    case ReviewStep::Loved:
        return Topic::reviewStep(reviewDate, kLovedStep);
    default:
        return Topic::checkIn(reviewDate);
    }
}

ReviewFlow::Turns& ReviewFlow::turnsOf(ReviewStep step)
{
    switch (step) {
    case ReviewStep::Appreciations:
        return m_appreciations;
    case ReviewStep::Loved:
        return m_loved;
    default:
        return m_checkIn;
    }
}

const Clock& ReviewFlow::clock() const
{
    return *m_first->m_options.clock;
}

Status ReviewFlow::next()
{
    if (static_cast<std::size_t>(m_step) + 1 >= kReviewSteps) {
        return fail(ErrorCode::InvalidArgument, "the review has no step after saving");
    }
    m_step = static_cast<ReviewStep>(static_cast<int>(m_step) + 1);
    return {};
}

Status ReviewFlow::back()
{
    if (m_step == ReviewStep::Appreciations) {
        return fail(ErrorCode::InvalidArgument, "the review has no step before appreciations");
    }
    m_step = static_cast<ReviewStep>(static_cast<int>(m_step) - 1);
    return {};
}

Status ReviewFlow::checkTurn(ReviewStep step, ReviewSide side)
{
    if (auto st = checkTogether(); !st) {
        return st;
    }
    if (m_step != step || !isPrivate(step)) {
        return fail(ErrorCode::InvalidArgument, "that is not the step the review is at");
    }
    if (turnsOf(step).turns[sideIndex(side)] == TurnState::HadTurn) {
        return fail(ErrorCode::InvalidArgument, "this partner already had their turn at this step");
    }
    return {};
}

Status ReviewFlow::submitAppreciations(ReviewSide side, std::span<const std::string> items)
{
    if (auto st = checkTurn(ReviewStep::Appreciations, side); !st) {
        return st;
    }
    auto id = space(side).appreciations(reviewDate(), Appreciations{{items.begin(), items.end()}});
    if (!id) {
        return propagate(id);
    }
    return haveTurn(ReviewStep::Appreciations, side, std::move(*id));
}

Status ReviewFlow::submitCheckIn(ReviewSide side, const CheckIn& checkIn)
{
    if (auto st = checkTurn(ReviewStep::CheckIn, side); !st) {
        return st;
    }
    auto id = space(side).checkIn(reviewDate(), checkIn);
    if (!id) {
        return propagate(id);
    }
    return haveTurn(ReviewStep::CheckIn, side, std::move(*id));
}

Status ReviewFlow::submitLoved(ReviewSide side, std::string_view answer)
{
    if (auto st = checkTurn(ReviewStep::Loved, side); !st) {
        return st;
    }
    auto id = space(side).loved(reviewDate(), answer);
    if (!id) {
        return propagate(id);
    }
    return haveTurn(ReviewStep::Loved, side, std::move(*id));
}

Status ReviewFlow::skipTurn(ReviewSide side)
{
    if (auto st = checkTurn(m_step, side); !st) {
        return st;
    }
    // Nothing is written, here or anywhere: a skip is only this turn, had.
    return haveTurn(m_step, side, std::nullopt);
}

Status ReviewFlow::haveTurn(ReviewStep step, ReviewSide side, std::optional<EnvelopeId> written)
{
    Turns& turns = turnsOf(step);
    turns.turns[sideIndex(side)] = TurnState::HadTurn;
    turns.written[sideIndex(side)] = std::move(written);
    if (!bothHadTheirTurn(turns.turns) || !turns.written[0] || !turns.written[1]) {
        return {};
    }
    return revealBoth(step);
}

Status ReviewFlow::revealBoth(ReviewStep step)
{
    const Topic topic = topicOf(step, reviewDate());
    const Turns& turns = turnsOf(step);
    // Only what was submitted in this sitting, and only if it is still each side's
    // current version: never an item written before, or replaced since.
    for (ReviewSide side : kSides) {
        CoupleSpace& who = space(side);
        auto current = detail::MyItemStore(who.journalDb(), who.myId()).item(topic);
        if (!current) {
            return propagate(current);
        }
        if (!*current || (*current)->envelope.id != *turns.written[sideIndex(side)]) {
            return fail(ErrorCode::InvalidArgument, "a submission of this sitting was replaced");
        }
    }
    for (ReviewSide side : kSides) {
        if (auto revealed = space(side).revealTogether(topic); !revealed) {
            return propagate(revealed);
        }
    }
    return step == ReviewStep::Loved ? prefillIntentions() : Status{};
}

template <typename T, typename Read> Result<PrivateStepView<T>> ReviewFlow::view(ReviewStep step, Read read)
{
    if (auto st = checkTogether(); !st) {
        return propagate(st);
    }
    const Turns& turns = turnsOf(step);
    PrivateStepView<T> view;
    view.turns = turns.turns;
    if (!bothHadTheirTurn(turns.turns)) {
        return view; // nothing is read before both had their turn
    }
    auto topic = read(*m_first);
    if (!topic) {
        return propagate(topic);
    }
    if (topic->status.state == RevealState::Revealed) {
        view.revealed = true;
        view.first = std::move(topic->mine);
        view.second = std::move(topic->partners);
    } else {
        view.nothingThisWeek = true;
    }
    return view;
}

Result<PrivateStepView<Appreciations>> ReviewFlow::appreciations()
{
    return view<Appreciations>(ReviewStep::Appreciations,
                               [&](CoupleSpace& s) { return s.readAppreciations(reviewDate()); });
}

Result<PrivateStepView<CheckIn>> ReviewFlow::checkIn()
{
    return view<CheckIn>(ReviewStep::CheckIn, [&](CoupleSpace& s) { return s.readCheckIn(reviewDate()); });
}

Result<PrivateStepView<std::string>> ReviewFlow::loved()
{
    return view<std::string>(ReviewStep::Loved, [&](CoupleSpace& s) { return s.readLoved(reviewDate()); });
}

Status ReviewFlow::prefillIntentions()
{
    auto revealed = loved();
    if (!revealed) {
        return propagate(revealed);
    }
    if (!revealed->revealed) {
        return {};
    }
    // What each asked of the other becomes the other's intention: the receiver's.
    const auto prefill = [&](ReviewSide receiver, const std::optional<Opened<std::string>>& asked) {
        if (!m_intentionSet[sideIndex(receiver)] && asked && asked->readable()) {
            m_intentions[sideIndex(receiver)] = asked->value;
        }
    };
    prefill(ReviewSide::Second, revealed->first);
    prefill(ReviewSide::First, revealed->second);
    return {};
}

void ReviewFlow::setNextIntention(ReviewSide side, std::string text)
{
    m_intentions[sideIndex(side)] = std::move(text);
    m_intentionSet[sideIndex(side)] = true;
}

Status ReviewFlow::startTalk(ReviewSide speaker)
{
    if (auto st = checkTogether(); !st) {
        return st;
    }
    m_talk = TalkTurn{speaker, clock().nowMs(), kTalkTurnMinutes};
    return {};
}

Status ReviewFlow::swapTurn()
{
    if (!m_talk) {
        return fail(ErrorCode::InvalidArgument, "the talk has not started");
    }
    m_talk = TalkTurn{otherSide(m_talk->speaker), clock().nowMs(), m_talk->minutes};
    return {};
}

Result<std::optional<ReviewRecord>> ReviewFlow::lastReview()
{
    if (auto st = checkTogether(); !st) {
        return propagate(st);
    }
    // Newest first, as the first side's journal vouches for them: a forged record of a
    // later date is not among them.
    auto history = WeeklyReview(*m_first).history();
    if (!history) {
        return propagate(history);
    }
    for (ReviewRecord& record : *history) {
        if (record.reviewDate < reviewDate()) {
            if (record.removed) {
                // Its intentions went with it: changed outside Twofold, so not shown.
                record.myIntentionDamaged = true;
                record.partnerIntentionDamaged = true;
            }
            return std::optional<ReviewRecord>(std::move(record));
        }
    }
    return std::optional<ReviewRecord>();
}

Result<ReviewRecord> ReviewFlow::save()
{
    if (m_saved) {
        return fail(ErrorCode::InvalidArgument, "this review is saved");
    }
    if (auto st = checkTogether(); !st) {
        return propagate(st);
    }
    // The notes are already written (putNote); the record signs them as they stand.
    TogetherSave contents{reviewDate(), m_intentions[0], m_intentions[1], {}};
    auto saved = WeeklyReview(*m_first).saveTogetherV2(*m_second, contents);
    if (saved) {
        m_saved = true;
    }
    return saved;
}

Result<std::string> ReviewFlow::putNote(NoteKind kind, ReviewSide by, std::string_view text,
                                        std::string_view id, std::string_view about)
{
    if (auto st = checkTogether(); !st) {
        return propagate(st);
    }
    return ReviewNotes(*m_first).put(reviewDate(), kind, space(by), text, id, about);
}

Result<std::vector<ReviewNote>> ReviewFlow::notes(NoteKind kind)
{
    if (auto st = checkTogether(); !st) {
        return propagate(st);
    }
    return ReviewNotes(*m_first).notes(reviewDate(), kind);
}

} // namespace twofold
