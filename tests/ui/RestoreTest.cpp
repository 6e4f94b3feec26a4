// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "UiTestSupport.h"
#include "backup/Backup.h"
#include "common/FileLock.h"
#include "support/FastKdf.h"
#include "ui/access/FirstRunFlow.h"
#include "ui/access/LoginScreen.h"
#include "ui/data/RestorePage.h"
#include "ui/together/ReviewReminder.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/FileChooser.h"
#include "ui/widgets/Theme.h"
#include "vault/Vault.h"

#include <fstream>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>

namespace twofold::test {
namespace {

const QString kAlex = QStringLiteral("alex-demo-password");
const QString kSam = QStringLiteral("sam-demo-password");

QString qpath(const std::filesystem::path& path)
{
    return ui::fromPath(path);
}

// Restore from a backup, from the welcome screen and from the unlock screen.
class UiRestore : public UiTest
{
protected:
    // A vault made with core somewhere else (the "old computer"), with an entry each,
    // and a backup of it.
    std::filesystem::path makeBackup(const std::string& first, const std::string& second,
                                     const std::string& name)
    {
        const auto old = m_dir.path() / ("old-" + name);
        makeVault(old, {{first, kAlex.toStdString(), {}}, {second, kSam.toStdString(), {}}});
        {
            auto vault = Vault::open(old, twofold::test::fastVaultOptions());
            EXPECT_TRUE(vault);
            auto partners = vault->partners();
            EXPECT_TRUE(partners && partners->size() == 2);
            auto session = vault->unlock((*partners)[0].id, SecretBuffer::fromString(kAlex.toStdString()));
            EXPECT_TRUE(session);
            EXPECT_TRUE(session->journal().create(
                {"Old computer", first + " wrote this before moving", 3, 0, {}, {}}));
        }
        const auto file = m_dir.path() / (name + ".twofold-backup");
        EXPECT_TRUE(createBackup(old, file, SystemClock::instance()));
        return file;
    }

    ui::RestorePage* restorePage() { return m_window->restorePage(); }
    QWidget* currentScreen() { return child<QStackedWidget>(m_window.get(), "screens")->currentWidget(); }

    // Chooses `file` on the restore page and waits for its check.
    void chooseBackup(const std::filesystem::path& file)
    {
        auto* page = restorePage();
        ui::FileChooser::setNextPath(qpath(file));
        child<QPushButton>(page, "restoreChooseButton")->click();
        ASSERT_TRUE(waitUntil([page] { return !page->isBusy(); }));
    }

    // The password step for "Everything": each partner's current password, typed.
    void fillEverything(const QString& first, const QString& second)
    {
        child<QRadioButton>(restorePage(), "restoreScopeEverything")->click();
        auto* one = child<QLineEdit>(restorePage(), "restoreSecret1");
        auto* two = child<QLineEdit>(restorePage(), "restoreSecret2");
        ASSERT_TRUE(one->isVisible() && two->isVisible());
        QTest::keyClicks(one, first);
        QTest::keyClicks(two, second);
    }

    // The bytes of both journals and couple.db (keyring.db also records failed attempts).
    std::string journalsAndCoupleFile()
    {
        std::string all;
        for (const auto& item : std::filesystem::directory_iterator(vaultDir())) {
            const std::string name = item.path().filename().string();
            if (name.ends_with(".db") && name != "keyring.db") {
                std::ifstream in(item.path(), std::ios::binary);
                all +=
                    name + std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
            }
        }
        return all;
    }

