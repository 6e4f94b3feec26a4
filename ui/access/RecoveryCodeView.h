// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "crypto/SecretBuffer.h"

#include <QWidget>

namespace twofold::ui {

// Shows a recovery code, large and monospaced, four groups to a line. The code stays
// in secure memory and is painted from there; it is never kept in a QString or label.
class RecoveryCodeView : public QWidget
{
    Q_OBJECT

public:
    explicit RecoveryCodeView(QWidget* parent = nullptr);

    void setCode(SecretBuffer code);
    const SecretBuffer& code() const { return m_code; }
    void clear();

    QSize sizeHint() const override;

    // "7K3M-Q9XA-…" -> lines of four groups, for painting and printing.
    static QStringList lines(const SecretBuffer& code);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QFont codeFont() const;

    SecretBuffer m_code;
};

} // namespace twofold::ui
