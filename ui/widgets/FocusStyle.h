// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <QProxyStyle>

namespace twofold::ui {

// The application's style (Fusion, or the system's) with parts everyone can see: a clear
// 2 px focus ring in the highlight colour on every control (flat, link-like buttons too)
// and on a focused link in a label, and
// check boxes, radio buttons and text fields edged at 3:1 against the window (WCAG 2
// non-text contrast). Everything else is the wrapped style's own.
class FocusStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // Takes ownership of `base`.
    explicit FocusStyle(QStyle* base);

    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;

    // A focused link in a label: outlined by the focus ring (Qt's own is a thin dashed line).
    int styleHint(StyleHint hint, const QStyleOption* option = nullptr, const QWidget* widget = nullptr,
                  QStyleHintReturn* returnData = nullptr) const override;

    // The wrapped style's name ("fusion"), for "follow the system" to compare with.
    QString baseName() const;
};

} // namespace twofold::ui
