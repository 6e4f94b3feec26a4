// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace twofold::ui {

struct VaultContext;
class ReviewFlowPage;
class ReviewHistoryPanel;
class TogetherJoinPanel;

// Together mode and the weekly review (DESIGN.md §5). The other partner unlocks in
// this window (TogetherJoinPanel, Argon2id off the GUI thread); then the guided review,
// one step a screen (ReviewFlowPage). The start page says when the review is and lists
// the saved ones (ReviewHistoryPanel, with their export to PDF).
class TogetherPage : public QWidget
{
    Q_OBJECT

public:
    enum class Step
    {
        Start,
        Unlock,
        Review, // the guided review (ReviewFlowPage)
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
    // Lock: ends the review's flow, empties every field and every view holding words.
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
    // save step says which. Not emitted when automatic backups are off.
    void autoBackupFinished(bool ok);

private:
    QWidget* makeStartPage();
    // Both are unlocked: the guided review begins.
    void beginReview();
    void setStep(Step step);

    VaultContext& m_context;
    Step m_step = Step::Start;
    QString m_reviewDate;

    QStackedWidget* m_stack;
    // Start
    QLabel* m_schedule = nullptr;
    QPushButton* m_start = nullptr;
    ReviewHistoryPanel* m_history = nullptr;
    QLabel* m_startMessage = nullptr;
    // Unlock
    TogetherJoinPanel* m_join = nullptr;
    // Review
    ReviewFlowPage* m_flow = nullptr;
};

} // namespace twofold::ui
