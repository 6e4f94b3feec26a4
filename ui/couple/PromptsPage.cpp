// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/couple/PromptsPage.h"

#include "couple/CoupleSpace.h"
#include "ui/couple/PromptCard.h"
#include "ui/couple/PromptDetailPanel.h"
#include "ui/shell/VaultContext.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/ErrorMessages.h"
#include "ui/widgets/Theme.h"

#include <map>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

PromptsPage::PromptsPage(VaultContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_views(new QStackedWidget(this)),
      m_card(new PromptCard(context, this)), m_listView(new QWidget(this)),
      m_nothingLeft(new QLabel(m_listView)),
      m_showCard(namedButton(tr("One &question at a time"), QStringLiteral("promptsShowCard"), m_listView)),
      m_list(new PromptListPanel(this)),
      m_detail(new PromptDetailPanel(m_context.clock(), kAutosaveDelay, this))
{
    setObjectName(QStringLiteral("promptsPage"));

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("promptsSplitter"));
    splitter->addWidget(m_list);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    // Room for the questions themselves, not only their first word.
    m_list->setMinimumWidth(280);
    splitter->setSizes({440, 560});
    // The list view: a kind word when no question is waiting, the way back to the card,
    // and the list beside the answer editor.
    m_nothingLeft->setObjectName(QStringLiteral("promptCardEmpty"));
    m_nothingLeft->setWordWrap(true);
    m_nothingLeft->setText(tr("Nothing is waiting for you right now. Every question here is answered or "
                              "resting for a while. The whole list stays open, and you can add a question of "
                              "your own whenever one comes to you."));
    m_nothingLeft->setVisible(false);
    m_showCard->setFlat(true);
    auto* top = new QHBoxLayout;
    top->setContentsMargins(12, 8, 12, 0);
    top->addWidget(m_nothingLeft, 1);
    top->addWidget(m_showCard, 0, Qt::AlignTop);
    auto* listLayout = new QVBoxLayout(m_listView);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(top);
    listLayout->addWidget(splitter, 1);

    m_views->setObjectName(QStringLiteral("promptsViews"));
    m_views->addWidget(m_card);
    m_views->addWidget(m_listView);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_views);

    connect(m_card, &PromptCard::answerRequested, this, [this](const QString& id) {
        openPrompt(id);
        m_detail->focusAnswer();
    });
    connect(m_card, &PromptCard::showAllRequested, this, &PromptsPage::showList);
    connect(m_card, &PromptCard::nothingLeft, this, &PromptsPage::showStart);
    connect(m_showCard, &QPushButton::clicked, this, &PromptsPage::showCard);

    connect(m_detail, &PromptDetailPanel::autosaveDue, this, [this] { (void)saveDraftNow(); });
    connect(m_list, &PromptListPanel::promptChosen, this, [this](const QString& id) {
        if (id != m_promptId) {
            openPrompt(id);
        }
    });
    connect(m_detail, &PromptDetailPanel::saveRequested, this, &PromptsPage::saveAnswer);
    connect(m_detail, &PromptDetailPanel::notNowRequested, this, &PromptsPage::notNow);
    connect(m_detail, &PromptDetailPanel::withdrawRequested, this, &PromptsPage::withdraw);
    connect(m_detail, &PromptDetailPanel::retractRequested, this, &PromptsPage::retract);
    connect(m_list, &PromptListPanel::addRequested, this, &PromptsPage::addCustomPrompt);

    m_detail->setVisible(false);
    showStart();
}

void PromptsPage::showStart()
{
    reload();
    const bool waiting = m_card->refresh();
    m_nothingLeft->setVisible(!waiting);
    m_showCard->setVisible(waiting);
    m_views->setCurrentWidget(waiting ? static_cast<QWidget*>(m_card) : m_listView);
}

void PromptsPage::showCard()
{
    (void)saveDraftNow();
    if (!m_card->refresh()) {
        showStart();
        return;
    }
    m_views->setCurrentWidget(m_card);
    m_card->focusAnswer();
}

void PromptsPage::showList()
{
    m_nothingLeft->setVisible(false);
    m_showCard->setVisible(true);
    m_views->setCurrentWidget(m_listView);
    m_list->setFocus(Qt::OtherFocusReason);
}

bool PromptsPage::isShowingCard() const
{
    return m_views->currentWidget() == m_card;
}

QString PromptsPage::myName() const
{
    return m_context.session() ? fromStd(m_context.session()->partner().name) : QString();
}

QString PromptsPage::partnerName() const
{
    // Only under the partner's own signature (CoupleSpace::partnerProfile).
    if (m_context.vault && m_context.couple()) {
        if (auto profile = m_context.couple()->partnerProfile(*m_context.vault);
            profile && profile->authentic) {
            return fromStd(profile->name);
        }
    }
    return tr("Your partner");
}

QString PromptsPage::partnerNameMidSentence() const
{
    const QString name = partnerName();
    return name == tr("Your partner") ? tr("your partner") : name;
}

