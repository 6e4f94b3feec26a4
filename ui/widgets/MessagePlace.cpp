// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/widgets/MessagePlace.h"

#include <QLabel>
#include <QSizePolicy>

namespace twofold::ui {

void keepMessagePlace(QWidget* message, int lines)
{
    QSizePolicy policy = message->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    message->setSizePolicy(policy);
    if (auto* label = qobject_cast<QLabel*>(message); label != nullptr && lines > 0) {
        const QMargins m = label->contentsMargins();
        label->setMinimumHeight(lines * label->fontMetrics().lineSpacing() + m.top() + m.bottom() +
                                2 * label->margin());
    }
}

} // namespace twofold::ui
