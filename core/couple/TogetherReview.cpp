// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "couple/TogetherReview.h"

#include "common/Propagate.h"
#include "couple/CoupleSpace.h"
#include "crypto/SecretBuffer.h"

#include <algorithm>

namespace twofold {

namespace {} // namespace

TogetherReview::TogetherReview(CoupleSpace& first, CoupleSpace& second, std::string reviewDate)
    : m_first(&first), m_second(&second), m_reviewDate(std::move(reviewDate))
{}

Status TogetherReview::checkTogether() const
{
    if (!m_first->isTogether() || !m_second->isTogether() || m_first->partnerId() != m_second->myId()) {
        return fail(ErrorCode::InvalidArgument, "the review needs both partners unlocked together");
    }
    return {};
}

Result<ReviewContents> TogetherReview::contents()
{
    if (auto st = checkTogether(); !st) {
        return propagate(st);
    }
    ReviewContents contents;
    contents.reviewDate = m_reviewDate;

    auto checkIns = m_first->readCheckIn(m_reviewDate);
    if (!checkIns) {
        return propagate(checkIns);
    }
    // Only revealed check-ins: each side's own (unrevealed) one is never on this screen.
    if (checkIns->status.state == RevealState::Revealed) {
        contents.firstCheckIn = checkIns->mine;
        contents.secondCheckIn = checkIns->partners;
    }

    // Every fact below is one both partners already know from their own Prompts pages,
    // read from the first partner's side: a state that depends on whether the second has
    // answered privately is never used.
    auto states = m_first->promptStates();
    if (!states) {
        return propagate(states);
    }
    for (const TopicStatus& status : *states) {
        std::optional<ReviewSide> sharedBy;
        if (status.state == RevealState::WaitingForYou && status.answeredByPartner) {
            sharedBy = ReviewSide::Second;
        } else if (status.state == RevealState::WaitingForPartner && status.agreedByMe &&
                   !status.bothAgreed) {
            sharedBy = ReviewSide::First;
        } else if (status.state != RevealState::Revealed) {
            continue;
        }
        auto prompt = m_first->prompts().find(status.topic.key);
        if (!prompt) {
            return propagate(prompt);
        }
        if (!*prompt) {
            continue; // a prompt no longer in the catalog
        }
        if (sharedBy) {
            contents.turns.push_back({status.topic.key, (*prompt)->text, *sharedBy});
            continue;
        }
        auto view = m_first->readAnswer(status.topic.key);
        if (!view) {
            return propagate(view);
        }
        contents.answers.push_back({status.topic.key, (*prompt)->text, view->mine, view->partners});
    }

    for (ReviewSide side : {ReviewSide::First, ReviewSide::Second}) {
        auto offers = space(side).myOffers();
        if (!offers) {
            return propagate(offers);
        }
        for (MyOffer& offer : *offers) {
            contents.offers.push_back({side, std::move(offer.title), offer.offeredMs});
        }
    }
    std::ranges::stable_sort(contents.offers, std::ranges::greater{}, &ReviewOffer::offeredMs);
    return contents;
}

Status TogetherReview::checkIn(ReviewSide side, const CheckIn& checkIn)
{
    if (auto st = checkTogether(); !st) {
        return st;
    }
    auto written = space(side).checkIn(m_reviewDate, checkIn, Reveal::Yes);
    if (!written) {
        return propagate(written);
    }
    return {};
}

Result<TopicStatus> TogetherReview::shareNow(ReviewSide side, std::string_view promptId,
                                             const SecretBuffer& password)
{
    if (auto st = checkTogether(); !st) {
        return propagate(st);
    }
    CoupleSpace& who = space(side);
    const Topic topic = Topic::answer(std::string(promptId));
    auto status = who.status(topic);
    if (!status) {
        return propagate(status);
    }
    // Only where the other has agreed: the review never offers anything else.
    if (!status->answeredByPartner || status->agreedByMe) {
        return fail(ErrorCode::InvalidArgument, "it is not this partner's turn on that prompt");
    }
    if (auto st = who.verifyPassword(password); !st) {
        return propagate(st);
    }
    return who.reveal(topic);
}

Result<ReviewRecord> TogetherReview::save(std::string_view firstIntention, std::string_view secondIntention)
{
    if (auto st = checkTogether(); !st) {
        return propagate(st);
    }
    return WeeklyReview(*m_first).saveTogether(m_reviewDate, firstIntention, *m_second, secondIntention);
}

} // namespace twofold
