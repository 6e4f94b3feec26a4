// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/together/ReviewCalendar.h"

#include "ui/widgets/Theme.h"

#include <QLocale>
#include <QTextCharFormat>

namespace twofold::ui {

ReviewCalendar::ReviewCalendar(QWidget* parent) : QCalendarWidget(parent)
{
    setObjectName(QStringLiteral("reviewCalendar"));
    setAccessibleName(tr("Calendar of saved reviews"));
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    setGridVisible(false);
    // Weekends look like weekdays: no day is special but a saved review's.
    const auto plainWeekends = [this] {
        QTextCharFormat plain;
        plain.setForeground(palette().brush(QPalette::Text));
        setWeekdayTextFormat(Qt::Saturday, plain);
        setWeekdayTextFormat(Qt::Sunday, plain);
    };
    plainWeekends();
    onPaletteChange(this, plainWeekends);
    const auto chosen = [this](const QDate& date) {
        if (m_saved.contains(date)) {
            Q_EMIT reviewChosen(date);
        }
    };
    connect(this, &QCalendarWidget::clicked, this, chosen);
    connect(this, &QCalendarWidget::activated, this, chosen);
}

void ReviewCalendar::setSavedDates(const QList<QDate>& dates)
{
    setDateTextFormat(QDate(), QTextCharFormat()); // forgets every earlier mark
    m_saved = dates;
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    bold.setFontUnderline(true); // not weight alone: bold is hard to tell at small sizes
    bold.setToolTip(tr("A saved review"));
    for (const QDate& date : m_saved) {
        setDateTextFormat(date, bold);
    }
    if (!m_saved.isEmpty()) {
        setSelectedDate(m_saved.back());
    }
    describe();
}

void ReviewCalendar::describe()
{
    QStringList days;
    for (const QDate& date : m_saved) {
        days << QLocale().toString(date, QLocale::LongFormat);
    }
    setAccessibleDescription(days.isEmpty() ? tr("No reviews saved yet.")
                                            : tr("Saved reviews: %1.").arg(days.join(QStringLiteral("; "))));
}

} // namespace twofold::ui