    QStringList partnerNames()
    {
        QStringList names;
        for (int i = 1; i <= 2; ++i) {
            const QString objectName = QStringLiteral("partnerButton%1").arg(i);
            if (auto* b = m_window->loginScreen()->findChild<QPushButton*>(objectName)) {
                names << b->text();
            }
        }
        return names;
    }
};

TEST_F(UiRestore, FirstRunRestoreLeadsToTheLoginScreenAndBothPartnersUnlock)
{
    const auto file = makeBackup("Alex", "Sam", "move");
    auto& window = startWindow();
    ASSERT_NE(window.firstRun(), nullptr);
    child<QPushButton>(window.firstRun(), "welcomeRestoreButton")->click();
    ASSERT_EQ(currentScreen(), restorePage());
    EXPECT_EQ(restorePage()->mode(), ui::RestorePage::Mode::NewComputer);
    EXPECT_FALSE(child<QLabel>(restorePage(), "restoreWarning")->isVisible());

    auto* restore = child<QPushButton>(restorePage(), "restoreButton");
    EXPECT_FALSE(restore->isEnabled()) << "nothing to restore before a file is chosen and checked";
    chooseBackup(file);
    auto* details = child<QLabel>(restorePage(), "restoreDetails");
    EXPECT_TRUE(details->isVisible());
    EXPECT_TRUE(details->text().contains(QStringLiteral("move.twofold-backup")))
        << details->text().toStdString();
    EXPECT_TRUE(details->text().contains(QStringLiteral("files"))) << details->text().toStdString();
    EXPECT_FALSE(child<QLabel>(restorePage(), "restoreError")->isVisible());
    ASSERT_TRUE(restore->isEnabled());

    const int dialogsBefore = ui::Dialogs::shownCount();
    restore->click();
    ASSERT_TRUE(waitUntil([&] { return currentScreen() == m_window->loginScreen(); }));
    EXPECT_EQ(ui::Dialogs::shownCount(), dialogsBefore) << "nothing to replace on a new computer";
    EXPECT_EQ(window.firstRun(), nullptr);
    EXPECT_EQ(partnerNames(), (QStringList{QStringLiteral("Alex"), QStringLiteral("Sam")}));
    EXPECT_TRUE(
        child<QLabel>(window.loginScreen(), "loginNotice")->text().contains(QStringLiteral("Restored")));

    ASSERT_TRUE(unlockAs(1, kAlex));
    auto page = window.context().session()->journal().list({.limit = 10});
    ASSERT_TRUE(page);
    ASSERT_EQ(page->size(), 1u);
    lockAndFlush();
    ASSERT_TRUE(unlockAs(2, kSam));
    EXPECT_EQ(window.context().session()->partner().name, "Sam");
}

TEST_F(UiRestore, ADamagedBackupIsRefusedAndNothingChanges)
{
    auto file = makeBackup("Alex", "Sam", "damaged");
    {
        std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
        f.seekg(5000);
        char c = 0;
        f.read(&c, 1);
        c = static_cast<char>(c ^ 0x10);
        f.seekp(5000);
        f.write(&c, 1);
    }
    auto& window = startWindow();
    child<QPushButton>(window.firstRun(), "welcomeRestoreButton")->click();
    chooseBackup(file);
    auto* error = child<QLabel>(restorePage(), "restoreError");
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("damaged"))) << error->text().toStdString();
    EXPECT_TRUE(error->text().contains(QStringLiteral("Nothing was changed")));
    EXPECT_FALSE(child<QPushButton>(restorePage(), "restoreButton")->isEnabled());
    EXPECT_FALSE(std::filesystem::exists(vaultDir())) << "no vault appears from a damaged backup";
    // The message is readable (WCAG AA, 4.5:1) on the page in either theme.
    for (ui::ThemeChoice theme : {ui::ThemeChoice::Dark, ui::ThemeChoice::Light}) {
        ui::applyTheme(theme);
        QCoreApplication::processEvents();
        EXPECT_GE(ui::contrastRatio(error->palette().color(QPalette::WindowText),
                                    restorePage()->palette().color(QPalette::Window)),
                  4.5)
            << (theme == ui::ThemeChoice::Dark ? "dark" : "light");
    }
    ui::applyTheme(ui::ThemeChoice::System);

    // Back to the welcome page, which still works.
    child<QPushButton>(restorePage(), "restoreCancelButton")->click();
    ASSERT_NE(window.firstRun(), nullptr);
    EXPECT_EQ(currentScreen(), window.firstRun());
}

