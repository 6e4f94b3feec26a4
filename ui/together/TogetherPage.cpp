// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/together/TogetherPage.h"

#include "couple/CoupleSpace.h"
#include "couple/WeeklyReview.h"
#include "ui/shell/VaultContext.h"
#include "ui/together/ReviewFlowPage.h"
#include "ui/together/ReviewHistoryPanel.h"
#include "ui/together/ReviewReminder.h"
#include "ui/together/TogetherJoinPanel.h"
#include "ui/widgets/ErrorMessages.h"
#include "ui/widgets/LocalTime.h"
#include "ui/widgets/Theme.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

TogetherPage::TogetherPage(VaultContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("togetherPage"));
    m_stack->setObjectName(QStringLiteral("togetherSteps"));
    m_stack->addWidget(makeStartPage());
    m_join = new TogetherJoinPanel(m_context, this);
    m_stack->addWidget(m_join);
    m_flow = new ReviewFlowPage(m_context, this);
    m_stack->addWidget(m_flow);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    connect(m_join, &TogetherJoinPanel::joined, this, [this] {
        beginReview();
        Q_EMIT togetherStarted();
    });
    connect(m_join, &TogetherJoinPanel::cancelled, this, [this] { setStep(Step::Start); });
    connect(m_flow, &ReviewFlowPage::endRequested, this, &TogetherPage::endTogether);
    connect(m_flow, &ReviewFlowPage::reviewSaved, this, &TogetherPage::reviewSaved);
    connect(m_flow, &ReviewFlowPage::autoBackupFinished, this, &TogetherPage::autoBackupFinished);
    reload();
}

QWidget* TogetherPage::makeStartPage()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("togetherStart"));
    QWidget* column = addCentredColumn(page, 720);
    auto* heading = new QLabel(tr("Together"), column);
    makeHeadline(heading);
    auto* intro =
        plainLabel(tr("Once a week, sit down together, one step at a time: what you appreciated, what went "
                      "well, a check-in, one thing to talk about, and what would help each of you feel "
                      "loved. What you each write privately is shown to both of you at once."),
                   column);
    m_schedule = plainLabel(QString(), column, QStringLiteral("reviewSchedule"));
    m_start = namedButton(tr("&Start our weekly review"), QStringLiteral("startReviewButton"), column);
    m_start->setDefault(true);
    m_startMessage = plainLabel(QString(), column, QStringLiteral("togetherMessage"));
    m_history = new ReviewHistoryPanel(m_context, column);

    auto* layout = new QVBoxLayout(column);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_schedule);
    auto* row = new QHBoxLayout;
    row->addWidget(m_start);
    row->addStretch();
    layout->addLayout(row);
    layout->addWidget(m_startMessage);
    layout->addSpacing(8);
    layout->addWidget(m_history, 1);

    connect(m_start, &QPushButton::clicked, this, &TogetherPage::startReview);
    connect(m_history, &ReviewHistoryPanel::message, m_startMessage, &QLabel::setText);
    // A short window (large text, issue 18) scrolls the start page and its history rather
    // than asking the whole window to be taller than the screen.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("togetherStartScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidgetResizable(true);
    scroll->setWidget(page);
    return scroll;
}

void TogetherPage::setStep(Step step)
{
    m_step = step;
    switch (step) {
    case Step::Start:
        m_stack->setCurrentIndex(0);
        break;
    case Step::Unlock:
        m_stack->setCurrentIndex(1);
        m_join->focusPassword();
        break;
    case Step::Review:
        m_stack->setCurrentWidget(m_flow);
        break;
    }
}

void TogetherPage::reload()
{
    if (!m_context.couple()) {
        return;
    }
    WeeklyReview review(*m_context.couple());
    if (auto schedule = review.schedule(utcOffsetMinutes(m_context.clock()))) {
        m_reviewDate = fromStd(schedule->currentReviewDate);
        const QString next = QLocale().toString(
            QDate::fromString(fromStd(schedule->nextReviewDate), Qt::ISODate), QStringLiteral("dddd d MMMM"));
        if (schedule->due) {
            m_schedule->setText(ReviewReminder::dueWords(schedule->daysOverdue == 0));
        } else if (schedule->currentSaved) {
            m_schedule->setText(tr("This week's review is done. The next one is on %1.").arg(next));
        } else if (!schedule->lastSavedDate) {
            // A couple too new to owe this week's review: nothing is done yet, and nothing is late.
            m_schedule->setText(tr("Your first weekly review is on %1. You can also hold one now, whenever "
                                   "you are both here.")
                                    .arg(next));
        } else {
            m_schedule->setText(tr("The next review is on %1.").arg(next));
        }
    }
    m_history->reload();
}

void TogetherPage::startReview()
{
    if (!m_context.couple() || m_context.couple()->partnerId().empty()) {
        return;
    }
    m_startMessage->clear();
    reload();
    if (m_context.otherCouple()) {
        beginReview();
        return;
    }
    QString partner = tr("Your partner");
    if (auto profile = m_context.couple()->partnerProfile(*m_context.vault); profile && profile->authentic) {
        partner = fromStd(profile->name);
    }
    m_join->begin(partner, fromStd(m_context.session()->partner().name));
    setStep(Step::Unlock);
}

void TogetherPage::beginReview()
{
    if (Status begun = m_flow->begin(m_reviewDate); !begun) {
        // Still Together: the start page says why, and End Together is in the sidebar's place.
        m_startMessage->setText(describe(begun.error()).text());
        setStep(Step::Start);
        return;
    }
    setStep(Step::Review);
}

void TogetherPage::endTogether()
{
    // The flow first: it reads through the other partner's space, which goes next.
    m_flow->end();
    m_context.endTogether();
    m_join->clearAll();
    setStep(Step::Start);
    // Last: MainScreen locks both partners on this, and the page is emptied.
    Q_EMIT togetherEnded();
}

Status TogetherPage::exportPdf(const QString& path, const QString& reviewDate)
{
    return m_history->exportPdf(path, reviewDate);
}

void TogetherPage::clearAll()
{
    m_flow->end();
    m_join->clearAll();
    m_history->clearAll();
    m_startMessage->clear();
    m_schedule->clear();
    m_step = Step::Start;
}

} // namespace twofold::ui
