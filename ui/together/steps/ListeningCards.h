// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <QFrame>

class QLabel;

namespace twofold::ui {

// Six short cards on listening without defending, one at a time, with "Another card".
class ListeningCards : public QFrame
{
    Q_OBJECT

public:
    explicit ListeningCards(QWidget* parent = nullptr);

    static int cardCount();
    int currentCard() const { return m_current; }
    void showCard(int index);

private:
    QLabel* m_title;
    QLabel* m_text;
    int m_current = 0;
};

} // namespace twofold::ui
