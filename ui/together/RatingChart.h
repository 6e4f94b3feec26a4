// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "couple/CheckIn.h"

#include <array>
#include <optional>
#include <vector>

#include <QColor>
#include <QDate>
#include <QPalette>
#include <QString>
#include <QWidget>

class QLabel;
class QPainter;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace twofold {
struct RatingPoint;
}

namespace twofold::ui {

// One saved review's check-in ratings, both partners' (only what both revealed): an empty
// optional is "rather not say", drawn as a gap, never as 0.
struct ChartWeek
{
    QDate date;
    std::array<std::optional<int>, kCheckInRatings> mine{};
    std::array<std::optional<int>, kCheckInRatings> partners{};
};

struct ChartData
{
    QString myName;
    QString partnerName;
    std::vector<ChartWeek> weeks; // oldest first

    bool empty() const { return weeks.empty(); }
};

// ReviewHistory::ratings() as the chart draws it: a week per review date, oldest first.
ChartData chartData(const std::vector<RatingPoint>& points, const QString& myName,
                    const QString& partnerName);

struct ChartColours
{
    QColor mine;
    QColor partner;
    QColor ink;            // titles and axis words
    QColor muted;          // grid lines
    QColor paper;          // the background
    qreal textPixels = 12; // the words' size, in the painter's units
};

// The partners' colours made readable on `palette`'s base colour (lighter on dark), with the
// palette's ink; printColours() is dark ink on white paper.
ChartColours chartColours(const QPalette& palette, const QColor& mine, const QColor& partner);
ChartColours printColours(const QColor& mine, const QColor& partner);

// Draws the chart into `area`: four small panels (the check-in's four ratings), the review
// dates across, 1 to 5 up, a line per partner in their colour with its own marker and dash
// (mine: solid line, round dots; my partner's: dashed line, squares), a gap wherever one
// would rather not say. No averages, trends or counts. The widget and the PDF both use it.
void paintRatingChart(QPainter& painter, const QRectF& area, const ChartData& data,
                      const ChartColours& colours);

// The words a screen reader says for the chart: who is drawn how, and each panel's points.
QString describeRatingChart(const ChartData& data);

// The history's chart (`ratingChart`) with "Show as table" (`ratingTable`: a row per review,
// a column per partner and rating, "—" for rather not say).
class RatingChart : public QWidget
{
    Q_OBJECT

public:
    explicit RatingChart(QWidget* parent = nullptr);

    void setData(const ChartData& data, const QColor& mine, const QColor& partner);
    const ChartData& data() const { return m_data; }
    bool showingTable() const;
    void showTable(bool table);

private:
    class Canvas;
    void fillTable();

    ChartData m_data;
    QColor m_mine;
    QColor m_partner;
    QLabel* m_empty;
    Canvas* m_canvas;
    QTableWidget* m_table;
    QStackedWidget* m_stack;
    QPushButton* m_toggle;
};

} // namespace twofold::ui
