// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// The guided weekly review's shared steps (issue 15): what went well, the talk with its
// gentle timer, and last week's intentions. Each drives the real widget over a real
// two-partner vault in Together mode and reads back what couple.db holds through core.
#include "UiTestSupport.h"
#include "couple/CoupleSpace.h"
#include "couple/ReviewFlow.h"
#include "couple/ReviewNotes.h"
#include "support/CoupleTestSupport.h"
#include "ui/together/steps/LastIntentionsStep.h"
#include "ui/together/steps/ListeningCards.h"
#include "ui/together/steps/TalkStep.h"
#include "ui/together/steps/TalkTimer.h"
#include "ui/together/steps/WentWellStep.h"
#include "ui/widgets/Theme.h"

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace twofold;
using namespace twofold::test;

namespace {

constexpr std::string_view kDate = "2026-01-04";

class UiReviewSteps : public ::testing::Test
{
protected:
    UiReviewSteps() : alex(couple.openSpace(*couple.alex)), sam(couple.openSpace(*couple.sam))
    {
        ensureApplication();
        EXPECT_TRUE(alex.beginTogether(sam));
    }

    ReviewFlow& flow()
    {
        if (!m_flow) {
            auto begun = ReviewFlow::begin(alex, sam, std::string(kDate));
            if (!begun) {
                throw std::runtime_error("begin: " + begun.error().detail);
            }
            m_flow.emplace(std::move(*begun));
        }
        return *m_flow;
    }

    // What couple.db holds, read through Sam's space rather than the flow.
    std::vector<ReviewNote> stored(NoteKind kind)
    {
        auto notes = ReviewNotes(sam).notes(kDate, kind);
        EXPECT_TRUE(notes);
        std::vector<ReviewNote> readable;
        for (ReviewNote& note : notes ? *notes : std::vector<ReviewNote>{}) {
            EXPECT_EQ(note.state, ItemState::Readable) << "every note carries its writer's signature";
            readable.push_back(std::move(note));
        }
        return readable;
    }

    std::optional<ReviewNote> storedBy(NoteKind kind, const std::string& partnerId)
    {
        for (ReviewNote& note : stored(kind)) {
            if (note.partnerId == partnerId) {
                return std::move(note);
            }
        }
        return std::nullopt;
    }

    static void typeInto(QWidget* editor, const QString& text)
    {
        editor->setFocus();
        QTest::keyClicks(editor, text);
    }

