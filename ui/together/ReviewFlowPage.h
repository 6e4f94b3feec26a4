// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"
#include "couple/ReviewFlow.h"

#include <optional>
#include <vector>

#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace twofold::ui {

struct VaultContext;
class ReviewStepPage;

// The guided weekly review (DESIGN.md §5), one step a screen: core's ReviewFlow, begun
// when both partners are unlocked, and one ReviewStepPage per ReviewStep in a stack. A
// strip names the steps and marks the current one (no counts); Back, "Skip this step"
// and Next leave the step (ReviewStepPage::leave) and move the flow; End Together is
// always there. Messages go to one fixed place that never moves the buttons.
class ReviewFlowPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewFlowPage(VaultContext& context, QWidget* parent = nullptr);

    // Both are unlocked (VaultContext::couple and otherCouple): the flow of `reviewDate`
    // begins at its first step.
    Status begin(const QString& reviewDate);
    // Lock or End: the flow and every step widget go, with every word they held.
    void end();
    bool isActive() const { return m_flow.has_value(); }
    std::optional<ReviewStep> step() const;

    // "Appreciations", "What went well", ...: the strip's names.
    static QString stepName(ReviewStep step);

Q_SIGNALS:
    void endRequested();
    void reviewSaved();
    void autoBackupFinished(bool ok);

private:
    void move(bool forward);
    void showStep();
    void showMessage(const QString& text);

    VaultContext& m_context;
    std::optional<ReviewFlow> m_flow;
    std::vector<ReviewStepPage*> m_steps; // by ReviewStep

    QLabel* m_progress;
    QScrollArea* m_scroll;
    QStackedWidget* m_stack;
    QLabel* m_message;
    QPushButton* m_back;
    QPushButton* m_skip;
    QPushButton* m_next;
    QPushButton* m_end;
};

} // namespace twofold::ui
