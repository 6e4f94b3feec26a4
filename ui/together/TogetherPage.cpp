// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/together/TogetherPage.h"

#include "couple/CoupleSpace.h"
#include "couple/WeeklyReview.h"
#include "crypto/SecretBuffer.h"
#include "ui/shell/OffThread.h"
#include "ui/shell/VaultContext.h"
#include "ui/together/AutoBackupNote.h"
#include "ui/together/CheckInForm.h"
#include "ui/together/ReviewHistoryPanel.h"
#include "ui/together/ReviewReminder.h"
#include "ui/together/ReviewSummaryView.h"
#include "ui/together/TogetherJoinPanel.h"
#include "ui/widgets/ErrorMessages.h"
#include "ui/widgets/LocalTime.h"
#include "ui/widgets/Theme.h"
#include "ui/widgets/Words.h"

#include <memory>

#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
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

QLabel* plainLabel(const QString& text, QWidget* parent, const QString& objectName = {})
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    if (!objectName.isEmpty()) {
        label->setObjectName(objectName);
    }
    return label;
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
    m_stack->addWidget(makeCheckInPage());
    m_stack->addWidget(makeSummaryPage());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    connect(m_join, &TogetherJoinPanel::joined, this, [this] {
        beginCheckIn(true);
        Q_EMIT togetherStarted();
    });
    connect(m_join, &TogetherJoinPanel::cancelled, this, [this] { setStep(Step::Start); });
    reload();
}

QString TogetherPage::nameOf(const CoupleSpace& space) const
{
    return fromStd(m_context.partnerName(space.myId()));
}

QWidget* TogetherPage::makeStartPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("togetherStart"));
    QWidget* column = addCentredColumn(page, 720);
    auto* heading = new QLabel(tr("Together"), column);
    makeHeadline(heading);
    auto* intro =
        plainLabel(tr("Once a week, sit down together: a private check-in each, revealed to both of you "
                      "at once, the answers you have shared, and one intention each for the week ahead."),
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
    return page;
}

QWidget* TogetherPage::makeCheckInPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("checkInPage"));
    QWidget* column = addCentredColumn(page, 620);
    m_checkInHeading = new QLabel(column);
    m_checkInHeading->setObjectName(QStringLiteral("checkInHeading"));
    makeHeadline(m_checkInHeading, 1.4);
    m_checkInNote = plainLabel(QString(), column, QStringLiteral("checkInNote"));
    makeMuted(m_checkInNote);

    m_checkInForm = new CheckInForm(column);
    m_checkInError = plainLabel(QString(), column, QStringLiteral("checkInError"));
    m_checkInError->setVisible(false);
    auto* done = namedButton(tr("&Done, hide my answers"), QStringLiteral("checkInDoneButton"), column);
    done->setDefault(true);
    auto* end = namedButton(tr("&End Together"), QStringLiteral("endTogetherButton"), column);

    auto* layout = new QVBoxLayout(column);
    layout->setSpacing(10);
    layout->addWidget(m_checkInHeading);
    layout->addWidget(m_checkInNote);
    layout->addWidget(m_checkInForm);
    layout->addWidget(m_checkInError);
    auto* row = new QHBoxLayout;
    row->addWidget(end);
    row->addStretch();
    row->addWidget(done);
    layout->addLayout(row);
    layout->addStretch();

    connect(done, &QPushButton::clicked, this, &TogetherPage::finishCheckIn);
    connect(end, &QPushButton::clicked, this, &TogetherPage::endTogether);
    return page;
}

