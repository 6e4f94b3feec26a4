// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"
#include "couple/ReviewSteps.h"
#include "ui/together/steps/ReviewStepPage.h"

#include <array>
#include <functional>
#include <optional>

#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace twofold::ui {

// The turns of one private review step (appreciations, check-in, "more loved"), each
// side in turn: a handover card asks the other partner to look away, then the side's
// editor, made fresh for this turn, with Done and "Skip my turn". After either, the
// editor is destroyed at once (its text, undo history and accessibility cache with it)
// and the side cannot return to it: core refuses a second turn too. A skip writes
// nothing and afterwards looks exactly like Done.
class PrivateTurnPanel : public QWidget
{
    Q_OBJECT

public:
    // Makes `side`'s editor for one turn, under `parent`.
    using MakeEditor = std::function<QWidget*(ReviewSide side, QWidget* parent)>;
    // Hands `side`'s words from `editor` to the flow (ReviewFlow::submit*).
    using Submit = std::function<Status(ReviewSide side, QWidget* editor)>;

    PrivateTurnPanel(ReviewFlow& flow, ReviewNames names, MakeEditor makeEditor, Submit submit,
                     QWidget* parent = nullptr);

    // The handover card of the first side still waiting (nothing when both had their turn).
    void showTurns(const std::array<TurnState, 2>& turns);
    // Leaving the step mid-turn: the open editor goes, nothing is submitted.
    void dropEditor();
    QWidget* editor() const { return m_editor; }

Q_SIGNALS:
    // A side had its turn (Done or Skip): the step re-reads the flow.
    void turnHad();
    void problem(const QString& message);

private:
    void beginTurn();
    void finishTurn(bool skipped);

    ReviewFlow& m_flow;
    ReviewNames m_names;
    MakeEditor m_makeEditor;
    Submit m_submit;
    std::optional<ReviewSide> m_side; // the side whose card or editor is showing

    QFrame* m_handover;
    QLabel* m_lookAway;
    QPushButton* m_goOn;
    QWidget* m_turn;
    QLabel* m_turnHeading;
    QVBoxLayout* m_editorPlace;
    QWidget* m_editor = nullptr;
};

} // namespace twofold::ui
