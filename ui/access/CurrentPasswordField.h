// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"
#include "crypto/SecretBuffer.h"

#include <memory>
#include <optional>

#include <QWidget>

class QLineEdit;

namespace twofold {
class Session;
}

namespace twofold::ui {

// "Your current password" (DESIGN.md §6), asked before a key change by NewPasswordDialog
// and NewRecoveryCodeDialog (not after a recovery-code unlock, which proved the same):
// the label and the field, with a Caps Lock hint under it or a show toggle beside it.
// With it, the check the worker runs and the words for what went wrong.
class CurrentPasswordField : public QWidget
{
    Q_OBJECT

public:
    enum class Extra
    {
        CapsLockHint, // a line under the field while Caps Lock is on
        ShowToggle,   // a button beside the field that shows what was typed
    };

    // `fieldName` names the field, `extraName` the hint or toggle (tests find them).
    CurrentPasswordField(const QString& fieldName, Extra extra, const QString& extraName, QWidget* parent);

    QLineEdit* field() const { return m_field; }
    bool isEmpty() const;
    // The last of its widgets in the tab order (what follows it comes next).
    QWidget* lastInTabOrder() const { return m_last; }

    // "Type your current password first."
    static QString missingText();
    // The password `field` holds, taken into secure memory for the worker (the field is
    // cleared); none when no current password was asked (`field` is null).
    static std::shared_ptr<std::optional<SecretBuffer>> take(CurrentPasswordField* field);
    // In the worker: checks `current` (Session::verifyPassword; a wrong one is a failed
    // attempt) and wipes it. Nothing to check is fine.
    static Status verify(Session& session, std::optional<SecretBuffer>& current);
    // "That is not your current password. Nothing was changed.", or what else went wrong.
    static QString failureText(const Error& error);

Q_SIGNALS:
    void changed();
    void submitted();

private:
    QLineEdit* m_field;
    QWidget* m_last;
};

} // namespace twofold::ui
