// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "journal/Entry.h"

#include <optional>

#include <QAbstractListModel>
#include <QDateTime>
#include <QSet>
#include <QStringList>

namespace twofold {
class Journal;
}

namespace twofold::ui {

// The journal list, newest first, loaded lazily a page at a time with keyset paging
// (Journal::list after the last row), so 10,000 entries open as fast as 50.
class EntryListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 50;

    explicit EntryListModel(QObject* parent = nullptr);

    void setJournal(Journal* journal);
    // Drops every row and loads the first page again (after a save, delete or undo).
    void reload();
    // Drops every row and forgets the journal (lock).
    void clear();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    int rowOf(EntryId id) const;

    // bool: the entry has a draft its text does not hold yet (crash recovery).
    static constexpr int EntryHasDraftRole = Qt::UserRole + 100;

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    struct Row
    {
        EntryId id = 0;
        QString title;
        QString firstLine;
        std::optional<int> mood;
        unsigned kinds = 0;
        QStringList tags;
        std::int64_t createdMs = 0;
    };

    Journal* m_journal = nullptr;
    QList<Row> m_rows;
    QSet<EntryId> m_drafts; // entries with a draft (Journal::draftEntryIds), read on reload
    bool m_exhausted = true;
};

} // namespace twofold::ui
