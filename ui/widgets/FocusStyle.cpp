// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/widgets/FocusStyle.h"

#include "ui/widgets/Contrast.h"

#include <QAbstractScrollArea>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyleOption>
#include <QTextCharFormat>
#include <QTextEdit>

namespace twofold::ui {

namespace {

constexpr qreal kRingWidth = 2.0;

void drawRing(QPainter* painter, const QRect& rect, const QColor& colour, qreal radius)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(colour, kRingWidth));
    painter->setBrush(Qt::NoBrush);
    const qreal inset = kRingWidth / 2;
    painter->drawRoundedRect(QRectF(rect).adjusted(inset, inset, -inset, -inset), radius, radius);
    painter->restore();
}

void drawEdge(QPainter* painter, const QRectF& rect, const QColor& colour, bool round, qreal radius)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(colour, 1.0));
    painter->setBrush(Qt::NoBrush);
    const QRectF edge = rect.adjusted(0.5, 0.5, -0.5, -0.5);
    if (round) {
        painter->drawEllipse(edge);
    } else {
        painter->drawRoundedRect(edge, radius, radius);
    }
    painter->restore();
}

// A text field whose edge is part of what shows where to type.
bool isTextArea(const QWidget* widget)
{
    return qobject_cast<const QTextEdit*>(widget) != nullptr ||
           qobject_cast<const QPlainTextEdit*>(widget) != nullptr;
}

} // namespace

FocusStyle::FocusStyle(QStyle* base) : QProxyStyle(base) {}

QString FocusStyle::baseName() const
{
    return baseStyle()->name();
}

int FocusStyle::styleHint(StyleHint hint, const QStyleOption* option, const QWidget* widget,
                          QStyleHintReturn* returnData) const
{
    if (hint == SH_TextControl_FocusIndicatorTextCharFormat) {
        if (auto* variant = qstyleoption_cast<QStyleHintReturnVariant*>(returnData)) {
            const QPalette palette = option != nullptr   ? option->palette
                                     : widget != nullptr ? widget->palette()
                                                         : QPalette();
            QTextCharFormat format;
            format.setProperty(QTextFormat::OutlinePen, QPen(focusRingColour(palette), kRingWidth));
            variant->variant = format;
            return 1;
        }
    }
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

void FocusStyle::drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                             const QWidget* widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    // A flat button (the ones that read as links) has no panel, so no focus line either.
    if (element == CE_PushButtonBevel) {
        const auto* button = qstyleoption_cast<const QStyleOptionButton*>(option);
        if (button != nullptr && button->features.testFlag(QStyleOptionButton::Flat) &&
            option->state.testFlag(State_HasFocus) && option->state.testFlag(State_KeyboardFocusChange)) {
            drawRing(painter, option->rect, focusRingColour(option->palette), 3);
        }
    }
}

void FocusStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                               const QWidget* widget) const
{
    const QPalette& palette = option->palette;
    const bool focused = option->state.testFlag(State_HasFocus);
    switch (element) {
    case PE_FrameFocusRect: {
        // Like Fusion, only once the keyboard has moved focus.
        if (!option->state.testFlag(State_KeyboardFocusChange)) {
            return;
        }
        // On a selected row the ring is drawn in the selected text's colour.
        const bool selected = option->state.testFlag(State_Selected);
        const QColor ring = selected ? palette.color(QPalette::HighlightedText) : focusRingColour(palette);
        drawRing(painter, option->rect, ring, 3);
        return;
    }
    case PE_PanelButtonCommand:
        // Fusion marks a focused button with a faint line of its own.
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (focused && option->state.testFlag(State_KeyboardFocusChange)) {
            drawRing(painter, option->rect, focusRingColour(palette), 3);
        }
        return;
    case PE_IndicatorCheckBox:
    case PE_IndicatorRadioButton:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        drawEdge(painter, QRectF(option->rect), controlEdgeColour(palette),
                 element == PE_IndicatorRadioButton, 2);
        return;
    case PE_FrameLineEdit:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        drawEdge(painter, QRectF(option->rect), controlEdgeColour(palette), false, 2);
        if (focused) {
            drawRing(painter, option->rect, focusRingColour(palette), 3);
        }
        return;
    case PE_Frame:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (isTextArea(widget)) {
            drawEdge(painter, QRectF(option->rect), controlEdgeColour(palette), false, 2);
        }
        if (focused && qobject_cast<const QAbstractScrollArea*>(widget) != nullptr) {
            drawRing(painter, option->rect, focusRingColour(palette), 3);
        }
        return;
    default:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
}

} // namespace twofold::ui
