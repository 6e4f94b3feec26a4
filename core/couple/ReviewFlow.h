// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"
#include "couple/CheckIn.h"
#include "couple/Envelope.h"
#include "couple/ReviewNotes.h"
#include "couple/ReviewSteps.h"
#include "couple/TogetherReview.h"
#include "couple/WeeklyReview.h"

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace twofold {

class Clock;
class CoupleSpace;

// The guided weekly review in Together mode (DESIGN.md §5, docs/ARCHITECTURE.md "The
// guided weekly review"): one step a screen, and what the shared screen may show at each.
//
// The private steps (appreciations, check-in, "more loved") are each partner's own: a
// submission goes into its author's journal only (Reveal::NotYet), so couple.db holds
// nothing of it. Only when both had their turn in this sitting and both wrote does the
// flow agree for both, and both are sealed to each other at once; if either skipped
// nothing is published, and the screen says only "nothing from this step this week".
// A skip writes nothing anywhere and is, here too, the same HadTurn as a submission. A
// side that had its turn cannot write again or read back its words before the reveal
// (the partner at the keyboard, DESIGN.md §1), and the flow reveals only what it was
// given in this sitting, never an item written before.
//
// Both spaces must be Together with each other and outlive the flow. Turns are kept in
// memory: a sitting that ends before a reveal leaves each submission in its author's
// journal, unrevealed; the next sitting starts the step again.
class ReviewFlow
{
public:
    // Also withdraws (holds) a lone agreement on this date's appreciations or loved
    // answer, left by a sitting that stopped between the two partners' reveals: it is
    // revealed only by a sitting in which both have their turn again.
    static Result<ReviewFlow> begin(CoupleSpace& first, CoupleSpace& second, std::string reviewDate);

    const std::string& reviewDate() const noexcept { return m_shared.reviewDate(); }

    ReviewStep step() const noexcept { return m_step; }
    // InvalidArgument past the last step or before the first. Moving never reopens a side's
    // private input: a turn had is had for the whole sitting.
    Status next();
    Status back();

    // At the current step only (InvalidArgument elsewhere). InvalidArgument ("already had
    // their turn") once `side` submitted or skipped this step in this sitting, or after
    // the step was revealed.
    Status submitAppreciations(ReviewSide side, std::span<const std::string> items);
    // The four ratings, each optional ("rather not say" is a gap, never a zero).
    Status submitCheckIn(ReviewSide side, const CheckIn& checkIn);
    Status submitLoved(ReviewSide side, std::string_view answer);
    // "Skip my turn" at the current private step: writes nothing anywhere.
    Status skipTurn(ReviewSide side);

    Result<PrivateStepView<Appreciations>> appreciations();
    Result<PrivateStepView<CheckIn>> checkIn();
    Result<PrivateStepView<std::string>> loved();

    // The talk step's gentle timer on the session's clock: nothing rings, nothing counts.
    Status startTalk(ReviewSide speaker);
    Status swapTurn(); // InvalidArgument before startTalk
    std::optional<TalkTurn> talk() const { return m_talk; }

    // The shared steps' notes (what went well, the talk topic, "what I heard", kind words
    // on last week's intentions): written at once to couple.db, signed by `by` (ReviewNotes).
    // An id replaces `by`'s note of that id; empty text removes it. `about` names whose
    // intention a KindWord is about (the partner id), empty for the other kinds.
    Result<std::string> putNote(NoteKind kind, ReviewSide by, std::string_view text, std::string_view id = {},
                                std::string_view about = {});
    Result<std::vector<ReviewNote>> notes(NoteKind kind);

    // The newest saved review before this one (its intentions: "last week's intentions"), as
    // the first side's journal vouches for it; a removed one's intentions read as damaged.
    Result<std::optional<ReviewRecord>> lastReview();
    // The shared screen's other contents (revealed answers, offers, turns), as today.
    TogetherReview& shared() noexcept { return m_shared; }

    // Next week's intention of `side`. Once "more loved" is revealed, each side's intention
    // is prefilled with the partner's answer (what the partner asked of them), unless the
    // side already set one; any text may replace it, empty for none.
    void setNextIntention(ReviewSide side, std::string text);
    const std::string& nextIntention(ReviewSide side) const { return m_intentions[sideIndex(side)]; }

    // Both intentions and a format-2 review record signed over the hash of its contents
    // (the notes, the intentions, the envelopes revealed on this date's private steps) and
    // countersigned by the other side, in one couple.db transaction; each intention signed
    // by its own side. InvalidArgument once saved in this sitting.
    Result<ReviewRecord> save();

private:
    // What this sitting knows of one private step.
    struct Turns
    {
        std::array<TurnState, 2> turns{TurnState::Waiting, TurnState::Waiting};
        std::array<std::optional<EnvelopeId>, 2> written; // ids submitted in this sitting
        bool revealedBefore = false;                      // revealed when the sitting began
    };

    ReviewFlow(CoupleSpace& first, CoupleSpace& second, std::string reviewDate);

    Status checkTogether() const;
    CoupleSpace& space(ReviewSide side) { return side == ReviewSide::First ? *m_first : *m_second; }
    static Topic topicOf(ReviewStep step, const std::string& reviewDate);
    Turns& turnsOf(ReviewStep step);
    Status checkTurn(ReviewStep step, ReviewSide side);
    // Records the turn; reveals both when both had it and both wrote.
    Status haveTurn(ReviewStep step, ReviewSide side, std::optional<EnvelopeId> written);
    Status revealBoth(ReviewStep step);
    template <typename T, typename Read> Result<PrivateStepView<T>> view(ReviewStep step, Read read);
    Status prefillIntentions();
    const Clock& clock() const;

    CoupleSpace* m_first;
    CoupleSpace* m_second;
    TogetherReview m_shared;
    ReviewStep m_step = ReviewStep::Appreciations;
    Turns m_appreciations;
    Turns m_checkIn;
    Turns m_loved;
    std::optional<TalkTurn> m_talk;
    std::array<std::string, 2> m_intentions;
    std::array<bool, 2> m_intentionSet{false, false};
    bool m_saved = false;
};

} // namespace twofold
