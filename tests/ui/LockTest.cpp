// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "UiTestSupport.h"
#include "journal/Journal.h"
#include "ui/access/LoginScreen.h"
#include "ui/couple/PromptsPage.h"
#include "ui/journal/EntryEditor.h"
#include "ui/journal/JournalPage.h"
#include "ui/journal/SearchResultsModel.h"
#include "ui/shell/IdleLock.h"
#include "ui/shell/MainScreen.h"
#include "ui/together/TogetherPage.h"
#include "vault/Session.h"

#include <algorithm>

#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>

namespace twofold::test {
namespace {

const QString kMarker = QStringLiteral("xylophone-marker-7731");

class UiLock : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        makeVault(vaultDir(), {{"Alex", "alex-demo-password", {}}, {"Sam", "sam-demo-password", {}}});
        startWindow();
        ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-demo-password")));
    }

    // A saved entry, a search for it, and unsaved text in the editor: plaintext everywhere.
    void fillWithPlaintext()
    {
        auto* page = m_window->mainScreen()->journalPage();
        auto* editor = page->editor();
        child<QPushButton>(page, "newEntryButton")->click();
        QTest::keyClicks(child<QLineEdit>(editor, "entryTitle"), kMarker + QStringLiteral(" title"));
        QTest::keyClicks(child<QPlainTextEdit>(editor, "entryBody"), kMarker + QStringLiteral(" saved body"));
        QTest::keyClicks(child<QLineEdit>(editor, "entryTags"), kMarker);
        ASSERT_TRUE(editor->save());
        QTest::keyClicks(child<QLineEdit>(page, "searchField"), kMarker.left(9));
        auto* list = child<QListView>(page, "entryList");
        ASSERT_TRUE(waitUntil([&] { return list->model() == page->searchModel(); }))
            << "the search ran once its debounce was over";
        child<QPushButton>(page, "newEntryButton")->click();
        QTest::keyClicks(child<QPlainTextEdit>(editor, "entryBody"),
                         kMarker + QStringLiteral(" unsaved words"));
        ASSERT_TRUE(allVisibleText().join(QLatin1Char('\n')).contains(kMarker)) << "the check can see text";
    }

    // Whether an entry in the unlocked partner's journal has exactly this text.
    bool journalHasBody(const QString& text)
    {
        Journal& journal = m_window->context().session()->journal();
        auto entries = journal.list({50, std::nullopt});
        if (!entries) {
            return false;
        }
        return std::ranges::any_of(*entries, [&](const EntrySummary& summary) {
            auto entry = journal.get(summary.id);
            return entry && entry->fields.body == text.toStdString();
        });
    }

    void expectNoPlaintextAnywhere()
    {
        const QStringList texts = allVisibleText();
        for (const QString& text : texts) {
            EXPECT_FALSE(text.contains(kMarker)) << "still visible after lock: " << text.toStdString();
        }
    }
};

TEST_F(UiLock, CtrlLClearsEveryWidgetAndModelAndKeepsTheUnsavedText)
{
    fillWithPlaintext();
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_FALSE(m_window->isUnlocked());
    EXPECT_EQ(m_window->mainScreen(), nullptr);
    EXPECT_TRUE(m_window->loginScreen()->isVisible());
    expectNoPlaintextAnywhere();

    // Nothing typed is lost: lock saved the words not yet saved into their entry.
    ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-demo-password")));
    EXPECT_TRUE(journalHasBody(kMarker + QStringLiteral(" unsaved words")));
}

TEST_F(UiLock, PromptAnswersAndCheckInNotesAreClearedToo)
{
    fillWithPlaintext();
    auto* main = m_window->mainScreen();
    main->showPage(QStringLiteral("navPrompts"));
    auto* prompts = main->promptsPage();
    auto shared = m_window->context().couple()->prompts().sharedPrompts();
    ASSERT_TRUE(shared && shared->size() >= 2);
    // One answer saved, another only typed.
    ASSERT_TRUE(prompts->openPrompt(QString::fromStdString((*shared)[0].id)));
    QTest::keyClicks(child<QPlainTextEdit>(prompts, "answerEditor"),
                     kMarker + QStringLiteral(" saved answer"));
    child<QPushButton>(prompts, "saveAnswerButton")->click();
    ASSERT_TRUE(prompts->openPrompt(QString::fromStdString((*shared)[1].id)));
    QTest::keyClicks(child<QPlainTextEdit>(prompts, "answerEditor"),
                     kMarker + QStringLiteral(" typed answer"));

    // Together: Sam joins; Alex is halfway through the check-in.
    main->showPage(QStringLiteral("navTogether"));
    auto* together = main->togetherPage();
    child<QPushButton>(together, "startReviewButton")->click();
    QTest::keyClicks(child<QLineEdit>(together, "togetherPassword"), QStringLiteral("sam-demo-password"));
    child<QPushButton>(together, "togetherJoinButton")->click();
    ASSERT_TRUE(waitUntil([together] { return together->step() == ui::TogetherPage::Step::Review; }));
    child<QPushButton>(child<QWidget>(together, "appreciationsStep"), "handoverGoOnButton")->click();
    QTest::keyClicks(child<QLineEdit>(together, "appreciation1"), kMarker + QStringLiteral(" note"));

    lockAndFlush();
    EXPECT_EQ(m_window->context().otherSession(), nullptr);
    expectNoPlaintextAnywhere();

    // The typed answer came back as Alex's draft.
    ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-demo-password")));
    m_window->mainScreen()->showPage(QStringLiteral("navPrompts"));
    prompts = m_window->mainScreen()->promptsPage();
    ASSERT_TRUE(prompts->openPrompt(QString::fromStdString((*shared)[1].id)));
    EXPECT_EQ(child<QPlainTextEdit>(prompts, "answerEditor")->toPlainText(),
              kMarker + QStringLiteral(" typed answer"));
}

TEST_F(UiLock, TheLockButtonLocksToo)
{
    fillWithPlaintext();
    child<QPushButton>(m_window->mainScreen(), "lockButton")->click();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_FALSE(m_window->isUnlocked());
    expectNoPlaintextAnywhere();
}

TEST_F(UiLock, IdleAutoLockAfterFiveMinutesOnTheInjectedClock)
{
    fillWithPlaintext();
    auto* idle = m_window->idleLock();
    EXPECT_EQ(idle->timeout(), std::chrono::minutes(5));
    m_clock.advanceMs(4 * 60'000);
    idle->check();
    EXPECT_TRUE(m_window->isUnlocked());

    // Activity resets the countdown.
    QTest::keyClick(child<QPlainTextEdit>(m_window->mainScreen(), "entryBody"), Qt::Key_Space);
    m_clock.advanceMs(4 * 60'000);
    idle->check();
    EXPECT_TRUE(m_window->isUnlocked());

    m_clock.advanceMs(60'001);
    idle->check();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_FALSE(m_window->isUnlocked());
    expectNoPlaintextAnywhere();
}

TEST_F(UiLock, ClosingTheWindowSavesTheTextBeingTyped)
{
    auto* page = m_window->mainScreen()->journalPage();
    child<QPushButton>(page, "newEntryButton")->click();
    QTest::keyClicks(child<QPlainTextEdit>(page->editor(), "entryBody"), kMarker);
    m_window->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_FALSE(m_window->isUnlocked());
    m_window.reset();

    startWindow();
    ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-demo-password")));
    EXPECT_TRUE(journalHasBody(kMarker)) << "closing saved the words into their entry";
}

} // namespace
} // namespace twofold::test
