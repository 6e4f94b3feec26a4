// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <QLabel>

namespace twofold::ui {

struct VaultContext;

// The note under a saved weekly review about the automatic backup that follows it, when
// the couple turned it on (core/backup/AutoBackup.h). start() runs the backup off the GUI
// thread and says where it went, or why it did not; it never blocks the review.
class AutoBackupNote : public QLabel
{
    Q_OBJECT

public:
    explicit AutoBackupNote(VaultContext& context, QWidget* parent = nullptr);

    void start();
    // Hidden and empty (a new summary, or lock).
    void reset();

Q_SIGNALS:
    // The backup finished (or failed). Not emitted when automatic backups are off.
    void finished(bool ok);

private:
    VaultContext& m_context;
};

} // namespace twofold::ui
