// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/TogetherPage.h"

#include "backup/AutoBackup.h"
#include "couple/CoupleSpace.h"
#include "couple/WeeklyReview.h"
#include "ui/CheckInForm.h"
#include "ui/Dialogs.h"
#include "ui/DocumentPdf.h"
#include "ui/ErrorMessages.h"
#include "ui/FileChooser.h"
#include "ui/OffThread.h"
#include "ui/PromptPacks.h"
#include "ui/ReviewPrintout.h"
#include "ui/ReviewReminder.h"
#include "ui/ReviewSummaryView.h"
#include "ui/SecretInput.h"
#include "ui/Theme.h"
#include "ui/VaultContext.h"
#include "ui/Words.h"

#include <QDateTime>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTextBrowser>
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

int utcOffsetMinutes()
{
    return QDateTime::currentDateTime().offsetFromUtc() / 60;
}

} // namespace

TogetherPage::TogetherPage(VaultContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("togetherPage"));
    m_stack->setObjectName(QStringLiteral("togetherSteps"));
    m_stack->addWidget(makeStartPage());
    m_stack->addWidget(makeUnlockPage());
    m_stack->addWidget(makeCheckInPage());
    m_stack->addWidget(makeSummaryPage());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    reload();
}

QString TogetherPage::nameOf(const CoupleSpace& space) const
{
    if (m_context.vault) {
        if (auto partners = m_context.vault->partners()) {
            for (const PartnerInfo& p : *partners) {
                if (p.id == space.myId()) {
                    return fromStd(p.name);
                }
            }
        }
    }
    return {};
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
    auto* historyHeading = new QLabel(tr("Past reviews"), column);
    makeHeadline(historyHeading, 1.15);
    m_history = new QListWidget(column);
    m_history->setObjectName(QStringLiteral("reviewHistory"));
    m_history->setAccessibleName(tr("Past reviews"));
    m_history->setMaximumHeight(140);
    m_historyDetail = new QTextBrowser(column);
    m_historyDetail->setObjectName(QStringLiteral("reviewDetail"));
    m_historyDetail->setAccessibleName(tr("The chosen review"));
    m_export = namedButton(tr("E&xport to PDF…"), QStringLiteral("exportPdfButton"), column);
    m_export->setEnabled(false);

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
    layout->addWidget(historyHeading);
    layout->addWidget(m_history);
    layout->addWidget(m_historyDetail, 1);
    auto* exportRow = new QHBoxLayout;
    exportRow->addStretch();
    exportRow->addWidget(m_export);
    layout->addLayout(exportRow);

    connect(m_start, &QPushButton::clicked, this, &TogetherPage::startReview);
    connect(m_history, &QListWidget::currentRowChanged, this, &TogetherPage::showHistoryItem);
    connect(m_export, &QPushButton::clicked, this, &TogetherPage::exportSelected);
    return page;
}