TEST_F(UiRestore, ADamagedBackupOnTheLoginScreenLeavesTheVaultAsItWas)
{
    makeVault(vaultDir(), {{"Alex", kAlex.toStdString(), {}}, {"Sam", kSam.toStdString(), {}}});
    auto file = makeBackup("Pat", "Robin", "other");
    std::filesystem::resize_file(file, std::filesystem::file_size(file) - 1);
    auto& window = startWindow();
    const std::string before = concatenateAllFiles(vaultDir());
    child<QPushButton>(window.loginScreen(), "loginRestoreButton")->click();
    chooseBackup(file);
    EXPECT_TRUE(child<QLabel>(restorePage(), "restoreError")->isVisible());
    EXPECT_FALSE(child<QPushButton>(restorePage(), "restoreButton")->isEnabled());
    EXPECT_EQ(concatenateAllFiles(vaultDir()), before);
    child<QPushButton>(restorePage(), "restoreCancelButton")->click();
    EXPECT_EQ(currentScreen(), window.loginScreen());
    EXPECT_EQ(partnerNames(), (QStringList{QStringLiteral("Alex"), QStringLiteral("Sam")}));
}

TEST_F(UiRestore, LoginRestoreWarnsAndDecliningChangesNothing)
{
    makeVault(vaultDir(), {{"Alex", kAlex.toStdString(), {}}, {"Sam", kSam.toStdString(), {}}});
    const auto file = makeBackup("Pat", "Robin", "other");
    auto& window = startWindow();
    const std::string before = concatenateAllFiles(vaultDir());

    child<QPushButton>(window.loginScreen(), "loginRestoreButton")->click();
    ASSERT_EQ(currentScreen(), restorePage());
    EXPECT_EQ(restorePage()->mode(), ui::RestorePage::Mode::Replace);
    auto* warning = child<QLabel>(restorePage(), "restoreWarning");
    EXPECT_TRUE(warning->isVisible());
    EXPECT_TRUE(warning->text().contains(QStringLiteral("replaces journals on this computer")));
    EXPECT_TRUE(warning->text().contains(QStringLiteral("back up this computer first")));
    EXPECT_TRUE(child<QPushButton>(restorePage(), "restoreBackUpFirstButton")->isVisible());

    chooseBackup(file);
    fillEverything(kAlex, kSam);
    ui::Dialogs::setNextAnswer(QMessageBox::No);
    child<QPushButton>(restorePage(), "restoreButton")->click();
    EXPECT_TRUE(ui::Dialogs::lastText().contains(QStringLiteral("Replace both partners' journals")));
    settle();
    EXPECT_EQ(currentScreen(), restorePage());
    EXPECT_TRUE(window.context().vault.has_value()) << "declining never closes the vault";
    EXPECT_EQ(concatenateAllFiles(vaultDir()), before);

    // The confirmation's default button is No: Enter declines. (The seam answers Ok here,
    // which declines too.)
    EXPECT_EQ(ui::Dialogs::lastDefault(), QMessageBox::No);
    EXPECT_EQ(child<QLineEdit>(restorePage(), "restoreSecret1")->text(), kAlex)
        << "declining keeps what was typed";
    child<QPushButton>(restorePage(), "restoreButton")->click();
    EXPECT_EQ(ui::Dialogs::lastDefault(), QMessageBox::No);
    settle();
    EXPECT_EQ(concatenateAllFiles(vaultDir()), before);

    child<QPushButton>(restorePage(), "restoreCancelButton")->click();
    EXPECT_EQ(currentScreen(), window.loginScreen());
    EXPECT_EQ(partnerNames(), (QStringList{QStringLiteral("Alex"), QStringLiteral("Sam")}));
    ASSERT_TRUE(unlockAs(1, kAlex));
}

