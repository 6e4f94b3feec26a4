// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/together/ReviewHistoryPanel.h"

#include "couple/CoupleSpace.h"
#include "couple/ReviewHistory.h"
#include "couple/WeeklyReview.h"
#include "ui/shell/OffThread.h"
#include "ui/shell/VaultContext.h"
#include "ui/together/ReviewCalendar.h"
#include "ui/together/ReviewReopenView.h"
#include "ui/widgets/ErrorMessages.h"
#include "ui/widgets/FileChooser.h"
#include "ui/widgets/Theme.h"

#include <algorithm>
#include <filesystem>

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {

// A list item's: the review was removed from the shared file (WeeklyReview::history).
constexpr int kRemovedRole = Qt::UserRole + 1;

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

// The weeks up to and including `date`: the chart a review's PDF carries.
ChartData upTo(const ChartData& weeks, const QDate& date)
{
    ChartData data{weeks.myName, weeks.partnerName, {}};
    for (const ChartWeek& week : weeks.weeks) {
        if (week.date <= date) {
            data.weeks.push_back(week);
        }
    }
    return data;
}

} // namespace

ReviewHistoryPanel::ReviewHistoryPanel(VaultContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_list(new QListWidget(this)),
      m_calendar(new ReviewCalendar(this)), m_chart(new RatingChart(this)),
      m_detail(new ReviewReopenView(this)),
      m_export(namedButton(tr("E&xport to PDF…"), QStringLiteral("exportPdfButton"), this))
{
    setObjectName(QStringLiteral("reviewHistoryPanel"));
    auto* heading = new QLabel(tr("Past reviews"), this);
    makeHeadline(heading, 1.15);
    m_list->setObjectName(QStringLiteral("reviewHistory"));
    m_list->setAccessibleName(tr("Past reviews"));
    m_export->setEnabled(false);

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("reviewHistoryTabs"));
    tabs->addTab(m_chart, tr("Check-ins over the weeks"));
    auto* dates = new QWidget(tabs);
    auto* datesRow = new QHBoxLayout(dates);
    datesRow->addWidget(m_calendar);
    datesRow->addWidget(m_list, 1);
    tabs->addTab(dates, tr("Calendar"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(tabs, 3);
    layout->addWidget(m_detail, 2);
    auto* exportRow = new QHBoxLayout;
    exportRow->addStretch();
    exportRow->addWidget(m_export);
    layout->addLayout(exportRow);

    connect(m_list, &QListWidget::currentRowChanged, this, &ReviewHistoryPanel::showChosen);
    connect(m_calendar, &ReviewCalendar::reviewChosen, this, [this](const QDate& date) {
        const QString iso = date.toString(Qt::ISODate);
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->data(Qt::UserRole).toString() == iso) {
                m_list->setCurrentRow(row);
            }
        }
    });
    connect(m_export, &QPushButton::clicked, this, &ReviewHistoryPanel::exportChosen);
}

ReviewPeople ReviewHistoryPanel::people()
{
    CoupleSpace& me = *m_context.couple();
    // My name as my unlock checked it (keyring.db read afresh is anyone's to edit).
    ReviewPeople people{me.myId(),
                        m_context.session() ? fromStd(m_context.session()->partner().name) : QString(),
                        tr("Your partner")};
    m_mine = m_context.session() ? partnerColour(m_context.session()->partner().colour) : QColor();
    m_partner = QColor();
    if (m_context.vault) {
        if (auto profile = me.partnerProfile(*m_context.vault); profile && profile->authentic) {
            people.partnerName = fromStd(profile->name);
            m_partner = partnerColour(profile->colour);
        }
    }
    // Without a colour of their own, the partner's line takes a swatch unlike mine.
    for (const Swatch& swatch : partnerSwatches()) {
        if (!m_partner.isValid() && QColor(swatch.hex) != m_mine) {
            m_partner = QColor(swatch.hex);
        }
    }
    return people;
}

