// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/widgets/Dialogs.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QTimer>

namespace twofold::ui {

namespace {

std::optional<QMessageBox::StandardButton> g_nextAnswer;
std::optional<QMessageBox::StandardButton> g_alwaysAnswer;
QString g_lastText;
QMessageBox::StandardButton g_lastDefault = QMessageBox::NoButton;
int g_shownCount = 0;

} // namespace

QMessageBox::StandardButton Dialogs::information(QWidget* parent, const QString& text, const QString& details)
{
    return ask(parent, QMessageBox::Information, text, details, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton Dialogs::warning(QWidget* parent, const QString& text, const QString& details)
{
    return ask(parent, QMessageBox::Warning, text, details, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton Dialogs::question(QWidget* parent, const QString& text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton)
{
    return ask(parent, QMessageBox::Question, text, QString(), buttons, defaultButton);
}

QMessageBox::StandardButton Dialogs::choose(QWidget* parent, QMessageBox::Icon icon, const QString& text,
                                            const QString& details, const LabelledButtons& buttons,
                                            QMessageBox::StandardButton defaultButton)
{
    QMessageBox::StandardButtons all;
    for (const auto& [button, label] : buttons) {
        all |= button;
    }
    return ask(parent, icon, text, details, all, defaultButton, buttons);
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

void Dialogs::setAlwaysAnswer(std::optional<QMessageBox::StandardButton> answer)
{
    g_alwaysAnswer = answer;
}

QString Dialogs::lastText()
{
    return g_lastText;
}

QMessageBox::StandardButton Dialogs::lastDefault()
{
    return g_lastDefault;
}

void Dialogs::shareLockShortcut(QWidget* dialog)
{
    QWidget* parent = dialog->parentWidget();
    if (!parent) {
        return;
    }
    // AppWindow's action (objectName "lockAction"), a Qt::WindowShortcut: added to the
    // dialog, it also matches while the dialog is the active window.
    if (auto* lock =
            parent->window()->findChild<QAction*>(QStringLiteral("lockAction"), Qt::FindDirectChildrenOnly)) {
        dialog->addAction(lock);
    }
}

int Dialogs::shownCount()
{
    return g_shownCount;
}

QMessageBox::StandardButton Dialogs::ask(QWidget* parent, QMessageBox::Icon icon, const QString& text,
                                         const QString& details, QMessageBox::StandardButtons buttons,
                                         QMessageBox::StandardButton defaultButton,
                                         const LabelledButtons& labels)
{
    g_lastText = details.isEmpty() ? text : text + QLatin1Char('\n') + details;
    g_lastDefault = defaultButton;
    ++g_shownCount;
    if (g_nextAnswer) {
        const auto answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    if (g_alwaysAnswer) {
        return *g_alwaysAnswer;
    }
    // The title is only the app's name: a dialog title never carries journal text (DESIGN.md §6).
    QMessageBox box(icon, QApplication::applicationDisplayName(), text, buttons, parent);
    box.setObjectName(QStringLiteral("messageBox"));
    box.setInformativeText(details);
    for (const auto& [button, label] : labels) {
        if (QAbstractButton* shown = box.button(button)) {
            shown->setText(label);
        }
    }
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

void Dialogs::growToFit(QWidget* dialog)
{
    // Once the event loop has laid the new text out, so sizeHint() counts it.
    QTimer::singleShot(0, dialog, [dialog]() {
        const QSize wanted = dialog->sizeHint().expandedTo(dialog->size());
        if (wanted != dialog->size()) {
            dialog->resize(wanted);
        }
    });
}

} // namespace twofold::ui