TEST_F(UiRestore, LoginRestoreConfirmedReplacesBothJournalsAndHoldsTheLockAgain)
{
    makeVault(vaultDir(), {{"Alex", kAlex.toStdString(), {}}, {"Sam", kSam.toStdString(), {}}});
    const auto file = makeBackup("Pat", "Robin", "other");
    auto& window = startWindow();

    // Backing up first: a backup of this computer's vault, made without a password.
    child<QPushButton>(window.loginScreen(), "loginRestoreButton")->click();
    const auto first = m_dir.path() / "before.twofold-backup";
    ui::FileChooser::setNextPath(qpath(first));
    child<QPushButton>(restorePage(), "restoreBackUpFirstButton")->click();
    ASSERT_TRUE(waitUntil([this] { return !restorePage()->isBusy(); }));
    ASSERT_TRUE(verifyBackup(first));
    EXPECT_TRUE(child<QLabel>(restorePage(), "restoreNote")
                    ->text()
                    .contains(QStringLiteral("before.twofold-backup")));

    chooseBackup(file);
    fillEverything(kAlex, kSam);
    ui::Dialogs::setNextAnswer(QMessageBox::Yes);
    child<QPushButton>(restorePage(), "restoreButton")->click();
    ASSERT_TRUE(waitUntil([&] { return currentScreen() == window.loginScreen(); }));
    EXPECT_EQ(partnerNames(), (QStringList{QStringLiteral("Pat"), QStringLiteral("Robin")}));

    // The window holds the vault (and its lock) again.
    auto second = FolderLock::take(vaultDir(), FolderLock::Kind::Exclusive);
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().code, ErrorCode::VaultInUse);

    ASSERT_TRUE(unlockAs(2, kSam));
    EXPECT_EQ(window.context().session()->partner().name, "Robin");

    // And the backup made first brings Alex and Sam back.
    lockAndFlush();
    child<QPushButton>(window.loginScreen(), "loginRestoreButton")->click();
    chooseBackup(first);
    fillEverything(kAlex, kSam); // Pat's and Robin's, which are the same words
    ui::Dialogs::setNextAnswer(QMessageBox::Yes);
    child<QPushButton>(restorePage(), "restoreButton")->click();
    ASSERT_TRUE(waitUntil([&] { return currentScreen() == window.loginScreen(); }));
    EXPECT_EQ(partnerNames(), (QStringList{QStringLiteral("Alex"), QStringLiteral("Sam")}));
    ASSERT_TRUE(unlockAs(1, kAlex));
}

TEST_F(UiRestore, ARestoreThatFailsAfterConfirmationReopensTheOldVault)
{
    makeVault(vaultDir(), {{"Alex", kAlex.toStdString(), {}}, {"Sam", kSam.toStdString(), {}}});
    const auto file = makeBackup("Pat", "Robin", "vanishing");
    auto& window = startWindow();
    const std::string before = concatenateAllFiles(vaultDir());
    child<QPushButton>(window.loginScreen(), "loginRestoreButton")->click();
    chooseBackup(file);
    ASSERT_TRUE(child<QPushButton>(restorePage(), "restoreButton")->isEnabled());

    // The backup is damaged between its check and the restore (a disk pulled out, a
    // sync tool rewriting it): the restore fails after the vault was closed for it.
    std::filesystem::resize_file(file, std::filesystem::file_size(file) / 2);
    fillEverything(kAlex, kSam);
    ui::Dialogs::setNextAnswer(QMessageBox::Yes);
    child<QPushButton>(restorePage(), "restoreButton")->click();
    ASSERT_TRUE(waitUntil([this] { return !restorePage()->isBusy(); }));
    auto* error = child<QLabel>(restorePage(), "restoreError");
    EXPECT_TRUE(error->isVisible());
    EXPECT_FALSE(error->text().isEmpty());
    EXPECT_EQ(currentScreen(), restorePage());

    // The old vault is open again (the window holds its lock), its bytes unchanged.
    EXPECT_TRUE(window.context().vault.has_value());
    auto second = FolderLock::take(vaultDir(), FolderLock::Kind::Exclusive);
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().code, ErrorCode::VaultInUse);
    EXPECT_EQ(concatenateAllFiles(vaultDir()), before);
    child<QPushButton>(restorePage(), "restoreCancelButton")->click();
    EXPECT_EQ(currentScreen(), window.loginScreen());
    EXPECT_EQ(partnerNames(), (QStringList{QStringLiteral("Alex"), QStringLiteral("Sam")}));
    ASSERT_TRUE(unlockAs(1, kAlex));
}

