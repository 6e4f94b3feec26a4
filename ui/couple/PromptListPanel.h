// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "couple/PromptCatalog.h"
#include "couple/RevealState.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace twofold::ui {

// PromptsPage's left side: the shared prompts under their packs with this partner's
// state, a filter by state, and the field to add a prompt of our own.
class PromptListPanel : public QWidget
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

    explicit PromptListPanel(QWidget* parent = nullptr);

    // The packs with their prompts (packs left empty are not listed), each prompt with
    // its state (NotAnswered when `stateOf` has none); `currentId` stays selected.
    void fill(const std::vector<PackChoice>& packs, const std::vector<Prompt>& prompts,
              const std::map<std::string, RevealState>& stateOf, const QString& currentId,
              const std::function<QString(RevealState)>& stateText);
    void setFilter(Filter filter);
    // Selects `promptId` without telling anyone.
    void select(const QString& promptId);
    QString customText() const;
    void clearCustom();
    void focusCustom();
    // Lock: the list and the custom prompt's field are emptied.
    void clearAll();

Q_SIGNALS:
    void promptChosen(const QString& promptId);
    // "Add our own prompt", or Return in its field.
    void addRequested();

private:
    void applyFilter();

    bool m_loading = false;
    QComboBox* m_filter;
    QTreeWidget* m_list;
    QLineEdit* m_customField;
    QPushButton* m_addPrompt;
};

} // namespace twofold::ui
