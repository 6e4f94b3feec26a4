// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <optional>
#include <utility>

#include <QList>
#include <QMessageBox>
#include <QString>

class QWidget;

namespace twofold::ui {

// Every message box goes through here, so tests can pre-answer them instead of
// blocking on a modal loop (KeePassXC's MessageBox seam).
class Dialogs
{
public:
    static QMessageBox::StandardButton information(QWidget* parent, const QString& text,
                                                   const QString& details = QString());
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& text,
                                               const QString& details = QString());
    // Buttons are the caller's; the default button is the first of `buttons` unless given.
    static QMessageBox::StandardButton question(QWidget* parent, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);

    // Buttons that say what they do ("Restore from a backup…"): each is a StandardButton
    // with its own words, so tests answer it like any other dialog.
    using LabelledButtons = QList<std::pair<QMessageBox::StandardButton, QString>>;
    static QMessageBox::StandardButton choose(QWidget* parent, QMessageBox::Icon icon, const QString& text,
                                              const QString& details, const LabelledButtons& buttons,
                                              QMessageBox::StandardButton defaultButton);

    // Tests: the next dialog is not shown; it returns `answer` at once.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Tests: every dialog returns `answer` at once until cleared with std::nullopt.
    static void setAlwaysAnswer(std::optional<QMessageBox::StandardButton> answer);
    // Tests: the text of the last dialog asked for, answered or shown.
    static QString lastText();
    // Tests: the default button of the last dialog asked for, answered or shown.
    static QMessageBox::StandardButton lastDefault();
    static int shownCount();

    // The window's Lock now action (Ctrl+L, DESIGN.md §6) also works while `dialog`, a
    // window of its own, is the active one. `dialog`'s parent must be inside that window.
    static void shareLockShortcut(QWidget* dialog);

    // After a result or problem is shown in `dialog`, grows it to fit (never shrinks it),
    // rather than letting its layout squeeze the fields above.
    static void growToFit(QWidget* dialog);

private:
    static QMessageBox::StandardButton ask(QWidget* parent, QMessageBox::Icon icon, const QString& text,
                                           const QString& details, QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton,
                                           const LabelledButtons& labels = {});
};

} // namespace twofold::ui
