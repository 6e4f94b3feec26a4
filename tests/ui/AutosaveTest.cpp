// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Issue 16, item 1: entries save themselves. Typing is saved into the entry itself after a
// pause, on switching entries and on lock; undo reaches back across saves; the status
// says "Saved · HH:MM" only after the write succeeded; a failed write keeps the words;
// a draft left by a crash comes back with a message that says exactly what came back.
#include "UiTestSupport.h"
#include "journal/Journal.h"
#include "journal/detail/JournalAccess.h"
#include "storage/Statement.h"
#include "support/FastKdf.h"
#include "ui/journal/EntryEditor.h"
#include "ui/journal/EntryListModel.h"
#include "ui/journal/EntryRoles.h"
#include "ui/journal/JournalPage.h"
#include "ui/shell/AppWindow.h"
#include "ui/shell/MainScreen.h"
#include "ui/widgets/InfoBar.h"
#include "ui/widgets/Words.h"
#include "vault/Session.h"

#include <QAccessible>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace twofold::test {
namespace {

using SaveState = ui::EntryEditor::SaveState;

// 10:51 local time on some day in 2026, whatever this computer's time zone.
std::int64_t localTenFiftyOne()
{
    return QDateTime(QDate(2026, 3, 14), QTime(10, 51)).toMSecsSinceEpoch();
}

class UiAutosave : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        m_clock.setMs(localTenFiftyOne());
        makeVault(vaultDir(), {{"Alex", "alex-demo-password", {}}});
        // The vault's clock is the one the status reads the time of a save from.
        VaultOptions options = fastVaultOptions();
        options.clock = &m_clock;
        m_window = std::make_unique<ui::AppWindow>(vaultDir(), options, m_clock);
        ASSERT_TRUE(m_window->start());
        m_window->show();
        ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-demo-password")));
        bindPage(std::chrono::milliseconds(30));
    }

    void bindPage(std::chrono::milliseconds delay)
    {
        m_page = m_window->mainScreen()->journalPage();
        m_editor = m_page->editor();
        m_editor->setAutosaveDelay(delay);
    }

    Journal& journal() { return m_window->context().session()->journal(); }
    QPlainTextEdit* body() { return child<QPlainTextEdit>(m_editor, "entryBody"); }
    QString status() { return child<QLabel>(m_editor, "saveState")->text(); }
    bool waitSaved()
    {
        return waitUntil([&] { return m_editor->saveState() == SaveState::Saved; });
    }

    void write(const QString& title, const QString& text)
    {
        child<QPushButton>(m_page, "newEntryButton")->click();
        QTest::keyClicks(child<QLineEdit>(m_editor, "entryTitle"), title);
        QTest::keyClicks(body(), text);
    }

    ui::JournalPage* m_page = nullptr;
    ui::EntryEditor* m_editor = nullptr;
};

TEST_F(UiAutosave, APauseSavesTheEntryItselfAndTheStatusSaysWhen)
{
    write(QStringLiteral("Sunday"), QStringLiteral("We walked by the river"));
    EXPECT_EQ(m_editor->saveState(), SaveState::Unsaved);
    EXPECT_FALSE(status().startsWith(QStringLiteral("Saved"))) << "not saved yet, and it does not say so";
    EXPECT_EQ(*journal().count(), 0) << "no entry on the first keystroke";

    ASSERT_TRUE(waitSaved());
    EXPECT_EQ(status(), QStringLiteral("Saved · %1").arg(ui::shortTime(QTime(10, 51))));
    // A screen reader hears the same words, not only "Save state".
    QAccessibleInterface* heard = QAccessible::queryAccessibleInterface(child<QLabel>(m_editor, "saveState"));
    ASSERT_NE(heard, nullptr);
    EXPECT_EQ(heard->text(QAccessible::Name), status());
    ASSERT_TRUE(m_editor->entryId());
    auto stored = journal().get(*m_editor->entryId());
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->fields.title, "Sunday");
    EXPECT_EQ(stored->fields.body, "We walked by the river");
    EXPECT_FALSE(*journal().draft(std::nullopt)) << "the entry itself holds it, not a draft";
    EXPECT_TRUE(journal().draftEntryIds()->empty());
    EXPECT_EQ(m_page->listModel()->rowCount(), 1) << "the list shows it at once";

    // Durable: the journal opened again (lock, unlock) holds the words.
    lockAndFlush();
    ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-demo-password")));
    auto list = journal().list({10, std::nullopt});
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 1U);
    EXPECT_EQ(journal().get(list->front().id)->fields.body, "We walked by the river");
}

