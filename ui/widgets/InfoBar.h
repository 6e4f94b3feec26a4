// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace twofold::ui {

// A calm, dismissable message across the top of a page: errors, "Entry deleted — Undo",
// failed unlock attempts. Never a modal interruption.
class InfoBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Info,
        Success,
        Warning,
        Error,
    };

    explicit InfoBar(const QString& objectName, QWidget* parent = nullptr);

    // Shows the bar; an empty actionText hides the action button.
    void showMessage(Kind kind, const QString& text, const QString& actionText = QString());
    void dismiss();
    QString text() const;
    QPushButton* actionButton() const { return m_action; }

Q_SIGNALS:
    void actionTriggered();
    void dismissed();

private:
    // Mixes the bar's colour for `kind` from the current palette (again after a theme change).
    void applyKind(Kind kind);

    Kind m_kind = Kind::Info;
    QLabel* m_label;
    QPushButton* m_action;
    QToolButton* m_close;
};

} // namespace twofold::ui
