// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/together/RatingChart.h"

#include "couple/ReviewHistory.h"
#include "ui/together/CheckInForm.h"
#include "ui/widgets/Theme.h"

#include <algorithm>
#include <cmath>
#include <map>

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {

constexpr int kLowest = 1;
constexpr int kHighest = 5;

// Mixes `colour` towards `toward` until it reads at 3:1 on `paper` (WCAG's contrast for
// graphics), so a partner's colour stays visible on dark and light alike.
QColor readableOn(QColor colour, const QColor& paper)
{
    const QColor toward = paper.lightnessF() < 0.5 ? QColor(Qt::white) : QColor(Qt::black);
    for (int step = 0; step < 10 && contrastRatio(colour, paper) < 3.0; ++step) {
        colour = QColor::fromRgbF(colour.redF() * 0.85f + toward.redF() * 0.15f,
                                  colour.greenF() * 0.85f + toward.greenF() * 0.15f,
                                  colour.blueF() * 0.85f + toward.blueF() * 0.15f);
    }
    return colour;
}

QString shortDate(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("d MMM"));
}

QFont pixelFont(const QFont& base, qreal pixels, bool bold = false)
{
    QFont font(base);
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(pixels))));
    font.setBold(bold);
    return font;
}

void drawMarker(QPainter& painter, const QPointF& at, bool mine, const ChartColours& colours, qreal size)
{
    painter.setPen(mine ? QPen(colours.mine, size * 0.25) : QPen(colours.partner, size * 0.3));
    if (mine) {
        painter.setBrush(colours.mine);
        painter.drawEllipse(at, size * 0.45, size * 0.45);
    } else {
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(at.x() - size * 0.55, at.y() - size * 0.55, size * 1.1, size * 1.1));
    }
}

QPen linePen(bool mine, const ChartColours& colours, qreal width)
{
    QPen pen(mine ? colours.mine : colours.partner, width);
    pen.setStyle(mine ? Qt::SolidLine : Qt::DashLine);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

void paintPanel(QPainter& painter, const QRectF& box, std::size_t rating, const QString& title,
                const ChartData& data, const ChartColours& colours)
{
    const qreal em = colours.textPixels;
    painter.setFont(pixelFont(painter.font(), em, true));
    painter.setPen(colours.ink);
    painter.drawText(QRectF(box.left(), box.top(), box.width(), em * 1.5), Qt::AlignLeft | Qt::AlignVCenter,
                     title);
    painter.setFont(pixelFont(painter.font(), em * 0.9));
    const QFontMetricsF metrics(painter.font());
    const qreal left = box.left() + metrics.horizontalAdvance(QStringLiteral("5")) + em;
    const QRectF plot(left, box.top() + em * 2.1, box.right() - left - em * 0.8,
                      box.height() - em * 2.1 - em * 2.0);
    if (plot.width() <= 0 || plot.height() <= 0) {
        return;
    }
    auto yOf = [&](int value) {
        return plot.bottom() - (value - kLowest) * plot.height() / (kHighest - kLowest);
    };
    const std::size_t n = data.weeks.size();
    auto xOf = [&](std::size_t i) {
        const qreal inset = em * 0.8;
        return n <= 1 ? plot.center().x()
                      : plot.left() + inset +
                            static_cast<qreal>(i) * (plot.width() - 2 * inset) / static_cast<qreal>(n - 1);
    };
    // Grid and the 1 to 5 scale.
    for (int value = kLowest; value <= kHighest; ++value) {
        painter.setPen(QPen(colours.muted, 0.8));
        painter.drawLine(QPointF(plot.left(), yOf(value)), QPointF(plot.right(), yOf(value)));
        painter.setPen(colours.ink);
        painter.drawText(QRectF(box.left(), yOf(value) - em, left - box.left() - em * 0.4, em * 2),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(value));
    }
    // Dates: as many as fit, evenly, always the latest.
    const qreal labelWidth = metrics.horizontalAdvance(QStringLiteral("28 Mar")) + em;
    const std::size_t every =
        n <= 1 ? 1
               : std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(
                                              labelWidth * static_cast<qreal>(n - 1) / plot.width())));
    painter.setPen(colours.ink);
    for (std::size_t i = 0; i < n; ++i) {
        if ((n - 1 - i) % every != 0) {
            continue; // counted from the latest, which always has its date
        }
        const QRectF label(xOf(i) - labelWidth / 2, plot.bottom() + em * 0.3, labelWidth, em * 1.5);
        painter.drawText(label, Qt::AlignHCenter | Qt::AlignTop, shortDate(data.weeks[i].date));
    }
    // A line per partner, broken wherever one would rather not say.
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const bool mine : {true, false}) {
        auto valueAt = [&](std::size_t i) {
            return mine ? data.weeks[i].mine[rating] : data.weeks[i].partners[rating];
        };
        painter.setPen(linePen(mine, colours, em * 0.17));
        painter.setBrush(Qt::NoBrush);
        for (std::size_t i = 0; i + 1 < n; ++i) {
            if (valueAt(i) && valueAt(i + 1)) {
                painter.drawLine(QPointF(xOf(i), yOf(*valueAt(i))),
                                 QPointF(xOf(i + 1), yOf(*valueAt(i + 1))));
            }
        }
        for (std::size_t i = 0; i < n; ++i) {
            if (valueAt(i)) {
                drawMarker(painter, QPointF(xOf(i), yOf(*valueAt(i))), mine, colours, em * 0.6);
            }
        }
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
}

