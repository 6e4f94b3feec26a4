// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "UiTestSupport.h"
#include "couple/PromptSuggestion.h"
#include "storage/Database.h"
#include "ui/couple/InboxPage.h"
#include "ui/couple/PromptCard.h"
#include "ui/couple/PromptsPage.h"
#include "ui/journal/EntryEditor.h"
#include "ui/journal/JournalPage.h"
#include "ui/shell/MainScreen.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/InfoBar.h"

#include <algorithm>

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>

namespace twofold::test {
namespace {

const QString kAlex = QStringLiteral("alex-demo-password");
const QString kSam = QStringLiteral("sam-demo-password");

class UiPrompts : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        makeVault(vaultDir(), {{"Alex", kAlex.toStdString(), {}}, {"Sam", kSam.toStdString(), {}}});
        startWindow();
    }

    ui::PromptsPage* openPrompts(int partner, const QString& password)
    {
        if (!unlockAs(partner, password)) {
            ADD_FAILURE() << "unlock failed";
            return nullptr;
        }
        m_window->mainScreen()->showPage(QStringLiteral("navPrompts"));
        auto* page = m_window->mainScreen()->promptsPage();
        EXPECT_TRUE(page->isVisible());
        if (m_promptId.isEmpty()) {
            auto shared = m_window->context().couple()->prompts().sharedPrompts();
            EXPECT_TRUE(shared && !shared->empty());
            m_promptId = QString::fromStdString(shared->front().id);
        }
        EXPECT_TRUE(page->openPrompt(m_promptId));
        return page;
    }

    QString text(QWidget* root, const char* name) { return child<QLabel>(root, name)->text(); }

    void typeAnswer(ui::PromptsPage* page, const QString& answer)
    {
        auto* editor = child<QPlainTextEdit>(page, "answerEditor");
        editor->selectAll();
        QTest::keyClicks(editor, answer);
    }

    bool listed(ui::PromptsPage* page)
    {
        auto* list = child<QTreeWidget>(page, "promptList");
        for (QTreeWidgetItemIterator it(list); *it; ++it) {
            if ((*it)->data(0, Qt::UserRole + 1).toString() == m_promptId) {
                return !(*it)->isHidden() && !(*it)->parent()->isHidden();
            }
        }
        return false;
    }

    QString m_promptId;
};

TEST_F(UiPrompts, AnswerAndRevealAcrossTwoPartnersEndsWithBothAnswersVisible)
{
    auto* page = openPrompts(1, kAlex);
    EXPECT_EQ(text(page, "promptState"), QStringLiteral("Not answered"));
    typeAnswer(page, QStringLiteral("Alex: closeness is coffee together"));
    child<QPushButton>(page, "revealButton")->click();
    EXPECT_EQ(text(page, "promptState"), QStringLiteral("Waiting for Sam"));
    lockAndFlush();

    page = openPrompts(2, kSam);
    EXPECT_EQ(text(page, "promptState"), QStringLiteral("Waiting for you"));
    EXPECT_EQ(text(page, "partnerAnswerView"), QStringLiteral("Not revealed yet."));
    typeAnswer(page, QStringLiteral("Sam: closeness is being listened to"));
    child<QPushButton>(page, "revealButton")->click();
    // Only Alex's own session can seal Alex's words (DESIGN.md §4): it does so at Alex's next
    // unlock, and Sam is told exactly that (issue 11, item 5).
    EXPECT_EQ(text(page, "promptState"),
              QStringLiteral("You have both agreed. Alex's answer opens for you the next time Alex unlocks "
                             "Twofold — or now, together."));
    EXPECT_EQ(text(page, "partnerAnswerView"), QStringLiteral("Not revealed yet."));
    EXPECT_EQ(text(page, "promptMessage"), text(page, "promptState"))
        << "right after agreeing, the message says the same truth, never 'has not answered'";
    lockAndFlush();

    page = openPrompts(1, kAlex);
    EXPECT_EQ(text(page, "promptState"), QStringLiteral("Revealed"));
    EXPECT_EQ(text(page, "myAnswerView"), QStringLiteral("Alex: closeness is coffee together"));
    // Each side names its author and when it was written.
    EXPECT_TRUE(text(page, "partnerAnswerName").startsWith(QStringLiteral("Sam · ")))
        << text(page, "partnerAnswerName").toStdString();
    EXPECT_TRUE(text(page, "myAnswerName").startsWith(QStringLiteral("Alex (you) · ")))
        << text(page, "myAnswerName").toStdString();
    EXPECT_EQ(text(page, "partnerAnswerView"), QStringLiteral("Sam: closeness is being listened to"));
    lockAndFlush();

    page = openPrompts(2, kSam);
    EXPECT_EQ(text(page, "promptState"), QStringLiteral("Revealed"));
    EXPECT_EQ(text(page, "myAnswerView"), QStringLiteral("Sam: closeness is being listened to"));
    EXPECT_TRUE(text(page, "partnerAnswerName").startsWith(QStringLiteral("Alex · ")))
        << text(page, "partnerAnswerName").toStdString();
    EXPECT_EQ(text(page, "partnerAnswerView"), QStringLiteral("Alex: closeness is coffee together"));
    EXPECT_TRUE(child<QWidget>(page, "sideBySide")->isVisible());

    page->setFilter(ui::PromptsPage::Filter::Revealed);
    EXPECT_TRUE(listed(page));
    page->setFilter(ui::PromptsPage::Filter::NotAnswered);
    EXPECT_FALSE(listed(page));

    // Retracting says plainly what it cannot undo.
    ui::Dialogs::setNextAnswer(QMessageBox::Yes);
    child<QPushButton>(page, "retractButton")->click();
    EXPECT_TRUE(ui::Dialogs::lastText().contains(QStringLiteral("What was read cannot be unread")));
    EXPECT_NE(text(page, "promptState"), QStringLiteral("Revealed"));
}

