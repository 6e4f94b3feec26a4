// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "UiTestSupport.h"
#include "journal/detail/JournalAccess.h"
#include "storage/Database.h"
#include "ui/journal/EntryEditor.h"
#include "ui/journal/EntryListModel.h"
#include "ui/journal/EntryRoles.h"
#include "ui/journal/JournalPage.h"
#include "ui/journal/SearchResultsModel.h"
#include "ui/shell/MainScreen.h"
#include "ui/widgets/InfoBar.h"
#include "vault/Vault.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QToolButton>

namespace twofold::test {
namespace {

using SaveState = ui::EntryEditor::SaveState;

class UiJournal : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        makeVault(vaultDir(), {{"Alex", "alex-demo-password", {}}});
        startWindow();
        ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-demo-password")));
        bindPage();
    }

    void bindPage()
    {
        m_page = m_window->mainScreen()->journalPage();
        m_editor = m_page->editor();
        m_editor->setAutosaveDelay(std::chrono::milliseconds(30));
    }

    void write(const QString& title, const QString& body)
    {
        child<QPushButton>(m_page, "newEntryButton")->click();
        QTest::keyClicks(child<QLineEdit>(m_editor, "entryTitle"), title);
        QTest::keyClicks(child<QPlainTextEdit>(m_editor, "entryBody"), body);
    }

    ui::JournalPage* m_page = nullptr;
    ui::EntryEditor* m_editor = nullptr;
};

TEST_F(UiJournal, TypingIsAutosavedIntoTheEntryThatSurvivesLockAndUnlock)
{
    write(QStringLiteral("Sunday"), QStringLiteral("We walked by the river, zebrafinch"));
    EXPECT_EQ(m_editor->saveState(), SaveState::Unsaved);
    ASSERT_TRUE(waitUntil([&] { return m_editor->saveState() == SaveState::Saved; }));

    lockAndFlush();
    ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-demo-password")));
    bindPage();
    auto* list = m_page->listModel();
    ASSERT_EQ(list->rowCount(), 1);
    m_page->openEntry(list->index(0).data(ui::EntryIdRole).toLongLong());
    EXPECT_EQ(child<QPlainTextEdit>(m_editor, "entryBody")->toPlainText(),
              QStringLiteral("We walked by the river, zebrafinch"));
    EXPECT_EQ(child<QLineEdit>(m_editor, "entryTitle")->text(), QStringLiteral("Sunday"));
}

TEST_F(UiJournal, SaveAddsTheEntryToTheListNewestFirst)
{
    write(QStringLiteral("First"), QStringLiteral("one"));
    ASSERT_TRUE(m_editor->save());
    write(QStringLiteral("Second"), QStringLiteral("two"));
    QTest::keySequence(child<QPlainTextEdit>(m_editor, "entryBody"), QKeySequence::Save);
    EXPECT_EQ(m_editor->saveState(), SaveState::Saved);
    auto* list = m_page->listModel();
    ASSERT_EQ(list->rowCount(), 2);
    EXPECT_EQ(list->index(0).data(ui::EntryTitleRole).toString(), QStringLiteral("Second"));
    EXPECT_EQ(list->index(1).data(ui::EntryTitleRole).toString(), QStringLiteral("First"));

    auto stored = m_window->context().session()->journal().get(*m_editor->entryId());
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->fields.body, "two");
    auto draft = m_window->context().session()->journal().draft(std::nullopt);
    ASSERT_TRUE(draft.has_value());
    EXPECT_FALSE(draft->has_value()) << "saving discards the draft";
}

TEST_F(UiJournal, SearchAsYouTypeFindsTheEntryWithTheMatchMarked)
{
    write(QStringLiteral("Evening"), QStringLiteral("The lanterns by the harbour were lovely tonight."));
    ASSERT_TRUE(m_editor->save());
    write(QStringLiteral("Morning"), QStringLiteral("Coffee and quiet."));
    ASSERT_TRUE(m_editor->save());

    auto* search = child<QLineEdit>(m_page, "searchField");
    QTest::keyClicks(search, QStringLiteral("lantern"));
    auto* view = child<QListView>(m_page, "entryList");
    ASSERT_TRUE(waitUntil([&] { return view->model() == m_page->searchModel(); }, 2000));
    auto* results = m_page->searchModel();
    ASSERT_EQ(results->rowCount(), 1);
    EXPECT_EQ(results->index(0).data(ui::EntryTitleRole).toString(), QStringLiteral("Evening"));
    const QStringList matches = results->index(0).data(ui::EntryMatchesRole).toStringList();
    ASSERT_FALSE(matches.isEmpty());
    EXPECT_TRUE(matches.first().startsWith(QStringLiteral("lantern"), Qt::CaseInsensitive));
    EXPECT_EQ(search->accessibleDescription(), QStringLiteral("1 entry found"))
        << "a screen reader hears the count";

    search->setText(QStringLiteral("zebra"));
    ASSERT_TRUE(waitUntil([&] { return results->rowCount() == 0; }, 2000));
    EXPECT_EQ(search->accessibleDescription(), QStringLiteral("No entries found"));

    search->clear();
    ASSERT_TRUE(waitUntil([&] { return view->model() == m_page->listModel(); }, 2000));
    EXPECT_EQ(view->model()->rowCount(), 2);
    EXPECT_TRUE(search->accessibleDescription().isEmpty());
}

