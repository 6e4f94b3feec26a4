// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Clock.h"

#include <chrono>
#include <cstdint>

#include <QObject>
#include <QTimer>

namespace twofold::ui {

// Emits idle() once when no keyboard or mouse input reached the application for the
// timeout (DESIGN.md §6: default 5 minutes). Time comes from an injected Clock and the
// check can be run by hand, so tests trigger it without waiting.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultMinutes = 5;

    explicit IdleLock(const Clock& clock, QObject* parent = nullptr);
    ~IdleLock() override;

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Watching starts after an unlock and stops at lock.
    void start();
    void stop();
    bool isWatching() const { return m_watching; }

    void noteActivity();
    // Emits idle() (and stops) when the timeout has passed since the last activity.
    void check();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const Clock* m_clock;
    QTimer m_poll;
    std::chrono::milliseconds m_timeout;
    std::int64_t m_lastActivityMs = 0;
    bool m_watching = false;
};

} // namespace twofold::ui
