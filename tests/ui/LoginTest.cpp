// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "UiTestSupport.h"
#include "common/FileLock.h"
#include "support/FastKdf.h"
#include "ui/access/LoginScreen.h"
#include "ui/shell/MainScreen.h"
#include "ui/widgets/InfoBar.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace twofold::test {
namespace {

class UiLogin : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        m_partners =
            makeVault(vaultDir(), {{"Alex", "alex-demo-password", {}}, {"Sam", "sam-demo-password", {}}});
    }
    std::vector<Partner> m_partners;
};

TEST_F(UiLogin, ShowsBothPartnersAsButtons)
{
    auto& window = startWindow();
    auto* login = window.loginScreen();
    EXPECT_EQ(child<QPushButton>(login, "partnerButton1")->text(), QStringLiteral("Alex"));
    EXPECT_EQ(child<QPushButton>(login, "partnerButton2")->text(), QStringLiteral("Sam"));
    EXPECT_FALSE(child<QLineEdit>(login, "passwordField")->isEnabled()) << "choose who you are first";
    EXPECT_NE(login->findChild<QPushButton*>(QStringLiteral("loginSafetyButton")), nullptr);
}

TEST_F(UiLogin, WrongPasswordThenRightPasswordAndTheAttemptIsShownToThatPartner)
{
    auto& window = startWindow();
    auto* login = window.loginScreen();
    typeAndUnlock(1, QStringLiteral("not the password"));
    auto* error = child<QLabel>(login, "loginError");
    ASSERT_TRUE(waitUntil([&] { return error->isVisibleTo(login); }));
    EXPECT_FALSE(window.isUnlocked());
    EXPECT_TRUE(child<QLineEdit>(login, "passwordField")->text().isEmpty()) << "the field is cleared at once";
    EXPECT_TRUE(child<QLineEdit>(login, "passwordField")->isEnabled()) << "no lockout games";

    ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-demo-password")));
    EXPECT_EQ(child<QLabel>(window.mainScreen(), "partnerName")->text(), QStringLiteral("Alex"));
    auto* notice = child<ui::InfoBar>(window.mainScreen(), "noticeBar");
    EXPECT_TRUE(notice->isVisibleTo(window.mainScreen())) << "Alex sees the failed attempt";
    // keyring.db is plain SQLite: the notice says what its record is worth.
    EXPECT_TRUE(notice->text().contains(QStringLiteral("tried to unlock it once")))
        << notice->text().toStdString();
    EXPECT_TRUE(
        notice->text().contains(QStringLiteral("can be erased or changed by anyone with access to the "
                                               "vault's files")))
        << notice->text().toStdString();
    EXPECT_TRUE(
        notice->text().contains(QStringLiteral("guesses against a copy of the files are never recorded")))
        << notice->text().toStdString();

    // Sam had no failed attempts and sees no notice.
    lockAndFlush();
    ASSERT_TRUE(unlockAs(2, QStringLiteral("sam-demo-password")));
    EXPECT_FALSE(child<ui::InfoBar>(window.mainScreen(), "noticeBar")->isVisibleTo(window.mainScreen()));
}

TEST_F(UiLogin, RecoveryCodeUnlocksAndOffersANewPassword)
{
    auto& window = startWindow();
    auto* login = window.loginScreen();
    child<QPushButton>(login, "partnerButton2")->click();
    child<QPushButton>(login, "useRecoveryCodeButton")->click();
    ASSERT_TRUE(unlockAs(2, QString::fromStdString(m_partners[1].recoveryCode).toLower()));
    EXPECT_EQ(child<QLabel>(window.mainScreen(), "partnerName")->text(), QStringLiteral("Sam"));
    auto* notice = child<ui::InfoBar>(window.mainScreen(), "noticeBar");
    EXPECT_TRUE(notice->isVisibleTo(window.mainScreen()));
    EXPECT_TRUE(notice->actionButton()->isVisibleTo(notice));
}

TEST_F(UiLogin, AVaultBeingReplacedIsAnErrorNotACrash)
{
    // Both partners' windows may have the vault open (docs/ARCHITECTURE.md, "Locks"); a
    // restore or move holding it exclusively is what keeps a window out.
    auto held = FolderLock::take(vaultDir(), FolderLock::Kind::Exclusive);
    ASSERT_TRUE(held);
    ui::AppWindow second(vaultDir(), twofold::test::fastVaultOptions(), m_clock);
    const Status started = second.start();
    ASSERT_FALSE(started.has_value());
    EXPECT_EQ(started.error().code, ErrorCode::VaultInUse);
}

} // namespace
} // namespace twofold::test
