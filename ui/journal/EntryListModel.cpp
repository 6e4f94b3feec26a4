// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/journal/EntryListModel.h"

#include "journal/Journal.h"
#include "ui/journal/EntryRoles.h"
#include "ui/widgets/ErrorMessages.h"

namespace twofold::ui {

namespace {

QStringList toQStringList(const std::vector<std::string>& items)
{
    QStringList result;
    result.reserve(static_cast<qsizetype>(items.size()));
    for (const std::string& item : items) {
        result << QString::fromStdString(item);
    }
    return result;
}

} // namespace

EntryListModel::EntryListModel(QObject* parent) : QAbstractListModel(parent)
{
    setObjectName(QStringLiteral("entryListModel"));
}

void EntryListModel::setJournal(Journal* journal)
{
    m_journal = journal;
    reload();
}

void EntryListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_exhausted = m_journal == nullptr;
    m_drafts.clear();
    if (m_journal) {
        if (auto ids = m_journal->draftEntryIds()) {
            m_drafts = QSet<EntryId>(ids->begin(), ids->end());
        }
    }
    endResetModel();
    if (m_journal) {
        fetchMore(QModelIndex());
    }
}

void EntryListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rows.squeeze();
    m_drafts.clear();
    m_journal = nullptr;
    m_exhausted = true;
    endResetModel();
}

int EntryListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant EntryListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    if (auto common = commonEntryData(role, row.id, row.title, row.createdMs)) {
        return *common;
    }
    switch (role) {
    case EntryMoodRole:
        return row.mood ? QVariant(*row.mood) : QVariant();
    case EntryKindsRole:
        return row.kinds;
    case EntryTagsRole:
        return row.tags;
    case EntrySegmentsRole:
        // Words a crash or an older version left unsaved: the row says so until it is opened.
        return QStringList{m_drafts.contains(row.id) ? tr("Unsaved words kept · %1").arg(row.firstLine)
                                                     : row.firstLine};
    case EntryHasDraftRole:
        return m_drafts.contains(row.id);
    case Qt::AccessibleTextRole:
        return entryAccessibleText(row.title, row.createdMs, row.firstLine,
                                   m_drafts.contains(row.id) ? tr("unsaved words kept") : QString());
    case Qt::AccessibleDescriptionRole: {
        // What the row shows besides: tags, and whether words wait unsaved.
        QStringList parts;
        if (m_drafts.contains(row.id)) {
            parts << tr("Words a crash left unsaved are kept: open the entry to see them.");
        }
        if (!row.tags.isEmpty()) {
            parts << tr("Tags: %1").arg(row.tags.join(QStringLiteral(", ")));
        }
        return parts.join(QLatin1Char(' '));
    }
    default:
        return {};
    }
}

bool EntryListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_journal && !m_exhausted;
}

void EntryListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    PageRequest request{kPageSize, std::nullopt};
    if (!m_rows.isEmpty()) {
        request.after = PageCursor{m_rows.last().createdMs, m_rows.last().id};
    }
    auto page = m_journal->list(request);
    if (!page) {
        m_exhausted = true;
        Q_EMIT loadFailed(describe(page.error()).text());
        return;
    }
    m_exhausted = static_cast<int>(page->size()) < kPageSize;
    if (page->empty()) {
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(page->size()) - 1);
    for (const EntrySummary& summary : *page) {
        m_rows.append(Row{summary.id, QString::fromStdString(summary.title),
                          QString::fromStdString(summary.firstLine), summary.mood, summary.kinds,
                          toQStringList(summary.tags), summary.createdMs});
    }
    endInsertRows();
}

int EntryListModel::rowOf(EntryId id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

} // namespace twofold::ui