TEST_F(UiRestore, ARestoreForgetsTheOldVaultsReviewReminder)
{
    makeVault(vaultDir(), {{"Alex", kAlex.toStdString(), {}}, {"Sam", kSam.toStdString(), {}}});
    const auto file = makeBackup("Pat", "Robin", "reminder");
    // The old vault's review was due (remembered for the unlock screen, keyed by the folder).
    ui::ReviewReminder::remember(vaultDir(), Weekday::Sunday, std::string());
    ASSERT_FALSE(ui::ReviewReminder::dueText(vaultDir(), QDate::currentDate()).isEmpty());
    auto& window = startWindow();
    auto* due = child<QLabel>(window.loginScreen(), "reviewDueNote");
    EXPECT_TRUE(due->text().contains(QStringLiteral("weekly review"))) << due->text().toStdString();
    child<QPushButton>(window.loginScreen(), "loginRestoreButton")->click();
    chooseBackup(file);
    fillEverything(kAlex, kSam);
    ui::Dialogs::setNextAnswer(QMessageBox::Yes);
    child<QPushButton>(restorePage(), "restoreButton")->click();
    ASSERT_TRUE(waitUntil([&] { return currentScreen() == window.loginScreen(); }));
    EXPECT_EQ(partnerNames(), (QStringList{QStringLiteral("Pat"), QStringLiteral("Robin")}));
    EXPECT_TRUE(ui::ReviewReminder::dueText(vaultDir(), QDate::currentDate()).isEmpty());
    EXPECT_TRUE(due->text().isEmpty()) << due->text().toStdString();
    EXPECT_FALSE(due->isVisible());
}

TEST_F(UiRestore, EverythingWithOnlyOnePartnersPasswordReplacesNothing)
{
    makeVault(vaultDir(), {{"Alex", kAlex.toStdString(), {}}, {"Sam", kSam.toStdString(), {}}});
    const auto file = makeBackup("Pat", "Robin", "attack");
    auto& window = startWindow();
    const std::string before = journalsAndCoupleFile();
    child<QPushButton>(window.loginScreen(), "loginRestoreButton")->click();
    chooseBackup(file);

    // Alex at the keyboard, without Sam's password: nothing to type for Sam is refused at once...
    child<QRadioButton>(restorePage(), "restoreScopeEverything")->click();
    QTest::keyClicks(child<QLineEdit>(restorePage(), "restoreSecret1"), kAlex);
    const int dialogsBefore = ui::Dialogs::shownCount();
    child<QPushButton>(restorePage(), "restoreButton")->click();
    auto* error = child<QLabel>(restorePage(), "restoreError");
    EXPECT_TRUE(error->text().contains(QStringLiteral("Sam's current password")))
        << error->text().toStdString();
    EXPECT_EQ(ui::Dialogs::shownCount(), dialogsBefore);

    // ...and a guess (or Alex's own password) is checked against the vault as it is now.
    QTest::keyClicks(child<QLineEdit>(restorePage(), "restoreSecret2"), kAlex);
    ui::Dialogs::setNextAnswer(QMessageBox::Yes);
    child<QPushButton>(restorePage(), "restoreButton")->click();
    ASSERT_TRUE(waitUntil([this] { return !restorePage()->isBusy(); }));
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("not Sam's current password")))
        << error->text().toStdString();
    EXPECT_TRUE(error->text().contains(QStringLiteral("Nothing was changed")));
    EXPECT_TRUE(child<QLineEdit>(restorePage(), "restoreSecret1")->text().isEmpty())
        << "secrets leave the fields";
    EXPECT_EQ(currentScreen(), restorePage());
    EXPECT_EQ(journalsAndCoupleFile(), before);
    EXPECT_TRUE(window.context().vault.has_value());
    child<QPushButton>(restorePage(), "restoreCancelButton")->click();
    EXPECT_EQ(partnerNames(), (QStringList{QStringLiteral("Alex"), QStringLiteral("Sam")}));
    ASSERT_TRUE(unlockAs(2, kSam));
    EXPECT_EQ(window.context().session()->failedAttemptsSinceLastUnlock().size(), 1u)
        << "Sam is told of the guess";
}

