// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <QDialog>

class QLabel;
class QStackedWidget;

namespace twofold::ui {

class BusyButtons;
class CurrentPasswordField;
class RecoveryCodePage;
struct VaultContext;

// Settings › "Make a new recovery code…": the current password first (DESIGN.md §6;
// Session::verifyPassword, a wrong one is a failed attempt), except right after unlocking
// with the recovery code, which proved the same. Then Session::resetRecoveryCode off the GUI
// thread, and the new code is shown once (RecoveryCodePage); the old one stops working.
class NewRecoveryCodeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewRecoveryCodeDialog(VaultContext& context, QWidget* parent = nullptr);

Q_SIGNALS:
    void codeReplaced();

protected:
    void reject() override;

private:
    void submit();
    void setBusy(bool busy);

    VaultContext& m_context;
    QStackedWidget* m_stack;
    CurrentPasswordField* m_current; // nullptr after a recovery-code unlock
    QLabel* m_error;
    BusyButtons* m_foot; // busy bar, OK and Cancel
    RecoveryCodePage* m_recovery;
};

} // namespace twofold::ui