QWidget* TogetherPage::makeSummaryPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("reviewSummary"));
    auto* scroll = new QScrollArea(page);
    scroll->setObjectName(QStringLiteral("reviewSummaryScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* inner = new QWidget(scroll);
    QWidget* column = addCentredColumn(inner, 820);
    m_summary = new ReviewSummaryView(m_context.clock(), column);

    auto* intentions = new QLabel(tr("One intention each for the week ahead"), column);
    makeHeadline(intentions, 1.15);
    m_intentionFirstLabel = new QLabel(column);
    m_intentionFirst = new QLineEdit(column);
    m_intentionFirst->setObjectName(QStringLiteral("intentionFirst"));
    m_intentionFirst->setMaxLength(500);
    m_intentionFirstLabel->setBuddy(m_intentionFirst);
    m_intentionSecondLabel = new QLabel(column);
    m_intentionSecond = new QLineEdit(column);
    m_intentionSecond->setObjectName(QStringLiteral("intentionSecond"));
    m_intentionSecond->setMaxLength(500);
    m_intentionSecondLabel->setBuddy(m_intentionSecond);
    m_summaryError = plainLabel(QString(), column, QStringLiteral("summaryError"));
    m_summaryError->setVisible(false);
    m_savedMessage = plainLabel(QString(), column, QStringLiteral("togetherSavedMessage"));
    m_savedMessage->setVisible(false);
    m_backupNote = new AutoBackupNote(m_context, column);
    auto* save = namedButton(tr("&Save our review"), QStringLiteral("saveReviewButton"), column);
    save->setDefault(true);
    m_save = save;
    auto* end = namedButton(tr("&End Together"), QStringLiteral("summaryEndButton"), column);

    auto* layout = new QVBoxLayout(column);
    layout->setSpacing(10);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addWidget(intentions);
    auto* form = new QFormLayout;
    form->addRow(m_intentionFirstLabel, m_intentionFirst);
    form->addRow(m_intentionSecondLabel, m_intentionSecond);
    layout->addLayout(form);
    layout->addWidget(m_summaryError);
    layout->addWidget(m_savedMessage);
    layout->addWidget(m_backupNote);
    auto* row = new QHBoxLayout;
    row->addWidget(end);
    row->addStretch();
    row->addWidget(save);
    layout->addLayout(row);
    layout->addStretch();

    scroll->setWidget(inner);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(scroll);
    connect(save, &QPushButton::clicked, this, &TogetherPage::saveReview);
    connect(m_summary, &ReviewSummaryView::shareRequested, this, &TogetherPage::shareNow);
    connect(m_backupNote, &AutoBackupNote::finished, this, &TogetherPage::autoBackupFinished);
    connect(end, &QPushButton::clicked, this, &TogetherPage::endTogether);
    return page;
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
    case Step::CheckInFirst:
    case Step::CheckInSecond:
        m_stack->setCurrentIndex(2);
        m_checkInForm->focusFirst();
        break;
    case Step::Summary:
        m_stack->setCurrentIndex(3);
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
        if (schedule->due) {
            m_schedule->setText(ReviewReminder::dueWords(schedule->daysOverdue == 0));
        } else {
            m_schedule->setText(
                tr("This week's review is done. The next one is on %1.")
                    .arg(QLocale().toString(QDate::fromString(fromStd(schedule->nextReviewDate), Qt::ISODate),
                                            QStringLiteral("dddd d MMMM"))));
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
        beginCheckIn(true);
        return;
    }
    QString partner = tr("Your partner");
    if (auto profile = m_context.couple()->partnerProfile(*m_context.vault); profile && profile->authentic) {
        partner = fromStd(profile->name);
    }
    m_join->begin(partner, fromStd(m_context.session()->partner().name));
    setStep(Step::Unlock);
}

std::optional<TogetherReview> TogetherPage::review()
{
    if (!m_context.couple() || !m_context.otherCouple()) {
        return std::nullopt;
    }
    return TogetherReview(*m_context.couple(), *m_context.otherCouple(), m_reviewDate.toStdString());
}

void TogetherPage::beginCheckIn(bool first)
{
    CoupleSpace& who = first ? *m_context.couple() : *m_context.otherCouple();
    CoupleSpace& other = first ? *m_context.otherCouple() : *m_context.couple();
    m_checkInForm->clear();
    m_checkInError->setVisible(false);
    m_checkInHeading->setText(tr("%1's check-in").arg(nameOf(who)));
    m_checkInNote->setText(
        tr("%1, please look away for a moment. %2's answers are hidden when they press Done, "
           "and both check-ins are revealed together once you have both finished.")
            .arg(nameOf(other), nameOf(who)));
    setStep(first ? Step::CheckInFirst : Step::CheckInSecond);
}

void TogetherPage::finishCheckIn()
{
    std::optional<TogetherReview> together = review();
    if (!together) {
        return;
    }
    const bool first = m_step == Step::CheckInFirst;
    // Taking part agrees to reveal: the grants are written once both have checked in.
    if (Status written =
            together->checkIn(first ? ReviewSide::First : ReviewSide::Second, m_checkInForm->value());
        !written) {
        m_checkInError->setText(describe(written.error()).text());
        m_checkInError->setVisible(true);
        return;
    }
    m_checkInForm->clear();
    if (first) {
        beginCheckIn(false);
    } else {
        showSummary();
    }
}

void TogetherPage::showSummary()
{
    std::optional<TogetherReview> together = review();
    if (!together) {
        return;
    }
    m_save->setEnabled(true);
    m_intentionFirst->setReadOnly(false);
    m_intentionSecond->setReadOnly(false);
    m_savedMessage->setVisible(false);
    m_backupNote->setVisible(false);
    m_summaryError->setVisible(false);
    const QString myName = nameOf(*m_context.couple());
    const QString partnerName = nameOf(*m_context.otherCouple());
    // Rebuilt from couple.db each time, so it shows exactly what is shared.
    auto contents = together->contents();
    if (!contents) {
        m_summary->clear();
        m_summaryError->setText(describe(contents.error()).text());
        m_summaryError->setVisible(true);
    } else {
        m_summary->show(*contents, {myName, partnerName});
    }
    m_intentionFirstLabel->setText(tr("%1:").arg(myName));
    m_intentionFirst->setAccessibleName(tr("%1's intention").arg(myName));
    m_intentionSecondLabel->setText(tr("%1:").arg(partnerName));
    m_intentionSecond->setAccessibleName(tr("%1's intention").arg(partnerName));
    setStep(Step::Summary);
}

void TogetherPage::shareNow(int index)
{
    if (!review() || index < 0 || static_cast<std::size_t>(index) >= m_summary->turns().size()) {
        return;
    }
    const ReviewTurn turn = m_summary->turns()[static_cast<std::size_t>(index)];
    auto password = std::make_shared<SecretBuffer>(m_summary->takePassword(index));
    if (password->size() == 0) {
        m_summary->showTurnError(index, tr("Please type your password."));
        return;
    }
    m_summary->setTurnBusy(index, true);
    m_summary->showTurnError(index, QString());
    // Lock waits for the pool (VaultContext), so both spaces outlive this job.
    CoupleSpace* first = &*m_context.couple();
    CoupleSpace* second = &*m_context.otherCouple();
    const std::string date = m_reviewDate.toStdString();
    runOffThread<Result<TopicStatus>>(
        this, &m_context.pool,
        [first, second, date, turn, password] {
            auto shared =
                TogetherReview(*first, *second, date).shareNow(turn.turn(), turn.promptId, *password);
            password->wipe();
            return shared;
        },
        [this, index](Result<TopicStatus> shared) {
            if (!review()) {
                return; // locked meanwhile
            }
            m_summary->setTurnBusy(index, false);
            if (shared) {
                showSummary();
                return;
            }
            switch (shared.error().code) {
            case ErrorCode::WrongPassword:
                m_summary->showTurnError(index, tr("That password did not work. Nothing was shared."));
                break;
            case ErrorCode::NotFound:
                m_summary->showTurnError(
                    index, tr("There is no saved answer to share yet. You can write one on your own Prompts "
                              "page whenever you like."));
                break;
            default:
                m_summary->showTurnError(index, describe(shared.error()).text());
                break;
            }
        });
}

void TogetherPage::saveReview()
{
    std::optional<TogetherReview> together = review();
    if (!together) {
        return;
    }
    const std::string date = m_reviewDate.toStdString();
    // Both intentions and the record in one transaction (TogetherReview::save).
    auto saved = together->save(m_intentionFirst->text().trimmed().toStdString(),
                                m_intentionSecond->text().trimmed().toStdString());
    if (!saved) {
        m_summaryError->setText(describe(saved.error()).text());
        m_summaryError->setVisible(true);
        return;
    }
    WeeklyReview review(*m_context.couple());
    if (auto day = review.reviewDay()) {
        ReviewReminder::remember(m_context.dir, *day, date);
    }
    // Saved: it stays on screen until they end Together, which locks for both of them.
    m_save->setEnabled(false);
    m_intentionFirst->setReadOnly(true);
    m_intentionSecond->setReadOnly(true);
    m_savedMessage->setText(tr("Your review is saved. When you are done, End Together locks Twofold for "
                               "both of you, and each of you unlocks alone again."));
    m_savedMessage->setVisible(true);
    Q_EMIT reviewSaved();
    // After a saved review: the automatic backup, when the couple turned it on.
    m_backupNote->start();
}

void TogetherPage::endTogether()
{
    m_context.endTogether();
    m_checkInForm->clear();
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
    m_checkInForm->clear();
    m_join->clearAll();
    m_intentionFirst->clear();
    m_intentionSecond->clear();
    m_history->clearAll();
    m_startMessage->clear();
    m_savedMessage->clear();
    m_backupNote->reset();
    m_schedule->clear();
    m_summary->clear();
    m_step = Step::Start;
}

} // namespace twofold::ui
