// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/couple/PromptListPanel.h"

#include "ui/widgets/Theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {

constexpr int kPromptIdRole = Qt::UserRole + 1;
constexpr int kStateRole = Qt::UserRole + 2;

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

PromptListPanel::PromptListPanel(QWidget* parent)
    : QWidget(parent), m_filter(new QComboBox(this)), m_list(new QTreeWidget(this)),
      m_customField(new QLineEdit(this)),
      m_addPrompt(namedButton(tr("&Add our own prompt"), QStringLiteral("addPromptButton"), this))
{
    m_filter->setObjectName(QStringLiteral("promptFilter"));
    m_filter->setAccessibleName(tr("Show prompts"));
    m_filter->addItem(tr("All prompts"), static_cast<int>(Filter::All));
    m_filter->addItem(tr("Not answered"), static_cast<int>(Filter::NotAnswered));
    m_filter->addItem(tr("Waiting for you"), static_cast<int>(Filter::WaitingForYou));
    m_filter->addItem(tr("Waiting for your partner"), static_cast<int>(Filter::WaitingForPartner));
    m_filter->addItem(tr("Revealed"), static_cast<int>(Filter::Revealed));

    m_list->setObjectName(QStringLiteral("promptList"));
    m_list->setAccessibleName(tr("Prompts"));
    setFocusProxy(m_list); // "Show all prompts" puts the focus on the list
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Prompt"), tr("State")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);

    m_customField->setObjectName(QStringLiteral("customPromptField"));
    m_customField->setAccessibleName(tr("Our own prompt"));
    m_customField->setPlaceholderText(tr("A question for both of you…"));
    m_customField->setMaxLength(600);

    auto* leftLayout = new QVBoxLayout(this);
    leftLayout->setContentsMargins(12, 12, 6, 12);
    auto* filterRow = new QHBoxLayout;
    auto* filterLabel = new QLabel(tr("S&how:"), this);
    filterLabel->setBuddy(m_filter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_customField);
    auto* addRow = new QHBoxLayout;
    addRow->addStretch();
    addRow->addWidget(m_addPrompt);
    leftLayout->addLayout(addRow);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] { applyFilter(); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (!item || m_loading) {
            return;
        }
        const QString id = item->data(0, kPromptIdRole).toString();
        if (!id.isEmpty()) {
            Q_EMIT promptChosen(id);
        }
    });
    connect(m_addPrompt, &QPushButton::clicked, this, &PromptListPanel::addRequested);
    connect(m_customField, &QLineEdit::returnPressed, this, &PromptListPanel::addRequested);
}

void PromptListPanel::fill(const std::vector<PackChoice>& packs, const std::vector<Prompt>& prompts,
                           const std::map<std::string, RevealState>& stateOf, const QString& currentId,
                           const std::function<QString(RevealState)>& stateText)
{
    m_loading = true;
    m_list->clear();
    std::map<std::string, QTreeWidgetItem*> packItems;
    for (const PackChoice& pack : packs) {
        auto* item = new QTreeWidgetItem(
            m_list, {pack.packId == kCustomPackId ? tr("Our own prompts") : fromStd(pack.title)});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFlags(Qt::ItemIsEnabled);
        packItems[pack.packId] = item;
    }
    QTreeWidgetItem* current = nullptr;
    for (const Prompt& prompt : prompts) {
        auto found = packItems.find(prompt.packId);
        if (found == packItems.end()) {
            continue;
        }
        const auto stated = stateOf.find(prompt.id);
        const RevealState state = stated != stateOf.end() ? stated->second : RevealState::NotAnswered;
        auto* item = new QTreeWidgetItem(found->second, {fromStd(prompt.text), stateText(state)});
        item->setData(0, kPromptIdRole, fromStd(prompt.id));
        item->setData(0, kStateRole, static_cast<int>(state));
        item->setToolTip(0, fromStd(prompt.text));
        if (fromStd(prompt.id) == currentId) {
            current = item;
        }
    }
    for (auto& [id, item] : packItems) {
        if (item->childCount() == 0) {
            delete item;
        }
    }
    m_list->expandAll();
    if (current) {
        m_list->setCurrentItem(current);
    }
    m_loading = false;
    applyFilter();
}

void PromptListPanel::setFilter(Filter filter)
{
    m_filter->setCurrentIndex(m_filter->findData(static_cast<int>(filter)));
}

void PromptListPanel::applyFilter()
{
    const auto filter = static_cast<Filter>(m_filter->currentData().toInt());
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* pack = m_list->topLevelItem(i);
        int shown = 0;
        for (int j = 0; j < pack->childCount(); ++j) {
            QTreeWidgetItem* item = pack->child(j);
            const auto state = static_cast<RevealState>(item->data(0, kStateRole).toInt());
            bool show = true;
            switch (filter) {
            case Filter::All:
                break;
            case Filter::NotAnswered:
                show = state == RevealState::NotAnswered;
                break;
            case Filter::WaitingForYou:
                show = state == RevealState::WaitingForYou;
                break;
            case Filter::WaitingForPartner:
                show = state == RevealState::WaitingForPartner;
                break;
            case Filter::Revealed:
                show = state == RevealState::Revealed;
                break;
            }
            item->setHidden(!show);
            shown += show ? 1 : 0;
        }
        pack->setHidden(shown == 0);
    }
}

void PromptListPanel::select(const QString& promptId)
{
    m_loading = true;
    for (QTreeWidgetItemIterator it(m_list); *it; ++it) {
        if ((*it)->data(0, kPromptIdRole).toString() == promptId) {
            m_list->setCurrentItem(*it);
            break;
        }
    }
    m_loading = false;
}

QString PromptListPanel::customText() const
{
    return m_customField->text();
}

void PromptListPanel::clearCustom()
{
    m_customField->clear();
}

void PromptListPanel::focusCustom()
{
    m_customField->setFocus();
}

void PromptListPanel::clearAll()
{
    m_customField->clear();
    m_list->clear();
}

} // namespace twofold::ui
