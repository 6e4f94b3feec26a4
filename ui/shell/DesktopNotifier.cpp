// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/shell/DesktopNotifier.h"

#include <QDBusMessage>
#include <QStringList>
#include <QVariantMap>

namespace twofold::ui {

namespace {

// The .desktop file's name and the installed icon's (resources/io.github.twofold.Twofold.desktop).
constexpr char kAppId[] = "io.github.twofold.Twofold";

} // namespace

DesktopNotifier::DesktopNotifier(QDBusConnection bus) : m_bus(std::move(bus)) {}

bool DesktopNotifier::notify(const QString& summary)
{
    if (!m_bus.isConnected()) {
        return false;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    // Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout):
    // an empty body and no actions; low urgency, gone once seen; the server's own timeout.
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(static_cast<uchar>(0)));
    hints.insert(QStringLiteral("transient"), true);
    hints.insert(QStringLiteral("desktop-entry"), QString::fromLatin1(kAppId));
    call << QStringLiteral("Twofold") << 0U << QString::fromLatin1(kAppId) << summary << QString()
         << QStringList() << hints << -1;
    // Not waited for: a desktop without a notification server never holds up the window.
    return m_bus.send(call);
}

} // namespace twofold::ui
