// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/journal/JournalPage.h"

#include "journal/Journal.h"
#include "ui/journal/EntryDelegate.h"
#include "ui/journal/EntryEditor.h"
#include "ui/journal/EntryListModel.h"
#include "ui/journal/EntryRoles.h"
#include "ui/journal/SearchResultsModel.h"
#include "ui/widgets/ErrorMessages.h"
#include "ui/widgets/InfoBar.h"
#include "ui/widgets/LocalTime.h"
#include "ui/widgets/Theme.h"
#include "ui/widgets/Words.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace twofold::ui {

JournalPage::JournalPage(const Clock& clock, QWidget* parent)
    : QWidget(parent), m_clock(&clock), m_list(new EntryListModel(this)),
      m_search(new SearchResultsModel(this)), m_searchField(new QLineEdit(this)),
      m_newEntry(new QPushButton(tr("&New entry"), this)), m_view(new QListView(this)),
      m_emptyList(new QLabel(this)), m_right(new QStackedWidget(this)), m_placeholder(new QWidget(this)),
      m_editor(new EntryEditor(clock, this)), m_bar(new InfoBar(QStringLiteral("journalBar"), this))
{
    setObjectName(QStringLiteral("journalPage"));
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setAccessibleName(tr("Search your journal"));
    m_searchField->setPlaceholderText(tr("Search your journal (Ctrl+F)"));
    m_searchField->setClearButtonEnabled(true);
    m_newEntry->setObjectName(QStringLiteral("newEntryButton"));
    m_newEntry->setAccessibleName(tr("New entry"));
    m_newEntry->setToolTip(tr("Write a new entry (Ctrl+N)"));
    m_view->setObjectName(QStringLiteral("entryList"));
    m_view->setAccessibleName(tr("Journal entries"));
    m_view->setItemDelegate(new EntryDelegate(clock, m_view));
    m_view->setModel(m_list);
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setResizeMode(QListView::Adjust);
    m_emptyList->setObjectName(QStringLiteral("emptyListText"));
    m_emptyList->setWordWrap(true);
    m_emptyList->setAlignment(Qt::AlignCenter);
    m_emptyList->setTextFormat(Qt::PlainText);
    makeMuted(m_emptyList);

    auto* left = new QWidget(this);
    left->setObjectName(QStringLiteral("journalListPane"));
    left->setMinimumWidth(220); // with the editor, fits a 900-pixel-wide window (issue 12)
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(12, 12, 0, 12);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchField, 1);
    searchRow->addWidget(m_newEntry);
    leftLayout->addLayout(searchRow);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_emptyList, 1);

    m_placeholder->setObjectName(QStringLiteral("editorPlaceholder"));
    auto* placeholderText = new QLabel(tr("Choose an entry on the left, or start a new one.\n\n"
                                          "Everything you write here is encrypted and yours alone."),
                                       m_placeholder);
    placeholderText->setAlignment(Qt::AlignCenter);
    placeholderText->setWordWrap(true);
    makeMuted(placeholderText);
    auto* placeholderLayout = new QVBoxLayout(m_placeholder);
    placeholderLayout->addWidget(placeholderText);
    m_right->addWidget(m_placeholder);
    m_right->addWidget(m_editor);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("journalSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({340, 560});
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(splitter, 1);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(kSearchDebounceMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &JournalPage::runSearch);
    connect(m_searchField, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_newEntry, &QPushButton::clicked, this, &JournalPage::newEntry);
    connect(m_view, &QListView::activated, this,
            [this](const QModelIndex& index) { openEntry(index.data(EntryIdRole).toLongLong()); });
    connect(m_view, &QListView::clicked, this,
            [this](const QModelIndex& index) { openEntry(index.data(EntryIdRole).toLongLong()); });
    // Arrow keys move through entries and open them; the model changes with search, so
    // the selection model is reconnected whenever the view gets a new model.
    const auto followCurrent = [this] {
        connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this](const QModelIndex& current) {
                    if (current.isValid() && m_view->hasFocus()) {
                        openEntry(current.data(EntryIdRole).toLongLong());
                    }
                });
    };
    followCurrent();
    m_followCurrent = followCurrent;
    connect(m_editor, &EntryEditor::entrySaved, this, [this](EntryId id) {
        m_list->reload();
        if (!m_searchField->text().isEmpty()) {
            runSearch();
        } else if (const int row = m_list->rowOf(id); row >= 0) {
            m_view->setCurrentIndex(m_list->index(row));
        }
        updateEmptyState();
    });
    connect(m_editor, &EntryEditor::deleteRequested, this, &JournalPage::deleteCurrent);
    connect(m_editor, &EntryEditor::errorOccurred, this, &JournalPage::showError);
    connect(m_editor, &EntryEditor::recovered, this, &JournalPage::showRecovered);
    connect(m_list, &EntryListModel::loadFailed, this, &JournalPage::showError);
    connect(m_search, &SearchResultsModel::searchFailed, this, &JournalPage::showError);
    connect(m_bar, &InfoBar::actionTriggered, this, &JournalPage::undoDelete);
    m_undoTimer.setSingleShot(true);
    m_undoTimer.setInterval(kUndoSeconds * 1000);
    connect(&m_undoTimer, &QTimer::timeout, this, [this] {
        if (m_deleted || m_discardedDraft) {
            m_deleted.reset();
            m_discardedDraft.reset();
            m_bar->dismiss();
        }
    });

    // Ctrl+N and Ctrl+F are the window's (MainScreen), so they work wherever focus is.
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_searchField);
    escape->setContext(Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, m_searchField, &QLineEdit::clear);
    showPlaceholder();
}