TEST_F(UiRestore, OnlyMyJournalWithTheKeyboardKeepsMyPartnersJournal)
{
    makeVault(vaultDir(), {{"Alex", kAlex.toStdString(), {}}, {"Sam", kSam.toStdString(), {}}});
    const auto file = m_dir.path() / "mine.twofold-backup";
    ASSERT_TRUE(createBackup(vaultDir(), file, SystemClock::instance()));
    {
        auto vault = Vault::open(vaultDir(), twofold::test::fastVaultOptions());
        ASSERT_TRUE(vault);
        auto partners = vault->partners();
        ASSERT_TRUE(partners);
        for (const auto& partner : *partners) {
            auto session = vault->unlock(
                partner.id, SecretBuffer::fromString((partner.name == "Alex" ? kAlex : kSam).toStdString()));
            ASSERT_TRUE(session);
            ASSERT_TRUE(session->journal().create(
                {"After the backup", partner.name + " wrote this later", 3, 0, {}, {}}));
        }
    }
    auto& window = startWindow();
    child<QPushButton>(window.loginScreen(), "loginRestoreButton")->click();
    chooseBackup(file);
    auto* mine = child<QRadioButton>(restorePage(), "restoreScopeMine");
    EXPECT_TRUE(mine->isChecked()) << "the smaller change is the default";
    auto* secret = child<QLineEdit>(restorePage(), "restoreSecret1");
    EXPECT_FALSE(child<QLineEdit>(restorePage(), "restoreSecret2")->isVisible())
        << "only Alex's is asked for";

    // From the first choice, Tab reaches the password field; typing and Enter restore.
    window.activateWindow();
    mine->setFocus();
    for (int i = 0; i < 6 && QApplication::focusWidget() != secret; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    ASSERT_EQ(QApplication::focusWidget(), secret) << "the password field is reachable with Tab";
    QTest::keyClicks(secret, kAlex);
    ui::Dialogs::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(secret, Qt::Key_Return);
    EXPECT_TRUE(ui::Dialogs::lastText().contains(QStringLiteral("Replace Alex's journal")))
        << ui::Dialogs::lastText().toStdString();
    ASSERT_TRUE(waitUntil([&] { return currentScreen() == window.loginScreen(); }));
    EXPECT_TRUE(child<QLabel>(window.loginScreen(), "loginNotice")
                    ->text()
                    .contains(QStringLiteral("Restored the journal")));

    const int dialogsBefore = ui::Dialogs::shownCount();
    ASSERT_TRUE(unlockAs(1, kAlex));
    EXPECT_EQ(ui::Dialogs::shownCount(), dialogsBefore) << "no warning of an older copy: Alex chose it";
    EXPECT_FALSE(window.context().session()->freshness().anyOlder());
    EXPECT_FALSE(allVisibleText().join(QLatin1Char('\n')).contains(QStringLiteral("Alex wrote this later")));
    auto page = window.context().session()->journal().list({.limit = 10});
    ASSERT_TRUE(page);
    EXPECT_TRUE(page->empty());
    lockAndFlush();
    ASSERT_TRUE(unlockAs(2, kSam));
    auto sams = window.context().session()->journal().list({.limit = 10});
    ASSERT_TRUE(sams);
    EXPECT_EQ(sams->size(), 1u) << "Sam's journal is as Sam left it";
}

} // namespace
} // namespace twofold::test
