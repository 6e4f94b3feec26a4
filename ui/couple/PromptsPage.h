// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"
#include "couple/RevealState.h"
#include "ui/couple/PromptListPanel.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace twofold::ui {

class PromptCard;
class PromptDetailPanel;
struct VaultContext;

// Opens on one suggested question (PromptCard); "Show all prompts" leads to the full list:
// shared prompts with this partner's state, a filter by state (PromptListPanel), and the
// answer editor (PromptDetailPanel): save, "Reveal when we both agree", "Not now",
// "Withdraw", "Retract". Revealed prompts show both answers side by side. Unsaved typing
// is autosaved as an encrypted draft in the partner's journal settings (never in
// couple.db before Save).
class PromptsPage : public QWidget
{
    Q_OBJECT

public:
    using Filter = PromptListPanel::Filter;

    static constexpr std::chrono::milliseconds kAutosaveDelay{2000};

    explicit PromptsPage(VaultContext& context, QWidget* parent = nullptr);

    // Re-reads the packs, prompts and states (after a change, or when shown).
    void reload();
    // Coming to the page: one suggested question on its card, or, when none is left,
    // the list with a kind word.
    void showStart();
    // "Show all prompts": the list and the answer editor.
    void showList();
    bool isShowingCard() const;
    bool openPrompt(const QString& promptId);
    QString currentPromptId() const { return m_promptId; }
    void setFilter(Filter filter);
    // Writes unsaved typing as an encrypted draft (autosave, lock, close).
    Status saveDraftNow();
    // Lock: empties the editor, the answers shown and the list.
    void clearAll();

Q_SIGNALS:
    void statesChanged();

private:
    void showCard();
    void showPrompt();
    void showMessage(const QString& text);
    void saveAnswer(bool reveal);
    void notNow();
    void withdraw();
    void retract();
    void addCustomPrompt();
    QString stateText(RevealState state) const;
    QString partnerName() const;            // "Your partner" when their name is not authentic
    QString partnerNameMidSentence() const; // "your partner" then
    // Both agreed, the partner's grant not written yet: what opens when.
    QString bothAgreedText() const;
    QString myName() const;
    std::string draftKey() const;

    VaultContext& m_context;
    QString m_promptId;
    std::optional<TopicStatus> m_status;

    QStackedWidget* m_views;
    PromptCard* m_card;
    QWidget* m_listView;
    QLabel* m_nothingLeft;
    QPushButton* m_showCard;
    PromptListPanel* m_list;
    PromptDetailPanel* m_detail;
};

} // namespace twofold::ui
