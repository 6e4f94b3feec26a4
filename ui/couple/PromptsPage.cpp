// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/couple/PromptsPage.h"

#include "couple/CoupleSpace.h"
#include "ui/shell/VaultContext.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/ErrorMessages.h"
#include "ui/widgets/Theme.h"
#include "ui/widgets/Words.h"

#include <map>

#include <QComboBox>
#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
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

QLabel* wrappedLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

PromptsPage::PromptsPage(VaultContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_filter(new QComboBox(this)), m_list(new QTreeWidget(this)),
      m_customField(new QLineEdit(this)),
      m_addPrompt(namedButton(tr("&Add our own prompt"), QStringLiteral("addPromptButton"), this)),
      m_detail(new QWidget(this)), m_pack(wrappedLabel(QStringLiteral("promptPack"), this)),
      m_promptText(wrappedLabel(QStringLiteral("promptText"), this)),
      m_followUp(wrappedLabel(QStringLiteral("promptFollowUp"), this)),
      m_state(wrappedLabel(QStringLiteral("promptState"), this)),
      m_privateNote(wrappedLabel(QStringLiteral("promptPrivateNote"), this)), m_editorBox(new QWidget(this)),
      m_answer(new QPlainTextEdit(this)), m_saveState(wrappedLabel(QStringLiteral("answerSaveState"), this)),
      m_save(namedButton(tr("&Save answer"), QStringLiteral("saveAnswerButton"), this)),
      m_reveal(namedButton(tr("&Reveal when we both agree"), QStringLiteral("revealButton"), this)),
      m_notNow(namedButton(tr("&Not now"), QStringLiteral("notNowButton"), this)),
      m_withdraw(namedButton(tr("&Withdraw"), QStringLiteral("withdrawButton"), this)),
      m_retract(namedButton(tr("Re&tract"), QStringLiteral("retractButton"), this)),
      m_edit(namedButton(tr("&Edit my answer"), QStringLiteral("editAnswerButton"), this)),
      m_sideBySide(new QFrame(this)), m_myName(wrappedLabel(QStringLiteral("myAnswerName"), this)),
      m_myAnswer(wrappedLabel(QStringLiteral("myAnswerView"), this)),
      m_partnerName(wrappedLabel(QStringLiteral("partnerAnswerName"), this)),
      m_partnerAnswer(wrappedLabel(QStringLiteral("partnerAnswerView"), this)),
      m_message(wrappedLabel(QStringLiteral("promptMessage"), this))
{
    setObjectName(QStringLiteral("promptsPage"));

    m_filter->setObjectName(QStringLiteral("promptFilter"));
    m_filter->setAccessibleName(tr("Show prompts"));
    m_filter->addItem(tr("All prompts"), static_cast<int>(Filter::All));
    m_filter->addItem(tr("Not answered"), static_cast<int>(Filter::NotAnswered));
    m_filter->addItem(tr("Waiting for you"), static_cast<int>(Filter::WaitingForYou));
    m_filter->addItem(tr("Waiting for your partner"), static_cast<int>(Filter::WaitingForPartner));
    m_filter->addItem(tr("Revealed"), static_cast<int>(Filter::Revealed));

    m_list->setObjectName(QStringLiteral("promptList"));
    m_list->setAccessibleName(tr("Prompts"));
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

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(12, 12, 6, 12);
    auto* filterRow = new QHBoxLayout;
    auto* filterLabel = new QLabel(tr("S&how:"), left);
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

    makeMuted(m_pack);
    makeHeadline(m_promptText, 1.25);
    makeMuted(m_followUp);
    makeMuted(m_privateNote);
    makeMuted(m_saveState);

    m_answer->setObjectName(QStringLiteral("answerEditor"));
    m_answer->setAccessibleName(tr("Your answer"));
    m_answer->setPlaceholderText(
        tr("Write your answer. Only you can read it until you both agree to reveal."));
    m_answer->setTabChangesFocus(true);
    auto* editorLayout = new QVBoxLayout(m_editorBox);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_answer, 1);
    editorLayout->addWidget(m_saveState);

    m_sideBySide->setObjectName(QStringLiteral("sideBySide"));
    m_sideBySide->setFrameShape(QFrame::StyledPanel);
    auto* sides = new QHBoxLayout(m_sideBySide);
    for (auto [name, text] : {std::pair{m_myName, m_myAnswer}, std::pair{m_partnerName, m_partnerAnswer}}) {
        auto* column = new QVBoxLayout;
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        column->addWidget(name);
        column->addWidget(text);
        column->addStretch();
        sides->addLayout(column, 1);
    }

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_save, m_reveal, m_notNow, m_withdraw, m_edit, m_retract}) {
        buttons->addWidget(b);
    }
    buttons->addStretch();
    m_reveal->setToolTip(
        tr("Your answer is shown to your partner only when you have both answered and both agreed."));
    m_notNow->setToolTip(
        tr("Keep this to yourself for now, answered or not. Your partner sees nothing of it."));
    m_withdraw->setToolTip(tr("Delete your answer (possible until it has been revealed)."));

    auto* detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(12, 12, 12, 12);
    detailLayout->setSpacing(8);
    detailLayout->addWidget(m_pack);
    detailLayout->addWidget(m_promptText);
    detailLayout->addWidget(m_followUp);
    detailLayout->addWidget(m_state);
    detailLayout->addWidget(m_privateNote);
    detailLayout->addWidget(m_sideBySide);
    detailLayout->addWidget(m_editorBox, 1);
    detailLayout->addLayout(buttons);
    detailLayout->addWidget(m_message);
    m_message->setVisible(false);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("promptsSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    // Room for the questions themselves, not only their first word.
    left->setMinimumWidth(360);
    splitter->setSizes({440, 560});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveDelay);
    connect(&m_autosave, &QTimer::timeout, this, [this] { (void)saveDraftNow(); });
    connect(m_answer, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading) {
            return;
        }
        m_dirty = true;
        m_saveState->setText(tr("Unsaved changes"));
        m_autosave.start();
    });
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] { applyFilter(); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (!item || m_loading) {
            return;
        }
        const QString id = item->data(0, kPromptIdRole).toString();
        if (!id.isEmpty() && id != m_promptId) {
            openPrompt(id);
        }
    });
    connect(m_save, &QPushButton::clicked, this, [this] { saveAnswer(false); });
    connect(m_reveal, &QPushButton::clicked, this, [this] { saveAnswer(true); });
    connect(m_notNow, &QPushButton::clicked, this, &PromptsPage::notNow);
    connect(m_withdraw, &QPushButton::clicked, this, &PromptsPage::withdraw);
    connect(m_retract, &QPushButton::clicked, this, &PromptsPage::retract);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        m_editorBox->setVisible(true);
        m_save->setVisible(true);
        m_reveal->setVisible(true);
        m_edit->setVisible(false);
        showMessage(tr("Saving an edit makes a new version: it is shown to your partner only after you "
                       "both agree again. The revealed version stays until you retract it."));
        m_answer->setFocus();
    });
    connect(m_addPrompt, &QPushButton::clicked, this, &PromptsPage::addCustomPrompt);
    connect(m_customField, &QLineEdit::returnPressed, this, &PromptsPage::addCustomPrompt);

    m_detail->setVisible(false);
    reload();
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
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
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
    m_loading = true;
    m_list->clear();
    std::map<std::string, QTreeWidgetItem*> packItems;
    for (const PackChoice& pack : *packs) {
        auto* item = new QTreeWidgetItem(
            m_list, {pack.packId == kCustomPackId ? tr("Our own prompts") : fromStd(pack.title)});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFlags(Qt::ItemIsEnabled);
        packItems[pack.packId] = item;
    }
    QTreeWidgetItem* current = nullptr;
    for (const Prompt& prompt : *prompts) {
        auto found = packItems.find(prompt.packId);
        if (found == packItems.end()) {
            continue;
        }
        const RevealState state = stateOf.contains(prompt.id) ? stateOf[prompt.id] : RevealState::NotAnswered;
        auto* item = new QTreeWidgetItem(found->second, {fromStd(prompt.text), stateText(state)});
        item->setData(0, kPromptIdRole, fromStd(prompt.id));
        item->setData(0, kStateRole, static_cast<int>(state));
        item->setToolTip(0, fromStd(prompt.text));
        if (fromStd(prompt.id) == m_promptId) {
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

void PromptsPage::setFilter(Filter filter)
{
    m_filter->setCurrentIndex(m_filter->findData(static_cast<int>(filter)));
}

void PromptsPage::applyFilter()
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

bool PromptsPage::openPrompt(const QString& promptId)
{
    if (!m_context.couple()) {
        return false;
    }
    (void)saveDraftNow();
    m_promptId = promptId;
    showMessage(QString());
    showPrompt();
    // Keep the list's selection in step (without re-entering).
    m_loading = true;
    for (QTreeWidgetItemIterator it(m_list); *it; ++it) {
        if ((*it)->data(0, kPromptIdRole).toString() == promptId) {
            m_list->setCurrentItem(*it);
            break;
        }
    }
    m_loading = false;
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
    m_pack->setText(packTitle);
    m_promptText->setText(fromStd((*prompt)->text));
    m_followUp->setText(fromStd((*prompt)->followUp));
    m_followUp->setVisible(!(*prompt)->followUp.empty());
    if (status.state == RevealState::WaitingForPartner && status.bothAgreed) {
        m_state->setText(bothAgreedText());
    } else if (status.state == RevealState::Damaged) {
        m_state->setText(
            tr("The shared file was changed behind your back: something under your name that you "
               "never agreed to reveal was put there. Twofold removed it and revealed nothing; "
               "your answer is as you left it."));
    } else {
        m_state->setText(stateText(status.state));
    }
    m_privateNote->setText(
        tr("This prompt starts as private reflection. Your answer stays yours; reveal it only "
           "if and when you both want to."));
    m_privateNote->setVisible((*prompt)->visibility == Visibility::Private &&
                              status.state != RevealState::Revealed);

    const auto damaged = tr("This item is damaged and cannot be shown.");
    m_savedAnswer.clear();
    // §4: an answer is shown under the question it was written for, when the prompt's
    // text has changed since.
    const auto writtenFor = [&](const auto& side) {
        if (side && side->readable() && !side->question.empty() && side->question != (*prompt)->text) {
            return tr("Written for the question: “%1”").arg(fromStd(side->question)) + QLatin1String("\n\n");
        }
        return QString();
    };
    QString mine;
    if (view->mine) {
        mine = view->mine->readable() ? writtenFor(view->mine) + fromStd(view->mine->value) : damaged;
        if (view->mine->readable()) {
            m_savedAnswer = fromStd(view->mine->value);
        }
    }
    QString partners;
    if (view->partners) {
        partners = view->partners->readable() ? writtenFor(view->partners) + fromStd(view->partners->value)
                                              : damaged;
        if (view->partnersIsEarlierVersion) {
            partners += QLatin1String("\n\n") +
                        tr("(This is the version %1 revealed earlier; they have edited it since.)")
                            .arg(partnerNameMidSentence());
        }
    } else if (status.answeredByPartner) {
        partners = tr("Not revealed yet.");
    } else {
        partners = tr("Not answered yet.");
    }

    const bool revealed = status.state == RevealState::Revealed;
    const bool partnerVisible = view->partners.has_value();
    // Names with the date each side was written, so both know which version they read.
    const auto withDate = [](const QString& name, const auto& side) {
        if (!side || !side->readable() || side->writtenMs == 0) {
            return name;
        }
        return tr("%1 · %2").arg(name, friendlyDate(QDateTime::fromMSecsSinceEpoch(side->writtenMs)));
    };
    m_myName->setText(withDate(tr("%1 (you)").arg(myName()), view->mine));
    m_myAnswer->setText(mine.isEmpty() ? tr("Not answered yet.") : mine);
    m_partnerName->setText(withDate(partnerName(), view->partners));
    m_partnerAnswer->setText(partners);
    m_sideBySide->setVisible(revealed || partnerVisible || status.answeredByPartner);
    m_myName->setVisible(revealed || partnerVisible);
    m_myAnswer->setVisible(revealed || partnerVisible);

    // My draft, if I was typing, else my current version.
    QString text = m_savedAnswer;
    if (auto draft = m_context.session()->journal().setting(draftKey());
        draft && *draft && !(*draft)->empty()) {
        text = fromStd(**draft);
    }
    m_loading = true;
    m_answer->setPlainText(text);
    m_answer->document()->clearUndoRedoStacks();
    m_loading = false;
    m_dirty = false;
    m_saveState->setText(text != m_savedAnswer ? tr("Draft kept safe (only you can read it)")
                         : status.answeredByMe ? tr("Saved")
                                               : QString());

    m_editorBox->setVisible(!revealed);
    m_save->setVisible(!revealed);
    m_reveal->setVisible(!revealed);
    m_reveal->setEnabled(!status.agreedByMe || text != m_savedAnswer);
    m_notNow->setVisible(!revealed);
    m_withdraw->setVisible(!revealed && status.answeredByMe);
    m_edit->setVisible(revealed);
    m_retract->setVisible(revealed || status.earlierPartnerVersionReadable || partnerVisible);
}

Status PromptsPage::saveDraftNow()
{
    m_autosave.stop();
    if (!m_dirty || m_promptId.isEmpty() || !m_context.session() || !m_context.session()->isUnlocked()) {
        return {};
    }
    const QString text = m_answer->toPlainText();
    const std::string value = text == m_savedAnswer ? std::string() : text.toStdString();
    Status saved = m_context.session()->journal().setSetting(draftKey(), value);
    if (saved) {
        m_dirty = false;
        m_saveState->setText(value.empty() ? tr("Saved") : tr("Draft kept safe (only you can read it)"));
    } else {
        m_saveState->setText(describe(saved.error()).text());
    }
    return saved;
}

void PromptsPage::saveAnswer(bool reveal)
{
    if (!m_status || !m_context.couple()) {
        return;
    }
    const QString text = m_answer->toPlainText();
    if (text.trimmed().isEmpty()) {
        showMessage(tr("Write your answer first."));
        m_answer->setFocus();
        return;
    }
    CoupleSpace& couple = *m_context.couple();
    const std::string id = m_promptId.toStdString();
    QString done;
    if (text != m_savedAnswer || !m_status->answeredByMe) {
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
    m_dirty = false;
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
    const QString text = m_customField->text().trimmed();
    if (text.isEmpty()) {
        m_customField->setFocus();
        return;
    }
    auto added = m_context.couple()->prompts().addCustomPrompt(text.toStdString());
    if (!added) {
        showMessage(describe(added.error()).text());
        return;
    }
    m_customField->clear();
    reload();
    openPrompt(fromStd(*added));
    showMessage(tr("Added to \"Our own prompts\". Your partner sees it too."));
}

void PromptsPage::clearAll()
{
    m_autosave.stop();
    m_loading = true;
    m_answer->clear();
    m_answer->document()->clearUndoRedoStacks();
    m_loading = false;
    for (QLabel* label :
         {m_promptText, m_followUp, m_myAnswer, m_partnerAnswer, m_message, m_saveState, m_state}) {
        label->clear();
    }
    m_customField->clear();
    m_list->clear();
    m_savedAnswer.clear();
    m_promptId.clear();
    m_status.reset();
}

} // namespace twofold::ui
