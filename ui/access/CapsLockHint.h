// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <QLabel>

class QLineEdit;

namespace twofold::ui {

// "Caps Lock is on" under password fields. Qt has no portable way to ask for the
// Caps Lock state, so it is inferred from typed letters: an upper-case letter without
// Shift (or lower-case with Shift) means Caps Lock is on.
class CapsLockHint : public QLabel
{
    Q_OBJECT

public:
    explicit CapsLockHint(const QString& objectName, QWidget* parent = nullptr);
    void watch(QLineEdit* field);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace twofold::ui
