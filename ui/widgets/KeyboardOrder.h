// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <QList>

class QWidget;

namespace twofold::ui {

// Tab order that follows the layout (docs/ACCESSIBILITY.md, "Keyboard"). Qt's Tab chain is
// the order in which widgets were created, which drifts from what the eye sees as soon as a
// widget is made early and placed late (the editor's closeness boxes, Settings' buttons,
// a notice bar at the top). These walk the layouts instead: a box layout in its order, a
// form row by row (label, then field), a grid row by row, a splitter pane by pane, into
// scroll areas and stacked pages, and make the chain follow what they find.

// The widgets under `root` that Tab can reach, in the order of its layouts (hidden ones
// too: Tab skips them while they are hidden, and they keep their place for when they show).
QList<QWidget*> widgetsInLayoutOrder(QWidget* root);

// Chains `widgets` one after the other in Tab order (each right after the one before).
void chainTabOrder(const QList<QWidget*>& widgets);

// chainTabOrder(widgetsInLayoutOrder(root)): call at the end of a screen's construction and
// again after it builds widgets of its own later (a list of packs, a new partner tile).
void orderTabsAsLaidOut(QWidget* root);

} // namespace twofold::ui
