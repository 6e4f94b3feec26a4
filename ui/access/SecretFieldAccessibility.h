// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <QLineEdit>

namespace twofold::ui {

// The line edit for every password and recovery code: nothing of what is typed reaches
// the accessibility bus, where any program of the session can listen and a screen
// reader may speak it (docs/ACCESSIBILITY.md, "Secrets and the accessibility bus").
//
// A plain QLineEdit in Password mode still sends each typed character in a text-inserted
// event, and the whole password in a text-removed event when it is cleared. For this
// field the text, caret, selection and value events are dropped before they reach the
// bridge, and its accessible interface is our own: the name and the role "password
// text" as usual, and as its text a fixed row of bullets while something is typed
// (nothing when it is empty), never the content nor its length. This holds while
// ShowSecretToggle shows the text on screen too.
class SecretLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit SecretLineEdit(QWidget* parent = nullptr);

protected:
    // While ShowSecretToggle shows the text, QLineEdit puts a selection in the X11 PRIMARY
    // selection, which every program of the session can read: it is taken back at once,
    // before any other program can ask for it.
    bool event(QEvent* event) override;

private:
    void keepSecretFromOtherPrograms();
};

// What the interface gives as the field's text while it holds something.
QString secretFieldMask();

// Installs the interface factory and the event filter, once; puts the filter first
// again when another update handler was installed since (tests that record events
// install theirs, then call this, so that they hear what the bridge would hear).
// Every SecretLineEdit calls it when made.
void protectSecretFields();

} // namespace twofold::ui
