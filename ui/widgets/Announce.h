// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

class QLabel;
class QString;
class QWidget;

namespace twofold::ui {

// Errors a screen reader hears (docs/ACCESSIBILITY.md, "Announcements"). An error label
// made with makeAlertLabel has the accessible role AlertMessage, which Qt's AT-SPI bridge
// sends as "alert"; its showing again is the state change Orca speaks.
void makeAlertLabel(QLabel* label);

// Shows `text` in `label` as a fresh alert, makes it `field`'s accessible description
// until the user types in the field again (a QLineEdit), and puts focus on the field.
void showFieldError(QLabel* label, QWidget* field, const QString& text);
// Hides the label and takes the text off the field's description.
void clearFieldError(QLabel* label, QWidget* field);

} // namespace twofold::ui
