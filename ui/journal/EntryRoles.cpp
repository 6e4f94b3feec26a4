// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/journal/EntryRoles.h"

#include <QCoreApplication>
#include <QDateTime>

namespace twofold::ui {

std::optional<QVariant> commonEntryData(int role, qint64 id, const QString& title, qint64 createdMs)
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return title.isEmpty() ? QCoreApplication::translate("twofold::ui::EntryListModel", "Untitled")
                               : title;
    case EntryIdRole:
        return QVariant::fromValue<qint64>(id);
    case EntryTitleRole:
        return title;
    case EntryDateRole:
        return QDateTime::fromMSecsSinceEpoch(createdMs);
    default:
        return std::nullopt;
    }
}

} // namespace twofold::ui
