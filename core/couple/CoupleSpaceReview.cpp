// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "common/Propagate.h"
#include "couple/CoupleSpace.h"
#include "couple/ReviewSteps.h"
#include "couple/WeeklyReview.h"
#include "couple/detail/ReviewPlaintext.h"
#include "journal/detail/Utf8.h"

// The weekly review's private steps other than the check-in: appreciations and the
// "more loved" answer. Written like a check-in (my journal; published only on agreeing),
// granted only by revealTogether() (docs/ARCHITECTURE.md, "The guided weekly review").
namespace twofold {

Result<EnvelopeId> CoupleSpace::appreciations(std::string_view reviewDate, const Appreciations& items,
                                              Reveal reveal)
{
    if (auto st = checkUnlocked(); !st) {
        return propagate(st);
    }
    if (!WeeklyReview::isValidDate(reviewDate)) {
        return fail(ErrorCode::InvalidArgument, "a review date is YYYY-MM-DD");
    }
    if (items.items.empty() || items.items.size() > kMaxAppreciations) {
        return fail(ErrorCode::InvalidArgument, "one to five appreciations");
    }
    for (const std::string& item : items.items) {
        if (item.empty() || !detail::fitsUtf8(item, kMaxAppreciationBytes)) {
            return fail(ErrorCode::InvalidArgument, "an appreciation is 1 to 1000 bytes of UTF-8");
        }
    }
    const SecretBuffer plain = detail::encodeAppreciations(items);
    return write(Topic::reviewStep(std::string(reviewDate), kAppreciationsStep), {}, plain, reveal);
}

Result<EnvelopeId> CoupleSpace::loved(std::string_view reviewDate, std::string_view answer, Reveal reveal)
{
    if (auto st = checkUnlocked(); !st) {
        return propagate(st);
    }
    if (!WeeklyReview::isValidDate(reviewDate)) {
        return fail(ErrorCode::InvalidArgument, "a review date is YYYY-MM-DD");
    }
    if (answer.empty() || !detail::fitsUtf8(answer, kMaxLovedBytes)) {
        return fail(ErrorCode::InvalidArgument, "an answer is 1 to 2000 bytes of UTF-8");
    }
    const SecretBuffer plain = detail::encodeLoved(answer);
    return write(Topic::reviewStep(std::string(reviewDate), kLovedStep), {}, plain, reveal);
}

Result<TopicStatus> CoupleSpace::revealTogether(const Topic& topic)
{
    if (!isTogether()) {
        return fail(ErrorCode::InvalidArgument, "a review step is revealed only with both partners together");
    }
    // Both sessions resolve this topic inside reveal() (afterChange); each checks the flag
    // of either space, so the partner's grant in return is written in the same call.
    m_revealingTogether = true;
    auto revealed = reveal(topic);
    m_revealingTogether = false;
    return revealed;
}

} // namespace twofold
