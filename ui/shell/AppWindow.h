// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "ui/shell/VaultContext.h"

#include <filesystem>

#include <QMainWindow>

class QAction;
class QStackedWidget;

namespace twofold::ui {

class FirstRunFlow;
class IdleLock;
class LoginScreen;
class MainScreen;
class RestorePage;
class ReviewNotifier;
class SafetyPage;

// The one window. Shows first run, the unlock screen or one partner's journal, and
// owns locking: Ctrl+L, the Lock button, idle time, and closing all come here.
// Its title is only ever "Twofold" (DESIGN.md §6).
class AppWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `idleClock` drives auto-lock: the vault's clock in the app; tests pass a ManualClock.
    AppWindow(std::filesystem::path vaultDir, VaultOptions options, const Clock& idleClock,
              QWidget* parent = nullptr);
    ~AppWindow() override;

    // Opens the vault when there is one and shows first run or the unlock screen.
    // VaultInUse and damaged keyrings come back as errors for the caller to show.
    Status start();

    // Saves drafts, clears every widget holding plaintext, wipes the keys, shows login.
    void lock();
    bool isUnlocked() const { return m_context.session() != nullptr; }

    VaultContext& context() { return m_context; }
    IdleLock* idleLock() const { return m_idle; }
    ReviewNotifier* reviewNotifier() const { return m_reviewNotifier; }
    MainScreen* mainScreen() const { return m_main; }
    LoginScreen* loginScreen() const { return m_login; }
    FirstRunFlow* firstRun() const { return m_firstRun; }
    RestorePage* restorePage() const { return m_restore; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void showFirstRun();
    void showLogin();
    void showMain();
    // After unlock, when the journal or couple.db is older than this partner last saw it:
    // says so before the journal, offers restore or continue. False when restoring.
    bool confirmOlderFiles();
    void showSafety(QWidget* returnTo);
    // Restore from a backup, from first run (a new computer) or the unlock screen.
    void showRestore(QWidget* returnTo);
    void applyAutoLockSetting();
    void rememberReviewSchedule();
    void lockQuietly();

    VaultContext m_context;
    QStackedWidget* m_stack;
    LoginScreen* m_login;
    SafetyPage* m_safety;
    RestorePage* m_restore;
    QWidget* m_restoreReturn = nullptr;
    FirstRunFlow* m_firstRun = nullptr;
    MainScreen* m_main = nullptr;
    QWidget* m_safetyReturn = nullptr;
    IdleLock* m_idle;
    ReviewNotifier* m_reviewNotifier;
    QAction* m_lockAction;
};

} // namespace twofold::ui