void JournalPage::setJournal(Journal* journal)
{
    m_journal = journal;
    m_editor->setJournal(journal);
    m_search->setJournal(journal);
    m_list->setJournal(journal);
    updateEmptyState();
    // A new entry a crash or an older version left as a draft comes back first, saved.
    if (journal) {
        if (auto draft = journal->draft(std::nullopt); draft && *draft) {
            newEntry();
            return;
        }
    }
    showPlaceholder();
}

void JournalPage::reloadEntries()
{
    if (!m_journal) {
        return;
    }
    m_list->reload();
    if (!m_searchField->text().isEmpty()) {
        runSearch();
    }
    updateEmptyState();
}

void JournalPage::newEntry()
{
    if (!m_journal) {
        return;
    }
    if (!saveOpenEdits() && !m_editor->keptAsDraft()) {
        return; // the words are only in the editor: stay with them
    }
    m_view->clearSelection();
    m_editor->newEntry();
    m_right->setCurrentWidget(m_editor);
}

void JournalPage::focusSearch()
{
    m_searchField->setFocus(Qt::ShortcutFocusReason);
    m_searchField->selectAll();
}

bool JournalPage::saveOpenEntry()
{
    // Only an entry that is open: with the placeholder showing there is nothing to save.
    return m_right->currentWidget() == m_editor && m_editor->save();
}

void JournalPage::openEntry(EntryId id)
{
    if (!m_journal) {
        return;
    }
    if (m_right->currentWidget() == m_editor && m_editor->entryId() == id) {
        return;
    }
    if (!saveOpenEdits() && !m_editor->keptAsDraft()) {
        return; // the words are only in the editor: stay with them (the bar says why)
    }
    if (m_editor->openEntry(id)) {
        m_right->setCurrentWidget(m_editor);
    }
}

Status JournalPage::saveOpenEdits()
{
    return m_editor->saveNow();
}

void JournalPage::clearAll()
{
    m_searchTimer.stop();
    m_undoTimer.stop();
    m_deleted.reset();
    m_discardedDraft.reset();
    m_bar->dismiss();
    m_editor->clearAll();
    m_searchField->clear();
    setViewModel(m_list);
    m_search->clear();
    m_list->clear();
    m_emptyList->clear();
    m_journal = nullptr;
    showPlaceholder();
}

void JournalPage::runSearch()
{
    const QString query = m_searchField->text().trimmed();
    if (query.isEmpty()) {
        m_search->search(QString());
        setViewModel(m_list);
    } else {
        m_search->search(query);
        setViewModel(m_search);
    }
    updateEmptyState();
}

