#pragma once

#include "couple/Envelope.h"

namespace twofold {

// Where a reciprocal topic stands, as one partner sees it. It never carries the
// partner's words, and "not now" is never "declined": a partner who holds back
// shows as WaitingForPartner, exactly like one who has not got to it yet.
enum class RevealState
{
    NotAnswered,       // neither of you has answered
    WaitingForYou,     // you have not agreed to reveal (your partner answered, or you answered)
    WaitingForPartner, // you answered and agreed; your partner has not (yet)
    Revealed,          // both current versions are sealed to the other: both can read both
};

struct TopicStatus
{
    Topic topic;
    RevealState state = RevealState::NotAnswered;
    bool answeredByMe = false;
    bool agreedByMe = false;        // my consent names my current version
    bool answeredByPartner = false; // visible anyway: their envelope exists
    // My partner's current version is not readable to me, but an earlier one they
    // revealed before editing still is.
    bool earlierPartnerVersionReadable = false;
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
