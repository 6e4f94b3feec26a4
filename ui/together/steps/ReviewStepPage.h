// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"
#include "couple/ReviewSteps.h"

#include <QString>
#include <QWidget>

namespace twofold {
class ReviewFlow;
}

namespace twofold::ui {

// The two partners' names as the review shows them, by ReviewSide.
struct ReviewNames
{
    QString first;
    QString second;

    const QString& of(ReviewSide side) const { return side == ReviewSide::First ? first : second; }
    const QString& other(ReviewSide side) const { return side == ReviewSide::First ? second : first; }
};

// One step of the guided weekly review (ReviewFlowPage shows one at a time). A step only
// draws what core's ReviewFlow allows at that moment: it never keeps a partner's private
// words after their turn, and it re-reads the flow whenever it is entered.
class ReviewStepPage : public QWidget
{
    Q_OBJECT

public:
    ReviewStepPage(ReviewFlow& flow, ReviewNames names, QWidget* parent = nullptr);

    virtual ReviewStep step() const = 0;
    // Entering the step: re-read everything from the flow.
    virtual void refresh() = 0;
    // Leaving the step (Next, Back, Skip, End): store what was typed. A failure stays on the
    // step and its message is emitted as problem().
    virtual Status leave() { return {}; }

Q_SIGNALS:
    // A human message for the page's one fixed message place (nothing moves under the pointer).
    void problem(const QString& message);

protected:
    ReviewFlow& flow() const { return *m_flow; }
    const ReviewNames& names() const { return m_names; }

private:
    ReviewFlow* m_flow;
    ReviewNames m_names;
};

} // namespace twofold::ui
