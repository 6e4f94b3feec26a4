// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"
#include "couple/RevealState.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include <QTimer>
#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace twofold::ui {

struct VaultContext;

// Shared prompts with this partner's state, a filter by state, and the answer editor:
// save, "Reveal when we both agree", "Not now", "Withdraw", "Retract". Revealed
// prompts show both answers side by side. Unsaved typing is autosaved as an encrypted
// draft in the partner's journal settings (never in couple.db before Save).
class PromptsPage : public QWidget
{
    Q_OBJECT

public:
    enum class Filter
    {
        All,
        NotAnswered,
        WaitingForYou,
        WaitingForPartner,
        Revealed,
    };

    static constexpr std::chrono::milliseconds kAutosaveDelay{2000};

    explicit PromptsPage(VaultContext& context, QWidget* parent = nullptr);

    // Re-reads the packs, prompts and states (after a change, or when shown).
    void reload();
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
    void showPrompt();
    void showMessage(const QString& text);
    void applyFilter();
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
    QString m_savedAnswer; // my current version as last read
    bool m_loading = false;
    bool m_dirty = false;
    QTimer m_autosave;

    QComboBox* m_filter;
    QTreeWidget* m_list;
    QLineEdit* m_customField;
    QPushButton* m_addPrompt;
    QWidget* m_detail;
    QLabel* m_pack;
    QLabel* m_promptText;
    QLabel* m_followUp;
    QLabel* m_state;
    QLabel* m_privateNote;
    QWidget* m_editorBox;
    QPlainTextEdit* m_answer;
    QLabel* m_saveState;
    QPushButton* m_save;
    QPushButton* m_reveal;
    QPushButton* m_notNow;
    QPushButton* m_withdraw;
    QPushButton* m_retract;
    QPushButton* m_edit;
    QFrame* m_sideBySide;
    QLabel* m_myName;
    QLabel* m_myAnswer;
    QLabel* m_partnerName;
    QLabel* m_partnerAnswer;
    QLabel* m_message;
};

} // namespace twofold::ui