void paintLegend(QPainter& painter, const QRectF& row, const ChartData& data, const ChartColours& colours)
{
    const qreal em = colours.textPixels;
    painter.setFont(pixelFont(painter.font(), em));
    const QFontMetricsF metrics(painter.font());
    qreal x = row.left();
    const qreal y = row.center().y();
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const bool mine : {true, false}) {
        painter.setPen(linePen(mine, colours, em * 0.17));
        painter.drawLine(QPointF(x, y), QPointF(x + em * 2.4, y));
        drawMarker(painter, QPointF(x + em * 1.2, y), mine, colours, em * 0.6);
        x += em * 3;
        const QString name = mine ? data.myName : data.partnerName;
        painter.setPen(colours.ink);
        painter.drawText(QRectF(x, row.top(), metrics.horizontalAdvance(name) + 2, row.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, name);
        x += metrics.horizontalAdvance(name) + em * 2;
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
}

} // namespace

ChartData chartData(const std::vector<RatingPoint>& points, const QString& myName, const QString& partnerName)
{
    ChartData data{myName, partnerName, {}};
    std::map<std::string, ChartWeek> byDate;
    for (const RatingPoint& point : points) {
        ChartWeek& week = byDate[point.reviewDate];
        week.date = QDate::fromString(QString::fromStdString(point.reviewDate), Qt::ISODate);
        (point.mine ? week.mine : week.partners) = point.ratings;
    }
    for (auto& [date, week] : byDate) {
        if (week.date.isValid()) {
            data.weeks.push_back(week);
        }
    }
    return data;
}

ChartColours chartColours(const QPalette& palette, const QColor& mine, const QColor& partner)
{
    const QColor paper = palette.color(QPalette::Base);
    const QColor ink = palette.color(QPalette::Text);
    const QColor muted =
        QColor::fromRgbF(paper.redF() * 0.8f + ink.redF() * 0.2f, paper.greenF() * 0.8f + ink.greenF() * 0.2f,
                         paper.blueF() * 0.8f + ink.blueF() * 0.2f);
    return {readableOn(mine, paper), readableOn(partner, paper), ink, muted, paper};
}

ChartColours printColours(const QColor& mine, const QColor& partner)
{
    return chartColours(printPalette(), mine, partner);
}

void paintRatingChart(QPainter& painter, const QRectF& area, const ChartData& data,
                      const ChartColours& colours)
{
    painter.save();
    painter.fillRect(area, colours.paper);
    const qreal em = colours.textPixels;
    if (data.empty()) {
        painter.setFont(pixelFont(painter.font(), em));
        painter.setPen(colours.ink);
        painter.drawText(
            area, Qt::AlignCenter | Qt::TextWordWrap,
            QCoreApplication::translate("RatingChart", "Once you both share a check-in, it shows here."));
        painter.restore();
        return;
    }
    const QRectF legend(area.left() + em * 0.5, area.top(), area.width() - em, em * 2);
    paintLegend(painter, legend, data, colours);
    const QStringList titles = CheckInForm::ratingNames();
    const QRectF grid(area.left() + em * 0.5, legend.bottom(), area.width() - em,
                      area.bottom() - legend.bottom());
    const qreal w = grid.width() / 2;
    const qreal h = grid.height() / 2;
    for (std::size_t r = 0; r < kCheckInRatings; ++r) {
        const QRectF box(grid.left() + static_cast<qreal>(r % 2) * w,
                         grid.top() + static_cast<qreal>(r / 2) * h, w - em * 0.8, h - em * 0.4);
        paintPanel(painter, box, r, titles.value(static_cast<int>(r)), data, colours);
    }
    painter.restore();
}

