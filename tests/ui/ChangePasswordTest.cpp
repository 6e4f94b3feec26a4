// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Settings › Change password: the current password first, and "Lock out anyone who knew
// my old password", which re-keys off the GUI thread and shows the new recovery code once.
#include "UiTestSupport.h"
#include "support/FastKdf.h"
#include "ui/access/NewPasswordDialog.h"
#include "ui/access/NewRecoveryCodeDialog.h"
#include "ui/access/RecoveryCodeView.h"
#include "ui/data/SettingsPage.h"
#include "ui/shell/MainScreen.h"
#include "vault/Vault.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace twofold::test {
namespace {

class UiChangePassword : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        m_partners =
            makeVault(vaultDir(), {{"Alex", "alex-demo-password", {}}, {"Sam", "sam-demo-password", {}}});
        startWindow();
        ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-demo-password")));
    }

    ui::NewPasswordDialog* openDialog()
    {
        auto* main = m_window->mainScreen();
        main->showPage(QStringLiteral("navSettings"));
        child<QPushButton>(main->settingsPage(), "changePasswordButton")->click();
        return child<ui::NewPasswordDialog>(main, "newPasswordDialog");
    }

    void fill(ui::NewPasswordDialog* dialog, const QString& current, const QString& next)
    {
        child<QLineEdit>(dialog, "currentPassword")->setText(current);
        child<QLineEdit>(dialog, "newPasswordPassword")->setText(next);
        child<QLineEdit>(dialog, "newPasswordConfirm")->setText(next);
    }

    // Whether `password` opens Alex's journal, through the (locked) window's vault.
    bool opens(const std::string& password)
    {
        Vault& vault = *m_window->context().vault;
        auto alex = vault.findPartner("Alex");
        return alex && vault.unlock(alex->id, SecretBuffer::fromString(password)).has_value();
    }

    std::vector<Partner> m_partners;
};

TEST_F(UiChangePassword, AWrongCurrentPasswordChangesNothing)
{
    auto* dialog = openDialog();
    fill(dialog, QStringLiteral("not my password"), QStringLiteral("a new long password"));
    child<QPushButton>(dialog, "newPasswordOk")->click();
    auto* error = child<QLabel>(dialog, "newPasswordError");
    ASSERT_TRUE(waitUntil([&] { return error->isVisible(); }));
    EXPECT_TRUE(error->text().contains(QStringLiteral("not your current password")))
        << error->text().toStdString();
    EXPECT_TRUE(dialog->isVisible());
    dialog->close();
    lockAndFlush();
    EXPECT_TRUE(opens("alex-demo-password"));
    EXPECT_FALSE(opens("a new long password"));
}

TEST_F(UiChangePassword, LockOutReKeysAndShowsTheNewRecoveryCodeOnce)
{
    auto* dialog = openDialog();
    fill(dialog, QStringLiteral("alex-demo-password"), QStringLiteral("a new long password"));
    child<QCheckBox>(dialog, "rekeyCheck")->click();
    EXPECT_TRUE(child<QLabel>(dialog, "newPasswordIntro")->text().contains(QStringLiteral("stop working")));
    child<QPushButton>(dialog, "newPasswordOk")->click();
    auto* page = child<QWidget>(dialog, "rekeyRecoveryPage");
    ASSERT_TRUE(waitUntil([&] { return page->isVisible(); }));
    const std::string code(child<ui::RecoveryCodeView>(dialog, "rekeyRecoveryCode")->code().view());
    ASSERT_FALSE(code.empty());
    // Escape does not throw the only copy away.
    QTest::keyClick(dialog, Qt::Key_Escape);
    EXPECT_TRUE(dialog->isVisible());
    child<QCheckBox>(dialog, "rekeyWroteItDown")->click();
    child<QPushButton>(dialog, "rekeyRecoveryContinue")->click();
    EXPECT_TRUE(waitUntil([&] { return !dialog->isVisible(); }));
    EXPECT_TRUE(m_window->context().session()->isUnlocked()) << "the window goes on under the new keys";
    EXPECT_TRUE(child<QWidget>(m_window->mainScreen(), "noticeBar")->isVisible());
    lockAndFlush();
    EXPECT_FALSE(opens("alex-demo-password"));
    EXPECT_TRUE(opens("a new long password"));
    Vault* vault = &*m_window->context().vault;
    const std::string alexId = vault->findPartner("Alex")->id;
    EXPECT_TRUE(vault->unlockWithRecoveryCode(alexId, SecretBuffer::fromString(code)));
    EXPECT_FALSE(vault->unlockWithRecoveryCode(alexId, SecretBuffer::fromString(m_partners[0].recoveryCode)));
}

// Settings › Make a new recovery code: the current password first, then the code once.
TEST_F(UiChangePassword, ANewRecoveryCodeNeedsTheCurrentPasswordAndReplacesTheOldCode)
{
    auto* main = m_window->mainScreen();
    main->showPage(QStringLiteral("navSettings"));
    child<QPushButton>(main->settingsPage(), "newRecoveryCodeButton")->click();
    auto* dialog = child<ui::NewRecoveryCodeDialog>(main, "newRecoveryCodeDialog");
    auto* current = child<QLineEdit>(dialog, "newRecoveryCurrentPassword");
    auto* ok = child<QPushButton>(dialog, "newRecoveryOk");
    EXPECT_FALSE(ok->isEnabled()) << "nothing happens before the current password is typed";

    // A wrong one changes nothing and counts as a failed attempt.
    QTest::keyClicks(current, QStringLiteral("not my password"));
    QTest::keyClick(current, Qt::Key_Return);
    auto* error = child<QLabel>(dialog, "newRecoveryError");
    ASSERT_TRUE(waitUntil([&] { return error->isVisible(); }));
    EXPECT_TRUE(error->text().contains(QStringLiteral("not your current password")))
        << error->text().toStdString();
    EXPECT_TRUE(current->text().isEmpty());

    QTest::keyClicks(current, QStringLiteral("alex-demo-password"));
    QTest::keyClick(current, Qt::Key_Return);
    auto* page = child<QWidget>(dialog, "newRecoveryRecoveryPage");
    ASSERT_TRUE(waitUntil([&] { return page->isVisible(); }));
    const std::string code(child<ui::RecoveryCodeView>(dialog, "newRecoveryRecoveryCode")->code().view());
    ASSERT_FALSE(code.empty());
    EXPECT_NE(code, m_partners[0].recoveryCode);
    QTest::keyClick(dialog, Qt::Key_Escape);
    EXPECT_TRUE(dialog->isVisible()) << "Escape does not throw the only copy away";
    child<QCheckBox>(dialog, "newRecoveryWroteItDown")->click();
    child<QPushButton>(dialog, "newRecoveryRecoveryContinue")->click();
    EXPECT_TRUE(waitUntil([&] { return !dialog->isVisible(); }));

    lockAndFlush();
    Vault* vault = &*m_window->context().vault;
    const std::string alexId = vault->findPartner("Alex")->id;
    EXPECT_FALSE(vault->unlockWithRecoveryCode(alexId, SecretBuffer::fromString(m_partners[0].recoveryCode)))
        << "the old code stops working";
    auto byCode = vault->unlockWithRecoveryCode(alexId, SecretBuffer::fromString(code));
    ASSERT_TRUE(byCode);
    EXPECT_EQ(byCode->failedAttemptsSinceLastUnlock().size(), 2u) << "the wrong password, and the old code";
    byCode->lock();
    EXPECT_TRUE(opens("alex-demo-password")) << "the password is unchanged";
}

} // namespace
} // namespace twofold::test
