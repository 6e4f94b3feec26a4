// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <filesystem>

#include <QObject>
#include <QString>

class QLocalServer;

namespace twofold::ui {

// One window per vault. The first instance listens on a local socket in $XDG_RUNTIME_DIR
// named after a hash of the vault path (no user text in the name), removed when this
// object goes; a second start on the same vault pings it, and the first brings its window
// forward where the platform allows.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const std::filesystem::path& vaultDir, QObject* parent = nullptr);

    bool listen();
    // A second instance: asks the first to come forward. True when it answered.
    static bool notifyRunning(const std::filesystem::path& vaultDir, int timeoutMs = 500);
    static QString serverName(const std::filesystem::path& vaultDir);

Q_SIGNALS:
    void activationRequested();

private:
    QString m_name;
    QLocalServer* m_server;
};

} // namespace twofold::ui