QString describeRatingChart(const ChartData& data)
{
    auto tr = [](const char* text) {
        return QCoreApplication::translate("RatingChart", text);
    };
    if (data.empty()) {
        return tr("Once you both share a check-in, it shows here.");
    }
    QStringList parts;
    parts << tr("Check-in ratings from 1 to 5, %1 to %2.")
                 .arg(QLocale().toString(data.weeks.front().date, QLocale::LongFormat),
                      QLocale().toString(data.weeks.back().date, QLocale::LongFormat));
    parts << tr("%1: a solid line with dots. %2: a dashed line with squares. A gap is \"rather not say\".")
                 .arg(data.myName, data.partnerName);
    const QStringList titles = CheckInForm::ratingNames();
    for (std::size_t r = 0; r < kCheckInRatings; ++r) {
        QStringList mine;
        QStringList partners;
        for (const ChartWeek& week : data.weeks) {
            mine << (week.mine[r] ? QString::number(*week.mine[r]) : tr("rather not say"));
            partners << (week.partners[r] ? QString::number(*week.partners[r]) : tr("rather not say"));
        }
        parts << tr("%1: %2 %3; %4 %5.")
                     .arg(titles.value(static_cast<int>(r)), data.myName, mine.join(QStringLiteral(", ")),
                          data.partnerName, partners.join(QStringLiteral(", ")));
    }
    return parts.join(QLatin1Char(' '));
}

class RatingChart::Canvas : public QWidget
{
public:
    explicit Canvas(RatingChart* owner) : QWidget(owner), m_owner(owner)
    {
        setMinimumSize(240, 150);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        ChartColours colours = chartColours(palette(), m_owner->m_mine, m_owner->m_partner);
        colours.textPixels = QFontInfo(font()).pixelSize();
        paintRatingChart(painter, QRectF(rect()), m_owner->m_data, colours);
    }

private:
    RatingChart* m_owner;
};

RatingChart::RatingChart(QWidget* parent)
    : QWidget(parent), m_empty(new QLabel(this)), m_canvas(new Canvas(this)), m_table(new QTableWidget(this)),
      m_stack(new QStackedWidget(this)),
      m_toggle(namedButton(tr("Show as ta&ble"), QStringLiteral("ratingChartToggle"), this))
{
    setObjectName(QStringLiteral("ratingChart"));
    setAccessibleName(tr("Check-in ratings over time"));
    m_canvas->setObjectName(QStringLiteral("ratingChartCanvas"));
    m_canvas->setAccessibleName(tr("Check-in ratings over time"));
    m_table->setObjectName(QStringLiteral("ratingTable"));
    m_table->setAccessibleName(tr("Check-in ratings as a table"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_empty->setObjectName(QStringLiteral("ratingChartEmpty"));
    m_empty->setText(tr("Once you both share a check-in, it shows here."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    makeMuted(m_empty);
    m_toggle->setCheckable(true);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_canvas);
    m_stack->addWidget(m_table);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_toggle);
    layout->addLayout(row);
    connect(m_toggle, &QPushButton::toggled, this, &RatingChart::showTable);
    onPaletteChange(this, [this] { m_canvas->update(); });
    setData({}, {}, {});
}

void RatingChart::setData(const ChartData& data, const QColor& mine, const QColor& partner)
{
    m_data = data;
    m_mine = mine;
    m_partner = partner;
    const QString description = describeRatingChart(m_data);
    setAccessibleDescription(description);
    m_canvas->setAccessibleDescription(description);
    fillTable();
    m_toggle->setVisible(!m_data.empty());
    showTable(m_toggle->isChecked());
    m_canvas->update();
}

bool RatingChart::showingTable() const
{
    return m_stack->currentWidget() == m_table;
}

void RatingChart::showTable(bool table)
{
    if (m_toggle->isChecked() != table) {
        m_toggle->setChecked(table); // comes back here through toggled
        return;
    }
    m_toggle->setText(table ? tr("Show as c&hart") : tr("Show as ta&ble"));
    m_toggle->setAccessibleName(table ? tr("Show as chart") : tr("Show as table"));
    m_stack->setCurrentWidget(m_data.empty() ? static_cast<QWidget*>(m_empty)
                              : table        ? static_cast<QWidget*>(m_table)
                                             : static_cast<QWidget*>(m_canvas));
}

void RatingChart::fillTable()
{
    QStringList headers{tr("Review"), tr("Who")};
    headers << CheckInForm::ratingNames();
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(static_cast<int>(m_data.weeks.size() * 2));
    int row = 0;
    for (const ChartWeek& week : m_data.weeks) {
        for (const bool mine : {true, false}) {
            m_table->setItem(row, 0,
                             new QTableWidgetItem(QLocale().toString(week.date, QLocale::ShortFormat)));
            m_table->setItem(row, 1, new QTableWidgetItem(mine ? m_data.myName : m_data.partnerName));
            const auto& ratings = mine ? week.mine : week.partners;
            for (std::size_t r = 0; r < kCheckInRatings; ++r) {
                m_table->setItem(row, static_cast<int>(r) + 2,
                                 new QTableWidgetItem(CheckInForm::ratingText(ratings[r])));
            }
            ++row;
        }
    }
}

} // namespace twofold::ui
