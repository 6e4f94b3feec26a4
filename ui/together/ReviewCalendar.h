// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <QCalendarWidget>
#include <QDate>
#include <QList>

namespace twofold::ui {

// The history's calendar (`reviewCalendar`): the days a review was saved are bold; every
// other day looks like any day. Nothing marks a week without a review.
class ReviewCalendar : public QCalendarWidget
{
    Q_OBJECT

public:
    explicit ReviewCalendar(QWidget* parent = nullptr);

    // The saved reviews' days; shows the month of the latest.
    void setSavedDates(const QList<QDate>& dates);
    const QList<QDate>& savedDates() const { return m_saved; }

Q_SIGNALS:
    // A saved day was clicked or chosen with the keyboard.
    void reviewChosen(const QDate& date);

private:
    void describe();

    QList<QDate> m_saved;
};

} // namespace twofold::ui
