// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/access/ShowSecretToggle.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace twofold::ui {

ShowSecretToggle::ShowSecretToggle(QLineEdit* field, const QString& objectName, QWidget* parent)
    : QToolButton(parent), m_field(field)
{
    setObjectName(objectName);
    setCheckable(true);
    setFocusPolicy(Qt::StrongFocus);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    // One name, with the pressed state beside it, as screen readers expect of a toggle.
    setAccessibleName(tr("Show password"));
    connect(this, &QToolButton::toggled, this, &ShowSecretToggle::update);
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty()) {
            setChecked(false);
        }
    });
    m_field->installEventFilter(this);
    // Right after its field in the Tab order.
    QWidget::setTabOrder(m_field, this);
    update();
}

void ShowSecretToggle::update()
{
    const bool shown = isChecked();
    m_field->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    // Normal echo drops the hints that keep the text out of an input method's memory.
    m_field->setInputMethodHints(m_field->inputMethodHints() | Qt::ImhSensitiveData |
                                 Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_field->setContextMenuPolicy(shown ? Qt::NoContextMenu : Qt::DefaultContextMenu);
    setText(shown ? tr("Hide") : tr("Show"));
    setToolTip(shown ? tr("Hide what you typed") : tr("Show what you type, if nobody can see your screen"));
}

bool ShowSecretToggle::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_field &&
        (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut)) {
            event->accept();
            return event->type() == QEvent::KeyPress;
        }
    }
    return QToolButton::eventFilter(watched, event);
}

} // namespace twofold::ui