QWidget* TogetherPage::makeUnlockPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("togetherUnlock"));
    QWidget* column = addCentredColumn(page, 520);
    auto* heading = new QLabel(tr("Together"), column);
    makeHeadline(heading);
    m_unlockPrompt = plainLabel(QString(), column, QStringLiteral("togetherUnlockPrompt"));
    m_password = new QLineEdit(column);
    m_password->setObjectName(QStringLiteral("togetherPassword"));
    m_password->setAccessibleName(tr("Your partner's password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_join = namedButton(tr("&Join"), QStringLiteral("togetherJoinButton"), column);
    m_join->setDefault(true);
    auto* cancel = namedButton(tr("&Cancel"), QStringLiteral("togetherCancelButton"), column);
    m_busy = new QProgressBar(column);
    m_busy->setObjectName(QStringLiteral("togetherBusy"));
    m_busy->setRange(0, 0);
    m_busy->setVisible(false);
    m_busy->setAccessibleName(tr("Unlocking"));
    m_unlockError = plainLabel(QString(), column, QStringLiteral("togetherError"));
    m_unlockError->setVisible(false);
    auto* note = plainLabel(tr("While you are together, this window holds both of your keys. Lock, or a few "
                               "minutes without use, ends it."),
                            column);
    makeMuted(note);

    auto* layout = new QVBoxLayout(column);
    layout->addStretch();
    layout->addWidget(heading);
    layout->addWidget(m_unlockPrompt);
    auto* row = new QHBoxLayout;
    row->addWidget(m_password, 1);
    row->addWidget(m_join);
    layout->addLayout(row);
    layout->addWidget(m_busy);
    layout->addWidget(m_unlockError);
    layout->addWidget(note);
    auto* cancelRow = new QHBoxLayout;
    cancelRow->addWidget(cancel);
    cancelRow->addStretch();
    layout->addLayout(cancelRow);
    layout->addStretch(2);

    connect(m_password, &QLineEdit::returnPressed, this, &TogetherPage::join);
    connect(m_join, &QPushButton::clicked, this, &TogetherPage::join);
    connect(cancel, &QPushButton::clicked, this, [this] {
        m_password->clear();
        setStep(Step::Start);
    });
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
    m_summary = new ReviewSummaryView(column);

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
    m_backupNote = plainLabel(QString(), column, QStringLiteral("autoBackupNote"));
    m_backupNote->setVisible(false);
    makeMuted(m_backupNote);
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
        m_password->setFocus();
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
    if (!m_context.couple) {
        return;
    }
    WeeklyReview review(*m_context.couple);
    if (auto schedule = review.schedule(utcOffsetMinutes())) {
        m_reviewDate = fromStd(schedule->currentReviewDate);
        const QDate date = QDate::fromString(m_reviewDate, Qt::ISODate);
        const QString day = QLocale().toString(date, QStringLiteral("dddd d MMMM"));
        if (schedule->due) {
            m_schedule->setText(schedule->daysOverdue == 0
                                    ? tr("Your weekly review is due today.")
                                    : tr("Your weekly review was due on %1.").arg(day));
        } else {
            m_schedule->setText(
                tr("This week's review is done. The next one is on %1.")
                    .arg(QLocale().toString(QDate::fromString(fromStd(schedule->nextReviewDate), Qt::ISODate),
                                            QStringLiteral("dddd d MMMM"))));
        }
    }
    const int row = m_history->currentRow();
    m_history->clear();
    if (auto history = review.history()) {
        for (const ReviewRecord& record : *history) {
            auto* item = new QListWidgetItem(
                tr("Review of %1")
                    .arg(QLocale().toString(QDate::fromString(fromStd(record.reviewDate), Qt::ISODate),
                                            QLocale::LongFormat)),
                m_history);
            item->setData(Qt::UserRole, fromStd(record.reviewDate));
        }
    }
    if (m_history->count() > 0) {
        m_history->setCurrentRow(std::max(0, std::min(row, m_history->count() - 1)));
    } else {
        m_historyDetail->setPlainText(tr("No reviews saved yet."));
    }
}

void TogetherPage::startReview()
{
    if (!m_context.couple || m_context.couple->partnerId().empty()) {
        return;
    }
    m_startMessage->clear();
    reload();
    if (m_context.otherCouple) {
        beginCheckIn(true);
        return;
    }
    QString partner = tr("Your partner");
    if (auto profile = m_context.couple->partnerProfile(*m_context.vault); profile && profile->authentic) {
        partner = fromStd(profile->name);
    }
    m_unlockPrompt->setText(tr("%1, please type your password to join %2 for the weekly review.")
                                .arg(partner, fromStd(m_context.session->partner().name)));
    m_unlockError->setVisible(false);
    setStep(Step::Unlock);
}

void TogetherPage::join()
{
    if (!m_context.couple || !m_context.vault || m_busy->isVisible()) {
        return;
    }
    if (m_password->text().isEmpty()) {
        m_unlockError->setText(tr("Please enter your password."));
        m_unlockError->setVisible(true);
        return;
    }
    SecretBuffer secret = takeSecret(m_password);
    const std::string partnerId = m_context.couple->partnerId();
    m_busy->setVisible(true);
    m_join->setEnabled(false);
    m_unlockError->setVisible(false);
    Vault* vault = &*m_context.vault;
    runOffThread<Result<Session>>(
        this, &m_context.pool,
        [vault, partnerId, secret = std::make_shared<SecretBuffer>(std::move(secret))] {
            auto result = vault->unlock(partnerId, *secret);
            secret->wipe();
            return result;
        },
        [this](Result<Session> result) {
            m_busy->setVisible(false);
            m_join->setEnabled(true);
            if (!m_context.couple) {
                if (result) {
                    result->lock();
                }
                return;
            }
            if (!result) {
                m_unlockError->setText(result.error().code == ErrorCode::WrongPassword
                                           ? tr("That password did not work. Check Caps Lock and try again.")
                                           : describe(result.error()).text());
                m_unlockError->setVisible(true);
                m_password->setFocus();
                return;
            }
            m_context.otherSession.emplace(std::move(*result));
            if (!acceptOlderFilesOfOther()) {
                return;
            }
            auto space = CoupleSpace::open(*m_context.otherSession, bundledPromptPacks());
            if (!space) {
                m_context.endTogether();
                m_unlockError->setText(describe(space.error()).text());
                m_unlockError->setVisible(true);
                return;
            }
            m_context.otherCouple.emplace(std::move(*space));
            if (Status together = m_context.couple->beginTogether(*m_context.otherCouple); !together) {
                m_context.endTogether();
                m_unlockError->setText(describe(together.error()).text());
                m_unlockError->setVisible(true);
                return;
            }
            beginCheckIn(true);
            Q_EMIT togetherStarted();
        });
}

bool TogetherPage::acceptOlderFilesOfOther()
{
    const Freshness found = m_context.otherSession->freshness();
    if (!found.anyOlder()) {
        return true;
    }
    // As at a normal unlock (AppWindow::confirmOlderFiles), but restoring needs everyone
    // locked: "Not now" ends Together mode and leaves the notice for their next unlock.
    const auto answer = Dialogs::choose(
        this, QMessageBox::Warning, describeOlderFiles(found),
        tr("To restore from a backup, both of you lock and choose Restore on the unlock screen. Or "
           "continue with the files as they are; Twofold will not warn about them again."),
        {{QMessageBox::Ignore, tr("Continue")}, {QMessageBox::Cancel, tr("Not now")}}, QMessageBox::Cancel);
    if (answer == QMessageBox::Ignore && m_context.otherSession) {
        if (Status accepted = m_context.otherSession->acceptOlderFiles(); accepted) {
            return true;
        }
    }
    m_context.endTogether();
    m_unlockError->setText(describeOlderFiles(found));
    m_unlockError->setVisible(true);
    return false;
}

std::optional<TogetherReview> TogetherPage::review()
{
    if (!m_context.couple || !m_context.otherCouple) {
        return std::nullopt;
    }
    return TogetherReview(*m_context.couple, *m_context.otherCouple, m_reviewDate.toStdString());
}

void TogetherPage::beginCheckIn(bool first)
{
    CoupleSpace& who = first ? *m_context.couple : *m_context.otherCouple;
    CoupleSpace& other = first ? *m_context.otherCouple : *m_context.couple;
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
    const QString myName = nameOf(*m_context.couple);
    const QString partnerName = nameOf(*m_context.otherCouple);
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
    CoupleSpace* first = &*m_context.couple;
    CoupleSpace* second = &*m_context.otherCouple;
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
    WeeklyReview review(*m_context.couple);
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
    startAutoBackup();
}

void TogetherPage::startAutoBackup()
{
    m_backupNote->clear();
    m_backupNote->setVisible(false);
    if (!m_context.couple) {
        return;
    }
    auto settings = loadAutoBackupSettings(*m_context.couple);
    if (!settings) {
        m_backupNote->setText(tr("No automatic backup was made: %1 Your review is saved.")
                                  .arg(describe(settings.error()).text()));
        m_backupNote->setVisible(true);
        Q_EMIT autoBackupFinished(false);
        return;
    }
    if (!settings->enabled) {
        return;
    }
    const QString folderText = QDir::toNativeSeparators(fromPath(settings->folder));
    m_backupNote->setText(tr("Backing up to %1…").arg(folderText));
    m_backupNote->setVisible(true);

    // Only the vault's files are read (no keys): safe while the vault stays open.
    const std::filesystem::path dir = m_context.dir;
    const std::filesystem::path folder = settings->folder;
    const int keep = settings->keep;
    const Clock* clock = m_context.options.clock;
    runOffThread<Result<AutoBackupResult>>(
        this, &m_context.pool,
        [dir, folder, keep, clock] { return runAutoBackup(dir, folder, keep, *clock); },
        [this, folderText, keep](Result<AutoBackupResult> result) {
            if (!m_context.couple) {
                return; // locked meanwhile: the page was emptied, the next person sees nothing
            }
            if (result) {
                m_backupNote->setText(
                    keep == 1 ? tr("Backed up to %1 — keeping only the latest backup.").arg(folderText)
                              : tr("Backed up to %1 — keeping the last %2.").arg(folderText).arg(keep));
            } else {
                const Error& error = result.error();
                QString text;
                switch (error.code) {
                case ErrorCode::DiskFull:
                    text = tr("The automatic backup did not fit: the disk with %1 is full. Your older "
                              "backups were kept, and your review is saved.")
                               .arg(folderText);
                    break;
                case ErrorCode::IoError:
                    text = tr("The automatic backup could not be written to %1. Check that the disk is "
                              "connected and the folder belongs to you, or choose another folder in "
                              "Settings. Your review is saved.")
                               .arg(folderText);
                    break;
                default:
                    text = tr("The automatic backup did not work: %1 Your review is saved.")
                               .arg(describe(error).text());
                    break;
                }
                if (error.code == ErrorCode::DiskFull || error.code == ErrorCode::IoError) {
                    describe(error); // logs the technical detail
                }
                m_backupNote->setText(text);
            }
            m_backupNote->setVisible(true);
            Q_EMIT autoBackupFinished(static_cast<bool>(result));
        });
}

void TogetherPage::endTogether()
{
    m_context.endTogether();
    m_checkInForm->clear();
    m_password->clear();
    setStep(Step::Start);
    // Last: MainScreen locks both partners on this, and the page is emptied.
    Q_EMIT togetherEnded();
}

QString TogetherPage::reviewHtml(const QString& reviewDate)
{
    CoupleSpace& me = *m_context.couple;
    QString partnerName = tr("Your partner");
    if (auto profile = me.partnerProfile(*m_context.vault); profile && profile->authentic) {
        partnerName = fromStd(profile->name);
    }
    return twofold::ui::reviewHtml(me, nameOf(me), partnerName, reviewDate);
}

void TogetherPage::showHistoryItem()
{
    QListWidgetItem* item = m_history->currentItem();
    m_export->setEnabled(item != nullptr);
    if (!item || !m_context.couple) {
        m_historyDetail->clear();
        return;
    }
    m_historyDetail->setHtml(reviewHtml(item->data(Qt::UserRole).toString()));
}

Status TogetherPage::exportPdf(const QString& path, const QString& reviewDate)
{
    if (!m_context.couple) {
        return fail(ErrorCode::NotUnlocked);
    }
    const QString html = reviewHtml(reviewDate);
    if (html.isEmpty()) {
        return fail(ErrorCode::NotFound);
    }
    return writeReviewPdf(html, toPath(path));
}

void TogetherPage::exportSelected()
{
    QListWidgetItem* item = m_history->currentItem();
    if (!item) {
        return;
    }
    if (!m_context.session) {
        return;
    }
    const QString date = item->data(Qt::UserRole).toString();
    // The chooser runs a nested event loop: a lock inside it ends the session and clears
    // this page. Note who asked, and check again after it.
    const std::string partnerId = m_context.session->partner().id;
    const QPointer<TogetherPage> alive(this);
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
        m_startMessage->setText(describe(Error{ErrorCode::NotFound, {}}).text());
        return;
    }
    m_export->setEnabled(false);
    m_startMessage->setText(tr("Writing the PDF…"));
    const std::filesystem::path out = toPath(path);
    runOffThread<Status>(
        this, &m_context.pool, [html, out] { return writeReviewPdf(html, out); },
        [this, path](Status written) {
            m_export->setEnabled(m_history->currentItem() != nullptr);
            if (!m_context.couple) {
                return;
            }
            m_startMessage->setText(
                written ? tr("Saved as %1. Anyone who can open that file can read it.").arg(path)
                        : describe(written.error()).text());
        });
}

void TogetherPage::clearAll()
{
    m_checkInForm->clear();
    m_password->clear();
    m_intentionFirst->clear();
    m_intentionSecond->clear();
    m_history->clear();
    m_historyDetail->clear();
    m_startMessage->clear();
    m_savedMessage->clear();
    m_backupNote->clear();
    m_backupNote->setVisible(false);
    m_schedule->clear();
    m_summary->clear();
    m_step = Step::Start;
}

} // namespace twofold::ui
