// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <QColor>
#include <QPalette>

namespace twofold::ui {

// WCAG 2 (AA) contrast: 4.5:1 for text, 3:1 for the parts of a control and for focus.
inline constexpr double kTextContrast = 4.5;
inline constexpr double kPartContrast = 3.0;

// `over` at `alpha` laid on opaque `under`: the opaque colour a reader sees.
QColor blend(const QColor& over, const QColor& under, qreal alpha);

// `ink` (its alpha laid on `paper`), made just lighter or darker until it reaches `ratio`
// against `paper`; unchanged when it already does. Opaque.
QColor readableOn(const QColor& ink, const QColor& paper, double ratio = kTextContrast);
// The same against two papers at once (a row over Base and AlternateBase).
QColor readableOn(const QColor& ink, const QColor& paper, const QColor& otherPaper,
                  double ratio = kTextContrast);

// `palette` with every text role readable on its background (and Highlight dark or light
// enough under HighlightedText), changing only the colours that fall short. Disabled
// colours are left as they are: WCAG asks no contrast of controls that cannot be used.
QPalette readablePalette(QPalette palette);

// The focus ring: the highlight colour, at 3:1 against the window, the fields and buttons.
QColor focusRingColour(const QPalette& palette);
// The edge of a check box, radio button or text field: a quiet grey at 3:1 against the
// window and the field.
QColor controlEdgeColour(const QPalette& palette);

} // namespace twofold::ui