void ReviewHistoryPanel::reload()
{
    if (!m_context.couple()) {
        return;
    }
    ReviewHistory history(*m_context.couple());
    const ReviewPeople who = people();
    const QString chosen =
        m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    const int row = m_list->currentRow();
    m_list->clear();
    QList<QDate> days;
    // Newest first, removed and changed ones too: what this partner's journal kept says so.
    if (auto records = WeeklyReview(*m_context.couple()).history()) {
        for (const ReviewRecord& record : *records) {
            const QDate day = QDate::fromString(fromStd(record.reviewDate), Qt::ISODate);
            days << day;
            const QString when = QLocale().toString(day, QLocale::LongFormat);
            const QString label = record.removed ? tr("Review of %1, removed from the shared file").arg(when)
                                  : record.changedBehindYourBack
                                      ? tr("Review of %1, changed in the shared file").arg(when)
                                      : tr("Review of %1").arg(when);
            auto* item = new QListWidgetItem(label);
            item->setData(Qt::UserRole, fromStd(record.reviewDate));
            item->setData(kRemovedRole, record.removed);
            m_list->addItem(item);
        }
    }
    m_calendar->setSavedDates(days);
    auto ratings = history.ratings();
    m_weeks = ratings ? chartData(*ratings, who.myName, who.partnerName)
                      : ChartData{who.myName, who.partnerName, {}};
    m_chart->setData(m_weeks, m_mine, m_partner);
    if (m_list->count() == 0) {
        m_detail->showMessage(tr("No reviews saved yet."));
        return;
    }
    int again = std::clamp(row, 0, m_list->count() - 1);
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == chosen) {
            again = i;
        }
    }
    m_list->setCurrentRow(again);
    showChosen();
}

ReviewHistoryPanel::Printable ReviewHistoryPanel::printable(const QString& reviewDate, bool forPrint)
{
    Printable out;
    if (!m_context.couple()) {
        return out;
    }
    const ReviewPeople who = people();
    auto saved = ReviewHistory(*m_context.couple()).open(reviewDate.toStdString());
    if (!saved || !*saved || (*saved)->record.removed) {
        return out;
    }
    // On screen the chart is one tab away; the PDF carries it with the review.
    out.html = reviewHtml(**saved, who, forPrint);
    out.chart = upTo(m_weeks, QDate::fromString(reviewDate, Qt::ISODate));
    out.colours = forPrint ? printColours(m_mine, m_partner) : chartColours(palette(), m_mine, m_partner);
    return out;
}

void ReviewHistoryPanel::showChosen()
{
    QListWidgetItem* item = m_list->currentItem();
    m_export->setEnabled(item != nullptr);
    if (!item || !m_context.couple()) {
        m_detail->clear();
        return;
    }
    if (item->data(kRemovedRole).toBool()) {
        // Its date, and nothing else: there is nothing left to show or export.
        m_export->setEnabled(false);
        m_detail->showMessage(tr("A saved review was removed from the shared file. "
                                 "Your own journal still knows it was saved on this day."));
        return;
    }
    const Printable review = printable(item->data(Qt::UserRole).toString(), false);
    if (review.html.isEmpty()) {
        m_detail->showMessage(describe(Error{ErrorCode::NotFound, {}}).text());
        return;
    }
    m_detail->showReview(review.html, review.chart, m_mine, m_partner);
}

Status ReviewHistoryPanel::exportPdf(const QString& path, const QString& reviewDate)
{
    if (!m_context.couple()) {
        return fail(ErrorCode::NotUnlocked);
    }
    const Printable review = printable(reviewDate, true);
    if (review.html.isEmpty()) {
        return fail(ErrorCode::NotFound);
    }
    return writeReviewPdf(review.html, review.chart, review.colours, toPath(path));
}

void ReviewHistoryPanel::exportChosen()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item || !m_context.session()) {
        return;
    }
    const QString date = item->data(Qt::UserRole).toString();
    // The chooser runs a nested event loop: a lock inside it ends the session and clears
    // this panel. Note who asked, and check again after it.
    const std::string partnerId = m_context.session()->partner().id;
    const QPointer<ReviewHistoryPanel> alive(this);
    const QString path =
        FileChooser::saveFile(this, tr("Export review"), QStringLiteral("twofold-review-%1.pdf").arg(date),
                              tr("PDF documents (*.pdf)"));
    if (!alive || !m_context.unlockedAs(partnerId) || path.isEmpty()) {
        return;
    }
    // The words are read here (GUI thread, through the session); the PDF is drawn and
    // written off it.
    const Printable review = printable(date, true);
    if (review.html.isEmpty()) {
        Q_EMIT message(describe(Error{ErrorCode::NotFound, {}}).text());
        return;
    }
    m_export->setEnabled(false);
    Q_EMIT message(tr("Writing the PDF…"));
    const std::filesystem::path out = toPath(path);
    runOffThread<Status>(
        this, &m_context.pool,
        [review, out] { return writeReviewPdf(review.html, review.chart, review.colours, out); },
        [this, path](Status written) {
            m_export->setEnabled(m_list->currentItem() != nullptr);
            if (!m_context.couple()) {
                return;
            }
            Q_EMIT message(written ? tr("Saved as %1. Anyone who can open that file can read it.").arg(path)
                                   : describe(written.error()).text());
        });
}

void ReviewHistoryPanel::clearAll()
{
    m_list->clear();
    m_calendar->setSavedDates({});
    m_weeks = {};
    m_chart->setData({}, {}, {});
    m_detail->clear();
}

} // namespace twofold::ui
