// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

class QWidget;

namespace twofold::ui {

// Calm layouts (issue 16): a message (an error, a result, a busy bar, a hint) keeps its place in
// the layout whether it shows or not, and a label at least `lines` lines of its font high, so
// showing, hiding or changing it never moves the buttons around it. Only a message longer than
// `lines` lines still makes room for itself.
void keepMessagePlace(QWidget* message, int lines = 2);

} // namespace twofold::ui
