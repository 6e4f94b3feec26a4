// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "ui/together/steps/ReviewStepPage.h"

class QLabel;

namespace twofold::ui {

struct VaultContext;
class ReviewSummaryView;

// This week side by side (ReviewSummaryView of ReviewFlow::shared()): the revealed
// check-ins and answers, offered entries, and the prompts one of them agreed to share,
// where "Share mine now" takes that partner's own password, checked off the GUI thread.
class SideBySideStep : public ReviewStepPage
{
    Q_OBJECT

public:
    SideBySideStep(ReviewFlow& flow, ReviewNames names, VaultContext& context, QWidget* parent = nullptr);

    ReviewStep step() const override { return ReviewStep::SideBySide; }
    void refresh() override;

private:
    void shareNow(int index);

    VaultContext& m_context;
    ReviewSummaryView* m_summary;
};

} // namespace twofold::ui
