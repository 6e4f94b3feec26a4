// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/together/steps/PrivateTurnPanel.h"

#include "couple/ReviewFlow.h"
#include "ui/together/steps/StepWidgets.h"
#include "ui/widgets/ErrorMessages.h"
#include "ui/widgets/Theme.h"

#include <utility>

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace twofold::ui {

PrivateTurnPanel::PrivateTurnPanel(ReviewFlow& flow, ReviewNames names, MakeEditor makeEditor, Submit submit,
                                   QWidget* parent)
    : QWidget(parent), m_flow(flow), m_names(std::move(names)), m_makeEditor(std::move(makeEditor)),
      m_submit(std::move(submit)), m_handover(new QFrame(this)), m_turn(new QWidget(this))
{
    setObjectName(QStringLiteral("privateTurnPanel"));
    m_handover->setObjectName(QStringLiteral("handoverCard"));
    m_handover->setFrameShape(QFrame::StyledPanel);
    m_lookAway = stepLabel(QString(), m_handover, QStringLiteral("handoverLookAway"));
    makeHeadline(m_lookAway, 1.15);
    auto* why = stepLabel(tr("What you write here stays hidden until you have both had your turn. "
                             "Then it is shown to both of you at once."),
                          m_handover);
    makeMuted(why);
    m_goOn = namedButton(QString(), QStringLiteral("handoverGoOnButton"), m_handover);
    auto* card = new QVBoxLayout(m_handover);
    card->setContentsMargins(20, 18, 20, 18);
    card->setSpacing(10);
    card->addWidget(m_lookAway);
    card->addWidget(why);
    auto* goOnRow = new QHBoxLayout;
    goOnRow->addWidget(m_goOn);
    goOnRow->addStretch();
    card->addLayout(goOnRow);

    m_turn->setObjectName(QStringLiteral("privateTurn"));
    m_turnHeading = stepLabel(QString(), m_turn, QStringLiteral("turnHeading"));
    QFont bold = m_turnHeading->font();
    bold.setBold(true);
    m_turnHeading->setFont(bold);
    m_editorPlace = new QVBoxLayout;
    m_editorPlace->setContentsMargins(0, 0, 0, 0);
    auto* skip = namedButton(tr("Skip my turn"), QStringLiteral("skipTurnButton"), m_turn);
    auto* done = namedButton(tr("Done"), QStringLiteral("turnDoneButton"), m_turn);
    auto* turnLayout = new QVBoxLayout(m_turn);
    turnLayout->setContentsMargins(0, 0, 0, 0);
    turnLayout->setSpacing(10);
    turnLayout->addWidget(m_turnHeading);
    turnLayout->addLayout(m_editorPlace);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(skip);
    buttons->addWidget(done);
    turnLayout->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_handover);
    layout->addWidget(m_turn);
    m_handover->setVisible(false);
    m_turn->setVisible(false);

    connect(m_goOn, &QPushButton::clicked, this, &PrivateTurnPanel::beginTurn);
    connect(done, &QPushButton::clicked, this, [this] { finishTurn(false); });
    connect(skip, &QPushButton::clicked, this, [this] { finishTurn(true); });
}

void PrivateTurnPanel::showTurns(const std::array<TurnState, 2>& turns)
{
    dropEditor();
    m_side.reset();
    for (ReviewSide side : {ReviewSide::First, ReviewSide::Second}) {
        if (turns[sideIndex(side)] == TurnState::Waiting) {
            m_side = side;
            break;
        }
    }
    m_turn->setVisible(false);
    m_handover->setVisible(m_side.has_value());
    if (!m_side) {
        m_lookAway->clear();
        m_goOn->setText(QString());
        return;
    }
    m_lookAway->setText(tr("%1, please look away for a moment.").arg(m_names.other(*m_side)));
    m_goOn->setText(tr("I'm %1, go on").arg(m_names.of(*m_side)));
    m_goOn->setAccessibleName(m_goOn->text());
}

void PrivateTurnPanel::beginTurn()
{
    if (!m_side) {
        return;
    }
    dropEditor();
    m_editor = m_makeEditor(*m_side, m_turn);
    // An input method learns nothing of a private turn to suggest in the other's.
    for (QWidget* field : m_editor->findChildren<QWidget*>()) {
        if (field->testAttribute(Qt::WA_InputMethodEnabled)) {
            field->setInputMethodHints(field->inputMethodHints() | Qt::ImhSensitiveData |
                                       Qt::ImhNoPredictiveText);
        }
    }
    m_editorPlace->addWidget(m_editor);
    m_turnHeading->setText(tr("%1, this is just for you for now.").arg(m_names.of(*m_side)));
    m_handover->setVisible(false);
    m_turn->setVisible(true);
    m_editor->setFocus(); // the editor's focus proxy: its first field
}

void PrivateTurnPanel::finishTurn(bool skipped)
{
    if (!m_side || !m_editor) {
        return;
    }
    Status had = skipped ? m_flow.skipTurn(*m_side) : m_submit(*m_side, m_editor);
    if (!had) {
        Q_EMIT problem(describe(had.error()).text());
        return;
    }
    dropEditor();
    Q_EMIT problem(QString());
    Q_EMIT turnHad();
}

void PrivateTurnPanel::dropEditor()
{
    if (!m_editor) {
        return;
    }
    // Gone at once, not later: no text, no undo stack, nothing for a screen reader. Done
    // and Skip are outside the editor, so no signal of the editor's own is running.
    wipeWords(m_editor);
    m_editorPlace->removeWidget(m_editor);
    delete m_editor;
    m_editor = nullptr;
    m_turnHeading->clear();
    m_turn->setVisible(false);
}

} // namespace twofold::ui
