// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/together/ReviewHistoryPanel.h"

#include "couple/CoupleSpace.h"
#include "couple/WeeklyReview.h"
#include "ui/data/DocumentPdf.h"
#include "ui/shell/OffThread.h"
#include "ui/shell/VaultContext.h"
#include "ui/together/ReviewPrintout.h"
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
#include <QTextBrowser>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

ReviewHistoryPanel::ReviewHistoryPanel(VaultContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_list(new QListWidget(this)), m_detail(new QTextBrowser(this)),
      m_export(namedButton(tr("E&xport to PDF…"), QStringLiteral("exportPdfButton"), this))
{
    setObjectName(QStringLiteral("reviewHistoryPanel"));
    auto* heading = new QLabel(tr("Past reviews"), this);
    makeHeadline(heading, 1.15);
    m_list->setObjectName(QStringLiteral("reviewHistory"));
    m_list->setAccessibleName(tr("Past reviews"));
    m_list->setMaximumHeight(140);
    m_detail->setObjectName(QStringLiteral("reviewDetail"));
    m_detail->setAccessibleName(tr("The chosen review"));
    m_export->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(m_list);
    layout->addWidget(m_detail, 1);
    auto* exportRow = new QHBoxLayout;
    exportRow->addStretch();
    exportRow->addWidget(m_export);
    layout->addLayout(exportRow);

    connect(m_list, &QListWidget::currentRowChanged, this, &ReviewHistoryPanel::showChosen);
    connect(m_export, &QPushButton::clicked, this, &ReviewHistoryPanel::exportChosen);
}

void ReviewHistoryPanel::reload()
{
    if (!m_context.couple()) {
        return;
    }
    const int row = m_list->currentRow();
    m_list->clear();
    if (auto history = WeeklyReview(*m_context.couple()).history()) {
        for (const ReviewRecord& record : *history) {
            auto* item = new QListWidgetItem(
                tr("Review of %1")
                    .arg(QLocale().toString(QDate::fromString(fromStd(record.reviewDate), Qt::ISODate),
                                            QLocale::LongFormat)),
                m_list);
            item->setData(Qt::UserRole, fromStd(record.reviewDate));
        }
    }
    if (m_list->count() > 0) {
        m_list->setCurrentRow(std::max(0, std::min(row, m_list->count() - 1)));
    } else {
        m_detail->setPlainText(tr("No reviews saved yet."));
    }
}

QString ReviewHistoryPanel::reviewHtml(const QString& reviewDate)
{
    CoupleSpace& me = *m_context.couple();
    const QString myName = fromStd(m_context.partnerName(me.myId()));
    QString partnerName = tr("Your partner");
    if (m_context.vault) {
        if (auto profile = me.partnerProfile(*m_context.vault); profile && profile->authentic) {
            partnerName = fromStd(profile->name);
        }
    }
    return twofold::ui::reviewHtml(me, myName, partnerName, reviewDate);
}

void ReviewHistoryPanel::showChosen()
{
    QListWidgetItem* item = m_list->currentItem();
    m_export->setEnabled(item != nullptr);
    if (!item || !m_context.couple()) {
        m_detail->clear();
        return;
    }
    m_detail->setHtml(reviewHtml(item->data(Qt::UserRole).toString()));
}

Status ReviewHistoryPanel::exportPdf(const QString& path, const QString& reviewDate)
{
    if (!m_context.couple()) {
        return fail(ErrorCode::NotUnlocked);
    }
    const QString html = reviewHtml(reviewDate);
    if (html.isEmpty()) {
        return fail(ErrorCode::NotFound);
    }
    return writeReviewPdf(html, toPath(path));
}

void ReviewHistoryPanel::exportChosen()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item) {
        return;
    }
    if (!m_context.session()) {
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
    const QString html = reviewHtml(date);
    if (html.isEmpty()) {
        Q_EMIT message(describe(Error{ErrorCode::NotFound, {}}).text());
        return;
    }
    m_export->setEnabled(false);
    Q_EMIT message(tr("Writing the PDF…"));
    const std::filesystem::path out = toPath(path);
    runOffThread<Status>(
        this, &m_context.pool, [html, out] { return writeReviewPdf(html, out); },
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
    m_detail->clear();
}

} // namespace twofold::ui
