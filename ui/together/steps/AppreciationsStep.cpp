// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/together/steps/AppreciationsStep.h"

#include "couple/ReviewFlow.h"
#include "ui/together/steps/StepWidgets.h"
#include "ui/widgets/ErrorMessages.h"

#include <string>
#include <vector>

#include <QLabel>
#include <QLineEdit>
#include <QStringList>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {

// Each item stays within kMaxAppreciationBytes however it is written (4 bytes a character at most).
constexpr int kItemCharacters = static_cast<int>(kMaxAppreciationBytes / 4);

QWidget* makeEditor(const ReviewNames& names, ReviewSide side, QWidget* parent)
{
    auto* editor = new QWidget(parent);
    editor->setObjectName(QStringLiteral("appreciationsEditor"));
    auto* layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto* hint = stepLabel(
        AppreciationsStep::tr("One is plenty. Small things count: a cup of tea, a kind word."), editor);
    layout->addWidget(hint);
    for (std::size_t i = 1; i <= kMaxAppreciations; ++i) {
        auto* line = new QLineEdit(editor);
        line->setObjectName(QStringLiteral("appreciation%1").arg(i));
        line->setMaxLength(kItemCharacters);
        line->setAccessibleName(AppreciationsStep::tr("Something you appreciated about %1, %2 of %3")
                                    .arg(names.other(side))
                                    .arg(i)
                                    .arg(kMaxAppreciations));
        layout->addWidget(line);
        if (i == 1) {
            editor->setFocusProxy(line);
        }
    }
    return editor;
}

QString itemsText(const std::optional<Opened<Appreciations>>& side)
{
    if (!side) {
        return {};
    }
    if (!side->readable()) {
        return damagedWords();
    }
    QStringList lines;
    for (const std::string& item : side->value.items) {
        lines << QStringLiteral("• ") + QString::fromStdString(item);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

AppreciationsStep::AppreciationsStep(ReviewFlow& flow, ReviewNames names, QWidget* parent)
    : PrivateReviewStep(
          flow, names, tr("Appreciations"),
          tr("What did you appreciate about each other this week? Each of you writes up to five things, "
             "in turn. You will see them together."),
          [names](ReviewSide side, QWidget* place) { return makeEditor(names, side, place); },
          [&flow = flow](ReviewSide side, QWidget* editor) {
              std::vector<std::string> items;
              for (auto* line : editor->findChildren<QLineEdit*>()) {
                  if (QString text = line->text().trimmed(); !text.isEmpty()) {
                      items.push_back(text.toStdString());
                  }
              }
              // Nothing written is a turn with nothing to show, as a skip is.
              return items.empty() ? flow.skipTurn(side) : flow.submitAppreciations(side, items);
          },
          parent)
{
    setObjectName(QStringLiteral("appreciationsStep"));
}

void AppreciationsStep::refresh()
{
    auto view = flow().appreciations();
    if (!view) {
        Q_EMIT problem(describe(view.error()).text());
        return;
    }
    QWidget* reveal = nullptr;
    if (view->revealed) {
        reveal = revealColumns(names(), itemsText(view->first), itemsText(view->second),
                               QStringLiteral("appreciationsReveal"), this);
    } else if (view->nothingThisWeek) {
        reveal = nothingThisWeek(QStringLiteral("appreciationsReveal"));
    }
    showState(view->turns, reveal);
}

} // namespace twofold::ui