// Issue 11, item 6: "Not now" is there for every prompt not yet revealed, answered or not;
// it keeps what was typed as a private draft and the partner sees nothing at all.
TEST_F(UiPrompts, NotNowIsAlwaysThereAndThePartnerSeesNothingOfIt)
{
    auto* page = openPrompts(1, kAlex);
    auto* notNow = child<QPushButton>(page, "notNowButton");
    EXPECT_TRUE(notNow->isVisible()) << "Not now before any answer";
    EXPECT_TRUE(notNow->isEnabled());
    notNow->click();
    EXPECT_TRUE(text(page, "promptMessage").startsWith(QStringLiteral("Not now is fine.")));
    EXPECT_EQ(text(page, "promptState"), QStringLiteral("Not answered"));

    typeAnswer(page, QStringLiteral("half a thought"));
    child<QPushButton>(page, "notNowButton")->click();
    EXPECT_TRUE(text(page, "promptMessage").startsWith(QStringLiteral("Not now is fine.")));
    page->openPrompt(m_promptId);
    EXPECT_EQ(child<QPlainTextEdit>(page, "answerEditor")->toPlainText(), QStringLiteral("half a thought"))
        << "Not now keeps what was typed, privately";
    lockAndFlush();

    page = openPrompts(2, kSam);
    EXPECT_EQ(text(page, "promptState"), QStringLiteral("Not answered"));
    EXPECT_FALSE(child<QWidget>(page, "sideBySide")->isVisible());
}

TEST_F(UiPrompts, NotNowShowsNotRevealedYetToTheOtherPartner)
{
    auto* page = openPrompts(1, kAlex);
    typeAnswer(page, QStringLiteral("Alex's answer, held back"));
    child<QPushButton>(page, "revealButton")->click();
    child<QPushButton>(page, "notNowButton")->click();
    EXPECT_EQ(text(page, "promptState"), QStringLiteral("Waiting for you"));
    lockAndFlush();

    page = openPrompts(2, kSam);
    typeAnswer(page, QStringLiteral("Sam's answer"));
    child<QPushButton>(page, "revealButton")->click();
    // An answer not agreed to is invisible (protocol v2): Sam sees no answer at all, never
    // "declined", never even "answered".
    EXPECT_EQ(text(page, "promptState"), QStringLiteral("Waiting for Alex"));
    EXPECT_EQ(text(page, "partnerAnswerView"), QStringLiteral("Not answered yet."));
    EXPECT_FALSE(allVisibleText().join(QLatin1Char('\n')).contains(QStringLiteral("held back")));
    EXPECT_FALSE(
        allVisibleText().join(QLatin1Char('\n')).contains(QStringLiteral("declined"), Qt::CaseInsensitive));
}

