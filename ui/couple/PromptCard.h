// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "crypto/Random.h"
#include "prompts/PromptPack.h"

#include <QString>
#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;

namespace twofold::ui {

struct VaultContext;

// The Prompts page's first view: one shared question this partner has not answered, on a
// calm card (core/couple/PromptSuggestion.h) with its follow-up, "Answer" (the detail editor),
// "Another one", "Not now" (kept in this partner's journal for a week, never in couple.db)
// and "Show all prompts" (the list). No counts, states or names of who answered what.
class PromptCard : public QWidget
{
    Q_OBJECT

public:
    explicit PromptCard(VaultContext& context, QWidget* parent = nullptr);

    // Shows a suggestion (keeping the one on the card while it is still open to answer).
    // False when nothing is left to suggest: the card says so kindly, and the page shows
    // the list.
    bool refresh();
    // The prompt on the card; empty when there is none.
    QString promptId() const { return m_promptId; }
    // Tests pass a seeded source; the app uses the system's.
    void setRandomSource(RandomSource& random) { m_random = &random; }
    // Lock: the card forgets its question.
    void clearAll();
    void focusAnswer();

Q_SIGNALS:
    void answerRequested(const QString& promptId);
    void showAllRequested();
    // Nothing is left to suggest (after "Not now" or "Another one" found none).
    void nothingLeft();

private:
    bool suggest(const QString& notThis);
    void showPrompt(const Prompt& prompt);
    void showError(const QString& text);
    void another();
    void notNow();
    void showMessage(const QString& text);
    void applyCardColours();

    VaultContext& m_context;
    RandomSource* m_random;
    QString m_promptId;

    QFrame* m_card;
    QLabel* m_pack;
    QLabel* m_question;
    QLabel* m_followUp;
    QPushButton* m_answer;
    QPushButton* m_another;
    QPushButton* m_notNow;
    QLabel* m_message;
    QPushButton* m_showAll;
};

} // namespace twofold::ui
