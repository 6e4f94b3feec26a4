// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/together/steps/StepWidgets.h"

#include "ui/widgets/Theme.h"

#include <algorithm>

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringList>
#include <QTextEdit>
#include <QVBoxLayout>

namespace twofold::ui {

QLabel* stepLabel(const QString& text, QWidget* parent, const QString& objectName)
{
    QLabel* label = plainLabel(text, parent, objectName);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

QLabel* stepTitle(const QString& text, QWidget* parent)
{
    auto* label = stepLabel(text, parent, QStringLiteral("stepTitle"));
    makeHeadline(label, 1.4);
    return label;
}

QWidget* revealColumns(const ReviewNames& names, const QString& first, const QString& second,
                       const QString& objectName, QWidget* parent)
{
    auto* row = new QWidget(parent);
    row->setObjectName(objectName);
    // As tall as the words, never more: what follows the reveal sits right under it.
    row->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(24);
    const auto column = [&](const QString& name, const QString& text, const QString& suffix) {
        auto* box = new QVBoxLayout;
        box->setSpacing(4);
        auto* heading = stepLabel(name, row);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        box->addWidget(heading);
        box->addWidget(stepLabel(text, row, objectName + suffix));
        box->addStretch();
        layout->addLayout(box, 1);
    };
    column(names.first, first, QStringLiteral("First"));
    column(names.second, second, QStringLiteral("Second"));
    return row;
}

QString nothingThisWeekWords()
{
    return QCoreApplication::translate("twofold::ui::ReviewStep", "Nothing from this step this week.");
}

QString damagedWords()
{
    return QCoreApplication::translate("twofold::ui::ReviewStep", "This item is damaged");
}

void wipeWords(QWidget* root)
{
    // The clipboard and the mouse selection first, while the words are still there to
    // compare: whatever of them was copied or selected (not what another program put there).
    QStringList words;
    for (const auto* line : root->findChildren<QLineEdit*>()) {
        words << line->text();
    }
    for (const auto* plain : root->findChildren<QPlainTextEdit*>()) {
        words << plain->toPlainText();
    }
    for (const auto* rich : root->findChildren<QTextEdit*>()) {
        words << rich->toPlainText();
    }
    QClipboard* clipboard = QGuiApplication::clipboard();
    for (QClipboard::Mode mode : {QClipboard::Clipboard, QClipboard::Selection}) {
        if (mode == QClipboard::Selection && !clipboard->supportsSelection()) {
            continue;
        }
        const QString held = clipboard->text(mode);
        if (!held.isEmpty() &&
            std::ranges::any_of(words, [&](const QString& text) { return text.contains(held); })) {
            clipboard->clear(mode);
        }
    }
    for (auto* line : root->findChildren<QLineEdit*>()) {
        line->setText(QString()); // setText also drops the undo history
    }
    for (auto* plain : root->findChildren<QPlainTextEdit*>()) {
        plain->clear();
        plain->document()->clearUndoRedoStacks();
    }
    for (auto* rich : root->findChildren<QTextEdit*>()) {
        rich->clear();
        rich->document()->clearUndoRedoStacks();
    }
    for (auto* label : root->findChildren<QLabel*>()) {
        label->clear();
    }
}

bool holdsWords(const QWidget* root)
{
    for (const auto* line : root->findChildren<QLineEdit*>()) {
        if (!line->text().isEmpty()) {
            return true;
        }
    }
    for (const auto* plain : root->findChildren<QPlainTextEdit*>()) {
        if (!plain->document()->isEmpty()) {
            return true;
        }
    }
    return false;
}

} // namespace twofold::ui
