// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <optional>

#include <QString>
#include <QVariant>
#include <Qt>

namespace twofold::ui {

// Roles shared by the journal list and the search results, read by EntryDelegate.
enum EntryRole
{
    EntryIdRole = Qt::UserRole + 1, // qint64
    EntryTitleRole,                 // QString, may be empty
    EntryDateRole,                  // QDateTime, local
    EntryMoodRole,                  // int 1..5, or invalid
    EntryKindsRole,                 // uint IntimacyKind bits
    EntryTagsRole,                  // QStringList
    // Text under the title as alternating segments: plain, match, plain, match, ...
    // The list shows the first line (one plain segment); search shows the snippet.
    EntrySegmentsRole,
    EntryMatchesRole, // QStringList: the matched parts only (search)
};

// The roles the journal list and the search results answer alike: the title (or
// "Untitled"), the id and the date. Empty for any other role.
std::optional<QVariant> commonEntryData(int role, qint64 id, const QString& title, qint64 createdMs);

// What a screen reader says for a row (Qt::AccessibleTextRole): title (or "Untitled"), the
// date in words, the text under it and its state, e.g. "Untitled, 3 March 2026, first
// line…, unsaved words kept". Every "Untitled" row sounds different.
QString entryAccessibleText(const QString& title, qint64 createdMs, const QString& snippet,
                            const QString& state);

} // namespace twofold::ui
