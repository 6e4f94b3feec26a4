// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "UiTestSupport.h"
#include "backup/AutoBackup.h"
#include "couple/WeeklyReview.h"
#include "ui/shell/MainScreen.h"
#include "ui/together/TogetherPage.h"

#include <fstream>

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>

namespace twofold::test {
namespace {

const QString kAlex = QStringLiteral("alex-demo-password");
const QString kSam = QStringLiteral("sam-demo-password");

// The automatic backup after a weekly review saved in Together mode.
class UiAutoBackup : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        makeVault(vaultDir(), {{"Alex", kAlex.toStdString(), {}}, {"Sam", kSam.toStdString(), {}}});
        startWindow();
        ASSERT_TRUE(unlockAs(1, kAlex));
    }

    std::filesystem::path folder() const { return m_dir.path() / "backups"; }

    // Both check in and the review is saved.
    ui::TogetherPage* saveAReview()
    {
        m_window->mainScreen()->showPage(QStringLiteral("navTogether"));
        auto* page = m_window->mainScreen()->togetherPage();
        child<QPushButton>(page, "startReviewButton")->click();
        QTest::keyClicks(child<QLineEdit>(page, "togetherPassword"), kSam);
        child<QPushButton>(page, "togetherJoinButton")->click();
        EXPECT_TRUE(waitUntil([page] { return page->step() == ui::TogetherPage::Step::Review; }));
        QWidget* appreciations = page->findChild<QWidget*>(QStringLiteral("appreciationsStep"));
        for (int i = 0; i < 2; ++i) {
            child<QPushButton>(appreciations, "handoverGoOnButton")->click();
            QTest::keyClicks(child<QLineEdit>(appreciations, "appreciation1"), QStringLiteral("the walk"));
            child<QPushButton>(appreciations, "turnDoneButton")->click();
        }
        EXPECT_TRUE(
            child<QLabel>(page, "appreciationsRevealFirst")->text().contains(QStringLiteral("the walk")));
        for (int i = 0; i < 7; ++i) {
            child<QPushButton>(page, "nextStepButton")->click();
        }
        child<QPushButton>(page, "saveReviewButton")->click();
        // Saved, and still Together until they end it (which locks both).
        EXPECT_EQ(page->step(), ui::TogetherPage::Step::Review);
        EXPECT_TRUE(child<QLabel>(page, "togetherSavedMessage")->isVisible());
        return page;
    }

    int savedReviews()
    {
        auto history = WeeklyReview(*m_window->context().couple()).history();
        return history ? static_cast<int>(history->size()) : -1;
    }
};

TEST_F(UiAutoBackup, ASavedReviewWritesABackupWhenTurnedOn)
{
    ASSERT_TRUE(saveAutoBackupSettings(*m_window->context().couple(), {true, folder(), 8}));
    auto* page = m_window->mainScreen()->togetherPage();
    QSignalSpy finished(page, &ui::TogetherPage::autoBackupFinished);
    saveAReview();
    ASSERT_TRUE(waitUntil([&] { return finished.count() == 1; }));
    EXPECT_TRUE(finished.at(0).at(0).toBool());

    const auto backups = listAutoBackups(folder());
    ASSERT_EQ(backups.size(), 1u);
    auto manifest = verifyBackup(backups.front().path);
    ASSERT_TRUE(manifest) << manifest.error().detail;
    EXPECT_EQ(manifest->files.size() >= 4, true);

    auto* note = child<QLabel>(page, "autoBackupNote");
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(note->text().startsWith(QStringLiteral("Backed up to "))) << note->text().toStdString();
    EXPECT_TRUE(note->text().contains(QString::fromStdString(folder().string())));
    EXPECT_TRUE(note->text().contains(QStringLiteral("keeping the last 8")));
    EXPECT_EQ(savedReviews(), 1);
}

TEST_F(UiAutoBackup, TurnedOffMeansNoBackup)
{
    // Off (the default), even with a folder chosen.
    ASSERT_TRUE(saveAutoBackupSettings(*m_window->context().couple(), {false, folder(), 8}));
    auto* page = m_window->mainScreen()->togetherPage();
    QSignalSpy finished(page, &ui::TogetherPage::autoBackupFinished);
    saveAReview();
    settle();
    EXPECT_EQ(finished.count(), 0);
    EXPECT_FALSE(std::filesystem::exists(folder()));
    EXPECT_FALSE(child<QLabel>(page, "autoBackupNote")->isVisible());
    EXPECT_EQ(savedReviews(), 1);
}

TEST_F(UiAutoBackup, AFailedBackupSaysSoAndTheReviewIsSavedAnyway)
{
    const auto blocker = m_dir.path() / "a-file";
    std::ofstream(blocker) << "not a folder";
    ASSERT_TRUE(saveAutoBackupSettings(*m_window->context().couple(), {true, blocker / "backups", 3}));
    auto* page = m_window->mainScreen()->togetherPage();
    QSignalSpy finished(page, &ui::TogetherPage::autoBackupFinished);
    saveAReview();
    ASSERT_TRUE(waitUntil([&] { return finished.count() == 1; }));
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    const QString text = child<QLabel>(page, "autoBackupNote")->text();
    EXPECT_TRUE(text.contains(QStringLiteral("could not be written"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Your review is saved")));
    EXPECT_EQ(savedReviews(), 1);
    EXPECT_TRUE(child<QLabel>(page, "togetherSavedMessage")->text().contains(QStringLiteral("saved")));
}

} // namespace
} // namespace twofold::test
