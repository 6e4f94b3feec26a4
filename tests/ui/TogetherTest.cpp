// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "UiTestSupport.h"
#include "couple/CoupleSpace.h"
#include "couple/ReviewNotes.h"
#include "couple/WeeklyReview.h"
#include "storage/Database.h"
#include "ui/data/SettingsPage.h"
#include "ui/journal/EntryRoles.h"
#include "ui/journal/JournalPage.h"
#include "ui/shell/IdleLock.h"
#include "ui/shell/MainScreen.h"
#include "ui/together/CheckInForm.h"
#include "ui/together/RatingChart.h"
#include "ui/together/ReviewCalendar.h"
#include "ui/together/ReviewFlowPage.h"
#include "ui/together/ReviewReminder.h"
#include "ui/together/TogetherPage.h"
#include "ui/together/steps/StepWidgets.h"
#include "ui/widgets/FileChooser.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTextEdit>

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
        EXPECT_TRUE(waitUntil([page] { return page->step() == ui::TogetherPage::Step::Review; }));
        EXPECT_TRUE(child<QLineEdit>(page, "togetherPassword")->text().isEmpty());
        EXPECT_EQ(stepOf(page), ReviewStep::Appreciations);
        return page;
    }

    static std::optional<ReviewStep> stepOf(ui::TogetherPage* page)
    {
        return page->findChild<ui::ReviewFlowPage*>()->step();
    }

    // The step on screen now.
    static QWidget* current(ui::TogetherPage* page)
    {
        return page->findChild<QStackedWidget*>(QStringLiteral("reviewSteps"))->currentWidget();
    }

    // "Skip this step" until the flow is at `step`.
    static void skipTo(ui::TogetherPage* page, ReviewStep step)
    {
        for (int i = 0; i < 8 && stepOf(page) != step; ++i) {
            child<QPushButton>(page, "skipStepButton")->click();
        }
        ASSERT_EQ(stepOf(page), step);
    }

    // The handover card of the step on screen: `name`, please look away... "I'm <name>, go on".
    static void goOn(ui::TogetherPage* page, const QString& name)
    {
        auto* button = child<QPushButton>(current(page), "handoverGoOnButton");
        ASSERT_TRUE(button->isVisible());
        EXPECT_EQ(button->text(), QStringLiteral("I'm %1, go on").arg(name));
        button->click();
    }

    static void done(ui::TogetherPage* page) { child<QPushButton>(current(page), "turnDoneButton")->click(); }

    // A check-in turn: a rating chosen for emotional connection only, the rest left alone.
    static void checkIn(ui::TogetherPage* page, const QString& name, int emotional)
    {
        goOn(page, name);
        current(page)->findChild<QRadioButton*>(QStringLiteral("ratingEmotional%1").arg(emotional))->click();
        done(page);
    }

    // A label of the step on screen.
    static QString textOf(ui::TogetherPage* page, const char* name)
    {
        return child<QLabel>(current(page), name)->text();
    }
};