TEST_F(UiPrompts, UnsavedAnswerIsKeptAsAnEncryptedDraftAcrossLock)
{
    auto* page = openPrompts(1, kAlex);
    typeAnswer(page, QStringLiteral("half a thought"));
    lockAndFlush();
    page = openPrompts(1, kAlex);
    EXPECT_EQ(child<QPlainTextEdit>(page, "answerEditor")->toPlainText(), QStringLiteral("half a thought"));
    // Only a draft in Alex's journal: nothing was written to the couple space.
    EXPECT_EQ(text(page, "promptState"), QStringLiteral("Not answered"));

    child<QPushButton>(page, "saveAnswerButton")->click();
    EXPECT_EQ(text(page, "promptState"), QStringLiteral("Waiting for you"));
    ui::Dialogs::setNextAnswer(QMessageBox::Yes);
    child<QPushButton>(page, "withdrawButton")->click();
    EXPECT_EQ(text(page, "promptState"), QStringLiteral("Not answered"));
}

TEST_F(UiPrompts, AddOurOwnPromptAppearsForBoth)
{
    auto* page = openPrompts(1, kAlex);
    QTest::keyClicks(child<QLineEdit>(page, "customPromptField"),
                     QStringLiteral("What made you laugh this week?"));
    child<QPushButton>(page, "addPromptButton")->click();
    EXPECT_EQ(text(page, "promptText"), QStringLiteral("What made you laugh this week?"));
    lockAndFlush();
    m_promptId.clear();
    page = openPrompts(2, kSam);
    bool found = false;
    auto* list = child<QTreeWidget>(page, "promptList");
    for (QTreeWidgetItemIterator it(list); *it; ++it) {
        found = found || (*it)->text(0) == QStringLiteral("What made you laugh this week?");
    }
    EXPECT_TRUE(found);
}

// keyring.db is plain SQLite: a partner name there that its owner's session did not sign
// is never shown (docs/ARCHITECTURE.md, "Signed records (protocol v2)").
TEST_F(UiPrompts, APartnerNameEditedInTheKeyringIsNotShown)
{
    auto alex = m_window->context().vault->findPartner("Alex");
    ASSERT_TRUE(alex);
    {
        auto keyring = Database::openPlain(vaultDir() / "keyring.db", OpenMode::Existing);
        ASSERT_TRUE(keyring.has_value());
        ASSERT_TRUE(keyring->exec("UPDATE partners SET name = 'Mallory' WHERE id = '" + alex->id + "';"));
    }
    auto* page = openPrompts(2, kSam);
    typeAnswer(page, QStringLiteral("Sam's answer"));
    child<QPushButton>(page, "revealButton")->click();
    const QString state = text(page, "promptState");
    EXPECT_FALSE(state.contains(QStringLiteral("Mallory"))) << state.toStdString();
    // Mid-sentence, the stand-in name reads as words, not as a name.
    EXPECT_TRUE(state.contains(QStringLiteral("your partner"))) << state.toStdString();
    EXPECT_FALSE(state.contains(QStringLiteral("for Your partner"))) << state.toStdString();
}

TEST_F(UiPrompts, InboxReadNowAndNotNow)
{
    ASSERT_TRUE(unlockAs(1, kAlex));
    auto* journal = m_window->mainScreen()->journalPage();
    for (const QString& title : {QStringLiteral("First offered"), QStringLiteral("Second offered")}) {
        child<QPushButton>(journal, "newEntryButton")->click();
        QTest::keyClicks(child<QLineEdit>(journal->editor(), "entryTitle"), title);
        QTest::keyClicks(child<QPlainTextEdit>(journal->editor(), "entryBody"),
                         QStringLiteral("words for you"));
        ASSERT_TRUE(journal->editor()->save());
        ui::Dialogs::setNextAnswer(QMessageBox::Yes);
        child<QPushButton>(journal->editor(), "offerEntryButton")->click();
        EXPECT_TRUE(ui::Dialogs::lastText().contains(QStringLiteral("copy")));
    }
    lockAndFlush();

    ASSERT_TRUE(unlockAs(2, kSam));
    auto* nav = child<QPushButton>(m_window->mainScreen(), "navInbox");
    EXPECT_EQ(nav->text(), QStringLiteral("&Inbox (2)"));
    m_window->mainScreen()->showPage(QStringLiteral("navInbox"));
    auto* inbox = m_window->mainScreen()->inboxPage();
    auto* list = child<QListWidget>(inbox, "inboxList");
    ASSERT_EQ(list->count(), 2);
    // No title or words before "Read now".
    EXPECT_FALSE(allVisibleText().join(QLatin1Char('\n')).contains(QStringLiteral("First offered")));
    list->setCurrentRow(0);
    child<QPushButton>(inbox, "readNowButton")->click();
    const QString title = child<QLabel>(inbox, "offerTitle")->text();
    EXPECT_TRUE(title == QStringLiteral("First offered") || title == QStringLiteral("Second offered"));
    list->setCurrentRow(1);
    child<QPushButton>(inbox, "inboxNotNowButton")->click();
    EXPECT_TRUE(list->item(1)->text().contains(QStringLiteral("put aside")));
    EXPECT_EQ(inbox->unseenCount(), 0);
    EXPECT_EQ(nav->text(), QStringLiteral("&Inbox"));
}

