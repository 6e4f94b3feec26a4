// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/shell/IdleLock.h"

#include <QCoreApplication>
#include <QEvent>

namespace twofold::ui {

IdleLock::IdleLock(const Clock& clock, QObject* parent)
    : QObject(parent), m_clock(&clock), m_timeout(std::chrono::minutes(kDefaultMinutes))
{
    // Polling every few seconds is cheap and, unlike one long timer, follows the
    // injected clock (and a suspended laptop's wall clock) exactly.
    m_poll.setInterval(std::chrono::seconds(5));
    connect(&m_poll, &QTimer::timeout, this, &IdleLock::check);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    if (auto* app = QCoreApplication::instance()) {
        app->removeEventFilter(this);
    }
}

void IdleLock::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

void IdleLock::start()
{
    m_watching = true;
    noteActivity();
    m_poll.start();
}

void IdleLock::stop()
{
    m_watching = false;
    m_poll.stop();
}

void IdleLock::noteActivity()
{
    m_lastActivityMs = m_clock->nowMs();
}

void IdleLock::check()
{
    if (!m_watching) {
        return;
    }
    if (m_clock->nowMs() - m_lastActivityMs >= m_timeout.count()) {
        stop();
        Q_EMIT idle();
    }
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    if (m_watching) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::InputMethod:
            noteActivity();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace twofold::ui
