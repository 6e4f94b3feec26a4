// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "couple/ReviewSteps.h"
#include "ui/together/steps/ReviewStepPage.h"

namespace twofold::ui {

struct VaultContext;

// The widget of one review step, for ReviewFlowPage's stack. `flow` and `context` must
// outlive it.
ReviewStepPage* makeReviewStep(ReviewStep step, ReviewFlow& flow, ReviewNames names, VaultContext& context,
                               QWidget* parent);

} // namespace twofold::ui
