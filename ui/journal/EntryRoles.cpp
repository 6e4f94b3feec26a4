// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/journal/EntryRoles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QStringList>

namespace twofold::ui {

std::optional<QVariant> commonEntryData(int role, qint64 id, const QString& title, qint64 createdMs)
{
    switch (role) {
    case Qt::DisplayRole:
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

QString entryAccessibleText(const QString& title, qint64 createdMs, const QString& snippet,
                            const QString& state)
{
    QStringList parts;
    parts << (title.isEmpty() ? QCoreApplication::translate("twofold::ui::EntryListModel", "Untitled")
                              : title);
    parts << QLocale().toString(QDateTime::fromMSecsSinceEpoch(createdMs).date(),
                                QStringLiteral("d MMMM yyyy"));
    const QString line = snippet.simplified();
    if (!line.isEmpty()) {
        parts << line;
    }
    if (!state.isEmpty()) {
        parts << state;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace twofold::ui
