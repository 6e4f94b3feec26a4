// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "journal/Entry.h"

#include <string_view>

#include <QAbstractListModel>
#include <QStringList>

namespace twofold {
class Journal;
}

namespace twofold::ui {

// Full-text search results with the matched words marked (SearchHit::highlights).
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int kLimit = 200;

    explicit SearchResultsModel(QObject* parent = nullptr);

    void setJournal(Journal* journal) { m_journal = journal; }
    // Runs the search; false (and an error) when the journal could not be searched.
    bool search(const QString& query);
    void clear();
    QString query() const { return m_query; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // Splits a UTF-8 snippet at byte ranges into alternating plain/match segments.
    // Ranges that are out of order, overlapping or out of bounds are skipped.
    static QStringList segments(std::string_view snippet,
                                const std::vector<std::pair<std::size_t, std::size_t>>& highlights);

Q_SIGNALS:
    void searchFailed(const QString& message);

private:
    struct Row
    {
        EntryId id = 0;
        QString title;
        QStringList segments;
        std::int64_t createdMs = 0;
    };

    Journal* m_journal = nullptr;
    QString m_query;
    QList<Row> m_rows;
};

} // namespace twofold::ui