TEST_F(UiTogether, WeeklyReviewEndToEnd)
{
    auto* page = joinTogether();
    EXPECT_EQ(textOf(page, "handoverLookAway"), QStringLiteral("Sam, please look away for a moment."));
    goOn(page, QStringLiteral("Alex"));
    EXPECT_EQ(textOf(page, "turnHeading"), QStringLiteral("Alex, this is just for you for now."));
    QTest::keyClicks(child<QLineEdit>(page, "appreciation1"), QStringLiteral("Alex appreciated the walk"));
    done(page);

    // Sam's turn: Alex's words are gone from the screen.
    EXPECT_EQ(textOf(page, "handoverLookAway"), QStringLiteral("Alex, please look away for a moment."));
    goOn(page, QStringLiteral("Sam"));
    EXPECT_TRUE(child<QLineEdit>(page, "appreciation1")->text().isEmpty());
    EXPECT_FALSE(allVisibleText().join(QLatin1Char('\n')).contains(QStringLiteral("Alex appreciated")));
    QTest::keyClicks(child<QLineEdit>(page, "appreciation1"), QStringLiteral("Sam appreciated the tea"));
    done(page);
    // Revealed together.
    EXPECT_TRUE(
        textOf(page, "appreciationsRevealFirst").contains(QStringLiteral("Alex appreciated the walk")));
    EXPECT_TRUE(
        textOf(page, "appreciationsRevealSecond").contains(QStringLiteral("Sam appreciated the tea")));

    skipTo(page, ReviewStep::CheckIn);
    checkIn(page, QStringLiteral("Alex"), 4);
    // Sam's turn: Alex's choices are gone.
    goOn(page, QStringLiteral("Sam"));
    EXPECT_FALSE(child<QRadioButton>(page, "ratingEmotional4")->isChecked());
    current(page)->findChild<QRadioButton*>(QStringLiteral("ratingEmotional2"))->click();
    done(page);
    const QString mine = textOf(page, "checkInRevealFirst");
    const QString partners = textOf(page, "checkInRevealSecond");
    EXPECT_TRUE(mine.contains(QStringLiteral("Emotional connection: 4 of 5"))) << mine.toStdString();
    EXPECT_TRUE(mine.contains(QStringLiteral("Trust: rather not say")))
        << "a rating left alone is rather not say";
    EXPECT_TRUE(partners.contains(QStringLiteral("Emotional connection: 2 of 5"))) << partners.toStdString();

    skipTo(page, ReviewStep::Loved);
    goOn(page, QStringLiteral("Alex"));
    QTest::keyClicks(child<QPlainTextEdit>(page, "lovedAnswer"), QStringLiteral("phone-free dinner"));
    done(page);
    goOn(page, QStringLiteral("Sam"));
    done(page); // Sam writes nothing: nothing from this step, and no intention prefilled
    EXPECT_EQ(textOf(page, "lovedReveal"), ui::nothingThisWeekWords());
    auto* intentionFirst = child<QLineEdit>(page, "nextIntentionFirst");
    auto* intentionSecond = child<QLineEdit>(page, "nextIntentionSecond");
    EXPECT_TRUE(intentionSecond->text().isEmpty()) << "nothing revealed, nothing prefilled";
    QTest::keyClicks(intentionFirst, QStringLiteral("walk on Tuesdays"));
    QTest::keyClicks(intentionSecond, QStringLiteral("phone-free dinner"));
    child<QPushButton>(page, "nextStepButton")->click();
    EXPECT_TRUE(textOf(page, "checkInValuesMine").contains(QStringLiteral("Emotional connection: 4 of 5")));
    child<QPushButton>(page, "nextStepButton")->click();
    ASSERT_EQ(stepOf(page), ReviewStep::Save);
    EXPECT_TRUE(textOf(page, "saveIntentions").contains(QStringLiteral("walk on Tuesdays")));
    child<QPushButton>(page, "saveReviewButton")->click();

    // Saved; still Together until they end it, and ending it locks both of them.
    EXPECT_EQ(page->step(), ui::TogetherPage::Step::Review);
    EXPECT_TRUE(child<QLabel>(page, "togetherSavedMessage")->isVisible());
    EXPECT_FALSE(child<QPushButton>(page, "saveReviewButton")->isEnabled());
    ASSERT_TRUE(child<QPushButton>(page, "savedEndButton")->isVisible());
    child<QPushButton>(page, "savedEndButton")->click();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_FALSE(m_window->isUnlocked());
    EXPECT_EQ(m_window->context().otherSession(), nullptr);

    ASSERT_TRUE(unlockAs(1, kAlex));
    m_window->mainScreen()->showPage(QStringLiteral("navTogether"));
    page = m_window->mainScreen()->togetherPage();
    auto* history = child<QListWidget>(page, "reviewHistory");
    ASSERT_EQ(history->count(), 1);
    history->setCurrentRow(0);
    const QString detail = child<QTextBrowser>(page, "reviewReopen")->toPlainText();
    EXPECT_TRUE(detail.contains(QStringLiteral("walk on Tuesdays")));
    EXPECT_TRUE(detail.contains(QStringLiteral("—"))) << "rather not say prints as a dash";
    EXPECT_TRUE(detail.contains(QStringLiteral("phone-free dinner")));
    EXPECT_TRUE(detail.contains(QStringLiteral("2 of 5"))) << "Sam's revealed check-in";
    EXPECT_TRUE(child<QLabel>(page, "reviewSchedule")->text().contains(QStringLiteral("done")));
    // Seeing the weeks: the chart has both revealed check-ins (Trust, left alone, a gap),
    // the calendar marks the saved day.
    const ui::ChartData& weeks = child<ui::RatingChart>(page, "ratingChart")->data();
    ASSERT_EQ(weeks.weeks.size(), 1u);
    EXPECT_EQ(weeks.weeks[0].mine[0], 4);
    EXPECT_EQ(weeks.weeks[0].partners[0], 2);
    EXPECT_FALSE(weeks.weeks[0].mine[3].has_value());
    const QDate saved = QDate::fromString(page->reviewDate(), Qt::ISODate);
    auto* calendar = child<ui::ReviewCalendar>(page, "reviewCalendar");
    EXPECT_EQ(calendar->savedDates(), QList<QDate>{saved});
    EXPECT_EQ(calendar->dateTextFormat(saved).fontWeight(), QFont::Bold);

    const QString pdf = QString::fromStdString((m_dir.path() / "review.pdf").string());
    ASSERT_TRUE(page->exportPdf(pdf, page->reviewDate()));
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
    EXPECT_EQ(std::filesystem::status(m_dir.path() / "review.pdf").permissions(),
              std::filesystem::perms::owner_read | std::filesystem::perms::owner_write)
        << "the review is written 0600";

    // Export to PDF… through its chooser; then a lock while the chooser is open writes nothing.
    const auto chosen = m_dir.path() / "chosen-review.pdf";
    ui::FileChooser::setNextPath(ui::fromPath(chosen));
    child<QPushButton>(page, "exportPdfButton")->click();
    ASSERT_TRUE(waitUntil([&] { return std::filesystem::exists(chosen); })) << "written off the GUI thread";
    EXPECT_EQ(std::filesystem::status(chosen).permissions() & std::filesystem::perms::all,
              std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    EXPECT_EQ(std::filesystem::status(pdf.toStdString()).permissions() & std::filesystem::perms::all,
              std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    ASSERT_TRUE(waitUntil([&] { return child<QPushButton>(page, "exportPdfButton")->isEnabled(); }));
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
    EXPECT_TRUE(child<QTextBrowser>(page, "reviewReopen")
                    ->toPlainText()
                    .contains(QStringLiteral("walk on Tuesdays")));
}

// What a person at the keyboard can see: text of widgets on screen, and the rows of item
// views on screen (allVisibleText() also reads hidden pages).
QString onScreenText()
{
    QStringList texts;
    for (QWidget* widget : QApplication::allWidgets()) {
        if (!widget->isVisible()) {
            continue;
        }
        if (auto* line = qobject_cast<QLineEdit*>(widget)) {
            texts << line->text();
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget)) {
            texts << plain->toPlainText();
        } else if (auto* rich = qobject_cast<QTextEdit*>(widget)) {
            texts << rich->toPlainText();
        } else if (auto* label = qobject_cast<QLabel*>(widget)) {
            texts << label->text();
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            texts << button->text();
        } else if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model()) {
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                texts << view->model()->index(row, 0).data(Qt::DisplayRole).toString()
                      << view->model()
                             ->index(row, 0)
                             .data(ui::EntrySegmentsRole)
                             .toStringList()
                             .join(QString());
            }
        }
        texts << widget->accessibleName() << widget->toolTip();
    }
    return texts.join(QLatin1Char('\n'));
}