// Protocol v2 through the window: Alex agrees, then holds back; Sam puts the older
// couple.db back (where Alex still agreed). Alex's next unlock says plainly that the shared
// file was changed, reveals nothing, and the prompt says so too.
TEST_F(UiPrompts, AnOlderSharedFilePutBackIsToldToItsAuthorAndRevealsNothing)
{
    auto* page = openPrompts(1, kAlex);
    typeAnswer(page, QStringLiteral("Alex's answer, agreed then held back"));
    child<QPushButton>(page, "revealButton")->click();
    lockAndFlush();
    const QString couple = QString::fromStdString((vaultDir() / "couple.db").string());
    const QString saved = couple + QStringLiteral(".saved");
    ASSERT_TRUE(QFile::copy(couple, saved));

    page = openPrompts(1, kAlex);
    child<QPushButton>(page, "notNowButton")->click();
    EXPECT_EQ(text(page, "promptState"), QStringLiteral("Waiting for you"));
    lockAndFlush();

    // Sam, with the files: the older couple.db goes back in place.
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(couple + suffix);
    }
    QFile::remove(couple);
    ASSERT_TRUE(QFile::copy(saved, couple));

    ui::Dialogs::setNextAnswer(QMessageBox::Ignore); // "Continue" on the older-file notice
    ASSERT_TRUE(unlockAs(1, kAlex));
    auto* notice = child<ui::InfoBar>(m_window->mainScreen(), "noticeBar");
    EXPECT_TRUE(notice->isVisibleTo(m_window->mainScreen()));
    EXPECT_TRUE(notice->text().contains(QStringLiteral("The shared file was changed behind your back")))
        << notice->text().toStdString();
    child<QPushButton>(notice, "noticeBarAction")->click();
    page = m_window->mainScreen()->promptsPage();
    ASSERT_TRUE(page->isVisible());
    ASSERT_TRUE(page->openPrompt(m_promptId));
    EXPECT_TRUE(text(page, "promptState").startsWith(QStringLiteral("The shared file was changed")));
    lockAndFlush();

    // Sam agrees: Alex's held-back answer never reaches Sam.
    page = openPrompts(2, kSam);
    typeAnswer(page, QStringLiteral("Sam's answer"));
    child<QPushButton>(page, "revealButton")->click();
    EXPECT_EQ(text(page, "partnerAnswerView"), QStringLiteral("Not answered yet."));
    EXPECT_FALSE(allVisibleText().join(QLatin1Char('\n')).contains(QStringLiteral("held back")));
}

// Issue 15, item 3: the page opens on one question, on a calm card.
class UiPromptCard : public UiPrompts
{
protected:
    ui::PromptsPage* openCard(int partner, const QString& password)
    {
        if (!unlockAs(partner, password)) {
            ADD_FAILURE() << "unlock failed";
            return nullptr;
        }
        m_window->mainScreen()->showPage(QStringLiteral("navPrompts"));
        return m_window->mainScreen()->promptsPage();
    }

    QString cardId(ui::PromptsPage* page)
    {
        return child<ui::PromptCard>(page, "promptCardPage")->promptId();
    }

    std::optional<Prompt> sharedPrompt(const QString& id)
    {
        auto shared = m_window->context().couple()->prompts().sharedPrompts();
        for (const Prompt& p : *shared) {
            if (QString::fromStdString(p.id) == id) {
                return p;
            }
        }
        return std::nullopt;
    }