TEST_F(UiJournal, SearchSegmentsSplitUtf8SnippetsOnTheGivenByteRanges)
{
    const std::string snippet = "caf\xc3\xa9 and the sea";
    const QStringList parts = ui::SearchResultsModel::segments(snippet, {{0, 5}, {14, 17}, {2, 3}});
    ASSERT_EQ(parts.size(), 5);
    EXPECT_EQ(parts.at(1), QStringLiteral("café"));
    EXPECT_EQ(parts.at(3), QStringLiteral("sea"));
}

TEST_F(UiJournal, DeleteThenUndoPutsTheEntryBack)
{
    write(QStringLiteral("Keep me"), QStringLiteral("important words"));
    ASSERT_TRUE(m_editor->save());
    const EntryId id = *m_editor->entryId();
    ASSERT_EQ(m_page->listModel()->rowCount(), 1);

    child<QPushButton>(m_editor, "deleteEntryButton")->click();
    EXPECT_EQ(m_page->listModel()->rowCount(), 0);
    auto* bar = child<ui::InfoBar>(m_page->window(), "journalBar");
    ASSERT_TRUE(bar->isVisibleTo(m_page));
    EXPECT_FALSE(m_window->context().session()->journal().get(id).has_value());

    bar->actionButton()->click();
    ASSERT_EQ(m_page->listModel()->rowCount(), 1);
    auto restored = m_window->context().session()->journal().get(id);
    ASSERT_TRUE(restored.has_value());
    EXPECT_EQ(restored->fields.title, "Keep me");
    EXPECT_EQ(child<QPlainTextEdit>(m_editor, "entryBody")->toPlainText(), QStringLiteral("important words"));
}

TEST_F(UiJournal, AnUndoThatCannotBeWrittenKeepsTheEntryToTryAgain)
{
    write(QStringLiteral("Keep me"), QStringLiteral("important words"));
    ASSERT_TRUE(m_editor->save());
    const EntryId id = *m_editor->entryId();
    child<QPushButton>(m_editor, "deleteEntryButton")->click();
    auto* bar = child<ui::InfoBar>(m_page->window(), "journalBar");

    Journal& journal = m_window->context().session()->journal();
    Database& db = detail::JournalAccess::database(journal);
    ASSERT_TRUE(db.exec("PRAGMA query_only = ON;")); // every write fails, as on a failing disk
    bar->actionButton()->click();
    EXPECT_FALSE(journal.get(id).has_value());
    ASSERT_TRUE(bar->isVisibleTo(m_page));
    ASSERT_TRUE(bar->actionButton()->isVisibleTo(m_page)) << "Undo is still offered";

    ASSERT_TRUE(db.exec("PRAGMA query_only = OFF;"));
    bar->actionButton()->click();
    auto restored = journal.get(id);
    ASSERT_TRUE(restored.has_value()) << "the entry was held, not dropped, while the undo failed";
    EXPECT_EQ(restored->fields.body, "important words");
}

TEST_F(UiJournal, EditorKeepsMoodKindsAndTagsAndPreviewsMarkdown)
{
    write(QStringLiteral("Close"), QString());
    child<QPlainTextEdit>(m_editor, "entryBody")
        ->insertPlainText(QStringLiteral("# Heading\n\nWe *talked* for hours."));
    child<QComboBox>(m_editor, "entryMood")->setCurrentIndex(4);
    child<QCheckBox>(m_editor, "kindEmotional")->setChecked(true);
    child<QCheckBox>(m_editor, "kindSpiritual")->setChecked(true);
    QTest::keyClicks(child<QLineEdit>(m_editor, "entryTags"), QStringLiteral("walk, #river, walk"));
    ASSERT_TRUE(m_editor->save());
    auto stored = m_window->context().session()->journal().get(*m_editor->entryId());
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->fields.mood, 4);
    EXPECT_EQ(stored->fields.kinds, kindBit(IntimacyKind::Emotional) | kindBit(IntimacyKind::Spiritual));
    EXPECT_EQ(stored->fields.tags, (std::vector<std::string>{"walk", "river"}));

    child<QToolButton>(m_editor, "previewToggle")->click();
    auto* preview = child<QTextBrowser>(m_editor, "entryPreview");
    EXPECT_TRUE(preview->isVisibleTo(m_editor));
    EXPECT_TRUE(preview->toPlainText().contains(QStringLiteral("Heading")));
    EXPECT_FALSE(preview->toPlainText().contains(QLatin1Char('#'))) << "rendered, not raw Markdown";
}

TEST_F(UiJournal, TheListLoadsFiftyAtATimeWithKeysetPaging)
{
    auto& journal = m_window->context().session()->journal();
    for (int i = 0; i < 240; ++i) {
        ASSERT_TRUE(journal.createAt(EntryFields{"Entry " + std::to_string(i), "body", 3, 0, {}, {}},
                                     1'700'000'000'000 + i * 60'000LL, 1'700'000'000'000 + i * 60'000LL));
    }
    auto* list = m_page->listModel();
    list->reload();
    EXPECT_EQ(list->rowCount(), ui::EntryListModel::kPageSize);
    EXPECT_TRUE(list->canFetchMore(QModelIndex()));
    EXPECT_EQ(list->index(0).data(ui::EntryTitleRole).toString(), QStringLiteral("Entry 239"));
    list->fetchMore(QModelIndex());
    EXPECT_EQ(list->rowCount(), 2 * ui::EntryListModel::kPageSize);
    EXPECT_EQ(list->index(50).data(ui::EntryTitleRole).toString(), QStringLiteral("Entry 189"));
}

} // namespace
} // namespace twofold::test
