// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/together/steps/PrivateReviewStep.h"

#include "common/Result.h"
#include "ui/together/steps/StepWidgets.h"
#include "ui/widgets/Theme.h"

#include <utility>

#include <QLabel>
#include <QVBoxLayout>

namespace twofold::ui {

PrivateReviewStep::PrivateReviewStep(ReviewFlow& flow, ReviewNames names, const QString& title,
                                     const QString& question, PrivateTurnPanel::MakeEditor makeEditor,
                                     PrivateTurnPanel::Submit submit, QWidget* parent)
    : ReviewStepPage(flow, names, parent),
      m_panel(new PrivateTurnPanel(flow, std::move(names), std::move(makeEditor), std::move(submit), this)),
      m_question(stepLabel(question, this, QStringLiteral("stepQuestion"))), m_revealPlace(new QVBoxLayout),
      m_after(new QVBoxLayout)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(stepTitle(title, this));
    layout->addWidget(m_question);
    layout->addWidget(m_panel);
    m_revealPlace->setContentsMargins(0, 0, 0, 0);
    m_after->setContentsMargins(0, 0, 0, 0);
    m_after->setSpacing(10);
    layout->addLayout(m_revealPlace);
    layout->addLayout(m_after);
    layout->addStretch();
    connect(m_panel, &PrivateTurnPanel::problem, this, &ReviewStepPage::problem);
    connect(m_panel, &PrivateTurnPanel::turnHad, this, [this] { refresh(); });
}

Status PrivateReviewStep::leave()
{
    // Words typed in an open turn are neither thrown away nor taken as Done (Done is
    // consent to reveal): the step says so and stays.
    if (const QWidget* editor = m_panel->editor(); editor && holdsWords(editor)) {
        Q_EMIT problem(
            tr("Please press Done or \"Skip my turn\" first: what is typed here is not kept yet."));
        return fail(ErrorCode::InvalidArgument, "a private turn is still open");
    }
    m_panel->dropEditor();
    return {};
}

void PrivateReviewStep::showState(const std::array<TurnState, 2>& turns, QWidget* reveal)
{
    m_panel->showTurns(turns);
    const bool bothHad = turns[0] == TurnState::HadTurn && turns[1] == TurnState::HadTurn;
    m_panel->setVisible(!bothHad);
    if (m_reveal) {
        m_revealPlace->removeWidget(m_reveal);
        delete m_reveal;
        m_reveal = nullptr;
    }
    if (reveal) {
        reveal->setParent(this);
        m_revealPlace->addWidget(reveal);
        m_reveal = reveal;
    }
}

QWidget* PrivateReviewStep::nothingThisWeek(const QString& objectName)
{
    auto* label = stepLabel(nothingThisWeekWords(), this, objectName);
    makeMuted(label);
    return label;
}

} // namespace twofold::ui
