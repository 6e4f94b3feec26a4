// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "couple/WeeklyReview.h"

#include <string_view>

namespace twofold::test {

// A format 1 review record, signed by one partner alone, as releases before the guided
// review saved it. The app can no longer write one; tests need it to check that old
// records still read, and what they can and cannot stand in for.
struct LegacyReviews
{
    static Result<ReviewRecord> save(WeeklyReview review, std::string_view reviewDate)
    {
        return review.saveFormat1(reviewDate);
    }
};

inline Result<ReviewRecord> saveLegacyReview(WeeklyReview review, std::string_view reviewDate)
{
    return LegacyReviews::save(review, reviewDate);
}

} // namespace twofold::test
