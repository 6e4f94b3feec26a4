// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/shell/SingleInstance.h"

#include "ui/together/ReviewReminder.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace twofold::ui {

namespace {
constexpr char kActivate[] = "activate\n";
}

SingleInstance::SingleInstance(const std::filesystem::path& vaultDir, QObject* parent)
    : QObject(parent), m_name(serverName(vaultDir)), m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                // Only a fixed word is understood; anything else is ignored.
                if (socket->readAll().startsWith(kActivate)) {
                    Q_EMIT activationRequested();
                }
                socket->disconnectFromServer();
            });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

QString SingleInstance::serverName(const std::filesystem::path& vaultDir)
{
    // A full path, so the socket lives in $XDG_RUNTIME_DIR (the user's own 0700 folder, emptied
    // at logout), not in /tmp. Without it Qt makes a private runtime folder of its own.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty()) {
        return ReviewReminder::vaultKey(vaultDir);
    }
    return QDir(runtime).filePath(ReviewReminder::vaultKey(vaultDir));
}

bool SingleInstance::listen()
{
    // No window of this login answered (runGui asked first), so a socket left here is stale.
    QLocalServer::removeServer(m_name);
    return m_server->listen(m_name);
}

bool SingleInstance::notifyRunning(const std::filesystem::path& vaultDir, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(vaultDir));
    if (!socket.waitForConnected(timeoutMs)) {
        return false;
    }
    socket.write(kActivate);
    const bool written = socket.waitForBytesWritten(timeoutMs);
    socket.disconnectFromServer();
    return written;
}

} // namespace twofold::ui
