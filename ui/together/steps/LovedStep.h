// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "ui/together/steps/PrivateReviewStep.h"

class QLabel;
class QLineEdit;
class QWidget;

namespace twofold::ui {

// "What can I do this week to make you feel more loved?": each answers in turn, unseen,
// revealed together (lovedReveal). Then next week's intentions, each prefilled with what
// the other asked (ReviewFlow::nextIntention), and stored back on leaving the step.
class LovedStep : public PrivateReviewStep
{
    Q_OBJECT

public:
    LovedStep(ReviewFlow& flow, ReviewNames names, QWidget* parent = nullptr);

    ReviewStep step() const override { return ReviewStep::Loved; }
    void refresh() override;
    Status leave() override;

private:
    QWidget* m_intentions;
    QLineEdit* m_intentionFirst;
    QLineEdit* m_intentionSecond;
};

} // namespace twofold::ui
