// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "ui/together/steps/ReviewStepPage.h"

#include <array>

class QLabel;
class QWidget;

namespace twofold::ui {

class SharedNote;

// Last week's intentions, each with its author's name, and an optional kind word on each
// from the partner it was for (a KindWord note about the intention's author). Nothing is
// scored or tallied; the first review says there is nothing from last week yet.
class LastIntentionsStep : public ReviewStepPage
{
    Q_OBJECT

public:
    LastIntentionsStep(ReviewFlow& flow, ReviewNames names, QWidget* parent = nullptr);

    ReviewStep step() const override { return ReviewStep::LastIntentions; }
    void refresh() override;
    Status leave() override;

private:
    struct Side
    {
        QWidget* card = nullptr;
        QLabel* intention = nullptr;
        QWidget* kindWord = nullptr; // the kind word's label and editor
        SharedNote* note = nullptr;
    };

    QLabel* m_intro;
    QLabel* m_first; // "This is your first review together…"
    QWidget* m_cards;
    std::array<Side, 2> m_sides; // by sideIndex(ReviewSide): whose intention
};

} // namespace twofold::ui
