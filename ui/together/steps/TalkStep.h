// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "ui/together/steps/ReviewStepPage.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace twofold {
class Clock;
}

namespace twofold::ui {

class ListeningCards;
class SharedNote;
class TalkTimer;

// "One thing to talk about" (optional): a topic chosen by either partner, one speaks and
// the other listens with a gentle timer, then they swap; the listener may write down
// what they heard. The timer reads only the injected clock (the vault's).
class TalkStep : public ReviewStepPage
{
    Q_OBJECT

public:
    TalkStep(ReviewFlow& flow, ReviewNames names, const Clock& clock, QWidget* parent = nullptr);

    ReviewStep step() const override { return ReviewStep::Talk; }
    void refresh() override;
    Status leave() override;

Q_SIGNALS:
    // A turn began (true) or its minutes are up (false): while a turn runs nobody touches
    // the keyboard, and the idle lock waits (AppWindow, VaultContext::talkTurnRunning).
    void turnRunning(bool running);

private:
    ReviewSide topicOwner() const;
    ReviewSide speaker() const;
    void chooseOwner();
    void start();
    void swap();
    void showTurn();

    QComboBox* m_owner;
    QLabel* m_speaker;
    QLabel* m_timeNote;
    QLabel* m_heardLabel;
    QPushButton* m_start;
    QPushButton* m_swap;
    TalkTimer* m_timer;
    ListeningCards* m_cards;
    SharedNote* m_topic = nullptr;
    SharedNote* m_heard = nullptr;
};

} // namespace twofold::ui
