#include "UiTestSupport.h"
#include "couple/CoupleSpace.h"
#include "ui/FileChooser.h"
#include "ui/IdleLock.h"
#include "ui/MainScreen.h"
#include "ui/SettingsPage.h"
#include "ui/TogetherPage.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTextBrowser>

namespace twofold::test {
namespace {

const QString kAlex = QStringLiteral("alex-demo-password");
const QString kSam = QStringLiteral("sam-demo-password");

class UiTogether : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        makeVault(vaultDir(), {{"Alex", kAlex.toStdString(), {}}, {"Sam", kSam.toStdString(), {}}});
        startWindow();
        ASSERT_TRUE(unlockAs(1, kAlex));
    }

    ui::TogetherPage* joinTogether()
    {
        m_window->mainScreen()->showPage(QStringLiteral("navTogether"));
        auto* page = m_window->mainScreen()->togetherPage();
        child<QPushButton>(page, "startReviewButton")->click();
        EXPECT_EQ(page->step(), ui::TogetherPage::Step::Unlock);
        QTest::keyClicks(child<QLineEdit>(page, "togetherPassword"), kSam);
        child<QPushButton>(page, "togetherJoinButton")->click();
        EXPECT_TRUE(waitUntil([page] { return page->step() == ui::TogetherPage::Step::CheckInFirst; }));
        EXPECT_TRUE(child<QLineEdit>(page, "togetherPassword")->text().isEmpty());
        return page;
    }

    void checkIn(ui::TogetherPage* page, int emotional, const QString& appreciated, const QString& need)
    {
        child<QSlider>(page, "ratingEmotional")->setValue(emotional);
        QTest::keyClicks(child<QPlainTextEdit>(page, "checkInAppreciated"), appreciated);
        QTest::keyClicks(child<QPlainTextEdit>(page, "checkInNeed"), need);
        child<QPushButton>(page, "checkInDoneButton")->click();
    }
};

TEST_F(UiTogether, WeeklyReviewEndToEnd)
{
    // Something of Alex's waiting for Alex's agreement, to agree to during the review.
    auto prompts = m_window->context().couple->prompts().sharedPrompts();
    ASSERT_TRUE(prompts && !prompts->empty());
    ASSERT_TRUE(m_window->context().couple->answer(prompts->front().id, "Alex's answer"));

    auto* page = joinTogether();
    EXPECT_EQ(child<QLabel>(page, "checkInHeading")->text(), QStringLiteral("Alex's check-in"));
    checkIn(page, 4, QStringLiteral("Alex appreciated the walk"), QStringLiteral("Alex needs rest"));

    // Sam's turn: Alex's words are gone from the screen.
    EXPECT_EQ(page->step(), ui::TogetherPage::Step::CheckInSecond);
    EXPECT_EQ(child<QLabel>(page, "checkInHeading")->text(), QStringLiteral("Sam's check-in"));
    EXPECT_TRUE(child<QPlainTextEdit>(page, "checkInAppreciated")->toPlainText().isEmpty());
    EXPECT_EQ(child<QSlider>(page, "ratingEmotional")->value(), 3);
    EXPECT_FALSE(allVisibleText().join(QLatin1Char('\n')).contains(QStringLiteral("Alex appreciated")));
    checkIn(page, 2, QStringLiteral("Sam appreciated the tea"), QStringLiteral("Sam needs time"));

    // Revealed together.
    ASSERT_EQ(page->step(), ui::TogetherPage::Step::Summary);
    const QString mine = child<QLabel>(page, "checkInValuesMine")->text();
    const QString partners = child<QLabel>(page, "checkInValuesPartners")->text();
    EXPECT_TRUE(mine.contains(QStringLiteral("Alex appreciated the walk"))) << mine.toStdString();
    EXPECT_TRUE(mine.contains(QStringLiteral("Emotional connection: 4 of 5")));
    EXPECT_TRUE(partners.contains(QStringLiteral("Sam appreciated the tea"))) << partners.toStdString();
    EXPECT_TRUE(partners.contains(QStringLiteral("Emotional connection: 2 of 5")));

    // What waits for Alex can be agreed to now.
    auto* agree = child<QPushButton>(page, "agreeNow0");
    ASSERT_NE(agree, nullptr);
    EXPECT_EQ(agree->text(), QStringLiteral("Alex agrees to reveal now"));
    agree->click();
    EXPECT_EQ(page->findChild<QPushButton*>(QStringLiteral("agreeNow0")), nullptr);

    QTest::keyClicks(child<QLineEdit>(page, "intentionFirst"), QStringLiteral("walk on Tuesdays"));
    QTest::keyClicks(child<QLineEdit>(page, "intentionSecond"), QStringLiteral("phone-free dinner"));
    child<QPushButton>(page, "saveReviewButton")->click();

    // Saved; Together ended and Sam's keys are gone.
    EXPECT_EQ(page->step(), ui::TogetherPage::Step::Start);
    EXPECT_FALSE(m_window->context().otherSession.has_value());
    auto* history = child<QListWidget>(page, "reviewHistory");
    ASSERT_EQ(history->count(), 1);
    history->setCurrentRow(0);
    const QString detail = child<QTextBrowser>(page, "reviewDetail")->toPlainText();
    EXPECT_TRUE(detail.contains(QStringLiteral("walk on Tuesdays")));
    EXPECT_TRUE(detail.contains(QStringLiteral("phone-free dinner")));
    EXPECT_TRUE(detail.contains(QStringLiteral("Sam appreciated the tea")));
    EXPECT_TRUE(child<QLabel>(page, "reviewSchedule")->text().contains(QStringLiteral("done")));

    const QString pdf = QString::fromStdString((m_dir.path() / "review.pdf").string());
    ASSERT_TRUE(page->exportPdf(pdf, page->reviewDate()));
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));

    // Export to PDF… through its chooser; then a lock while the chooser is open writes nothing.
    const auto chosen = m_dir.path() / "chosen-review.pdf";
    ui::FileChooser::setNextPath(ui::fromPath(chosen));
    child<QPushButton>(page, "exportPdfButton")->click();
    EXPECT_TRUE(std::filesystem::exists(chosen));
    const auto locked = m_dir.path() / "locked-review.pdf";
    ui::FileChooser::setNextPath(ui::fromPath(locked), [this] { m_window->lock(); });
    child<QPushButton>(page, "exportPdfButton")->click();
    EXPECT_FALSE(m_window->isUnlocked());
    EXPECT_FALSE(std::filesystem::exists(locked));

    // The intention and the check-ins are Sam's to see too.
    lockAndFlush();
    ASSERT_TRUE(unlockAs(2, kSam));
    m_window->mainScreen()->showPage(QStringLiteral("navTogether"));
    page = m_window->mainScreen()->togetherPage();
    child<QListWidget>(page, "reviewHistory")->setCurrentRow(0);
    EXPECT_TRUE(child<QTextBrowser>(page, "reviewDetail")
                    ->toPlainText()
                    .contains(QStringLiteral("walk on Tuesdays")));
}