// Issue 11, item 7: nothing is pre-filled and nothing is forced. Done with nothing chosen
// is a check-in of "rather not say" throughout, shown as dashes.
TEST_F(UiTogether, ADueReviewWaitsInTheUnlockScreensWords)
{
    // Today is the review day and nothing is saved: the page says it in the same neutral
    // words as the unlock screen, never "is due". (The vault's own clock is the system's.)
    auto* couple = m_window->context().couple();
    ASSERT_NE(couple, nullptr);
    const int today = QDate::currentDate().dayOfWeek(); // 1 = Monday
    ASSERT_TRUE(WeeklyReview(*couple).setReviewDay(static_cast<Weekday>(today - 1)));
    m_window->mainScreen()->showPage(QStringLiteral("navTogether"));
    auto* page = m_window->mainScreen()->togetherPage();
    page->reload();
    const QString waiting = child<QLabel>(page, "reviewSchedule")->text();
    EXPECT_TRUE(waiting == ui::ReviewReminder::dueWords(true) ||
                waiting == ui::ReviewReminder::dueWords(false))
        << waiting.toStdString();
    EXPECT_FALSE(waiting.contains(QStringLiteral("due"))) << waiting.toStdString();
}

TEST_F(UiTogether, ANewCouplesWeekIsNeitherDoneNorDue)
{
    // The review day is tomorrow: this week's review date was six days ago, before the couple
    // existed. Nothing is saved and nothing is owed, so the page says neither "done" nor
    // the due words, but when the first review is.
    auto* couple = m_window->context().couple();
    ASSERT_NE(couple, nullptr);
    const int tomorrow = QDate::currentDate().dayOfWeek() % 7; // Weekday: 0 = Monday
    ASSERT_TRUE(WeeklyReview(*couple).setReviewDay(static_cast<Weekday>(tomorrow)));
    m_window->mainScreen()->showPage(QStringLiteral("navTogether"));
    auto* page = m_window->mainScreen()->togetherPage();
    page->reload();
    const QString words = child<QLabel>(page, "reviewSchedule")->text();
    EXPECT_FALSE(words.contains(QStringLiteral("done"))) << words.toStdString();
    EXPECT_NE(words, ui::ReviewReminder::dueWords(true));
    EXPECT_NE(words, ui::ReviewReminder::dueWords(false));
    EXPECT_TRUE(words.contains(QStringLiteral("first"))) << words.toStdString();
}

TEST_F(UiTogether, TheCheckInForcesNothing)
{
    auto* page = joinTogether();
    skipTo(page, ReviewStep::CheckIn);
    goOn(page, QStringLiteral("Alex"));
    for (QRadioButton* choice : page->findChildren<QRadioButton*>()) {
        EXPECT_FALSE(choice->isChecked()) << choice->objectName().toStdString() << " is pre-filled";
    }
    EXPECT_FALSE(child<QPlainTextEdit>(page, "checkInNeed")->isVisibleTo(page)) << "the review asks no notes";
    child<QRadioButton>(page, "ratingTrust3")->click();
    child<QRadioButton>(page, "ratingTrustSkip")->click();
    done(page);
    goOn(page, QStringLiteral("Sam"));
    for (QRadioButton* choice : page->findChildren<QRadioButton*>()) {
        EXPECT_FALSE(choice->isChecked())
            << "Sam starts from nothing: " << choice->objectName().toStdString();
    }
    done(page);

    for (const char* side : {"checkInRevealFirst", "checkInRevealSecond"}) {
        const QString text = textOf(page, side);
        for (const QString& line : {QStringLiteral("Emotional connection: rather not say"),
                                    QStringLiteral("Trust: rather not say")}) {
            EXPECT_TRUE(text.contains(line)) << side << ": " << text.toStdString();
        }
        EXPECT_FALSE(text.contains(QStringLiteral("0"))) << "rather not say is never a zero";
    }

    // The form's notes (hidden in the review) force nothing either: "Rather not say" empties one.
    ui::CheckInForm form;
    auto* note = child<QPlainTextEdit>(&form, "checkInNeed");
    QTest::keyClicks(note, QStringLiteral("typed, then thought better of it"));
    child<QCheckBox>(&form, "checkInNeedSkip")->click();
    EXPECT_TRUE(note->toPlainText().isEmpty());
    EXPECT_FALSE(note->isEnabled());
    EXPECT_TRUE(form.value().need.empty());
}

