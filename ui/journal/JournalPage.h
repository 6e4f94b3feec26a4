// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "journal/Entry.h"

#include <functional>
#include <optional>

#include <QTimer>
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;

namespace twofold {
class Journal;
}

namespace twofold::ui {

class EntryEditor;
class EntryListModel;
class InfoBar;
class SearchResultsModel;

// The private journal: search box, newest-first list, and the editor. Delete offers
// Undo; the deleted entry is held in memory only until Undo expires or the app locks.
class JournalPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kSearchDebounceMs = 150;
    static constexpr int kUndoSeconds = 12;

    // `clock`: the vault's (VaultContext::clock()).
    explicit JournalPage(const Clock& clock, QWidget* parent = nullptr);

    void setJournal(Journal* journal);
    EntryEditor* editor() const { return m_editor; }
    EntryListModel* listModel() const { return m_list; }
    SearchResultsModel* searchModel() const { return m_search; }

    void newEntry();
    // Ctrl+F: the search box, its text selected.
    void focusSearch();
    // Ctrl+S: saves the entry open in the editor at once; false when none is open, it is
    // still empty, or saving failed (the editor says why).
    bool saveOpenEntry();
    void openEntry(EntryId id);
    // Entries were added from outside the editor (Settings › Import): the list (and a
    // running search) show them.
    void reloadEntries();
    // Before lock, close and leaving the page: saves what is being typed into its entry.
    Status saveOpenEdits();
    // Lock: clears the editor, both models, the search box and the undo buffer.
    void clearAll();

private:
    void runSearch();
    void setViewModel(QAbstractItemModel* model);
    void showPlaceholder();
    void deleteCurrent();
    void undoDelete();
    void showError(const QString& message);
    void showRecovered(std::int64_t savedMs);
    void updateEmptyState();

    const Clock* m_clock;
    Journal* m_journal = nullptr;
    EntryListModel* m_list;
    SearchResultsModel* m_search;
    QLineEdit* m_searchField;
    QPushButton* m_newEntry;
    QListView* m_view;
    QLabel* m_emptyList;
    QStackedWidget* m_right;
    QWidget* m_placeholder;
    EntryEditor* m_editor;
    InfoBar* m_bar;
    QTimer m_searchTimer;
    QTimer m_undoTimer;
    std::optional<Entry> m_deleted;
    std::optional<EntryFields> m_discardedDraft; // a new entry deleted before its first save
    std::function<void()> m_followCurrent;
};

} // namespace twofold::ui
