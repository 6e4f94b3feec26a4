// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

class QAbstractButton;
class QString;
class QWidget;

namespace twofold::ui {

// Roles that match what a control does (docs/ACCESSIBILITY.md, "Roles"). A checkable
// button that picks one page of several is a page tab in a page tab list, not a check
// box; one that picks one of several choices (a partner, a colour) is a radio button.
// The button keeps its look and its behaviour; only what it tells a screen reader
// changes: the role, "checked" (and "selected" for a tab) while it is the chosen one,
// and one action, "Press". Its name is its accessible name, or its text without "&".
void presentAsPageTabList(QWidget* container);
void presentAsPageTab(QAbstractButton* button);
void presentAsRadioButton(QAbstractButton* button);
// A notice that appears by itself (a bar saying "Entry deleted."): the role "alert", whose
// showing a screen reader speaks. Its name should be the words it shows.
void presentAsAlert(QWidget* widget);

// A text with its mnemonic marker taken out, for a name: "&Undo" is "Undo", "R&&D" is "R&D".
QString withoutMnemonic(const QString& text);

} // namespace twofold::ui