// Issue 15: both partners through all eight steps by the real buttons, with a skipped
// turn and a skipped step; the saved record reads back through WeeklyReview.
TEST_F(UiTogether, AWholeReviewForTwoPartners)
{
    auto* page = joinTogether();
    QSignalSpy saved(page, &ui::TogetherPage::reviewSaved);
    auto* next = child<QPushButton>(page, "nextStepButton");
    auto* progress = child<QLabel>(page, "reviewProgress");
    EXPECT_FALSE(child<QPushButton>(page, "backStepButton")->isVisible()) << "nothing before the first step";
    EXPECT_EQ(child<QPushButton>(page, "skipStepButton")->text().remove(QLatin1Char('&')),
              QStringLiteral("Skip this step"));

    // 1. Appreciations, both wrote: revealed together.
    EXPECT_TRUE(progress->text().contains(QStringLiteral("<b><u>Appreciations</u></b>")))
        << progress->text().toStdString();
    EXPECT_FALSE(progress->text().contains(QStringLiteral("of 8")));
    goOn(page, QStringLiteral("Alex"));
    QTest::keyClicks(child<QLineEdit>(page, "appreciation1"), QStringLiteral("the tea you made"));
    QTest::keyClicks(child<QLineEdit>(page, "appreciation2"), QStringLiteral("your patience"));
    done(page);
    EXPECT_EQ(page->findChild<QWidget*>(QStringLiteral("appreciationsReveal")), nullptr)
        << "nothing before Sam";
    goOn(page, QStringLiteral("Sam"));
    QTest::keyClicks(child<QLineEdit>(page, "appreciation1"), QStringLiteral("the walk"));
    done(page);
    EXPECT_EQ(textOf(page, "appreciationsRevealFirst"),
              QStringLiteral("• the tea you made\n• your patience"));
    EXPECT_EQ(textOf(page, "appreciationsRevealSecond"), QStringLiteral("• the walk"));
    next->click();

    // 2. What went well.
    ASSERT_EQ(stepOf(page), ReviewStep::WentWell);
    EXPECT_TRUE(child<QPushButton>(page, "backStepButton")->isVisible());
    next->click();

    // 3. Check-in: Alex answers, Sam skips the turn. Nothing shows, and nothing says who.
    ASSERT_EQ(stepOf(page), ReviewStep::CheckIn);
    checkIn(page, QStringLiteral("Alex"), 4);
    goOn(page, QStringLiteral("Sam"));
    child<QPushButton>(current(page), "skipTurnButton")->click();
    const QString nothing = textOf(page, "checkInReveal");
    EXPECT_EQ(nothing, ui::nothingThisWeekWords());
    EXPECT_FALSE(nothing.contains(QStringLiteral("Sam")) || nothing.contains(QStringLiteral("Alex")));
    EXPECT_FALSE(child<QWidget>(page, "handoverCard")->isVisibleTo(current(page))) << "a turn had stays had";
    // Back and forth: the turn is not offered again.
    child<QPushButton>(page, "backStepButton")->click();
    next->click();
    EXPECT_EQ(textOf(page, "checkInReveal"), ui::nothingThisWeekWords());
    next->click();

    // 4. One thing to talk about: the whole step skipped.
    ASSERT_EQ(stepOf(page), ReviewStep::Talk);
    child<QPushButton>(page, "skipStepButton")->click();

    // 5. Last week's intentions (there is no last week yet).
    ASSERT_EQ(stepOf(page), ReviewStep::LastIntentions);
    next->click();

    // 6. Feeling loved: the answers become each other's intentions.
    ASSERT_EQ(stepOf(page), ReviewStep::Loved);
    goOn(page, QStringLiteral("Alex"));
    QTest::keyClicks(child<QPlainTextEdit>(page, "lovedAnswer"), QStringLiteral("a slow Sunday breakfast"));
    done(page);
    goOn(page, QStringLiteral("Sam"));
    QTest::keyClicks(child<QPlainTextEdit>(page, "lovedAnswer"), QStringLiteral("a note in my bag"));
    done(page);
    EXPECT_EQ(textOf(page, "lovedRevealFirst"), QStringLiteral("a slow Sunday breakfast"));
    EXPECT_EQ(textOf(page, "lovedRevealSecond"), QStringLiteral("a note in my bag"));
    EXPECT_EQ(child<QLineEdit>(page, "nextIntentionFirst")->text(), QStringLiteral("a note in my bag"));
    auto* samsIntention = child<QLineEdit>(page, "nextIntentionSecond");
    EXPECT_EQ(samsIntention->text(), QStringLiteral("a slow Sunday breakfast"));
    QTest::keyClicks(samsIntention, QStringLiteral(", with pancakes"));
    next->click();

    // 7. Side by side.
    ASSERT_EQ(stepOf(page), ReviewStep::SideBySide);
    next->click();

    // 8. Save.
    ASSERT_EQ(stepOf(page), ReviewStep::Save);
    EXPECT_FALSE(next->isVisible());
    EXPECT_FALSE(child<QPushButton>(page, "skipStepButton")->isVisible());
    EXPECT_TRUE(
        textOf(page, "saveIntentions").contains(QStringLiteral("a slow Sunday breakfast, with pancakes")));
    child<QPushButton>(page, "saveReviewButton")->click();
    EXPECT_EQ(saved.count(), 1);
    EXPECT_TRUE(child<QLabel>(page, "togetherSavedMessage")->isVisible());
    EXPECT_TRUE(child<QPushButton>(page, "savedEndButton")->isVisible());
    EXPECT_FALSE(child<QPushButton>(page, "endTogetherButton")->isVisible()) << "one End Together, not two";
    EXPECT_TRUE(child<QLabel>(page, "reviewMessage")->text().isEmpty());

    auto history = WeeklyReview(*m_window->context().couple()).history();
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 1u);
    const ReviewRecord& record = history->front();
    EXPECT_EQ(QString::fromStdString(record.reviewDate), page->reviewDate());
    EXPECT_EQ(record.format, 2);
    EXPECT_EQ(record.myIntention, std::optional<std::string>("a note in my bag"));
    EXPECT_EQ(record.partnerIntention, std::optional<std::string>("a slow Sunday breakfast, with pancakes"));
    EXPECT_FALSE(record.myIntentionDamaged || record.partnerIntentionDamaged);

    // Ending Together takes the flow and every step's words with it.
    QPointer<QWidget> flowStep = current(page);
    child<QPushButton>(page, "savedEndButton")->click();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(flowStep.isNull());
    EXPECT_FALSE(m_window->isUnlocked());
    EXPECT_FALSE(allVisibleText().join(QLatin1Char('\n')).contains(QStringLiteral("a note in my bag")));
}

