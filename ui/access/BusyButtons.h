// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <QObject>
#include <QString>

class QDialogButtonBox;
class QProgressBar;
class QPushButton;
class QWidget;

namespace twofold::ui {

// The foot of NewPasswordDialog and NewRecoveryCodeDialog: a busy bar, shown while the
// worker changes the keys, and OK / Cancel. The dialog lays them out (the bar and the
// buttons need not sit together). Named `<prefix>Busy`, `<prefix>Ok` and `<prefix>Cancel`
// (tests find them); `busyText` is the bar's accessible name.
class BusyButtons : public QObject
{
public:
    BusyButtons(const QString& prefix, const QString& busyText, QWidget* parent);

    QProgressBar* bar() const { return m_bar; }
    QDialogButtonBox* box() const { return m_box; }
    QPushButton* ok() const { return m_ok; }
    QPushButton* cancel() const { return m_cancel; }

    bool isBusy() const;
    // Busy: the bar shows and both buttons are off. Idle: Cancel is on, OK as `okWhenIdle`.
    void setBusy(bool busy, bool okWhenIdle);

private:
    QProgressBar* m_bar;
    QDialogButtonBox* m_box;
    QPushButton* m_ok;
    QPushButton* m_cancel;
};

} // namespace twofold::ui
