// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/journal/SearchResultsModel.h"

#include "journal/Journal.h"
#include "ui/journal/EntryRoles.h"
#include "ui/widgets/ErrorMessages.h"

#include <algorithm>

#include <QDateTime>

namespace twofold::ui {

SearchResultsModel::SearchResultsModel(QObject* parent) : QAbstractListModel(parent)
{
    setObjectName(QStringLiteral("searchResultsModel"));
}

QStringList SearchResultsModel::segments(std::string_view snippet,
                                         const std::vector<std::pair<std::size_t, std::size_t>>& highlights)
{
    auto ranges = highlights;
    std::sort(ranges.begin(), ranges.end());
    QStringList result;
    std::size_t position = 0;
    for (const auto& [begin, end] : ranges) {
        if (begin < position || end <= begin || end > snippet.size()) {
            continue;
        }
        result << QString::fromUtf8(snippet.substr(position, begin - position));
        result << QString::fromUtf8(snippet.substr(begin, end - begin));
        position = end;
    }
    result << QString::fromUtf8(snippet.substr(position));
    return result;
}

bool SearchResultsModel::search(const QString& query)
{
    beginResetModel();
    m_rows.clear();
    m_query = query;
    bool ok = true;
    if (m_journal && !query.trimmed().isEmpty()) {
        auto hits = m_journal->search(query.toStdString(), kLimit);
        if (hits) {
            for (const SearchHit& hit : *hits) {
                m_rows.append(Row{hit.id, QString::fromStdString(hit.title),
                                  segments(hit.snippet, hit.highlights), hit.createdMs});
            }
        } else {
            ok = false;
            Q_EMIT searchFailed(describe(hits.error()).text());
        }
    }
    endResetModel();
    return ok;
}

void SearchResultsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rows.squeeze();
    m_query.clear();
    m_journal = nullptr;
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    if (auto common = commonEntryData(role, row.id, row.title, row.createdMs)) {
        return *common;
    }
    switch (role) {
    case EntrySegmentsRole:
        return row.segments;
    case Qt::AccessibleTextRole:
        return entryAccessibleText(row.title, row.createdMs, row.segments.join(QString()), QString());
    case EntryMatchesRole: {
        QStringList matches;
        for (qsizetype i = 1; i < row.segments.size(); i += 2) {
            matches << row.segments.at(i);
        }
        return matches;
    }
    default:
        return {};
    }
}

} // namespace twofold::ui