// Issue 11, item 2: the shared screen shows only what a partner agreed to; sharing from
// it is for the partner whose turn it is, with their password; "Not now" is its equal.
TEST_F(UiTogether, TheReviewShowsOnlyWhatWasAgreedAndOnlyItsOwnerCanShare)
{
    auto& context = m_window->context();
    auto prompts = context.couple()->prompts().sharedPrompts();
    ASSERT_TRUE(prompts && prompts->size() >= 2);
    const std::string agreed = prompts->at(0).id;
    const std::string held = prompts->at(1).id;
    ASSERT_TRUE(context.couple()->answer(agreed, "ALEX-ANSWER-ONE", Reveal::NotYet));
    ASSERT_TRUE(context.couple()->answer(held, "ALEX-HELD-BACK", Reveal::NotYet));

    auto* page = joinTogether();
    ASSERT_TRUE(context.otherCouple()->answer(agreed, "SAM-ANSWER-ONE", Reveal::Yes));
    skipTo(page, ReviewStep::SideBySide);

    QString screen = onScreenText();
    EXPECT_FALSE(screen.contains(QString::fromStdString(prompts->at(1).text)))
        << "a prompt Alex holds back is on the shared screen";
    EXPECT_FALSE(screen.contains(QStringLiteral("ALEX-")));
    EXPECT_FALSE(screen.contains(QStringLiteral("SAM-ANSWER-ONE"))) << "not revealed yet";
    EXPECT_TRUE(screen.contains(QStringLiteral("Sam is ready to share an answer to “%1”.")
                                    .arg(QString::fromStdString(prompts->at(0).text))));
    auto* share = child<QPushButton>(page, "shareNow0");
    auto* notNow = child<QPushButton>(page, "shareNotNow0");
    EXPECT_EQ(share->text(), QStringLiteral("Alex: share mine now…"));
    EXPECT_EQ(notNow->text(), QStringLiteral("Not now"));
    EXPECT_EQ(share->minimumWidth(), notNow->minimumWidth()) << "Not now is an equal choice";
    EXPECT_FALSE(share->isDefault() || share->autoDefault());
    EXPECT_FALSE(notNow->isDefault() || notNow->autoDefault());
    EXPECT_EQ(page->findChild<QPushButton*>(QStringLiteral("shareNow1")), nullptr);

    // Sam, at the keyboard, tries to share for Alex with Sam's own password.
    share->click();
    QTest::keyClicks(child<QLineEdit>(page, "sharePassword0"), kSam);
    child<QPushButton>(page, "shareConfirmButton0")->click();
    ASSERT_TRUE(waitUntil([page] { return child<QLabel>(page, "shareError0")->isVisible(); }));
    EXPECT_FALSE(context.couple()->status(Topic::answer(agreed))->agreedByMe);
    EXPECT_TRUE(child<QLineEdit>(page, "sharePassword0")->text().isEmpty());

    // Alex types their own.
    QTest::keyClicks(child<QLineEdit>(page, "sharePassword0"), kAlex);
    child<QPushButton>(page, "shareConfirmButton0")->click();
    ASSERT_TRUE(
        waitUntil([page] { return page->findChild<QLabel*>(QStringLiteral("revealedAnswer0Mine")); }));
    EXPECT_TRUE(
        child<QLabel>(page, "revealedAnswer0Mine")->text().contains(QStringLiteral("ALEX-ANSWER-ONE")));
    EXPECT_TRUE(
        child<QLabel>(page, "revealedAnswer0Partners")->text().contains(QStringLiteral("SAM-ANSWER-ONE")));
    EXPECT_EQ(page->findChild<QPushButton*>(QStringLiteral("shareNow0")), nullptr);
    EXPECT_FALSE(onScreenText().contains(QStringLiteral("ALEX-HELD-BACK")));
}

