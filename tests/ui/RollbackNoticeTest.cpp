// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// After unlock, an older journal put back (DESIGN.md §4 "Freshness") is said before the
// journal is shown, with "Restore from a backup…" and "Continue".
#include "UiTestSupport.h"
#include "support/FastKdf.h"
#include "ui/access/LoginScreen.h"
#include "ui/data/RestorePage.h"
#include "ui/shell/MainScreen.h"
#include "ui/together/TogetherPage.h"
#include "ui/widgets/Dialogs.h"
#include "vault/Vault.h"

#include <filesystem>

#include <QAbstractButton>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

using namespace twofold;
using namespace twofold::test;
namespace fs = std::filesystem;

namespace {

const QString kSentence =
    QStringLiteral("Your journal is older than the last time you used it: entries may be missing.");

// `name`'s journal as it was, put back after they wrote one more entry.
void rollBackJournal(const fs::path& vaultDir, const fs::path& scratch, const std::string& name,
                     const std::string& password)
{
    auto vault = Vault::open(vaultDir, twofold::test::fastVaultOptions());
    ASSERT_TRUE(vault.has_value());
    auto partner = vault->findPartner(name);
    ASSERT_TRUE(partner.has_value());
    const fs::path journal = vaultDir / ("partner-" + partner->id + ".db");
    auto session = vault->unlock(partner->id, SecretBuffer::fromString(password));
    ASSERT_TRUE(session.has_value());
    session->lock();
    fs::copy_file(journal, scratch / "older", fs::copy_options::overwrite_existing);
    session = vault->unlock(partner->id, SecretBuffer::fromString(password));
    ASSERT_TRUE(session->journal().create({.title = "lost", .body = "written later"}));
    session->lock();
    fs::copy_file(scratch / "older", journal, fs::copy_options::overwrite_existing);
}

class UiRollbackNotice : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        makeVault(vaultDir(), {{"Alex", "alex-pw", {}}, {"Sam", "sam-pw", {}}});
        rollBackJournal(vaultDir(), m_dir.path(), "Alex", "alex-pw");
        startWindow();
    }
};

// Sam's journal was put back; Sam joins Alex in Together mode.
class UiRollbackNoticeTogether : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        makeVault(vaultDir(), {{"Alex", "alex-pw", {}}, {"Sam", "sam-pw", {}}});
        rollBackJournal(vaultDir(), m_dir.path(), "Sam", "sam-pw");
        startWindow();
        ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-pw")));
    }

    ui::TogetherPage* join()
    {
        m_window->mainScreen()->showPage(QStringLiteral("navTogether"));
        auto* page = m_window->mainScreen()->togetherPage();
        child<QPushButton>(page, "startReviewButton")->click();
        QTest::keyClicks(child<QLineEdit>(page, "togetherPassword"), QStringLiteral("sam-pw"));
        child<QPushButton>(page, "togetherJoinButton")->click();
        return page;
    }
};

} // namespace

TEST_F(UiRollbackNotice, ContinueShowsTheJournalAndClearsTheNotice)
{
    const int before = ui::Dialogs::shownCount();
    ui::Dialogs::setNextAnswer(QMessageBox::Ignore); // "Continue"
    ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-pw")));
    EXPECT_EQ(ui::Dialogs::shownCount(), before + 1);
    EXPECT_TRUE(ui::Dialogs::lastText().startsWith(kSentence)) << ui::Dialogs::lastText().toStdString();
    EXPECT_EQ(ui::Dialogs::lastDefault(), QMessageBox::Open); // restore is the careful default
    EXPECT_FALSE(m_window->context().session()->freshness().anyOlder());

    lockAndFlush();
    ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-pw")));
    EXPECT_EQ(ui::Dialogs::shownCount(), before + 1) << "accepted: not asked again";
}

TEST_F(UiRollbackNotice, RestoreLocksAndOpensTheRestorePage)
{
    ui::Dialogs::setNextAnswer(QMessageBox::Open); // "Restore from a backup…"
    typeAndUnlock(1, QStringLiteral("alex-pw"));
    ASSERT_TRUE(waitUntil([this] { return m_window->restorePage()->isVisible(); }));
    EXPECT_TRUE(ui::Dialogs::lastText().startsWith(kSentence));
    EXPECT_FALSE(m_window->isUnlocked());
    EXPECT_EQ(m_window->mainScreen(), nullptr);

    // Not accepted: back at the unlock screen, the next unlock says it again.
    auto* back = child<QAbstractButton>(m_window->restorePage(), "restoreCancelButton");
    ASSERT_NE(back, nullptr);
    back->click();
    ASSERT_TRUE(waitUntil([this] { return m_window->loginScreen()->isVisible(); }));
    const int before = ui::Dialogs::shownCount();
    ui::Dialogs::setNextAnswer(QMessageBox::Ignore);
    ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-pw")));
    EXPECT_EQ(ui::Dialogs::shownCount(), before + 1);
    EXPECT_TRUE(ui::Dialogs::lastText().startsWith(kSentence));
}

TEST_F(UiRollbackNoticeTogether, NotNowEndsTogetherModeAndSaysWhy)
{
    const int before = ui::Dialogs::shownCount();
    ui::Dialogs::setNextAnswer(QMessageBox::Cancel); // "Not now"
    auto* page = join();
    ASSERT_TRUE(waitUntil([page] { return child<QLabel>(page, "togetherError")->isVisible(); }));
    EXPECT_EQ(ui::Dialogs::shownCount(), before + 1);
    EXPECT_TRUE(ui::Dialogs::lastText().startsWith(kSentence));
    EXPECT_EQ(child<QLabel>(page, "togetherError")->text(), kSentence);
    EXPECT_EQ(m_window->context().otherSession(), nullptr);
}

TEST_F(UiRollbackNoticeTogether, ContinueAcceptsAndTheReviewBegins)
{
    ui::Dialogs::setNextAnswer(QMessageBox::Ignore); // "Continue"
    auto* page = join();
    ASSERT_TRUE(waitUntil([page] { return page->step() == ui::TogetherPage::Step::Review; }));
    ASSERT_NE(m_window->context().otherSession(), nullptr);
    EXPECT_FALSE(m_window->context().otherSession()->freshness().anyOlder());
}

TEST_F(UiRollbackNoticeTogether, LockDuringTheQuestionLeavesNobodyUnlockedAndAcceptsNothing)
{
    // The real question opens (a nested event loop) and the lock comes inside it, as an idle
    // lock would: Sam is held by the join step until then, and must go with Alex.
    ui::Dialogs::setAlwaysAnswer(std::nullopt);
    bool lockedInside = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto* box = m_window->findChild<QMessageBox*>(QStringLiteral("messageBox"));
        if (box && box->isVisible() && !lockedInside) {
            lockedInside = true;
            m_window->lock();
        }
    });
    poll.start(10);
    join();
    ASSERT_TRUE(waitUntil([&] { return lockedInside; }));
    poll.stop();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_FALSE(m_window->isUnlocked());
    EXPECT_FALSE(m_window->context().unlocked.has_value()) << "no session of either partner";

    // Nothing was accepted: Sam's next unlock asks again.
    ui::Dialogs::setAlwaysAnswer(QMessageBox::Ok);
    const int before = ui::Dialogs::shownCount();
    ui::Dialogs::setNextAnswer(QMessageBox::Ignore);
    ASSERT_TRUE(unlockAs(2, QStringLiteral("sam-pw")));
    EXPECT_EQ(ui::Dialogs::shownCount(), before + 1);
    EXPECT_TRUE(ui::Dialogs::lastText().startsWith(kSentence));
}
