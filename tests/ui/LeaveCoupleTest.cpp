// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Settings › Your data › "Leave this couple…" (LeaveCoupleDialog): an export first, the
// password, and what each partner sees afterwards.
#include "UiTestSupport.h"
#include "couple/CoupleSpace.h"
#include "support/FastKdf.h"
#include "ui/access/LoginScreen.h"
#include "ui/couple/LeaveCoupleDialog.h"
#include "ui/data/SettingsPage.h"
#include "ui/shell/MainScreen.h"
#include "ui/widgets/FileChooser.h"
#include "ui/widgets/InfoBar.h"
#include "vault/Vault.h"

#include <filesystem>
#include <sys/stat.h>

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace twofold::test {
namespace {

class UiLeaveCouple : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        makeVault(vaultDir(), {{"Alex", "alex-demo-password", {}}, {"Sam", "sam-demo-password", {}}});
        {
            // Sam has used the couple space once (their journal pins Alex's keys then): how
            // Sam's app later knows that a partner was there and left.
            auto vault = Vault::open(vaultDir(), fastVaultOptions());
            ASSERT_TRUE(vault);
            auto sam =
                vault->unlock(vault->findPartner("Sam")->id, SecretBuffer::fromString("sam-demo-password"));
            ASSERT_TRUE(sam);
            ASSERT_TRUE(CoupleSpace::open(*sam, {}));
        }
        startWindow();
        ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-demo-password")));
        m_alexId = m_window->context().session()->partner().id;
    }

    ui::LeaveCoupleDialog* openDialog()
    {
        auto* main = m_window->mainScreen();
        main->showPage(QStringLiteral("navSettings"));
        auto* button = child<QPushButton>(main->settingsPage(), "leaveCoupleButton");
        EXPECT_TRUE(button->isVisibleTo(main->settingsPage()));
        button->click();
        return child<ui::LeaveCoupleDialog>(main, "leaveCoupleDialog");
    }

    std::string m_alexId;
};

// The password asked here is the partner's own, typed alone: Show is beside it, as at login.
TEST_F(UiLeaveCouple, ThePasswordCanBeShownAndHidesWhenEmptied)
{
    auto* dialog = openDialog();
    auto* field = child<QLineEdit>(dialog, "leavePassword");
    auto* show = child<QAbstractButton>(dialog, "leaveShowPassword");
    EXPECT_EQ(field->echoMode(), QLineEdit::Password);
    field->setText(QStringLiteral("alex-demo-password"));
    show->click();
    EXPECT_EQ(field->echoMode(), QLineEdit::Normal);
    EXPECT_TRUE(field->inputMethodHints().testFlag(Qt::ImhSensitiveData)) << "kept out of an input method";
    field->clear();
    EXPECT_FALSE(show->isChecked());
    EXPECT_EQ(field->echoMode(), QLineEdit::Password);
    dialog->close();
    lockAndFlush();
}

TEST_F(UiLeaveCouple, AWrongPasswordChangesNothing)
{
    auto* dialog = openDialog();
    auto* leave = child<QPushButton>(dialog, "leaveConfirmButton");
    EXPECT_FALSE(leave->isEnabled()) << "nothing happens without the password";
    child<QLineEdit>(dialog, "leavePassword")->setText(QStringLiteral("not my password"));
    leave->click();
    auto* error = child<QLabel>(dialog, "leaveError");
    ASSERT_TRUE(waitUntil([&] { return error->isVisible(); }));
    EXPECT_TRUE(error->text().contains(QStringLiteral("Nothing was changed"))) << error->text().toStdString();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(m_window->context().session()->isUnlocked());
    dialog->close();
    lockAndFlush();
    EXPECT_TRUE(std::filesystem::exists(vaultDir() / ("partner-" + m_alexId + ".db")));
    EXPECT_EQ(m_window->context().vault->partners()->size(), 2U);
    EXPECT_TRUE(unlockAs(1, QStringLiteral("alex-demo-password")));
}

TEST_F(UiLeaveCouple, ExportThenLeaveAndSamSeesOnlyThatTheSpaceIsClosed)
{
    ASSERT_TRUE(m_window->context().session()->journal().create({.title = "Mine", .body = "My own words."}));
    auto* dialog = openDialog();
    const auto exportFile = m_dir.path() / "alex-journal.json";
    ui::FileChooser::setNextPath(ui::fromPath(exportFile));
    child<QPushButton>(dialog, "leaveExportButton")->click();
    auto* exported = child<QLabel>(dialog, "leaveExported");
    ASSERT_TRUE(waitUntil([&] { return exported->isVisible(); }));
    ASSERT_TRUE(std::filesystem::exists(exportFile));
    struct stat info
    {
    };
    ASSERT_EQ(::stat(exportFile.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600U) << "an export is readable only by its owner";

    child<QLineEdit>(dialog, "leavePassword")->setText(QStringLiteral("alex-demo-password"));
    child<QPushButton>(dialog, "leaveConfirmButton")->click();
    ASSERT_TRUE(waitUntil([&] { return !m_window->isUnlocked(); }));
    auto* notice = child<QLabel>(m_window->loginScreen(), "loginNotice");
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(QStringLiteral("left the couple space")))
        << notice->text().toStdString();
    EXPECT_EQ(m_window->context().vault->partners()->size(), 1U) << "Alex's login tile is gone";
    EXPECT_FALSE(std::filesystem::exists(vaultDir() / ("partner-" + m_alexId + ".db")));

    // Sam: the couple features are gone, a truthful notice, and "Add your partner" again.
    ASSERT_TRUE(unlockAs(1, QStringLiteral("sam-demo-password")));
    auto* main = m_window->mainScreen();
    auto* bar = child<ui::InfoBar>(main, "noticeBar");
    ASSERT_TRUE(bar->isVisible());
    EXPECT_TRUE(bar->text().contains(QStringLiteral("Your partner has left the couple space")))
        << bar->text().toStdString();
    EXPECT_FALSE(bar->text().contains(QStringLiteral("Alex"))) << "nothing of Alex's is shown";
    EXPECT_EQ(main->findChild<QPushButton*>(QStringLiteral("navPrompts")), nullptr);
    EXPECT_EQ(main->findChild<QPushButton*>(QStringLiteral("navTogether")), nullptr);
    EXPECT_NE(main->findChild<QPushButton*>(QStringLiteral("navAddPartner")), nullptr);
    main->showPage(QStringLiteral("navSettings"));
    EXPECT_FALSE(
        child<QPushButton>(main->settingsPage(), "leaveCoupleButton")->isVisibleTo(main->settingsPage()))
        << "nobody left to leave";
    // "Got it" clears it for good.
    bar->actionButton()->click();
    EXPECT_FALSE(bar->isVisible());
    lockAndFlush();
    ASSERT_TRUE(unlockAs(1, QStringLiteral("sam-demo-password")));
    EXPECT_FALSE(child<ui::InfoBar>(m_window->mainScreen(), "noticeBar")->isVisible());
}

} // namespace
} // namespace twofold::test
