// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QStackedWidget;

namespace twofold {
class Session;
}

namespace twofold::ui {

class BusyButtons;
class CurrentPasswordField;
class PasswordFields;
class RecoveryCodePage;
struct VaultContext;

// Chooses a new password for the unlocked partner. Asks for the current one first
// (DESIGN.md §6), except right after unlocking with the recovery code, which proved the
// same. "Lock out anyone who knew my old password" re-keys everything (Session::rekey)
// and then shows the new recovery code once. The work runs off the GUI thread.
class NewPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    NewPasswordDialog(VaultContext& context, QWidget* parent = nullptr);

Q_SIGNALS:
    // rekeyed: everything is under new keys (and a new recovery code was shown).
    void passwordChanged(bool rekeyed);

protected:
    void reject() override;

private:
    void submit();
    void setBusy(bool busy);
    void updateTexts();

    VaultContext& m_context;
    QStackedWidget* m_stack;
    QLabel* m_intro;
    CurrentPasswordField* m_current; // nullptr after a recovery-code unlock
    PasswordFields* m_fields;
    QCheckBox* m_rekey;
    QLabel* m_rekeyHelp;
    QLabel* m_error;
    QLabel* m_busyText;
    BusyButtons* m_foot; // busy bar, OK and Cancel
    RecoveryCodePage* m_recovery;
};

} // namespace twofold::ui
