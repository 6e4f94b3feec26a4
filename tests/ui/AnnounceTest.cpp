// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// What a screen reader is told (docs/ACCESSIBILITY.md, "Announcements"): an unlock error is
// an alert tied to the password field, which has the focus; after a lock, focus is where a
// person starts again. The real bus is heard in tests/accessibility.
#include "UiTestSupport.h"
#include "ui/access/LoginScreen.h"
#include "ui/shell/AppWindow.h"

#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace twofold::test {
namespace {

const QString kWrong = QStringLiteral("not the password");

class UiAnnounce : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        makeVault(vaultDir(), {{"Alex", "alex-demo-password", {}}, {"Sam", "sam-demo-password", {}}});
    }

    static void expectAlertTiedToField(QLabel* error, QLineEdit* field)
    {
        QAccessibleInterface* alert = QAccessible::queryAccessibleInterface(error);
        ASSERT_NE(alert, nullptr);
        EXPECT_EQ(alert->role(), QAccessible::AlertMessage) << "Qt's AT-SPI bridge sends this as 'alert'";
        EXPECT_EQ(alert->text(QAccessible::Name), error->text());
        EXPECT_FALSE(error->text().isEmpty());
        EXPECT_EQ(field->accessibleDescription(), error->text()) << "the field says what went wrong";
        EXPECT_EQ(field->window()->focusWidget(), field) << "focus is back on the field";
    }
};

TEST_F(UiAnnounce, AWrongPasswordIsAnAlertTiedToThePasswordField)
{
    auto& window = startWindow();
    auto* login = window.loginScreen();
    auto* error = child<QLabel>(login, "loginError");
    auto* field = child<QLineEdit>(login, "passwordField");
    typeAndUnlock(1, kWrong);
    ASSERT_TRUE(waitUntil([&] { return error->isVisibleTo(login); }));
    expectAlertTiedToField(error, field);
    EXPECT_FALSE(error->text().contains(kWrong));

    // Typing again takes the old error off the field's description.
    QTest::keyClicks(field, QStringLiteral("a"));
    EXPECT_TRUE(field->accessibleDescription().isEmpty());
}

TEST_F(UiAnnounce, AnEmptyPasswordIsAnAlertToo)
{
    auto& window = startWindow();
    auto* login = window.loginScreen();
    child<QPushButton>(login, "partnerButton1")->click();
    auto* unlock = child<QPushButton>(login, "unlockButton");
    unlock->setFocus();
    unlock->click();
    auto* error = child<QLabel>(login, "loginError");
    ASSERT_TRUE(error->isVisibleTo(login));
    expectAlertTiedToField(error, child<QLineEdit>(login, "passwordField"));
}

TEST_F(UiAnnounce, AfterLockFocusIsOnTheFirstPartnersTileOfANamedScreen)
{
    auto& window = startWindow();
    const QString title = window.windowTitle();
    ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-demo-password")));
    lockAndFlush();
    auto* login = window.loginScreen();
    ASSERT_TRUE(login->isVisible());
    EXPECT_FALSE(login->accessibleName().isEmpty()) << "not an unnamed full-window container";
    EXPECT_EQ(window.focusWidget(), child<QPushButton>(login, "partnerButton1"));
    EXPECT_EQ(window.windowTitle(), title);
    EXPECT_FALSE(window.windowTitle().contains(QStringLiteral("Alex")));
}

class UiAnnounceOnePartner : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        makeVault(vaultDir(), {{"Alex", "alex-demo-password", {}}});
    }
};

TEST_F(UiAnnounceOnePartner, AfterLockFocusIsOnThePasswordField)
{
    auto& window = startWindow();
    ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-demo-password")));
    lockAndFlush();
    EXPECT_EQ(window.focusWidget(), child<QLineEdit>(window.loginScreen(), "passwordField"));
}

} // namespace
} // namespace twofold::test
