// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"
#include "ui/together/RatingChart.h"
#include "ui/together/ReviewPrintout.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace twofold::ui {

struct VaultContext;
class ReviewCalendar;
class ReviewReopenView;

// The Together page's "Past reviews" (issue 15, "Seeing the weeks"): the saved weekly
// reviews as a list and a calendar, the chart of both partners' check-in ratings (only what
// both revealed), the chosen review reopened read-only, and its export to a PDF that
// carries the same chart. Read through ReviewHistory; nothing counts missed weeks.
class ReviewHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewHistoryPanel(VaultContext& context, QWidget* parent = nullptr);

    // Reads the reviews again from couple.db, keeping the chosen one where it can.
    void reload();
    // Writes the review of `reviewDate` as a PDF to `path` (atomically, 0600), on the
    // calling thread (the Export button runs it off the GUI thread).
    Status exportPdf(const QString& path, const QString& reviewDate);
    // Lock: empties the list, the calendar, the chart and the view of the chosen review.
    void clearAll();

Q_SIGNALS:
    // A line for the page to show about the export ("Writing the PDF…", where it went).
    void message(const QString& text);

private:
    struct Printable
    {
        QString html;
        ChartData chart;
        ChartColours colours;
    };

    void showChosen();
    void exportChosen();
    // The review of `reviewDate` with the chart of the weeks up to it; empty html when
    // there is none.
    Printable printable(const QString& reviewDate, bool forPrint);
    ReviewPeople people();

    VaultContext& m_context;
    QListWidget* m_list;
    ReviewCalendar* m_calendar;
    RatingChart* m_chart;
    ReviewReopenView* m_detail;
    QPushButton* m_export;
    ChartData m_weeks;
    QColor m_mine;
    QColor m_partner;
};

} // namespace twofold::ui
