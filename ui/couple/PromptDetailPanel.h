// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Clock.h"
#include "couple/CoupleSpace.h"
#include "prompts/PromptPack.h"

#include <chrono>
#include <optional>
#include <string>

#include <QTimer>
#include <QWidget>

class QFrame;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace twofold::ui {

// How PromptDetailPanel names the two partners.
struct PromptNames
{
    QString me;
    QString partner;            // "Your partner" when their name is not authentic
    QString partnerMidSentence; // "your partner" then
};

// PromptsPage's right side, one prompt: its pack, text and state, both answers side by
// side when there is something to show, the answer editor (with its unsaved-typing state
// and the autosave timer) and the buttons. What the buttons do is PromptsPage's.
class PromptDetailPanel : public QWidget
{
    Q_OBJECT

public:
    // `clock`: the vault's (VaultContext::clock()), for when answers were written.
    PromptDetailPanel(const Clock& clock, std::chrono::milliseconds autosaveDelay, QWidget* parent = nullptr);

    // Shows `prompt` as `view` has it; the editor holds `draft` when there is one, else
    // my current version.
    void showPrompt(const Prompt& prompt, const TopicView<std::string>& view, const QString& packTitle,
                    const QString& stateLine, const PromptNames& names, const std::optional<QString>& draft);
    QString answerText() const;
    // My current version as last shown.
    const QString& savedAnswer() const { return m_savedAnswer; }
    // Typed since it was last shown or saved.
    bool isDirty() const { return m_dirty; }
    // The typing is written: as a draft (`draftKept`) or as my answer.
    void markSaved(bool draftKept);
    void markClean() { m_dirty = false; }
    void setSaveState(const QString& text);
    void stopAutosave() { m_autosave.stop(); }
    void focusAnswer();
    void showMessage(const QString& text);
    // Lock: empties the editor and the answers shown.
    void clearAll();

Q_SIGNALS:
    void saveRequested(bool reveal);
    void notNowRequested();
    void withdrawRequested();
    void retractRequested();
    // Typing paused for the autosave delay.
    void autosaveDue();

private:
    const Clock* m_clock;
    QString m_savedAnswer;
    bool m_loading = false;
    bool m_dirty = false;
    QTimer m_autosave;

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
