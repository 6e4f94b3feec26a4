// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "couple/Envelope.h"

namespace twofold {

// Where a reciprocal topic stands, as one partner sees it. It never carries the
// partner's words, and "not now" is never "declined": a partner who holds back
// shows exactly like one who has not answered (protocol v2: an answer not agreed to
// is not in couple.db at all).
enum class RevealState
{
    NotAnswered,       // neither of you has answered (as far as you can tell)
    WaitingForYou,     // you have not agreed to reveal (you answered, or your partner agreed to theirs)
    WaitingForPartner, // you answered and agreed; your partner has not (yet), or their app has not run since
    Revealed,          // both current versions are sealed to the other: both can read both
    Damaged,           // the shared file held something under your name that you never agreed to
};

struct TopicStatus
{
    Topic topic;
    RevealState state = RevealState::NotAnswered;
    bool answeredByMe = false;
    bool agreedByMe = false;        // my journal agrees to reveal my current version
    bool answeredByPartner = false; // my partner answered AND agreed to reveal (published)
    // Both agreed; my grant exists, my partner's session has not written theirs yet
    // ("opens the next time they unlock, or now, together").
    bool bothAgreed = false;
    // My partner's current version is not readable to me, but an earlier one they
    // revealed before editing still is.
    bool earlierPartnerVersionReadable = false;
    // couple.db held a version under my name that my journal never agreed to (a
    // re-inserted row, an older couple.db, a forged item): it was removed, no grant was
    // written, and this stays until I act on the topic again.
    bool sharedFileChanged = false;
};

// hold(): a consent can be withdrawn until the grant it led to exists.
enum class Withdrawal
{
    Withdrawn,       // the consent is gone (or there was none)
    AlreadyRevealed, // too late to hold: use retract(), which says what it cannot undo
};

// retract(): grants deleted. What was read cannot be unread; the UI says so when
// partnerMayHaveRead is true.
struct Retraction
{
    bool partnerMayHaveRead = false;
};

} // namespace twofold
