// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Clock.h"

#include <QStyledItemDelegate>

namespace twofold::ui {

// Draws one journal row: title and date, the first line (or the search snippet with
// its matches marked), then mood, kinds and tags.
class EntryDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // `clock`: the vault's (VaultContext::clock()), for "Today" and "Yesterday".
    explicit EntryDelegate(const Clock& clock, QObject* parent = nullptr)
        : QStyledItemDelegate(parent), m_clock(&clock)
    {}

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The HTML for the segments, with matches marked in `mark` colours (tests read it too).
    static QString segmentsHtml(const QStringList& segments, const QColor& markBackground,
                                const QColor& markText);

private:
    const Clock* m_clock;
};

} // namespace twofold::ui
