// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/together/steps/CheckInStep.h"

#include "couple/ReviewFlow.h"
#include "ui/together/CheckInForm.h"
#include "ui/together/steps/StepWidgets.h"
#include "ui/widgets/ErrorMessages.h"
#include "ui/widgets/Theme.h"

#include <QLabel>
#include <QStringList>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {

QWidget* makeEditor(QWidget* parent)
{
    auto* editor = new QWidget(parent);
    editor->setObjectName(QStringLiteral("checkInEditor"));
    auto* hint = stepLabel(CheckInStep::tr("Nothing here is required. Anything you leave out shows as "
                                           "“rather not say”."),
                           editor);
    makeMuted(hint);
    auto* form = new CheckInForm(editor);
    form->setNotesVisible(false);
    auto* layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(hint);
    layout->addWidget(form);
    editor->setFocusProxy(form->findChild<QWidget*>(QStringLiteral("ratingEmotional1")));
    return editor;
}

QString ratingsText(const std::optional<Opened<CheckIn>>& side)
{
    if (!side) {
        return {};
    }
    if (!side->readable()) {
        return damagedWords();
    }
    const QStringList ratingNames = CheckInForm::ratingNames();
    const auto ratings = side->value.ratings();
    QStringList lines;
    for (std::size_t i = 0; i < ratings.size(); ++i) {
        lines << CheckInStep::tr("%1: %2").arg(ratingNames[static_cast<int>(i)],
                                               ratings[i] ? CheckInStep::tr("%1 of 5").arg(*ratings[i])
                                                          : CheckInStep::tr("rather not say"));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

CheckInStep::CheckInStep(ReviewFlow& flow, ReviewNames names, QWidget* parent)
    : PrivateReviewStep(
          flow, std::move(names), tr("Check-in"),
          tr("How connected have you felt this week? Four gentle questions, each of you in turn."),
          [](ReviewSide, QWidget* place) { return makeEditor(place); },
          [&flow = flow](ReviewSide side, QWidget* editor) {
              // Done with nothing chosen is a check-in of "rather not say" throughout.
              return flow.submitCheckIn(side, editor->findChild<CheckInForm*>()->value());
          },
          parent)
{
    setObjectName(QStringLiteral("checkInStep"));
}

void CheckInStep::refresh()
{
    auto view = flow().checkIn();
    if (!view) {
        Q_EMIT problem(describe(view.error()).text());
        return;
    }
    QWidget* reveal = nullptr;
    if (view->revealed) {
        reveal = revealColumns(names(), ratingsText(view->first), ratingsText(view->second),
                               QStringLiteral("checkInReveal"), this);
    } else if (view->nothingThisWeek) {
        reveal = nothingThisWeek(QStringLiteral("checkInReveal"));
    }
    showState(view->turns, reveal);
}

} // namespace twofold::ui