TEST_F(UiTogether, WrongPasswordForThePartnerSaysSoAndNothingStarts)
{
    m_window->mainScreen()->showPage(QStringLiteral("navTogether"));
    auto* page = m_window->mainScreen()->togetherPage();
    child<QPushButton>(page, "startReviewButton")->click();
    QTest::keyClicks(child<QLineEdit>(page, "togetherPassword"), QStringLiteral("not sams password"));
    child<QPushButton>(page, "togetherJoinButton")->click();
    ASSERT_TRUE(waitUntil([page] { return child<QLabel>(page, "togetherError")->isVisible(); }));
    EXPECT_EQ(page->step(), ui::TogetherPage::Step::Unlock);
    EXPECT_FALSE(m_window->context().otherSession.has_value());
}

TEST_F(UiTogether, LockEndsTogetherMode)
{
    joinTogether();
    ASSERT_TRUE(m_window->context().otherSession.has_value());
    lockAndFlush();
    EXPECT_FALSE(m_window->context().otherSession.has_value());
    EXPECT_FALSE(m_window->context().couple.has_value());
}

TEST_F(UiTogether, AutoLockMinutesFromSettingsTakeEffect)
{
    m_window->mainScreen()->showPage(QStringLiteral("navSettings"));
    auto* settings = m_window->mainScreen()->settingsPage();
    auto* minutes = child<QSpinBox>(settings, "autoLockMinutes");
    EXPECT_EQ(minutes->value(), 5);
    minutes->setValue(2);
    EXPECT_EQ(m_window->idleLock()->timeout(), std::chrono::minutes(2));
    m_clock.advanceMs(2 * 60'000 + 1);
    m_window->idleLock()->check();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_FALSE(m_window->isUnlocked());

    ASSERT_TRUE(unlockAs(1, kAlex));
    EXPECT_EQ(m_window->idleLock()->timeout(), std::chrono::minutes(2));
    m_window->mainScreen()->showPage(QStringLiteral("navSettings"));
    EXPECT_EQ(child<QSpinBox>(m_window->mainScreen()->settingsPage(), "autoLockMinutes")->value(), 2);
}

TEST_F(UiTogether, FaithPackIsOffUntilChosen)
{
    m_window->mainScreen()->showPage(QStringLiteral("navSettings"));
    auto* faith = child<QAbstractButton>(m_window->mainScreen()->settingsPage(), "pack_faith");
    ASSERT_NE(faith, nullptr);
    EXPECT_FALSE(faith->isChecked());
    faith->click();
    auto packs = m_window->context().couple->prompts().packs();
    ASSERT_TRUE(packs);
    for (const PackChoice& pack : *packs) {
        if (pack.packId == "faith") {
            EXPECT_TRUE(pack.onForMe);
        }
    }
}

} // namespace
} // namespace twofold::test