TEST_F(UiAutosave, AnEmptyNewEntryIsNeverCreated)
{
    write(QString(), QStringLiteral("x"));
    QTest::keyClick(body(), Qt::Key_Backspace);
    ASSERT_TRUE(waitUntil([&] { return m_editor->saveState() == SaveState::Empty; }));
    child<QPushButton>(m_page, "newEntryButton")->click();
    lockAndFlush();
    ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-demo-password")));
    EXPECT_EQ(*journal().count(), 0);
}

TEST_F(UiAutosave, SwitchingEntriesAndLockingSaveAtOnce)
{
    write(QStringLiteral("First"), QStringLiteral("one"));
    ASSERT_TRUE(waitSaved());
    const EntryId first = *m_editor->entryId();
    m_editor->setAutosaveDelay(std::chrono::hours(1)); // only the flushes can save now

    QTest::keyClicks(body(), QStringLiteral(" and more"));
    write(QStringLiteral("Second"), QStringLiteral("two")); // New entry: switching
    EXPECT_EQ(journal().get(first)->fields.body, "one and more");

    m_page->openEntry(first); // switching from the new entry creates it
    ASSERT_EQ(*journal().count(), 2);

    QTest::keyClick(body(), Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(body(), QStringLiteral(", then lock"));
    lockAndFlush();
    ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-demo-password")));
    EXPECT_EQ(journal().get(first)->fields.body, "one and more, then lock");
}

TEST_F(UiAutosave, CtrlSSavesAtOnceWithoutAButton)
{
    EXPECT_EQ(m_page->findChild<QPushButton*>(QStringLiteral("saveEntryButton")), nullptr);
    m_editor->setAutosaveDelay(std::chrono::hours(1));
    write(QStringLiteral("Quick"), QStringLiteral("now"));
    QTest::keySequence(body(), QKeySequence::Save);
    EXPECT_EQ(m_editor->saveState(), SaveState::Saved);
    EXPECT_EQ(journal().get(*m_editor->entryId())->fields.body, "now");
}

TEST_F(UiAutosave, UndoAndRedoReachBackAcrossAutosaves)
{
    write(QStringLiteral("Undo"), QStringLiteral("one"));
    ASSERT_TRUE(waitSaved());
    QTest::keyClick(body(), Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClicks(body(), QStringLiteral("two "));
    ASSERT_TRUE(waitSaved());
    EXPECT_EQ(journal().get(*m_editor->entryId())->fields.body, "two one");

    body()->undo();
    EXPECT_EQ(body()->toPlainText(), QStringLiteral("one"));
    ASSERT_TRUE(waitSaved()) << "the undo is saved like any edit";
    EXPECT_EQ(journal().get(*m_editor->entryId())->fields.body, "one");
    body()->redo();
    EXPECT_EQ(body()->toPlainText(), QStringLiteral("two one"));
    EXPECT_EQ(child<QLineEdit>(m_editor, "entryTags")->findChildren<QCompleter*>().size(), 1)
        << "each save refreshes the tags' completer; none piles up";
}

TEST_F(UiAutosave, AFailedSaveKeepsTheWordsAndNeverSaysSaved)
{
    write(QStringLiteral("Kept"), QStringLiteral("small"));
    ASSERT_TRUE(waitSaved());
    const EntryId id = *m_editor->entryId();
    // A full disk: SQLite's max_page_count fails the write as ENOSPC would (SQLITE_FULL).
    Database& db = detail::JournalAccess::database(journal());
    auto pages = db.prepare("PRAGMA page_count;");
    ASSERT_TRUE(pages && *pages->step());
    ASSERT_TRUE(db.exec("PRAGMA max_page_count = " + std::to_string(pages->columnInt(0) + 2) + ";"));

    const QString big(200'000, QLatin1Char('w'));
    body()->appendPlainText(big);
    ASSERT_TRUE(waitUntil([&] { return m_editor->saveState() == SaveState::Failed; }));
    EXPECT_FALSE(status().startsWith(QStringLiteral("Saved")));
    EXPECT_EQ(
        QAccessible::queryAccessibleInterface(child<QLabel>(m_editor, "saveState"))->text(QAccessible::Name),
        status());
    EXPECT_TRUE(body()->toPlainText().endsWith(big)) << "the words stay in the editor";
    auto* bar = child<ui::InfoBar>(m_page->window(), "journalBar");
    EXPECT_TRUE(bar->isVisibleTo(m_page)) << "a calm error says what happened";
    EXPECT_EQ(journal().get(id)->fields.body, "small") << "nothing half-written";
    EXPECT_TRUE(m_editor->hasUnsavedChanges());

    // Neither the entry nor a draft could be written: New entry does not load over the words.
    ASSERT_FALSE(m_editor->keptAsDraft());
    m_page->newEntry();
    EXPECT_EQ(m_editor->entryId(), id) << "the editor stays with the words it could not store";
    EXPECT_TRUE(body()->toPlainText().endsWith(big));
}

TEST_F(UiAutosave, ADraftACrashLeftComesBackSavedAndSaysWhen)
{
    write(QStringLiteral("Monday"), QStringLiteral("saved words"));
    ASSERT_TRUE(waitSaved());
    const EntryId id = *m_editor->entryId();
    // What an older version (or a crash between its draft and its save) left behind.
    ASSERT_TRUE(
        journal().saveDraft(Draft{id, {.title = "Monday", .body = "saved words, and later ones"}, 0}));
    ASSERT_TRUE(journal().saveDraft(Draft{std::nullopt, {.body = "a new one"}, 0}));
    lockAndFlush();
    ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-demo-password")));
    bindPage(std::chrono::milliseconds(30));
    auto* bar = child<ui::InfoBar>(m_page->window(), "journalBar");
    const QString at = ui::shortTime(QTime(10, 51));
    EXPECT_TRUE(bar->text().contains(at)) << "says when the words were written";
    EXPECT_EQ(body()->toPlainText(), QStringLiteral("a new one"));
    EXPECT_EQ(*journal().count(), 2) << "the new entry's words are an entry now";
    EXPECT_FALSE(*journal().draft(std::nullopt));

    // The list marks the entry whose draft is still to come back.
    auto* list = m_page->listModel();
    const int row = list->rowOf(id);
    ASSERT_GE(row, 0);
    EXPECT_TRUE(list->index(row).data(ui::EntryListModel::EntryHasDraftRole).toBool());
    m_page->openEntry(id);
    EXPECT_EQ(body()->toPlainText(), QStringLiteral("saved words, and later ones"));
    EXPECT_EQ(journal().get(id)->fields.body, "saved words, and later ones");
    EXPECT_TRUE(journal().draftEntryIds()->empty());
    EXPECT_FALSE(list->index(list->rowOf(id)).data(ui::EntryListModel::EntryHasDraftRole).toBool());
    body()->undo();
    EXPECT_EQ(body()->toPlainText(), QStringLiteral("saved words")) << "undo shows the entry as it was";
}

} // namespace
} // namespace twofold::test
