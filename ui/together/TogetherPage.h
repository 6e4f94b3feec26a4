// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"
#include "couple/TogetherReview.h"

#include <optional>

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace twofold {
class CoupleSpace;
}

namespace twofold::ui {

struct VaultContext;
class AutoBackupNote;
class CheckInForm;
class ReviewHistoryPanel;
class ReviewSummaryView;
class TogetherJoinPanel;

// Together mode and the weekly review (DESIGN.md §5). The other partner unlocks in
// this window (Argon2id off the GUI thread); then a private check-in each, the first
// hidden before the second begins, revealed together; the revealed answers side by
// side; offered entries; what is waiting for each of you; one intention each; save.
// The join step is TogetherJoinPanel, the history of saved reviews and their export to
// PDF is ReviewHistoryPanel, the note about the automatic backup is AutoBackupNote.
class TogetherPage : public QWidget
{
    Q_OBJECT

public:
    enum class Step
    {
        Start,
        Unlock,
        CheckInFirst,
        CheckInSecond,
        Summary,
    };

    explicit TogetherPage(VaultContext& context, QWidget* parent = nullptr);

    Step step() const { return m_step; }
    // The start page: when the review is, and the history of saved reviews.
    void reload();
    void startReview();
    // Ends Together mode: the other partner's keys are wiped.
    void endTogether();
    // Writes the review of `reviewDate` as a text-only PDF to `path` (atomically, 0600), on
    // the calling thread (the Export button runs it off the GUI thread).
    Status exportPdf(const QString& path, const QString& reviewDate);
    QString reviewDate() const { return m_reviewDate; }
    // Lock: empties every field and every view holding words.
    void clearAll();

Q_SIGNALS:
    // Both partners are unlocked here: from now until Together ends the window shows only
    // this page (MainScreen), and ending it in any way locks both (DESIGN.md §5).
    void togetherStarted();
    // Together ended (End Together, or a failure while joining after the other partner
    // was unlocked): MainScreen locks, so each partner unlocks alone again.
    void togetherEnded();
    void reviewSaved();
    // The automatic backup after a saved review finished (or failed); the note on the
    // summary page says which. Not emitted when automatic backups are off.
    void autoBackupFinished(bool ok);

private:
    QWidget* makeStartPage();
    QWidget* makeCheckInPage();
    QWidget* makeSummaryPage();
    void beginCheckIn(bool first);
    void finishCheckIn();
    void showSummary();
    void saveReview();
    // "Share mine now" in the summary: that partner's password, checked off the GUI thread.
    void shareNow(int index);
    void setStep(Step step);
    QString nameOf(const CoupleSpace& space) const;
    std::optional<TogetherReview> review();

    VaultContext& m_context;
    Step m_step = Step::Start;
    QString m_reviewDate;

    QStackedWidget* m_stack;
    // Start
    QLabel* m_schedule = nullptr;
    QPushButton* m_start = nullptr;
    ReviewHistoryPanel* m_history = nullptr;
    QLabel* m_startMessage = nullptr;
    AutoBackupNote* m_backupNote = nullptr; // on the summary page, after a saved review
    QLabel* m_savedMessage = nullptr;       // on the summary page
    QPushButton* m_save = nullptr;
    // Unlock
    TogetherJoinPanel* m_join = nullptr;
    // Check-in
    QLabel* m_checkInHeading = nullptr;
    QLabel* m_checkInNote = nullptr;
    CheckInForm* m_checkInForm = nullptr;
    QLabel* m_checkInError = nullptr;
    // Summary
    ReviewSummaryView* m_summary = nullptr;
    QLineEdit* m_intentionFirst = nullptr;
    QLineEdit* m_intentionSecond = nullptr;
    QLabel* m_intentionFirstLabel = nullptr;
    QLabel* m_intentionSecondLabel = nullptr;
    QLabel* m_summaryError = nullptr;
};

} // namespace twofold::ui