QString PromptsPage::stateText(RevealState state) const
{
    switch (state) {
    case RevealState::NotAnswered:
        return tr("Not answered");
    case RevealState::WaitingForYou:
        return tr("Waiting for you");
    case RevealState::WaitingForPartner:
        return tr("Waiting for %1").arg(partnerNameMidSentence());
    case RevealState::Revealed:
        return tr("Revealed");
    case RevealState::Damaged:
        return tr("Shared file changed");
    }
    return {};
}

std::string PromptsPage::draftKey() const
{
    return "ui.promptDraft." + m_promptId.toStdString();
}

void PromptsPage::showMessage(const QString& text)
{
    m_detail->showMessage(text);
}

void PromptsPage::reload()
{
    if (!m_context.couple()) {
        return;
    }
    CoupleSpace& couple = *m_context.couple();
    auto prompts = couple.prompts().sharedPrompts();
    auto states = couple.promptStates();
    auto packs = couple.prompts().packs();
    if (!prompts || !states || !packs) {
        showMessage(describe(!prompts ? prompts.error() : !states ? states.error() : packs.error()).text());
        return;
    }
    std::map<std::string, RevealState> stateOf;
    for (const TopicStatus& s : *states) {
        stateOf[s.topic.key] = s.state;
    }
    m_list->fill(*packs, *prompts, stateOf, m_promptId,
                 [this](RevealState state) { return stateText(state); });
}

void PromptsPage::setFilter(Filter filter)
{
    m_list->setFilter(filter);
}

bool PromptsPage::openPrompt(const QString& promptId)
{
    if (!m_context.couple()) {
        return false;
    }
    (void)saveDraftNow();
    m_views->setCurrentWidget(m_listView);
    m_promptId = promptId;
    showMessage(QString());
    showPrompt();
    // Keep the list's selection in step (without re-entering).
    m_list->select(promptId);
    return m_status.has_value();
}

void PromptsPage::showPrompt()
{
    CoupleSpace& couple = *m_context.couple();
    const std::string id = m_promptId.toStdString();
    auto prompt = couple.prompts().find(id);
    auto view = couple.readAnswer(id);
    if (!prompt || !*prompt || !view) {
        m_detail->setVisible(false);
        m_status.reset();
        if (!view) {
            showMessage(describe(view.error()).text());
        }
        return;
    }
    m_detail->setVisible(true);
    m_status = view->status;
    const TopicStatus& status = *m_status;
    QString packTitle = tr("Our own prompts");
    if (auto packs = couple.prompts().packs()) {
        for (const PackChoice& p : *packs) {
            if (p.packId == (*prompt)->packId && p.packId != kCustomPackId) {
                packTitle = fromStd(p.title);
            }
        }
    }
    QString stateLine;
    if (status.state == RevealState::WaitingForPartner && status.bothAgreed) {
        stateLine = bothAgreedText();
    } else if (status.state == RevealState::Damaged) {
        stateLine = tr("The shared file was changed behind your back: something under your name that you "
                       "never agreed to reveal was put there. Twofold removed it and revealed nothing; "
                       "your answer is as you left it.");
    } else {
        stateLine = stateText(status.state);
    }
    // My draft, if I was typing.
    std::optional<QString> draftText;
    if (auto draft = m_context.session()->journal().setting(draftKey());
        draft && *draft && !(*draft)->empty()) {
        draftText = fromStd(**draft);
    }
    m_detail->showPrompt(**prompt, *view, packTitle, stateLine,
                         PromptNames{myName(), partnerName(), partnerNameMidSentence()}, draftText);
}

Status PromptsPage::saveDraftNow()
{
    m_detail->stopAutosave();
    if (!m_detail->isDirty() || m_promptId.isEmpty() || !m_context.session() ||
        !m_context.session()->isUnlocked()) {
        return {};
    }
    const QString text = m_detail->answerText();
    const std::string value = text == m_detail->savedAnswer() ? std::string() : text.toStdString();
    Status saved = m_context.session()->journal().setSetting(draftKey(), value);
    if (saved) {
        m_detail->markSaved(!value.empty());
    } else {
        m_detail->setSaveState(describe(saved.error()).text());
    }
    return saved;
}

