// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/access/CapsLockHint.h"

#include "ui/widgets/Theme.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace twofold::ui {

CapsLockHint::CapsLockHint(const QString& objectName, QWidget* parent)
    : QLabel(tr("Caps Lock is on."), parent)
{
    setObjectName(objectName);
    makeWarningText(this);
    hide();
}

void CapsLockHint::watch(QLineEdit* field)
{
    field->installEventFilter(this);
}

bool CapsLockHint::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_CapsLock) {
            setVisible(!isVisible());
        } else if (key->text().size() == 1 && key->text().at(0).isLetter()) {
            const QChar c = key->text().at(0);
            if (c.isUpper() != c.isLower()) { // letters with case only
                const bool shift = key->modifiers().testFlag(Qt::ShiftModifier);
                setVisible(c.isUpper() != shift);
            }
        }
    } else if (event->type() == QEvent::FocusOut) {
        hide();
    }
    return QLabel::eventFilter(watched, event);
}

} // namespace twofold::ui
