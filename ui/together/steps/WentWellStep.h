// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "ui/together/steps/ReviewStepPage.h"

#include <array>

namespace twofold::ui {

class SharedNote;

// "What went well between us": a column for each partner, each their own WentWell note,
// stored as they type (SharedNote) and when the step is left.
class WentWellStep : public ReviewStepPage
{
    Q_OBJECT

public:
    WentWellStep(ReviewFlow& flow, ReviewNames names, QWidget* parent = nullptr);

    ReviewStep step() const override { return ReviewStep::WentWell; }
    void refresh() override;
    Status leave() override;

private:
    std::array<SharedNote*, 2> m_notes{}; // by sideIndex(ReviewSide)
};

} // namespace twofold::ui
