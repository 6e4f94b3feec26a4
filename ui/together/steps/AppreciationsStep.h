// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "ui/together/steps/PrivateReviewStep.h"

namespace twofold::ui {

// The first step: up to five things each partner appreciated this week, written in
// turn, unseen, and revealed to both together (appreciation1..5, appreciationsReveal).
class AppreciationsStep : public PrivateReviewStep
{
    Q_OBJECT

public:
    AppreciationsStep(ReviewFlow& flow, ReviewNames names, QWidget* parent = nullptr);

    ReviewStep step() const override { return ReviewStep::Appreciations; }
    void refresh() override;
};

} // namespace twofold::ui