void PromptsPage::saveAnswer(bool reveal)
{
    if (!m_status || !m_context.couple()) {
        return;
    }
    const QString text = m_detail->answerText();
    if (text.trimmed().isEmpty()) {
        showMessage(tr("Write your answer first."));
        m_detail->focusAnswer();
        return;
    }
    CoupleSpace& couple = *m_context.couple();
    const std::string id = m_promptId.toStdString();
    QString done;
    if (text != m_detail->savedAnswer() || !m_status->answeredByMe) {
        auto written = couple.answer(id, text.toStdString(), reveal ? Reveal::Yes : Reveal::NotYet);
        if (!written) {
            showMessage(describe(written.error()).text());
            return;
        }
    } else if (reveal) {
        auto agreed = couple.reveal(Topic::answer(id));
        if (!agreed) {
            showMessage(describe(agreed.error()).text());
            return;
        }
    }
    (void)m_context.session()->journal().setSetting(draftKey(), "");
    m_detail->markClean();
    showPrompt();
    if (reveal) {
        // Say what is true (issue 11, item 5): when both have agreed, the partner's side
        // opens at their next unlock; never "has not answered and agreed".
        done = !m_status                                  ? QString()
               : m_status->state == RevealState::Revealed ? tr("You both agreed: your answers are revealed.")
               : m_status->bothAgreed                     ? bothAgreedText()
                                      : tr("Your answer will be revealed when %1 has answered and "
                                           "agreed too. Until then only you can read it.")
                                            .arg(partnerNameMidSentence());
    } else {
        done = tr("Saved. Only you can read it until you both agree to reveal.");
    }
    showMessage(done);
    reload();
    Q_EMIT statesChanged();
}

void PromptsPage::notNow()
{
    if (!m_status || !m_context.couple()) {
        return;
    }
    // "Not now" is always an answer (DESIGN.md §1.4), with or without a saved answer: what
    // was typed stays a private draft, an agreement is taken back, and the partner sees
    // nothing of it either way.
    if (Status kept = saveDraftNow(); !kept) {
        return;
    }
    if (m_status->agreedByMe) {
        auto held = m_context.couple()->hold(Topic::answer(m_promptId.toStdString()));
        if (!held) {
            showMessage(describe(held.error()).text());
            return;
        }
        if (*held == Withdrawal::AlreadyRevealed) {
            showMessage(tr("This answer has already been revealed. You can retract it."));
            return;
        }
        reload();
        Q_EMIT statesChanged();
    }
    showPrompt();
    showMessage(tr("Not now is fine. This stays here, yours alone, for whenever you want to come back to it; "
                   "%1 sees nothing of it.")
                    .arg(partnerNameMidSentence()));
}

QString PromptsPage::bothAgreedText() const
{
    return tr("You have both agreed. %1's answer opens for you the next time %2 unlocks Twofold — or now, "
              "together.")
        .arg(partnerName(), partnerNameMidSentence());
}

void PromptsPage::withdraw()
{
    if (!m_status || !m_context.couple()) {
        return;
    }
    if (Dialogs::question(
            this,
            tr("Delete your answer to this prompt? It has not been revealed, so nobody else has read it."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes) {
        return;
    }
    auto deleted = m_context.couple()->deleteMine(Topic::answer(m_promptId.toStdString()));
    if (!deleted) {
        showMessage(describe(deleted.error()).text());
        return;
    }
    if (*deleted == Withdrawal::AlreadyRevealed) {
        showMessage(tr("This answer has already been revealed. You can retract it."));
        return;
    }
    (void)m_context.session()->journal().setSetting(draftKey(), "");
    showPrompt();
    showMessage(tr("Your answer is deleted."));
    reload();
    Q_EMIT statesChanged();
}

void PromptsPage::retract()
{
    if (!m_status || !m_context.couple()) {
        return;
    }
    const QString text =
        tr("Retract this answer? Neither of you will be able to open the other's answer to this prompt in "
           "Twofold any more.\n\n%1 may already have read yours. What was read cannot be unread.")
            .arg(partnerName());
    if (Dialogs::question(this, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) !=
        QMessageBox::Yes) {
        return;
    }
    auto retracted = m_context.couple()->retract(Topic::answer(m_promptId.toStdString()));
    if (!retracted) {
        showMessage(describe(retracted.error()).text());
        return;
    }
    showPrompt();
    showMessage(retracted->partnerMayHaveRead
                    ? tr("Retracted. %1 may have read it before; that cannot be undone.").arg(partnerName())
                    : tr("Retracted."));
    reload();
    Q_EMIT statesChanged();
}

void PromptsPage::addCustomPrompt()
{
    if (!m_context.couple()) {
        return;
    }
    const QString text = m_list->customText().trimmed();
    if (text.isEmpty()) {
        m_list->focusCustom();
        return;
    }
    auto added = m_context.couple()->prompts().addCustomPrompt(text.toStdString());
    if (!added) {
        showMessage(describe(added.error()).text());
        return;
    }
    m_list->clearCustom();
    // A new question is waiting again: the card has something to offer.
    m_nothingLeft->setVisible(false);
    m_showCard->setVisible(true);
    reload();
    openPrompt(fromStd(*added));
    showMessage(tr("Added to \"Our own prompts\". Your partner sees it too."));
}

void PromptsPage::clearAll()
{
    m_card->clearAll();
    m_views->setCurrentWidget(m_card);
    m_detail->clearAll();
    m_list->clearAll();
    m_promptId.clear();
    m_status.reset();
}

} // namespace twofold::ui