    const ui::ReviewNames names{QStringLiteral("Alex"), QStringLiteral("Sam")};
    ManualClock clock;
    TwoPartners couple{&clock};
    CoupleSpace alex;
    CoupleSpace sam;

private:
    std::optional<ReviewFlow> m_flow;
};

TEST_F(UiReviewSteps, WentWellIsStoredWhenTypingStopsSignedByEachSide)
{
    ui::WentWellStep step(flow(), names);
    step.refresh();
    auto* first = child<QPlainTextEdit>(&step, "wentWellFirst");
    auto* second = child<QPlainTextEdit>(&step, "wentWellSecond");
    ASSERT_TRUE(first && second);

    typeInto(first, QStringLiteral("The walk by the river"));
    EXPECT_FALSE(storedBy(NoteKind::WentWell, couple.alexId)) << "stored only once typing stops";
    ASSERT_TRUE(waitUntil([&] { return storedBy(NoteKind::WentWell, couple.alexId).has_value(); }));
    EXPECT_EQ(storedBy(NoteKind::WentWell, couple.alexId)->text, "The walk by the river");

    typeInto(second, QStringLiteral("Breakfast together"));
    ASSERT_TRUE(step.leave()) << "leaving stores at once";
    auto sams = storedBy(NoteKind::WentWell, couple.samId);
    ASSERT_TRUE(sams);
    EXPECT_EQ(sams->text, "Breakfast together");

    typeInto(first, QStringLiteral(", and the rain"));
    ASSERT_TRUE(step.leave());
    EXPECT_EQ(stored(NoteKind::WentWell).size(), 2u) << "a side's note is replaced, not added to";
    EXPECT_EQ(storedBy(NoteKind::WentWell, couple.alexId)->text, "The walk by the river, and the rain");

    first->clear();
    ASSERT_TRUE(step.leave());
    EXPECT_FALSE(storedBy(NoteKind::WentWell, couple.alexId)) << "empty text removes the note";
    EXPECT_TRUE(storedBy(NoteKind::WentWell, couple.samId));
}

TEST_F(UiReviewSteps, WentWellKeepsTooLongTextAndSaysSo)
{
    ui::WentWellStep step(flow(), names);
    step.refresh();
    QSignalSpy problems(&step, &ui::ReviewStepPage::problem);
    auto* first = child<QPlainTextEdit>(&step, "wentWellFirst");
    ASSERT_TRUE(first);
    const QString tooLong(static_cast<int>(kMaxReviewNoteBytes) + 1, QLatin1Char('a'));
    first->setPlainText(tooLong);
    EXPECT_FALSE(step.leave()) << "the step stays while its words cannot be kept";
    ASSERT_EQ(problems.count(), 1);
    EXPECT_TRUE(problems.at(0).at(0).toString().contains(QStringLiteral("too long")));
    EXPECT_EQ(first->toPlainText(), tooLong) << "nothing typed is lost";
    EXPECT_TRUE(stored(NoteKind::WentWell).empty());

    first->setPlainText(tooLong.left(static_cast<int>(kMaxReviewNoteBytes)));
    ASSERT_TRUE(step.leave());
    EXPECT_EQ(storedBy(NoteKind::WentWell, couple.alexId)->text.size(), kMaxReviewNoteBytes);
}

TEST_F(UiReviewSteps, WentWellRefreshShowsWhatIsStored)
{
    auto id = flow().putNote(NoteKind::WentWell, ReviewSide::Second, "Sam's words from earlier");
    ASSERT_TRUE(id);
    ui::WentWellStep step(flow(), names);
    step.refresh();
    auto* second = child<QPlainTextEdit>(&step, "wentWellSecond");
    ASSERT_TRUE(second);
    EXPECT_EQ(second->toPlainText(), QStringLiteral("Sam's words from earlier"));
    EXPECT_TRUE(child<QPlainTextEdit>(&step, "wentWellFirst")->toPlainText().isEmpty());

    second->setPlainText(QStringLiteral("Sam's words, now"));
    ASSERT_TRUE(step.leave());
    const auto notes = stored(NoteKind::WentWell);
    ASSERT_EQ(notes.size(), 1u) << "the note read back is the one replaced";
    EXPECT_EQ(notes[0].id, *id);
    EXPECT_EQ(notes[0].text, "Sam's words, now");
}

TEST_F(UiReviewSteps, TheTopicIsTheChoosersAndTheTurnsSwap)
{
    ui::TalkStep step(flow(), names, clock);
    step.refresh();
    auto* topic = child<QLineEdit>(&step, "talkTopic");
    auto* owner = child<QComboBox>(&step, "talkTopicOwner");
    auto* speaker = child<QLabel>(&step, "talkSpeaker");
    auto* start = child<QPushButton>(&step, "startTalkButton");
    auto* swap = child<QPushButton>(&step, "swapTurnButton");
    auto* heard = child<QPlainTextEdit>(&step, "heardNote");
    ASSERT_TRUE(topic && owner && speaker && start && swap && heard);

    typeInto(topic, QStringLiteral("Weekends"));
    ASSERT_TRUE(waitUntil([&] { return storedBy(NoteKind::TalkTopic, couple.alexId).has_value(); }));
    owner->setFocus();
    QTest::keyClick(owner, Qt::Key_Down); // Sam chose it after all
    ASSERT_EQ(owner->currentIndex(), 1);
    EXPECT_FALSE(storedBy(NoteKind::TalkTopic, couple.alexId)) << "the topic is no longer Alex's";
    auto topicNote = storedBy(NoteKind::TalkTopic, couple.samId);
    ASSERT_TRUE(topicNote);
    EXPECT_EQ(topicNote->text, "Weekends");
    EXPECT_EQ(speaker->text(), QStringLiteral("When you are ready, Sam speaks first and Alex listens."));

    start->click();
    ASSERT_TRUE(flow().talk());
    EXPECT_EQ(flow().talk()->speaker, ReviewSide::Second) << "whoever brought the topic speaks first";
    EXPECT_EQ(speaker->text(), QStringLiteral("Sam speaks, Alex listens"));
    EXPECT_TRUE(swap->isVisibleTo(&step));
    EXPECT_FALSE(start->isVisibleTo(&step));

    typeInto(heard, QStringLiteral("Saturdays feel rushed"));
    ASSERT_TRUE(step.leave());
    auto alexHeard = storedBy(NoteKind::Heard, couple.alexId);
    ASSERT_TRUE(alexHeard) << "what I heard is the listener's note";
    EXPECT_EQ(alexHeard->text, "Saturdays feel rushed");

    swap->click();
    EXPECT_EQ(flow().talk()->speaker, ReviewSide::First);
    EXPECT_EQ(speaker->text(), QStringLiteral("Alex speaks, Sam listens"));
    EXPECT_TRUE(heard->toPlainText().isEmpty()) << "the new listener writes their own note";
    typeInto(heard, QStringLiteral("Sundays are for us"));
    ASSERT_TRUE(step.leave());
    EXPECT_EQ(storedBy(NoteKind::Heard, couple.samId)->text, "Sundays are for us");
    EXPECT_EQ(storedBy(NoteKind::Heard, couple.alexId)->text, "Saturdays feel rushed");

    ui::TalkStep again(flow(), names, clock);
    again.refresh();
    EXPECT_EQ(child<QLineEdit>(&again, "talkTopic")->text(), QStringLiteral("Weekends"));
    EXPECT_EQ(child<QComboBox>(&again, "talkTopicOwner")->currentIndex(), 1);
    EXPECT_EQ(child<QLabel>(&again, "talkSpeaker")->text(), QStringLiteral("Alex speaks, Sam listens"));
    EXPECT_EQ(child<QPlainTextEdit>(&again, "heardNote")->toPlainText(),
              QStringLiteral("Sundays are for us"));

    topic->clear();
    ASSERT_TRUE(step.leave());
    EXPECT_TRUE(stored(NoteKind::TalkTopic).empty()) << "an empty topic removes the note";
}

TEST_F(UiReviewSteps, TheTimerFollowsTheInjectedClockAndOnlySuggestsASwap)
{
    ui::TalkStep step(flow(), names, clock);
    step.refresh();
    auto* timer = child<ui::TalkTimer>(&step, "talkTimer");
    auto* note = child<QLabel>(&step, "talkTimeNote");
    ASSERT_TRUE(timer && note);
    EXPECT_EQ(timer->elapsedSeconds(), 0);
    clock.advanceMs(60'000);
    EXPECT_EQ(timer->elapsedSeconds(), 0) << "nothing runs before the talk starts";

    child<QPushButton>(&step, "startTalkButton")->click();
    clock.advanceMs(90'000);
    EXPECT_EQ(timer->elapsedSeconds(), 90);
    EXPECT_FALSE(timer->isRunOut());
    EXPECT_NE(note->text(), QStringLiteral("Time to swap, if you like."));

    QSignalSpy ranOut(timer, &ui::TalkTimer::ranOut);
    clock.advanceMs((kTalkTurnMinutes * 60 - 90) * 1000LL + 30'000);
    EXPECT_EQ(timer->elapsedSeconds(), kTalkTurnMinutes * 60) << "the ring stops full";
    EXPECT_TRUE(timer->isRunOut());
    ASSERT_TRUE(waitUntil([&] { return note->text() == QStringLiteral("Time to swap, if you like."); }, 5000))
        << "the one-second tick notices, calmly";
    EXPECT_EQ(ranOut.count(), 1);
    EXPECT_EQ(flow().talk()->speaker, ReviewSide::First) << "running out swaps nothing";

    child<QPushButton>(&step, "swapTurnButton")->click();
    EXPECT_EQ(timer->elapsedSeconds(), 0) << "a new turn starts on the clock";
    EXPECT_NE(note->text(), QStringLiteral("Time to swap, if you like."));
    clock.advanceMs(61'000);
    EXPECT_EQ(timer->elapsedSeconds(), 61);
}

TEST_F(UiReviewSteps, TooLongHeardWordsStayTheListenersAndTheTurnWaits)
{
    ui::TalkStep step(flow(), names, clock);
    step.refresh();
    child<QPushButton>(&step, "startTalkButton")->click();
    ASSERT_TRUE(flow().talk());
    auto* heard = child<QPlainTextEdit>(&step, "heardNote");
    ASSERT_TRUE(heard);
    QSignalSpy problems(&step, &ui::ReviewStepPage::problem);
    const QString tooLong(static_cast<int>(kMaxReviewNoteBytes) + 1, QLatin1Char('h'));
    heard->setPlainText(tooLong);
    child<QPushButton>(&step, "swapTurnButton")->click();
    EXPECT_EQ(problems.count(), 1);
    EXPECT_EQ(flow().talk()->speaker, ReviewSide::First) << "no swap while Sam's words cannot be kept";
    EXPECT_EQ(heard->toPlainText(), tooLong);
    EXPECT_TRUE(stored(NoteKind::Heard).empty());
    EXPECT_FALSE(step.leave());
}

TEST_F(UiReviewSteps, ListeningCardsShowOneAtATime)
{
    ui::TalkStep step(flow(), names, clock);
    auto* cards = child<ui::ListeningCards>(&step, "listeningCards");
    auto* text = child<QLabel>(&step, "listeningCardText");
    auto* another = child<QPushButton>(&step, "anotherCardButton");
    ASSERT_TRUE(cards && text && another);
    EXPECT_EQ(ui::ListeningCards::cardCount(), 6);
    QStringList seen{text->text()};
    for (int i = 1; i < ui::ListeningCards::cardCount(); ++i) {
        another->click();
        EXPECT_FALSE(seen.contains(text->text())) << "each card is a different one";
        EXPECT_FALSE(text->text().isEmpty());
        seen << text->text();
    }
    another->click();
    EXPECT_EQ(text->text(), seen.first()) << "after the sixth, the first again";
}

TEST_F(UiReviewSteps, TheFirstReviewHasNothingFromLastWeek)
{
    ui::LastIntentionsStep step(flow(), names);
    step.refresh();
    auto* none = child<QLabel>(&step, "lastIntentionsNone");
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->isVisibleTo(&step));
    EXPECT_EQ(none->text(),
              QStringLiteral("This is your first review together — there is nothing from last week yet."));
    EXPECT_FALSE(child<QPlainTextEdit>(&step, "kindWordFirst")->isVisibleTo(&step));
    EXPECT_FALSE(child<QPlainTextEdit>(&step, "kindWordSecond")->isVisibleTo(&step));
}

TEST_F(UiReviewSteps, LastWeeksIntentionsWithKindWordsAndNoScore)
{
    {
        auto earlier = ReviewFlow::begin(alex, sam, "2025-12-28");
        ASSERT_TRUE(earlier);
        earlier->setNextIntention(ReviewSide::First, "Walk together after dinner");
        earlier->setNextIntention(ReviewSide::Second, "Cook with me on Sunday");
        ASSERT_TRUE(earlier->save());
    }
    ui::LastIntentionsStep step(flow(), names);
    step.refresh();
    EXPECT_FALSE(child<QLabel>(&step, "lastIntentionsNone")->isVisibleTo(&step));
    EXPECT_EQ(child<QLabel>(&step, "lastIntentionFirst")->text(),
              QStringLiteral("Walk together after dinner"));
    EXPECT_EQ(child<QLabel>(&step, "lastIntentionSecond")->text(), QStringLiteral("Cook with me on Sunday"));
    QStringList labels;
    for (QLabel* label : step.findChildren<QLabel*>()) {
        labels << label->text();
    }
    EXPECT_TRUE(labels.contains(QStringLiteral("Alex's intention")));
    EXPECT_TRUE(labels.contains(QStringLiteral("Sam's intention")));
    EXPECT_TRUE(step.findChildren<QCheckBox*>().isEmpty()) << "no tally of who managed";
    EXPECT_TRUE(step.findChildren<QRadioButton*>().isEmpty()) << "no yes or no";

    auto* first = child<QPlainTextEdit>(&step, "kindWordFirst");
    auto* second = child<QPlainTextEdit>(&step, "kindWordSecond");
    ASSERT_TRUE(first && second);
    ASSERT_TRUE(first->isVisibleTo(&step));
    typeInto(first, QStringLiteral("Those walks were lovely"));
    ASSERT_TRUE(waitUntil([&] { return !stored(NoteKind::KindWord).empty(); }));
    auto onAlexs = storedBy(NoteKind::KindWord, couple.samId);
    ASSERT_TRUE(onAlexs) << "a kind word on Alex's intention is Sam's";
    EXPECT_EQ(onAlexs->about, couple.alexId);
    EXPECT_EQ(onAlexs->text, "Those walks were lovely");

    typeInto(second, QStringLiteral("Thank you for the soup"));
    ASSERT_TRUE(step.leave());
    auto onSams = storedBy(NoteKind::KindWord, couple.alexId);
    ASSERT_TRUE(onSams);
    EXPECT_EQ(onSams->about, couple.samId);

    ui::LastIntentionsStep again(flow(), names);
    again.refresh();
    EXPECT_EQ(child<QPlainTextEdit>(&again, "kindWordFirst")->toPlainText(),
              QStringLiteral("Those walks were lovely"));
    EXPECT_EQ(child<QPlainTextEdit>(&again, "kindWordSecond")->toPlainText(),
              QStringLiteral("Thank you for the soup"));

    QSignalSpy problems(&step, &ui::ReviewStepPage::problem);
    const QString tooLong(static_cast<int>(kMaxReviewNoteBytes) + 1, QLatin1Char('k'));
    second->setPlainText(tooLong);
    EXPECT_FALSE(step.leave());
    EXPECT_EQ(problems.count(), 1);
    EXPECT_EQ(second->toPlainText(), tooLong);
    EXPECT_EQ(storedBy(NoteKind::KindWord, couple.alexId)->text, "Thank you for the soup");

    second->clear();
    first->clear();
    ASSERT_TRUE(step.leave());
    EXPECT_TRUE(stored(NoteKind::KindWord).empty()) << "empty kind words remove their notes";
}

} // namespace