    std::string coupleDbBytes()
    {
        return readFile(vaultDir() / "couple.db") + readFile(vaultDir() / "couple.db-wal");
    }
};

TEST_F(UiPromptCard, ThePageOpensOnOneQuestionAndAnswerOpensItsEditor)
{
    auto* page = openCard(1, kAlex);
    ASSERT_TRUE(page->isShowingCard());
    auto* card = child<QWidget>(page, "promptCard");
    EXPECT_TRUE(card->isVisible());
    const QString id = cardId(page);
    auto prompt = sharedPrompt(id);
    ASSERT_TRUE(prompt) << "the card holds a shared prompt";
    EXPECT_EQ(text(page, "promptCardQuestion"), QString::fromStdString(prompt->text));
    EXPECT_EQ(text(page, "promptCardFollowUp"), QString::fromStdString(prompt->followUp));
    EXPECT_EQ(child<QWidget>(page, "promptCardFollowUp")->isVisible(), !prompt->followUp.empty());
    // No counts, states or streaks on the card: nothing but the question and the buttons.
    for (const char* name : {"promptCardQuestion", "promptCardFollowUp", "promptCardPack"}) {
        EXPECT_FALSE(text(page, name).contains(QRegularExpression(QStringLiteral("[0-9]")))) << name;
    }
    for (const char* name :
         {"promptCardAnswer", "promptCardAnother", "promptCardNotNow", "promptCardShowAll"}) {
        auto* button = child<QPushButton>(page, name);
        EXPECT_TRUE(button->isVisible()) << name;
        EXPECT_FALSE(button->accessibleName().isEmpty()) << name;
        EXPECT_FALSE(button->accessibleName().contains(QLatin1Char('&'))) << name;
    }
    EXPECT_FALSE(card->accessibleName().isEmpty());

    child<QPushButton>(page, "promptCardAnswer")->click();
    EXPECT_FALSE(page->isShowingCard());
    EXPECT_EQ(page->currentPromptId(), id);
    EXPECT_EQ(text(page, "promptText"), QString::fromStdString(prompt->text));
    EXPECT_TRUE(child<QPlainTextEdit>(page, "answerEditor")->isVisible());
    typeAnswer(page, QStringLiteral("Alex, from the card"));
    child<QPushButton>(page, "saveAnswerButton")->click();
    EXPECT_EQ(text(page, "promptState"), QStringLiteral("Waiting for you"));

    // Back to the page: an answered question is never suggested again.
    m_window->mainScreen()->showPage(QStringLiteral("navJournal"));
    m_window->mainScreen()->showPage(QStringLiteral("navPrompts"));
    EXPECT_TRUE(page->isShowingCard());
    EXPECT_NE(cardId(page), id);
}

TEST_F(UiPromptCard, AnotherOneIsADifferentQuestionEachTime)
{
    auto* page = openCard(1, kAlex);
    QString previous = cardId(page);
    ASSERT_FALSE(previous.isEmpty());
    for (int i = 0; i < 12; ++i) {
        child<QPushButton>(page, "promptCardAnother")->click();
        const QString now = cardId(page);
        EXPECT_NE(now, previous);
        EXPECT_EQ(text(page, "promptCardQuestion"), QString::fromStdString(sharedPrompt(now)->text));
        previous = now;
    }
    // Leaving the page and coming back finds the same question waiting.
    m_window->mainScreen()->showPage(QStringLiteral("navJournal"));
    m_window->mainScreen()->showPage(QStringLiteral("navPrompts"));
    EXPECT_EQ(cardId(page), previous);
}

