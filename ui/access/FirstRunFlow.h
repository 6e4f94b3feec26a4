// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <QStackedWidget>

class QLabel;
class QPushButton;

namespace twofold::ui {

struct VaultContext;
class PartnerSetupPage;
class RecoveryCodePage;
class SharedLoginPage;

// First run: welcome, one login or two, partner 1 (name, colour, password), their recovery code, the
// hand-over, partner 2 (or "Later"), their recovery code. The same pages, started at
// the hand-over, add the second partner later from inside partner 1's journal.
class FirstRunFlow : public QStackedWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        FirstRun,   // ends with ctx.session() being whoever is at the keyboard
        AddPartner, // ctx.session() is the sponsor and stays so
    };

    FirstRunFlow(VaultContext& context, Mode mode, QWidget* parent = nullptr);

Q_SIGNALS:
    void finished();
    void partnerAdded(const QString& name);
    void cancelled();
    void safetyRequested();
    // "Restore from a backup…" on the welcome page (moving to a new computer).
    void restoreRequested();

private:
    QWidget* makeWelcome();
    QWidget* makeHandOver();
    void enroll(PartnerSetupPage* page, int slot);

    VaultContext& m_context;
    Mode m_mode;
    QWidget* m_welcome = nullptr;
    SharedLoginPage* m_logins = nullptr; // one login or two (docs/ARCHITECTURE.md, "Two accounts, one vault")
    PartnerSetupPage* m_partner1 = nullptr;
    RecoveryCodePage* m_recovery1 = nullptr;
    QWidget* m_handOver = nullptr;
    QLabel* m_handOverText = nullptr;
    PartnerSetupPage* m_partner2 = nullptr;
    RecoveryCodePage* m_recovery2 = nullptr;
};

} // namespace twofold::ui