TEST_F(UiTogether, NotNowInTheReviewPutsTheTurnAsideAndWritesNothing)
{
    auto& context = m_window->context();
    auto prompts = context.couple()->prompts().sharedPrompts();
    ASSERT_TRUE(prompts && !prompts->empty());
    auto* page = joinTogether();
    ASSERT_TRUE(context.otherCouple()->answer(prompts->at(0).id, "Sam's answer", Reveal::Yes));
    ASSERT_TRUE(context.couple()->answer(prompts->at(0).id, "Alex's answer", Reveal::NotYet));
    skipTo(page, ReviewStep::SideBySide);
    const TopicStatus before = *context.couple()->status(Topic::answer(prompts->at(0).id));

    child<QPushButton>(page, "shareNotNow0")->click();
    EXPECT_FALSE(child<QWidget>(page, "shareTurn0")->isVisible());
    const TopicStatus after = *context.couple()->status(Topic::answer(prompts->at(0).id));
    EXPECT_EQ(after.agreedByMe, before.agreedByMe);
    EXPECT_EQ(after.state, before.state);
    EXPECT_FALSE(context.otherCouple()->status(Topic::answer(prompts->at(0).id))->answeredByPartner)
        << "Sam learns nothing from Alex's \"not now\"";
}

// Issue 11, item 1: the partner at the keyboard in Together mode. With both unlocked, the
// window offers only Together and Lock: every button on screen pressed, every shortcut
// typed, and no private entry or unrevealed answer of either partner ever shows; ending
// Together locks both.
TEST_F(UiTogether, ThePartnerAtTheKeyboardReachesNothingPrivateOfEither)
{
    auto& context = m_window->context();
    ASSERT_TRUE(
        context.session()->journal().create({.title = "ALEX-PRIVATE-TITLE", .body = "ALEX-PRIVATE-BODY"}));
    auto prompts = context.couple()->prompts().sharedPrompts();
    ASSERT_TRUE(prompts && prompts->size() >= 2);
    ASSERT_TRUE(context.couple()->answer(prompts->at(1).id, "ALEX-UNREVEALED-ANSWER", Reveal::NotYet));
    m_window->mainScreen()->journalPage()->reloadEntries();
    ASSERT_TRUE(onScreenText().contains(QStringLiteral("ALEX-PRIVATE-TITLE")))
        << "the check itself sees the list";

    auto* page = joinTogether();
    ASSERT_TRUE(context.otherSession() && context.otherCouple());
    ASSERT_TRUE(
        context.otherSession()->journal().create({.title = "SAM-PRIVATE-TITLE", .body = "SAM-PRIVATE-BODY"}));
    ASSERT_TRUE(context.otherCouple()->answer(prompts->at(1).id, "SAM-UNREVEALED-ANSWER", Reveal::NotYet));
    // Sam agreed to prompt 0, where Alex has an answer of their own: Alex's turn to share,
    // which only Alex's password can do.
    ASSERT_TRUE(context.couple()->answer(prompts->at(0).id, "ALEX-UNREVEALED-TURN", Reveal::NotYet));
    ASSERT_TRUE(context.otherCouple()->answer(prompts->at(0).id, "SAM-UNREVEALED-AGREED", Reveal::Yes));

    const QStringList secrets = {QStringLiteral("ALEX-PRIVATE"), QStringLiteral("ALEX-UNREVEALED"),
                                 QStringLiteral("SAM-PRIVATE"), QStringLiteral("SAM-UNREVEALED")};
    auto expectNothingPrivate = [&](const std::string& after) {
        const QString text = onScreenText();
        for (const QString& secret : secrets) {
            EXPECT_FALSE(text.contains(secret)) << secret.toStdString() << " on screen after " << after;
        }
        EXPECT_EQ(
            m_window->mainScreen()->findChild<QStackedWidget*>(QStringLiteral("mainPages"))->currentWidget(),
            page)
            << "a page other than Together after " << after;
    };
    expectNothingPrivate("joining");

    // A private step: after Alex's Done, nothing under the page holds Alex's words before
    // the reveal, and Ctrl+Z in Sam's editor brings nothing back.
    const QString alexWords = QStringLiteral("ALEX-APPRECIATES-QUIETLY");
    auto wordsUnderThePage = [&] {
        QStringList texts;
        for (auto* line : page->findChildren<QLineEdit*>()) {
            texts << line->text();
        }
        for (auto* plain : page->findChildren<QPlainTextEdit*>()) {
            texts << plain->toPlainText();
        }
        for (auto* rich : page->findChildren<QTextEdit*>()) {
            texts << rich->toPlainText();
        }
        for (auto* label : page->findChildren<QLabel*>()) {
            texts << label->text();
        }
        for (auto* widget : page->findChildren<QWidget*>()) {
            texts << widget->accessibleName() << widget->accessibleDescription() << widget->toolTip();
        }
        return texts.join(QLatin1Char('\n'));
    };
    goOn(page, QStringLiteral("Alex"));
    QTest::keyClicks(child<QLineEdit>(page, "appreciation1"), alexWords);
    ASSERT_TRUE(wordsUnderThePage().contains(alexWords)) << "the check itself sees the editor";
    done(page);
    EXPECT_FALSE(wordsUnderThePage().contains(alexWords)) << "Alex's words outlived Done";
    goOn(page, QStringLiteral("Sam"));
    auto* samsField = child<QLineEdit>(page, "appreciation1");
    samsField->setFocus();
    QTest::keySequence(samsField, QKeySequence::Undo);
    QTest::keySequence(samsField, QKeySequence::Undo);
    EXPECT_TRUE(samsField->text().isEmpty()) << "Ctrl+Z brought something back";
    EXPECT_FALSE(wordsUnderThePage().contains(alexWords));
    done(page); // Sam writes nothing: nothing is revealed
    EXPECT_EQ(textOf(page, "appreciationsReveal"), ui::nothingThisWeekWords());
    EXPECT_FALSE(wordsUnderThePage().contains(alexWords));
    for (const char* nav : {"navJournal", "navPrompts", "navInbox", "navSettings", "navSafety"}) {
        auto* button = m_window->mainScreen()->findChild<QPushButton*>(QString::fromLatin1(nav));
        ASSERT_NE(button, nullptr) << nav;
        ASSERT_FALSE(button->isVisible())
            << nav; // stop here: pressing a private page's buttons could open dialogs
        EXPECT_FALSE(button->isEnabled()) << nav;
    }
    // Every shortcut and sidebar mnemonic of the private pages.
    const QKeySequence keys[] = {QKeySequence::New,
                                 QKeySequence::Find,
                                 QKeySequence::Save,
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                                 QKeySequence(Qt::ALT | Qt::Key_J),
                                 QKeySequence(Qt::ALT | Qt::Key_P),
                                 QKeySequence(Qt::ALT | Qt::Key_I),
                                 QKeySequence(Qt::ALT | Qt::Key_E),
                                 QKeySequence(Qt::ALT | Qt::Key_F),
                                 QKeySequence(Qt::ALT | Qt::Key_A)};
    for (const QKeySequence& key : keys) {
        QTest::keySequence(m_window.get(), key);
        expectNothingPrivate("typing " + key.toString().toStdString());
    }
    // Every button on screen, through every step of the review, except the two that end
    // Together (tried last) and Lock.
    const QStringList enders = {QStringLiteral("endTogetherButton"), QStringLiteral("savedEndButton"),
                                QStringLiteral("lockButton")};
    for (int round = 0; round < 12; ++round) {
        QList<QPointer<QPushButton>> buttons;
        for (QPushButton* button : m_window->findChildren<QPushButton*>()) {
            buttons << button;
        }
        for (const QPointer<QPushButton>& button : buttons) {
            if (!button || !button->isVisible() || !button->isEnabled() ||
                enders.contains(button->objectName())) {
                continue;
            }
            const std::string name = button->objectName().toStdString();
            button->click();
            ASSERT_TRUE(m_window->isUnlocked()) << name;
            expectNothingPrivate("pressing " + name);
            EXPECT_FALSE(onScreenText().contains(alexWords)) << "after pressing " << name;
        }
    }
    EXPECT_EQ(page->step(), ui::TogetherPage::Step::Review);
    for (int i = 0; i < 8 && stepOf(page) != ReviewStep::SideBySide; ++i) {
        child<QPushButton>(page, "backStepButton")->click();
    }
    ASSERT_EQ(stepOf(page), ReviewStep::SideBySide);
    EXPECT_NE(page->findChild<QPushButton*>(QStringLiteral("shareConfirmButton0")), nullptr)
        << "the test never reached Alex's turn to share";
    EXPECT_FALSE(context.couple()->status(Topic::answer(prompts->at(0).id))->agreedByMe)
        << "pressing every button shared Alex's answer without Alex's password";
    child<QPushButton>(page, "endTogetherButton")->click();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_FALSE(m_window->isUnlocked()) << "ending Together must lock both partners";
    EXPECT_EQ(context.otherSession(), nullptr);
    EXPECT_EQ(context.session(), nullptr);
}