TEST_F(UiPromptCard, NotNowIsKeptInMyJournalAndThePartnerLearnsNothing)
{
    auto* page = openCard(1, kAlex);
    const QString id = cardId(page);
    const std::string before = coupleDbBytes();
    child<QPushButton>(page, "promptCardNotNow")->click();
    EXPECT_TRUE(page->isShowingCard());
    EXPECT_NE(cardId(page), id);
    EXPECT_TRUE(text(page, "promptCardMessage").startsWith(QStringLiteral("That one is resting for a week")));
    EXPECT_FALSE(text(page, "promptCardMessage").contains(QStringLiteral("declined"), Qt::CaseInsensitive));
    EXPECT_EQ(coupleDbBytes(), before) << "\"Not now\" never reaches couple.db";
    auto stored =
        m_window->context().session()->journal().setting(std::string(kPromptNotNowPrefix) + id.toStdString());
    ASSERT_TRUE(stored && *stored) << "kept in Alex's own journal settings";
    auto open = promptsToSuggest(*m_window->context().couple(), m_window->context().session()->journal());
    EXPECT_FALSE(
        std::ranges::any_of(*open, [&](const Prompt& p) { return QString::fromStdString(p.id) == id; }));

    // It is still in the full list, as it was.
    child<QPushButton>(page, "promptCardShowAll")->click();
    m_promptId = id;
    EXPECT_TRUE(listed(page));
    lockAndFlush();

    page = openPrompts(2, kSam);
    EXPECT_EQ(text(page, "promptState"), QStringLiteral("Not answered"));
    auto samOpen = promptsToSuggest(*m_window->context().couple(), m_window->context().session()->journal());
    EXPECT_TRUE(std::ranges::any_of(*samOpen, [&](const Prompt& p) {
        return QString::fromStdString(p.id) == id;
    })) << "Sam's card can still offer it: Alex's choice is Alex's alone";
}

TEST_F(UiPromptCard, ShowAllPromptsIsOneClickAwayAndTheCardOneClickBack)
{
    m_window->activateWindow();
    QApplication::setActiveWindow(m_window.get());
    auto* page = openCard(1, kAlex);
    const QString id = cardId(page);
    // Keyboard: Answer, Another one, Not now, then Show all prompts.
    auto* answer = child<QPushButton>(page, "promptCardAnswer");
    answer->setFocus();
    QCoreApplication::processEvents();
    ASSERT_TRUE(answer->hasFocus());
    QStringList reached;
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reached << QApplication::focusWidget()->objectName();
    }
    EXPECT_EQ(reached, (QStringList{QStringLiteral("promptCardAnother"), QStringLiteral("promptCardNotNow"),
                                    QStringLiteral("promptCardShowAll")}));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    EXPECT_FALSE(page->isShowingCard());
    EXPECT_TRUE(child<QTreeWidget>(page, "promptList")->isVisible());
    EXPECT_TRUE(child<QTreeWidget>(page, "promptList")->hasFocus());

    auto* back = child<QPushButton>(page, "promptsShowCard");
    ASSERT_TRUE(back->isVisible());
    back->click();
    EXPECT_TRUE(page->isShowingCard());
    EXPECT_EQ(cardId(page), id) << "the same question is still waiting";
    EXPECT_TRUE(answer->hasFocus());
}

TEST_F(UiPromptCard, WhenNothingIsLeftTheListSaysSoKindly)
{
    ASSERT_TRUE(unlockAs(1, kAlex));
    auto shared = m_window->context().couple()->prompts().sharedPrompts();
    ASSERT_TRUE(shared && shared->size() > 1);
    Journal& journal = m_window->context().session()->journal();
    for (std::size_t i = 1; i < shared->size(); ++i) {
        ASSERT_TRUE(putOffPrompt(journal, (*shared)[i].id));
    }
    m_window->mainScreen()->showPage(QStringLiteral("navPrompts"));
    auto* page = m_window->mainScreen()->promptsPage();
    ASSERT_TRUE(page->isShowingCard());
    EXPECT_EQ(cardId(page), QString::fromStdString((*shared)[0].id));
    child<QPushButton>(page, "promptCardAnother")->click();
    EXPECT_EQ(cardId(page), QString::fromStdString((*shared)[0].id));
    EXPECT_EQ(text(page, "promptCardMessage"), QStringLiteral("This is the only one waiting for now."));

    child<QPushButton>(page, "promptCardNotNow")->click();
    EXPECT_FALSE(page->isShowingCard()) << "nothing left: the list";
    auto* empty = child<QLabel>(page, "promptCardEmpty");
    EXPECT_TRUE(empty->isVisible());
    EXPECT_TRUE(empty->text().startsWith(QStringLiteral("Nothing is waiting for you right now.")));
    EXPECT_FALSE(empty->text().contains(QRegularExpression(QStringLiteral("[0-9]")))) << "no counts";
    EXPECT_TRUE(child<QTreeWidget>(page, "promptList")->isVisible());
    EXPECT_FALSE(child<QPushButton>(page, "promptsShowCard")->isVisible());
}

} // namespace
} // namespace twofold::test
