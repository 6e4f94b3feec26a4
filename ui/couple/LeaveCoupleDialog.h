// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace twofold::ui {

struct VaultContext;

// "Leave this couple" (docs/ARCHITECTURE.md, "Leaving the couple"; Session::leaveCouple).
// Says what leaving deletes and what it cannot reach, offers an export first (a JSON file
// the user picks, written 0600), then asks for the partner's password. Both the export
// and the leave run off the GUI thread. On success the session is locked and left() is
// emitted; the window returns to the unlock screen, where this partner's tile is gone.
class LeaveCoupleDialog : public QDialog
{
    Q_OBJECT

public:
    LeaveCoupleDialog(VaultContext& context, QWidget* parent = nullptr);

Q_SIGNALS:
    // complete: everything is deleted. Otherwise leaving committed but a step failed: the
    // session is locked, and this partner's next unlock finishes it.
    void left(bool complete);

protected:
    void reject() override;

private:
    void exportFirst();
    void leave();
    void setBusy(bool busy, const QString& text = QString());
    void refresh();

    VaultContext& m_context;
    QPushButton* m_export;
    QLabel* m_exported;
    QLineEdit* m_password;
    QLabel* m_error;
    QLabel* m_busyText;
    QProgressBar* m_busy;
    QPushButton* m_leave;
    QPushButton* m_cancel;
};

} // namespace twofold::ui
