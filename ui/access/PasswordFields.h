// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "crypto/SecretBuffer.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace twofold::ui {

class CapsLockHint;

// Password + confirmation with strength feedback: used when a partner is set up and
// when a new password is chosen after unlocking with the recovery code.
class PasswordFields : public QWidget
{
    Q_OBJECT

public:
    // objectPrefix names the children, e.g. "partner" -> "partnerPassword", "partnerConfirm".
    explicit PasswordFields(const QString& objectPrefix, QWidget* parent = nullptr);

    // Empty when the password may be used; otherwise why not, in words.
    QString problem() const;
    bool isAcceptable() const { return problem().isEmpty(); }
    // Moves the password into secure memory and clears both fields.
    SecretBuffer takePassword();
    void clear();

    QLineEdit* passwordField() const { return m_password; }
    QLineEdit* confirmField() const { return m_confirm; }
    // Its focusable widgets in Tab order (each field, then its Show toggle), for a
    // dialog that puts something before them.
    QList<QWidget*> tabOrder() const;

Q_SIGNALS:
    void changed();
    void submitted(); // Return in the confirm field

private:
    void updateFeedback();

    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QWidget* m_passwordShow = nullptr;
    QWidget* m_confirmShow = nullptr;
    QProgressBar* m_meter;
    QLabel* m_strength;
    QLabel* m_match;
    CapsLockHint* m_capsLock;
};

} // namespace twofold::ui