TEST_F(UiTogether, WrongPasswordForThePartnerSaysSoAndNothingStarts)
{
    m_window->mainScreen()->showPage(QStringLiteral("navTogether"));
    auto* page = m_window->mainScreen()->togetherPage();
    child<QPushButton>(page, "startReviewButton")->click();
    QTest::keyClicks(child<QLineEdit>(page, "togetherPassword"), QStringLiteral("not sams password"));
    child<QPushButton>(page, "togetherJoinButton")->click();
    ASSERT_TRUE(waitUntil([page] { return child<QLabel>(page, "togetherError")->isVisible(); }));
    // An alert, tied to the field, with the focus back there (docs/ACCESSIBILITY.md).
    auto* error = child<QLabel>(page, "togetherError");
    EXPECT_EQ(QAccessible::queryAccessibleInterface(error)->role(), QAccessible::AlertMessage);
    EXPECT_EQ(child<QLineEdit>(page, "togetherPassword")->accessibleDescription(), error->text());
    EXPECT_EQ(m_window->focusWidget(), child<QLineEdit>(page, "togetherPassword"));
    EXPECT_EQ(page->step(), ui::TogetherPage::Step::Unlock);
    EXPECT_EQ(m_window->context().otherSession(), nullptr);
}

// keyring.db is plain SQLite: a name written there after Alex unlocked is not who the
// handover card asks to look away, nor whose turn "I'm <name>, go on" starts.
TEST_F(UiTogether, TheHandoverCardsNamesAreTheUnlockedPartnersNotTheKeyringsWords)
{
    auto alex = m_window->context().vault->findPartner("Alex");
    ASSERT_TRUE(alex);
    {
        auto keyring = Database::openPlain(vaultDir() / "keyring.db", OpenMode::Existing);
        ASSERT_TRUE(keyring.has_value());
        ASSERT_TRUE(keyring->exec("UPDATE partners SET name = 'Sam' WHERE id = '" + alex->id + "';"));
    }
    auto* page = joinTogether();
    EXPECT_EQ(textOf(page, "handoverLookAway"), QStringLiteral("Sam, please look away for a moment."));
    goOn(page, QStringLiteral("Alex"));
}

