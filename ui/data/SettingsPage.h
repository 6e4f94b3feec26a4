// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QVBoxLayout;

namespace twofold::ui {

class DataSection;
struct VaultContext;

// Auto-lock minutes (journal setting ui.autoLockMinutes), the review day (couple-wide), the
// review-day desktop notification (this partner's, off by default: ReviewNotifier),
// this partner's prompt packs, change password, recovery help, the theme, and "Your data"
// (export, import, backups, vault check: DataSection). It scrolls when the window is short.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr char kAutoLockSetting[] = "ui.autoLockMinutes";

    explicit SettingsPage(VaultContext& context, QWidget* parent = nullptr);
    void reload();

Q_SIGNALS:
    void autoLockChanged();
    void changePasswordRequested();
    void packsChanged();
    // An import added entries: the journal list reloads.
    void journalChanged();
    // "Leave this couple…" (DataSection).
    void leaveRequested();

private:
    void showRecoveryHelp();
    void makeNewRecoveryCode();

    VaultContext& m_context;
    QSpinBox* m_autoLock;
    QComboBox* m_reviewDay;
    QCheckBox* m_reviewNotification;
    QComboBox* m_theme;
    QWidget* m_packBox;
    QVBoxLayout* m_packLayout;
    QLabel* m_message;
    DataSection* m_data;
    bool m_loading = false;
};

} // namespace twofold::ui
