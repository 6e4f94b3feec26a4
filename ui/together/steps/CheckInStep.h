// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "ui/together/steps/PrivateReviewStep.h"

namespace twofold::ui {

// The check-in: the four connection ratings (CheckInForm without its notes), each with
// "Rather not say", in turn and unseen; revealed together (checkInReveal), where "rather
// not say" reads as such, never as a number.
class CheckInStep : public PrivateReviewStep
{
    Q_OBJECT

public:
    CheckInStep(ReviewFlow& flow, ReviewNames names, QWidget* parent = nullptr);

    ReviewStep step() const override { return ReviewStep::CheckIn; }
    void refresh() override;
};

} // namespace twofold::ui
