// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <string>
#include <vector>

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace twofold::ui {

struct VaultContext;
class CapsLockHint;
class ShowSecretToggle;

// Who is writing? The partners as large buttons, a password field (or the recovery
// code), and Safety. Unlocking runs Argon2id off the GUI thread.
class LoginScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LoginScreen(VaultContext& context, QWidget* parent = nullptr);

    // Re-reads the partners from the keyring (it may have changed) and resets the form.
    void refresh();
    void selectPartner(const QString& partnerId);
    // A line under the heading until the next refresh (e.g. after a restore).
    void showNotice(const QString& text);
    // Focus where a person starts: the password field, or the first partner's tile while
    // nobody is chosen (after a lock, for one).
    void takeFocus();

Q_SIGNALS:
    void unlocked();
    void safetyRequested();
    // The small "Restore from a backup…" link (replaces both journals; RestorePage warns).
    void restoreRequested();

private:
    void setRecoveryMode(bool on);
    void unlock();
    void setBusy(bool busy);
    void showError(const QString& text);
    void updatePrompt();

    VaultContext& m_context;
    QLabel* m_heading;
    QWidget* m_partnerRow;
    // The partners' tiles, one checked at most. Not a QButtonGroup: an exclusive group
    // takes every tile but the checked one out of the Tab order, as for radio buttons.
    QList<QPushButton*> m_tiles;
    int chosen() const;
    void choose(int index);
    std::vector<std::string> m_partnerIds;
    QStringList m_partnerNames;
    QLabel* m_prompt;
    QLineEdit* m_password;
    ShowSecretToggle* m_show;
    CapsLockHint* m_capsLock;
    QPushButton* m_unlock;
    QPushButton* m_recoveryToggle;
    QLabel* m_error;
    QProgressBar* m_busy;
    QLabel* m_onePartnerNote;
    QLabel* m_reviewDue;
    QPushButton* m_safety;
    QPushButton* m_restore;
    QLabel* m_notice;
    bool m_recoveryMode = false;
};

} // namespace twofold::ui
