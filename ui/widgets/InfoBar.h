// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <QFrame>

class QBoxLayout;
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

    // Puts the bar in `layout` at a place of its own, one line high and kept whether a message
    // shows or not (issue 16): showing, hiding or changing a message never moves what is below
    // it. A message longer than a line lies over the top of what is below until it is dismissed.
    void placeIn(QBoxLayout* layout);
    // Shows this bar in `owner`'s place (placeIn) instead of its own: one message place for a
    // whole window. A bar shown later lies over one shown before; dismissing it uncovers that.
    void sharePlaceOf(const InfoBar* owner);

Q_SIGNALS:
    void actionTriggered();
    void dismissed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Over its place, as high as its message needs.
    void place();
    // Mixes the bar's colour for `kind` from the current palette (again after a theme change).
    void applyKind(Kind kind);

    Kind m_kind = Kind::Info;
    QLabel* m_label;
    QPushButton* m_action;
    QToolButton* m_close;
    QWidget* m_slot = nullptr;
};

} // namespace twofold::ui