void JournalPage::setViewModel(QAbstractItemModel* model)
{
    if (m_view->model() != model) {
        m_view->setModel(model);
        m_followCurrent();
    }
}

void JournalPage::updateEmptyState()
{
    const bool searching = m_view->model() == m_search;
    const bool empty = m_view->model()->rowCount() == 0;
    if (searching) {
        m_emptyList->setText(tr("Nothing in your journal matches \u201c%1\u201d.").arg(m_search->query()));
    } else {
        m_emptyList->setText(tr("Your journal is empty.\nWrite your first entry whenever you like."));
    }
    m_emptyList->setVisible(empty && m_journal);
    m_view->setVisible(!empty || !m_journal);
    // The count, told to a screen reader where the typing is: the field's description.
    const int found = m_search->rowCount();
    m_searchField->setAccessibleDescription(!searching   ? QString()
                                            : found == 0 ? tr("No entries found")
                                            : found == 1 ? tr("1 entry found")
                                                         : tr("%1 entries found").arg(found));
}

void JournalPage::showPlaceholder()
{
    m_right->setCurrentWidget(m_placeholder);
}

void JournalPage::deleteCurrent()
{
    if (!m_journal) {
        return;
    }
    m_undoTimer.stop();
    m_deleted.reset();
    m_discardedDraft.reset();
    // The last words first, so Undo brings back everything that was typed.
    if (m_editor->entryId() && !m_editor->saveNow()) {
        return;
    }
    if (const auto id = m_editor->entryId()) {
        auto removed = m_journal->remove(*id);
        if (!removed) {
            showError(describe(removed.error()).text());
            return;
        }
        m_deleted = std::move(*removed);
        m_bar->showMessage(InfoBar::Kind::Info, tr("Entry deleted."), tr("&Undo"));
    } else {
        // A new entry not saved yet: its words are held in memory, with the same Undo.
        m_discardedDraft = m_editor->fields();
        m_bar->showMessage(InfoBar::Kind::Info, tr("Entry discarded."), tr("&Undo"));
    }
    m_editor->clearAll();
    m_editor->setJournal(m_journal);
    showPlaceholder();
    m_list->reload();
    if (!m_searchField->text().isEmpty()) {
        runSearch();
    }
    updateEmptyState();
    m_undoTimer.start();
}

void JournalPage::undoDelete()
{
    if (!m_journal) {
        return;
    }
    m_undoTimer.stop();
    m_bar->dismiss();
    if (m_deleted) {
        const Entry entry = *m_deleted;
        if (const Status restored = m_journal->restore(entry); !restored) {
            // Still held: the bar keeps its Undo, so it can be tried again.
            m_bar->showMessage(InfoBar::Kind::Error, describe(restored.error()).text(), tr("&Undo"));
            m_undoTimer.start();
            return;
        }
        m_deleted.reset();
        m_list->reload();
        if (!m_searchField->text().isEmpty()) {
            runSearch();
        }
        updateEmptyState();
        openEntry(entry.id);
        if (const int row = m_list->rowOf(entry.id); row >= 0 && m_view->model() == m_list) {
            m_view->setCurrentIndex(m_list->index(row));
        }
    } else if (m_discardedDraft) {
        const EntryFields text = std::move(*m_discardedDraft);
        m_discardedDraft.reset();
        m_view->clearSelection();
        m_editor->newEntry(text);
        m_right->setCurrentWidget(m_editor);
    }
}

void JournalPage::showRecovered(std::int64_t savedMs)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(savedMs);
    m_bar->showMessage(InfoBar::Kind::Info,
                       tr("The words you wrote at %1 (%2) came back and are saved in this entry. "
                          "Ctrl+Z in the text shows the entry as it was before.")
                           .arg(shortTime(when.time()), friendlyDate(when, localNow(*m_clock))));
    m_list->reload();
}

void JournalPage::showError(const QString& message)
{
    m_deleted.reset();
    m_discardedDraft.reset();
    m_bar->showMessage(InfoBar::Kind::Error, message);
}

} // namespace twofold::ui
