// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/couple/PromptCard.h"

#include "couple/CoupleSpace.h"
#include "couple/PromptSuggestion.h"
#include "ui/shell/VaultContext.h"
#include "ui/widgets/ErrorMessages.h"
#include "ui/widgets/MessagePlace.h"
#include "ui/widgets/Theme.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {

QLabel* cardLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

PromptCard::PromptCard(VaultContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_random(context.options.random), m_card(new QFrame(this)),
      m_pack(cardLabel(QStringLiteral("promptCardPack"), m_card)),
      m_question(cardLabel(QStringLiteral("promptCardQuestion"), m_card)),
      m_followUp(cardLabel(QStringLiteral("promptCardFollowUp"), m_card)),
      m_answer(namedButton(tr("Ans&wer"), QStringLiteral("promptCardAnswer"), m_card)),
      m_another(namedButton(tr("Another &one"), QStringLiteral("promptCardAnother"), m_card)),
      m_notNow(namedButton(tr("&Not now"), QStringLiteral("promptCardNotNow"), m_card)),
      m_message(cardLabel(QStringLiteral("promptCardMessage"), this)),
      m_showAll(namedButton(tr("&Show all prompts"), QStringLiteral("promptCardShowAll"), this))
{
    setObjectName(QStringLiteral("promptCardPage"));
    m_card->setObjectName(QStringLiteral("promptCard"));
    m_card->setAccessibleName(tr("A question for you"));
    makeMuted(m_pack);
    makeHeadline(m_question, 1.35);
    makeMuted(m_followUp);
    makeMuted(m_message);
    m_message->setAlignment(Qt::AlignHCenter);
    m_answer->setDefault(true);
    m_answer->setAccessibleDescription(tr("Opens this question with room to write. Only you can read what "
                                          "you write until you both agree to reveal."));
    m_another->setAccessibleDescription(tr("Shows a different question."));
    m_notNow->setAccessibleDescription(tr("Sets this question aside for a week. Nobody else sees that."));
    m_notNow->setToolTip(tr("Set this question aside for a week. Nobody else sees that."));
    m_showAll->setFlat(true);
    m_showAll->setAccessibleDescription(tr("Every shared question, with where each one stands."));

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_answer);
    buttons->addWidget(m_another);
    buttons->addWidget(m_notNow);
    buttons->addStretch();

    auto* cardLayout = new QVBoxLayout(m_card);
    cardLayout->setContentsMargins(28, 24, 28, 24);
    cardLayout->setSpacing(10);
    cardLayout->addWidget(m_pack);
    cardLayout->addWidget(m_question);
    cardLayout->addWidget(m_followUp);
    cardLayout->addSpacing(12);
    cardLayout->addLayout(buttons);

    auto* column = addCentredColumn(this, 620);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(12);
    layout->addStretch(1);
    layout->addWidget(m_card);
    layout->addWidget(m_message);
    keepMessagePlace(m_message); // centred: its showing would move the card's buttons (issue 16)
    layout->addWidget(m_showAll, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    m_message->setVisible(false);
    m_card->setVisible(false);

    applyCardColours();
    onPaletteChange(this, [this] { applyCardColours(); });

    // Tab goes through the card's buttons, then to the full list.
    setTabOrder(m_answer, m_another);
    setTabOrder(m_another, m_notNow);
    setTabOrder(m_notNow, m_showAll);

    connect(m_answer, &QPushButton::clicked, this, [this] {
        if (!m_promptId.isEmpty()) {
            Q_EMIT answerRequested(m_promptId);
        }
    });
    connect(m_another, &QPushButton::clicked, this, &PromptCard::another);
    connect(m_notNow, &QPushButton::clicked, this, &PromptCard::notNow);
    connect(m_showAll, &QPushButton::clicked, this, &PromptCard::showAllRequested);
}

bool PromptCard::refresh()
{
    showMessage(QString());
    if (!m_context.couple() || !m_context.session()) {
        return false;
    }
    // The same question stays while it is still open, so coming back finds it again.
    auto open = promptsToSuggest(*m_context.couple(), m_context.session()->journal());
    if (!open) {
        showError(describe(open.error()).text());
        return true;
    }
    for (const Prompt& prompt : *open) {
        if (QString::fromStdString(prompt.id) == m_promptId) {
            showPrompt(prompt);
            return true;
        }
    }
    return suggest(QString());
}

bool PromptCard::suggest(const QString& notThis)
{
    if (!m_context.couple() || !m_context.session()) {
        return false;
    }
    auto next =
        suggestPrompt(*m_context.couple(), m_context.session()->journal(), *m_random, notThis.toStdString());
    if (!next) {
        showError(describe(next.error()).text());
        return true;
    }
    if (!*next) {
        clearAll();
        return false;
    }
    showPrompt(**next);
    return true;
}

void PromptCard::showPrompt(const Prompt& prompt)
{
    QString packTitle = tr("Our own prompts");
    if (auto packs = m_context.couple()->prompts().packs()) {
        for (const PackChoice& p : *packs) {
            if (p.packId == prompt.packId && p.packId != kCustomPackId) {
                packTitle = QString::fromStdString(p.title);
            }
        }
    }
    m_promptId = QString::fromStdString(prompt.id);
    m_pack->setText(packTitle);
    m_question->setText(QString::fromStdString(prompt.text));
    m_followUp->setText(QString::fromStdString(prompt.followUp));
    m_followUp->setVisible(!prompt.followUp.empty());
    m_card->setAccessibleDescription(m_question->text());
    m_card->setVisible(true);
}

void PromptCard::showError(const QString& text)
{
    clearAll();
    showMessage(text);
}

void PromptCard::another()
{
    const QString current = m_promptId;
    showMessage(QString());
    if (!suggest(current)) {
        Q_EMIT nothingLeft();
    } else if (m_promptId == current) {
        showMessage(tr("This is the only one waiting for now."));
    }
}

void PromptCard::notNow()
{
    if (m_promptId.isEmpty() || !m_context.session()) {
        return;
    }
    // Kept in my own journal only: couple.db never hears of it (PromptSuggestion.h).
    if (Status put = putOffPrompt(m_context.session()->journal(), m_promptId.toStdString()); !put) {
        showMessage(describe(put.error()).text());
        return;
    }
    if (!suggest(m_promptId)) {
        Q_EMIT nothingLeft();
        return;
    }
    showMessage(tr("That one is resting for a week, and stays in the full list. Only you know."));
}

void PromptCard::applyCardColours()
{
    // A soft surface a step away from the window colour, with a quiet rounded edge.
    const QPalette app = QApplication::palette();
    const QColor window = app.color(QPalette::Window);
    const QColor ink = app.color(QPalette::WindowText);
    const auto mix = [](const QColor& a, const QColor& b, qreal t) {
        return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                                a.blueF() * (1 - t) + b.blueF() * t);
    };
    const QColor surface = isDarkPalette() ? mix(window, ink, 0.06) : app.color(QPalette::Base);
    const QColor edge = mix(window, ink, isDarkPalette() ? 0.16 : 0.14);
    m_card->setStyleSheet(QStringLiteral("#promptCard { background-color: %1; border: 1px solid %2; "
                                         "border-radius: 10px; }")
                              .arg(surface.name(), edge.name()));
}

void PromptCard::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void PromptCard::clearAll()
{
    m_promptId.clear();
    m_pack->clear();
    m_question->clear();
    m_followUp->clear();
    m_card->setAccessibleDescription(QString());
    m_card->setVisible(false);
    showMessage(QString());
}

void PromptCard::focusAnswer()
{
    m_answer->setFocus(Qt::OtherFocusReason);
}

} // namespace twofold::ui
