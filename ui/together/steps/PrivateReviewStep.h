// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "ui/together/steps/PrivateTurnPanel.h"
#include "ui/together/steps/ReviewStepPage.h"

#include <array>

class QLabel;
class QVBoxLayout;

namespace twofold::ui {

// What the three private steps share: a title and a question, the turns
// (PrivateTurnPanel), and once both had their turn the reveal, which each step builds
// from what ReviewFlow gives it.
class PrivateReviewStep : public ReviewStepPage
{
    Q_OBJECT

public:
    // Leaving mid-turn drops the open editor; nothing is submitted.
    Status leave() override;

protected:
    PrivateReviewStep(ReviewFlow& flow, ReviewNames names, const QString& title, const QString& question,
                      PrivateTurnPanel::MakeEditor makeEditor, PrivateTurnPanel::Submit submit,
                      QWidget* parent);

    // While a side waits, its handover card; once both had their turn, `reveal` (made by
    // the step, owned here from now) in place of the last one.
    void showState(const std::array<TurnState, 2>& turns, QWidget* reveal);
    // Both had their turn, but not both wrote: the same words whoever skipped.
    QWidget* nothingThisWeek(const QString& objectName);
    // Below the reveal: what the step adds after it (LovedStep's intentions).
    QVBoxLayout* afterReveal() const { return m_after; }
    PrivateTurnPanel* panel() const { return m_panel; }

private:
    PrivateTurnPanel* m_panel;
    QLabel* m_question;
    QVBoxLayout* m_revealPlace;
    QVBoxLayout* m_after;
    QWidget* m_reveal = nullptr;
};

} // namespace twofold::ui
