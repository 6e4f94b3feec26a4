// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <QToolButton>

class QLineEdit;

namespace twofold::ui {

// "Show" beside a password or recovery-code field: reached with Tab, pressed with Space,
// named for screen readers ("Show password"), it flips the field between hidden and
// shown. The field hides again whenever it is emptied (after unlocking, at lock, when
// the secret is taken), so a shown password never outlives its typing.
class ShowSecretToggle : public QToolButton
{
    Q_OBJECT

public:
    // Its accessible name is "Show password" until the caller names another secret
    // (setAccessibleName(tr("Show recovery code"))).
    ShowSecretToggle(QLineEdit* field, const QString& objectName, QWidget* parent);

protected:
    // While shown, the field still never copies to the clipboard (which every program can
    // read): Copy and Cut are swallowed and the context menu is off, as in hidden mode.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void update();

    QLineEdit* m_field;
};

} // namespace twofold::ui
