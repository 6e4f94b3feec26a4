// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/together/steps/LovedStep.h"

#include "couple/ReviewFlow.h"
#include "ui/together/steps/StepWidgets.h"
#include "ui/widgets/ErrorMessages.h"
#include "ui/widgets/Theme.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {

// An intention field holds at least every character of the answer it is prefilled from
// (at most kMaxLovedBytes of UTF-8, so at most that many characters): the partner's words
// are never cut. Typed past the byte limit, saving says so.
constexpr int kCharacters = static_cast<int>(kMaxLovedBytes);

QWidget* makeEditor(const ReviewNames& names, ReviewSide side, QWidget* parent)
{
    auto* editor = new QWidget(parent);
    editor->setObjectName(QStringLiteral("lovedEditor"));
    auto* question = stepLabel(
        LovedStep::tr("What could %1 do this week to make you feel more loved?").arg(names.other(side)),
        editor);
    auto* answer = new QPlainTextEdit(editor);
    answer->setObjectName(QStringLiteral("lovedAnswer"));
    answer->setAccessibleName(question->text());
    answer->setTabChangesFocus(true);
    answer->setMaximumHeight(110);
    auto* layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(question);
    layout->addWidget(answer);
    editor->setFocusProxy(answer);
    return editor;
}

QString answerText(const std::optional<Opened<std::string>>& side)
{
    if (!side) {
        return {};
    }
    return side->readable() ? QString::fromStdString(side->value) : damagedWords();
}

QLineEdit* intentionField(const QString& objectName, const QString& name, QWidget* parent)
{
    auto* field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setMaxLength(kCharacters);
    field->setAccessibleName(LovedStep::tr("%1's intention").arg(name));
    return field;
}

} // namespace

LovedStep::LovedStep(ReviewFlow& flow, ReviewNames names, QWidget* parent)
    : PrivateReviewStep(
          flow, names, tr("Feeling loved"),
          tr("What can I do this week to make you feel more loved? Each of you answers in turn; your "
             "answers become next week's intentions."),
          [names](ReviewSide side, QWidget* place) { return makeEditor(names, side, place); },
          [&flow = flow](ReviewSide side, QWidget* editor) {
              const QString answer = editor->findChild<QPlainTextEdit*>()->toPlainText().trimmed();
              return answer.isEmpty() ? flow.skipTurn(side) : flow.submitLoved(side, answer.toStdString());
          },
          parent),
      m_intentions(new QWidget(this)),
      m_intentionFirst(intentionField(QStringLiteral("nextIntentionFirst"), names.first, m_intentions)),
      m_intentionSecond(intentionField(QStringLiteral("nextIntentionSecond"), names.second, m_intentions))
{
    setObjectName(QStringLiteral("lovedStep"));
    m_intentions->setObjectName(QStringLiteral("nextIntentions"));
    auto* heading = stepLabel(tr("Next week's intentions"), m_intentions);
    makeHeadline(heading, 1.15);
    auto* note = stepLabel(tr("What each of you asked becomes the other's intention. Change it as you like, "
                              "or leave it empty."),
                           m_intentions);
    makeMuted(note);
    auto* form = new QFormLayout;
    auto* firstLabel = new QLabel(tr("%1:").arg(names.first), m_intentions);
    firstLabel->setTextFormat(Qt::PlainText); // names and words are never markup
    firstLabel->setBuddy(m_intentionFirst);
    auto* secondLabel = new QLabel(tr("%1:").arg(names.second), m_intentions);
    secondLabel->setTextFormat(Qt::PlainText); // names and words are never markup
    secondLabel->setBuddy(m_intentionSecond);
    form->addRow(firstLabel, m_intentionFirst);
    form->addRow(secondLabel, m_intentionSecond);
    auto* layout = new QVBoxLayout(m_intentions);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(note);
    layout->addLayout(form);
    afterReveal()->addWidget(m_intentions);
    m_intentions->setVisible(false);
}

void LovedStep::refresh()
{
    auto view = flow().loved();
    if (!view) {
        Q_EMIT problem(describe(view.error()).text());
        return;
    }
    QWidget* reveal = nullptr;
    if (view->revealed) {
        reveal = revealColumns(names(), answerText(view->first), answerText(view->second),
                               QStringLiteral("lovedReveal"), this);
    } else if (view->nothingThisWeek) {
        reveal = nothingThisWeek(QStringLiteral("lovedReveal"));
    }
    showState(view->turns, reveal);
    // After both had their turn: the intentions, as the flow holds them now.
    const bool after = view->revealed || view->nothingThisWeek;
    m_intentionFirst->setText(after ? QString::fromStdString(flow().nextIntention(ReviewSide::First))
                                    : QString());
    m_intentionSecond->setText(after ? QString::fromStdString(flow().nextIntention(ReviewSide::Second))
                                     : QString());
    m_intentions->setVisible(after);
}

Status LovedStep::leave()
{
    if (Status left = PrivateReviewStep::leave(); !left) {
        return left;
    }
    if (m_intentions->isVisibleTo(this)) {
        flow().setNextIntention(ReviewSide::First, m_intentionFirst->text().trimmed().toStdString());
        flow().setNextIntention(ReviewSide::Second, m_intentionSecond->text().trimmed().toStdString());
    }
    return {};
}

} // namespace twofold::ui
