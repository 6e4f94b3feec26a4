// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "UiTestSupport.h"
#include "ui/access/FirstRunFlow.h"
#include "ui/access/RecoveryCodeView.h"
#include "ui/shell/MainScreen.h"
#include "vault/Vault.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>

namespace twofold::test {
namespace {

class UiFirstRun : public UiTest
{
protected:
    // Fills one partner's page and presses Create; waits for the recovery code.
    void setUpPartner(QWidget* flow, const std::string& prefix, const QString& name, const QString& password)
    {
        auto* nameField = child<QLineEdit>(flow, (prefix + "Name").c_str());
        auto* passwordField = child<QLineEdit>(flow, (prefix + "Password").c_str());
        auto* confirmField = child<QLineEdit>(flow, (prefix + "Confirm").c_str());
        auto* create = child<QPushButton>(flow, (prefix + "CreateButton").c_str());
        ASSERT_TRUE(nameField && passwordField && confirmField && create);
        QTest::keyClicks(nameField, name);
        QTest::keyClicks(passwordField, password);
        EXPECT_FALSE(create->isEnabled()) << "Create must wait for the confirmation";
        QTest::keyClicks(confirmField, password);
        ASSERT_TRUE(create->isEnabled());
        create->click();
        // Argon2id runs on the pool; the fields were cleared the moment it started.
        EXPECT_TRUE(passwordField->text().isEmpty());
        EXPECT_TRUE(confirmField->text().isEmpty());
        auto* code = child<ui::RecoveryCodeView>(flow, (prefix + "RecoveryCode").c_str());
        ASSERT_TRUE(waitUntil([&] { return code->isVisible() && !code->code().empty(); }));
        auto* continueButton = child<QPushButton>(flow, (prefix + "RecoveryContinue").c_str());
        EXPECT_FALSE(continueButton->isEnabled()) << "Continue is gated by 'I wrote it down'";
        child<QCheckBox>(flow, (prefix + "WroteItDown").c_str())->setChecked(true);
        ASSERT_TRUE(continueButton->isEnabled());
        continueButton->click();
        EXPECT_TRUE(code->code().empty()) << "the code is wiped once it was written down";
    }
};

TEST_F(UiFirstRun, TwoPartnersEnrollAndTheSecondLandsInTheirJournal)
{
    auto& window = startWindow();
    EXPECT_FALSE(Vault::exists(vaultDir())) << "nothing is created before someone begins";
    auto* flow = window.firstRun();
    ASSERT_NE(flow, nullptr);
    child<QPushButton>(flow, "beginButton")->click();
    child<QPushButton>(flow, "sharedLoginContinue")->click();
    setUpPartner(flow, "partner1", QStringLiteral("Alex"), QStringLiteral("alex correct horse"));
    EXPECT_TRUE(window.isUnlocked());

    ASSERT_EQ(flow->currentWidget()->objectName(), QStringLiteral("handOverPage"));
    child<QPushButton>(flow, "setUpPartnerNowButton")->click();
    setUpPartner(flow, "partner2", QStringLiteral("Sam"), QStringLiteral("sam battery staple"));

    ASSERT_TRUE(waitUntil([&] { return window.mainScreen() != nullptr; }));
    EXPECT_EQ(child<QLabel>(window.mainScreen(), "partnerName")->text(), QStringLiteral("Sam"));
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Twofold"));
    EXPECT_EQ(window.mainScreen()->findChild<QWidget*>(QStringLiteral("navAddPartner")), nullptr)
        << "the vault is full; no 'Add your partner'";

    auto partners = window.context().vault->partners();
    ASSERT_TRUE(partners.has_value());
    ASSERT_EQ(partners->size(), 2u);
    EXPECT_EQ(partners->at(0).name, "Alex");
    EXPECT_EQ(partners->at(1).name, "Sam");
}

TEST_F(UiFirstRun, OneLoginIsChosenUntilThePartnersOwnLoginIsPickedOnPurpose)
{
    auto& window = startWindow();
    auto* flow = window.firstRun();
    child<QPushButton>(flow, "beginButton")->click();
    ASSERT_EQ(flow->currentWidget()->objectName(), QStringLiteral("sharedLoginPage"));
    EXPECT_TRUE(child<QRadioButton>(flow, "oneLoginOption")->isChecked());
    EXPECT_TRUE(
        child<QLabel>(flow, "sharedLoginText")->text().contains(QStringLiteral("Separate logins are safer")));
    child<QPushButton>(flow, "sharedLoginContinue")->click();
    setUpPartner(flow, "partner1", QStringLiteral("Alex"), QStringLiteral("alex correct horse"));
    EXPECT_TRUE(Vault::exists(vaultDir())) << "one login: the vault is where the window was pointed";
}

TEST_F(UiFirstRun, LaterLeavesTheFirstPartnerInTheirJournalWithAddYourPartner)
{
    auto& window = startWindow();
    auto* flow = window.firstRun();
    child<QPushButton>(flow, "beginButton")->click();
    child<QPushButton>(flow, "sharedLoginContinue")->click();
    setUpPartner(flow, "partner1", QStringLiteral("Alex"), QStringLiteral("alex correct horse"));
    child<QPushButton>(flow, "partnerLaterButton")->click();
    ASSERT_TRUE(waitUntil([&] { return window.mainScreen() != nullptr; }));
    EXPECT_EQ(child<QLabel>(window.mainScreen(), "partnerName")->text(), QStringLiteral("Alex"));
    EXPECT_NE(window.mainScreen()->findChild<QWidget*>(QStringLiteral("navAddPartner")), nullptr);
}

TEST_F(UiFirstRun, AddYourPartnerLaterFromInsideTheJournal)
{
    auto& window = startWindow();
    auto* flow = window.firstRun();
    child<QPushButton>(flow, "beginButton")->click();
    child<QPushButton>(flow, "sharedLoginContinue")->click();
    setUpPartner(flow, "partner1", QStringLiteral("Alex"), QStringLiteral("alex correct horse"));
    child<QPushButton>(flow, "partnerLaterButton")->click();
    ASSERT_TRUE(waitUntil([&] { return window.mainScreen() != nullptr; }));

    child<QPushButton>(window.mainScreen(), "navAddPartner")->click();
    auto* dialog = child<QWidget>(window.mainScreen(), "addPartnerDialog");
    ASSERT_NE(dialog, nullptr);
    child<QPushButton>(dialog, "setUpPartnerNowButton")->click();
    setUpPartner(dialog, "partner2", QStringLiteral("Sam"), QStringLiteral("sam battery staple"));

    auto partners = window.context().vault->partners();
    ASSERT_TRUE(partners.has_value());
    EXPECT_EQ(partners->size(), 2u);
    ASSERT_TRUE(window.isUnlocked());
    EXPECT_EQ(window.context().session()->partner().name, "Alex") << "Alex stays at the keyboard";
    EXPECT_TRUE(waitUntil([&] {
        return window.mainScreen()->findChild<QWidget*>(QStringLiteral("addPartnerDialog")) == nullptr;
    }));
}

TEST_F(UiFirstRun, TheSecondPartnerCannotTakeTheFirstPartnersName)
{
    auto& window = startWindow();
    auto* flow = window.firstRun();
    child<QPushButton>(flow, "beginButton")->click();
    child<QPushButton>(flow, "sharedLoginContinue")->click();
    setUpPartner(flow, "partner1", QStringLiteral("Alex"), QStringLiteral("alex correct horse"));
    child<QPushButton>(flow, "setUpPartnerNowButton")->click();
    QTest::keyClicks(child<QLineEdit>(flow, "partner2Name"), QStringLiteral("alex"));
    QTest::keyClicks(child<QLineEdit>(flow, "partner2Password"), QStringLiteral("another long one"));
    QTest::keyClicks(child<QLineEdit>(flow, "partner2Confirm"), QStringLiteral("another long one"));
    child<QPushButton>(flow, "partner2CreateButton")->click();
    EXPECT_TRUE(child<QLabel>(flow, "partner2Error")->isVisibleTo(flow));
    auto partners = window.context().vault->partners();
    ASSERT_TRUE(partners.has_value());
    EXPECT_EQ(partners->size(), 1u);
}

} // namespace
} // namespace twofold::test
