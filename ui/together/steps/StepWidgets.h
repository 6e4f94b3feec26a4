// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "ui/together/steps/ReviewStepPage.h"

#include <QString>

class QLabel;
class QWidget;

namespace twofold::ui {

// Small pieces the review's step widgets share.

// A plain-text, word-wrapped label (a partner's words are never read as markup).
QLabel* stepLabel(const QString& text, QWidget* parent, const QString& objectName = {});
// The step's title, as a headline.
QLabel* stepTitle(const QString& text, QWidget* parent);
// Both partners' revealed words side by side, each under their name: a widget named
// `objectName` holding the labels `objectName + "First"` and `objectName + "Second"`.
QWidget* revealColumns(const ReviewNames& names, const QString& first, const QString& second,
                       const QString& objectName, QWidget* parent);
// "Nothing from this step this week.": what a private step shows when not both wrote.
QString nothingThisWeekWords();
QString damagedWords();
// Empties every text-holding widget under `root`, with its undo history (lock, End), and
// the clipboard and mouse selection (X11, Wayland) when they hold words copied from it: a
// paste or middle click in the other partner's turn brings nothing of this one.
void wipeWords(QWidget* root);
// Whether an editor under `root` holds any text.
bool holdsWords(const QWidget* root);

} // namespace twofold::ui
