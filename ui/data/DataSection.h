// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace twofold::ui {

struct VaultContext;

// Settings › "Your data": Export…, Import…, Back up now…, Check the vault…, the
// couple-wide automatic backups after each weekly review (core/backup/AutoBackup.h), and
// "Leave this couple…" (LeaveCoupleDialog, opened by MainScreen).
// The dialogs are its children (window-modal, deleted on close), so tests find them by
// object name under the settings page.
class DataSection : public QWidget
{
    Q_OBJECT

public:
    explicit DataSection(VaultContext& context, QWidget* parent = nullptr);

    // Reads the automatic-backup settings from couple.db again.
    void reload();
    bool isBusy() const;

Q_SIGNALS:
    // An import added entries to the journal.
    void journalChanged();
    // Back up now finished (the message label says how).
    void backupFinished(bool written);
    // "Leave this couple…" (offered only while there is a partner to leave).
    void leaveRequested();

private:
    void openExport();
    void openImport();
    void backUpNow();
    void openCheck();
    void chooseAutoFolder();
    void saveAuto();
    void setBusy(bool busy);

    VaultContext& m_context;
    QPushButton* m_export;
    QPushButton* m_import;
    QPushButton* m_backup;
    QPushButton* m_check;
    QProgressBar* m_busy;
    QLabel* m_message;
    QWidget* m_autoBox;
    QCheckBox* m_autoEnabled;
    QLabel* m_autoFolder;
    QPushButton* m_autoChoose;
    QSpinBox* m_autoKeep;
    QLabel* m_autoMessage;
    QWidget* m_leaveBox;
    QString m_folder; // the automatic-backup folder shown (native separators)
    bool m_loading = false;
};

} // namespace twofold::ui
