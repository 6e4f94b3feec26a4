// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/together/steps/WentWellStep.h"

#include "ui/together/steps/SharedNote.h"
#include "ui/together/steps/StepWidgets.h"
#include "ui/widgets/Theme.h"

#include <utility>

#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace twofold::ui {

WentWellStep::WentWellStep(ReviewFlow& flow, ReviewNames names, QWidget* parent)
    : ReviewStepPage(flow, std::move(names), parent)
{
    setObjectName(QStringLiteral("wentWellStep"));
    QWidget* column = addCentredColumn(this, 820);
    auto* layout = new QVBoxLayout(column);
    QLabel* title = stepTitle(tr("What went well between us"), column);
    auto* intro =
        new QLabel(tr("Think of a moment this week when things felt easy between you: a laugh, a kindness, "
                      "a small thing done well together. Each of you can write a few words, or none."),
                   column);
    intro->setWordWrap(true);
    makeMuted(intro);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(8);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    const char* objectNames[] = {"wentWellFirst", "wentWellSecond"};
    for (ReviewSide side : {ReviewSide::First, ReviewSide::Second}) {
        const int i = static_cast<int>(sideIndex(side));
        auto* editor = new QPlainTextEdit(column);
        editor->setObjectName(QString::fromLatin1(objectNames[i]));
        editor->setTabChangesFocus(true);
        editor->setFixedHeight(editor->fontMetrics().lineSpacing() * 15 + 16); // room to write, not a wall
        editor->setPlaceholderText(tr("What went well, as %1 saw it").arg(this->names().of(side)));
        editor->setAccessibleName(tr("What went well, by %1").arg(this->names().of(side)));
        auto* label = new QLabel(this->names().of(side), column);
        label->setTextFormat(Qt::PlainText); // names and words are never markup
        label->setBuddy(editor);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        grid->addWidget(label, 0, i);
        grid->addWidget(editor, 1, i);
        auto* note = new SharedNote(flow, NoteKind::WentWell, editor, side);
        connect(note, &SharedNote::problem, this, &ReviewStepPage::problem);
        m_notes[static_cast<std::size_t>(i)] = note;
    }
    layout->addLayout(grid);
    auto* saved = new QLabel(tr("Your words are kept as you write."), column);
    makeMuted(saved);
    layout->addWidget(saved);
    layout->addStretch(1);
}

void WentWellStep::refresh()
{
    for (SharedNote* note : m_notes) {
        note->load();
    }
}

Status WentWellStep::leave()
{
    Status result;
    for (SharedNote* note : m_notes) {
        if (auto st = note->store(); !st) {
            result = st;
        }
    }
    return result;
}

} // namespace twofold::ui
