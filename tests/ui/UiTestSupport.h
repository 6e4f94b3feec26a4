// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Clock.h"
#include "support/TempDir.h"
#include "ui/shell/AppWindow.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <QApplication>
#include <QString>
#include <QTest>
#include <QWidget>

#include <gtest/gtest.h>

namespace twofold::test {

// One QApplication for the whole test binary (offscreen, set by ctest's ENV).
QApplication& ensureApplication();

// Finds a child by objectName; fails the test (and returns nullptr) when missing.
template <typename T> T* child(QObject* root, const char* name)
{
    T* found = root->findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << "no widget named " << name;
    return found;
}

// Processes events until `condition` holds or the time is up.
bool waitUntil(const std::function<bool()>& condition, int timeoutMs = 15000);

struct Partner
{
    std::string name;
    std::string password;
    std::string recoveryCode;
};

// A vault with the given partners made through core (fast KDF), then closed again so
// the window can open it.
std::vector<Partner> makeVault(const std::filesystem::path& dir, std::vector<Partner> partners);

// Every piece of text the application's widgets and models hold right now.
QStringList allVisibleText();

class UiTest : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    std::filesystem::path vaultDir() const { return m_dir.path() / "vault"; }
    // Creates and shows the window (call after preparing the vault, if any).
    ui::AppWindow& startWindow();
    // Chooses partner `index` (1-based) on the login screen and unlocks with `secret`.
    void typeAndUnlock(int index, const QString& secret);
    bool unlockAs(int index, const QString& password);
    void lockAndFlush();
    // Brings the window to rest without sleeping, for tests that check that nothing happened:
    // waits for every job on the vault's pool (all the window's background work goes there,
    // ui/shell/OffThread.h), delivers their results and whatever those start, until a whole round
    // finds the pool idle. It does not wait out timers with an interval (autosave, the search
    // debounce, the idle lock): wait for their effect with waitUntil instead.
    void settle();

    TempDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<ui::AppWindow> m_window;
};

} // namespace twofold::test
