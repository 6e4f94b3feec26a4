// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "ui/shell/Notifier.h"

#include <QDBusConnection>

namespace twofold::ui {

// org.freedesktop.Notifications over the session bus (QtDBus): the desktop's own
// notifications, without a tray icon. Low urgency, transient, no body, no actions; the call
// does not wait for an answer. Silent when there is no session bus.
class DesktopNotifier final : public Notifier
{
public:
    explicit DesktopNotifier(QDBusConnection bus = QDBusConnection::sessionBus());
    bool notify(const QString& summary) override;

private:
    QDBusConnection m_bus;
};

} // namespace twofold::ui