// Next (or Back, or "Skip this step") with words typed in an open private turn neither
// throws them away nor takes them as Done, which would be consent to reveal them.
TEST_F(UiTogether, AnOpenTurnIsNeitherLostNorTakenAsDone)
{
    auto* page = joinTogether();
    goOn(page, QStringLiteral("Alex"));
    QTest::keyClicks(child<QLineEdit>(page, "appreciation1"), QStringLiteral("Half a thought"));
    for (const char* button : {"nextStepButton", "skipStepButton"}) {
        child<QPushButton>(page, button)->click();
        EXPECT_EQ(stepOf(page), ReviewStep::Appreciations) << button;
        EXPECT_FALSE(child<QLabel>(page, "reviewMessage")->text().isEmpty()) << button;
        EXPECT_EQ(child<QLineEdit>(page, "appreciation1")->text(), QStringLiteral("Half a thought"))
            << button;
    }
    auto flow = m_window->context().couple()->readAppreciations(page->reviewDate().toStdString());
    ASSERT_TRUE(flow);
    EXPECT_FALSE(flow->mine.has_value()) << "nothing was submitted";
    done(page);
    EXPECT_TRUE(child<QLabel>(page, "reviewMessage")->text().isEmpty());
}

// What was copied or selected in one partner's turn is not there to paste in the other's.
TEST_F(UiTogether, ACopyInOnePartnersTurnIsGoneAtDone)
{
    auto* page = joinTogether();
    goOn(page, QStringLiteral("Alex"));
    auto* line = child<QLineEdit>(page, "appreciation1");
    // Nor does an input method learn it, to suggest it later.
    EXPECT_TRUE(line->inputMethodHints().testFlag(Qt::ImhSensitiveData));
    EXPECT_TRUE(line->inputMethodHints().testFlag(Qt::ImhNoPredictiveText));
    QTest::keyClicks(line, QStringLiteral("ALEX-COPIED-WORDS"));
    line->selectAll();
    line->copy();
    ASSERT_EQ(QGuiApplication::clipboard()->text(), QStringLiteral("ALEX-COPIED-WORDS"));
    done(page);
    EXPECT_FALSE(QGuiApplication::clipboard()->text().contains(QStringLiteral("ALEX-COPIED")));
    EXPECT_FALSE(
        QGuiApplication::clipboard()->text(QClipboard::Selection).contains(QStringLiteral("ALEX-COPIED")));
}

// End Together right after typing in a shared step: the words since the last pause are
// stored before both partners' keys go.
TEST_F(UiTogether, EndTogetherKeepsTheLastWordsOfASharedStep)
{
    auto* page = joinTogether();
    const std::string date = page->reviewDate().toStdString();
    skipTo(page, ReviewStep::WentWell);
    QTest::keyClicks(child<QPlainTextEdit>(page, "wentWellFirst"), QStringLiteral("Kept at the last moment"));
    child<QPushButton>(page, "endTogetherButton")->click();
    ASSERT_TRUE(waitUntil([&] { return !m_window->context().unlocked.has_value(); }));
    ASSERT_TRUE(unlockAs(1, kAlex));
    auto notes = ReviewNotes(*m_window->context().couple()).notes(date, NoteKind::WentWell);
    ASSERT_TRUE(notes);
    ASSERT_EQ(notes->size(), 1u);
    EXPECT_EQ(notes->at(0).text, "Kept at the last moment");
}

TEST_F(UiTogether, LockEndsTogetherMode)
{
    joinTogether();
    ASSERT_NE(m_window->context().otherSession(), nullptr);
    lockAndFlush();
    EXPECT_EQ(m_window->context().otherSession(), nullptr);
    EXPECT_EQ(m_window->context().couple(), nullptr);
    EXPECT_FALSE(m_window->context().unlocked.has_value()) << "no session of either partner";
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

// A couple talking and listening touches nothing for minutes: while a talk turn runs the
// idle lock waits; once the review ends it locks as before.
TEST_F(UiTogether, TheIdleLockWaitsWhileATalkTurnRuns)
{
    auto* page = joinTogether();
    skipTo(page, ReviewStep::Talk);
    child<QPushButton>(page, "startTalkButton")->click();
    m_clock.advanceMs(6 * 60'000);
    m_window->idleLock()->check();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    ASSERT_TRUE(m_window->isUnlocked());
    EXPECT_NE(m_window->context().otherSession(), nullptr) << "still Together";

    skipTo(page, ReviewStep::LastIntentions);
    page->clearAll(); // as a lock does: the flow ends, and the wait with it
    EXPECT_FALSE(m_window->context().talkTurnRunning);
}

TEST_F(UiTogether, FaithPackIsOffUntilChosen)
{
    m_window->mainScreen()->showPage(QStringLiteral("navSettings"));
    auto* faith = child<QAbstractButton>(m_window->mainScreen()->settingsPage(), "pack_faith");
    ASSERT_NE(faith, nullptr);
    EXPECT_FALSE(faith->isChecked());
    faith->click();
    auto packs = m_window->context().couple()->prompts().packs();
    ASSERT_TRUE(packs);
    for (const PackChoice& pack : *packs) {
        if (pack.packId == "faith") {
            EXPECT_TRUE(pack.onForMe);
        }
    }
}

} // namespace
} // namespace twofold::test
