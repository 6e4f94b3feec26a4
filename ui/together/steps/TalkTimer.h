// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "couple/ReviewSteps.h"

#include <cstdint>
#include <optional>

#include <QWidget>

class QTimer;

namespace twofold {
class Clock;
}

namespace twofold::ui {

// The talk step's gentle timer: a ring that fills over one speaker's turn. Time comes only
// from the injected Clock (the vault's), read again every second. No sound, no red: when
// the turn's minutes are up the ring is simply full and ranOut() is emitted once.
class TalkTimer : public QWidget
{
    Q_OBJECT

public:
    explicit TalkTimer(const Clock& clock, QWidget* parent = nullptr);

    // The current turn, or none before the talk starts.
    void setTurn(const std::optional<TalkTurn>& turn);
    // Seconds of this turn so far on the clock (0 before the talk), at most the turn's length.
    std::int64_t elapsedSeconds() const;
    bool isRunOut() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void ranOut();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void tick();

    const Clock* m_clock;
    std::optional<TalkTurn> m_turn;
    bool m_ranOut = false;
    QTimer* m_timer;
};

} // namespace twofold::ui
