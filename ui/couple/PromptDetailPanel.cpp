// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/couple/PromptDetailPanel.h"

#include "ui/widgets/Announce.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/KeyboardOrder.h"
#include "ui/widgets/LocalTime.h"
#include "ui/widgets/Theme.h"
#include "ui/widgets/Words.h"

#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {

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

PromptDetailPanel::PromptDetailPanel(const Clock& clock, std::chrono::milliseconds autosaveDelay,
                                     QWidget* parent)
    : QWidget(parent), m_clock(&clock), m_pack(wrappedLabel(QStringLiteral("promptPack"), this)),
      m_promptText(wrappedLabel(QStringLiteral("promptText"), this)),
      m_followUp(wrappedLabel(QStringLiteral("promptFollowUp"), this)),
      m_state(wrappedLabel(QStringLiteral("promptState"), this)),
      m_privateNote(wrappedLabel(QStringLiteral("promptPrivateNote"), this)), m_editorBox(new QWidget(this)),
      m_answer(new QPlainTextEdit(this)), m_saveState(wrappedLabel(QStringLiteral("answerSaveState"), this)),
      m_save(namedButton(tr("&Save answer"), QStringLiteral("saveAnswerButton"), this)),
      m_reveal(namedButton(tr("&Reveal when we both agree"), QStringLiteral("revealButton"), this)),
      m_notNow(namedButton(tr("&Not now"), QStringLiteral("notNowButton"), this)),
      m_withdraw(namedButton(tr("&Withdraw"), QStringLiteral("withdrawButton"), this)),
      m_retract(namedButton(tr("Retra&ct"), QStringLiteral("retractButton"), this)),
      m_edit(namedButton(tr("Edit m&y answer"), QStringLiteral("editAnswerButton"), this)),
      m_sideBySide(new QFrame(this)), m_myName(wrappedLabel(QStringLiteral("myAnswerName"), this)),
      m_myAnswer(wrappedLabel(QStringLiteral("myAnswerView"), this)),
      m_partnerName(wrappedLabel(QStringLiteral("partnerAnswerName"), this)),
      m_partnerAnswer(wrappedLabel(QStringLiteral("partnerAnswerView"), this)),
      m_message(wrappedLabel(QStringLiteral("promptMessage"), this))
{
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

    // The buttons wrap onto a second line in a narrow window rather than widening it (issue 18).
    auto* buttons = new FlowLayout;
    for (QPushButton* b : {m_save, m_reveal, m_notNow, m_withdraw, m_edit, m_retract}) {
        buttons->addWidget(b);
    }
    m_reveal->setToolTip(
        tr("Your answer is shown to your partner only when you have both answered and both agreed."));
    m_notNow->setToolTip(
        tr("Keep this to yourself for now, answered or not. Your partner sees nothing of it."));
    m_withdraw->setToolTip(tr("Delete your answer (possible until it has been revealed)."));

    auto* detailLayout = new QVBoxLayout(this);
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
    makeAlertLabel(m_message);

    m_autosave.setSingleShot(true);
    m_autosave.setInterval(autosaveDelay);
    connect(&m_autosave, &QTimer::timeout, this, &PromptDetailPanel::autosaveDue);
    connect(m_answer, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading) {
            return;
        }
        m_dirty = true;
        m_saveState->setText(tr("Unsaved changes"));
        m_autosave.start();
    });
    connect(m_save, &QPushButton::clicked, this, [this] { Q_EMIT saveRequested(false); });
    connect(m_reveal, &QPushButton::clicked, this, [this] { Q_EMIT saveRequested(true); });
    connect(m_notNow, &QPushButton::clicked, this, &PromptDetailPanel::notNowRequested);
    connect(m_withdraw, &QPushButton::clicked, this, &PromptDetailPanel::withdrawRequested);
    connect(m_retract, &QPushButton::clicked, this, &PromptDetailPanel::retractRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        m_editorBox->setVisible(true);
        m_save->setVisible(true);
        m_reveal->setVisible(true);
        m_edit->setVisible(false);
        showMessage(tr("Saving an edit makes a new version: it is shown to your partner only after you "
                       "both agree again. The revealed version stays until you retract it."));
        m_answer->setFocus();
    });
    orderTabsAsLaidOut(this);
}

void PromptDetailPanel::showPrompt(const Prompt& prompt, const TopicView<std::string>& view,
                                   const QString& packTitle, const QString& stateLine,
                                   const PromptNames& names, const std::optional<QString>& draft)
{
    const TopicStatus& status = view.status;
    m_pack->setText(packTitle);
    m_promptText->setText(fromStd(prompt.text));
    m_followUp->setText(fromStd(prompt.followUp));
    m_followUp->setVisible(!prompt.followUp.empty());
    m_state->setText(stateLine);
    m_privateNote->setText(
        tr("This prompt starts as private reflection. Your answer stays yours; reveal it only "
           "if and when you both want to."));
    m_privateNote->setVisible(prompt.visibility == Visibility::Private &&
                              status.state != RevealState::Revealed);

    const auto damaged = tr("This item is damaged and cannot be shown.");
    m_savedAnswer.clear();
    // §4: an answer is shown under the question it was written for, when the prompt's
    // text has changed since.
    const auto writtenFor = [&](const auto& side) {
        if (side && side->readable() && !side->question.empty() && side->question != prompt.text) {
            return tr("Written for the question: “%1”").arg(fromStd(side->question)) + QLatin1String("\n\n");
        }
        return QString();
    };
    QString mine;
    if (view.mine) {
        mine = view.mine->readable() ? writtenFor(view.mine) + fromStd(view.mine->value) : damaged;
        if (view.mine->readable()) {
            m_savedAnswer = fromStd(view.mine->value);
        }
    }
    QString partners;
    if (view.partners) {
        partners =
            view.partners->readable() ? writtenFor(view.partners) + fromStd(view.partners->value) : damaged;
        if (view.partnersIsEarlierVersion) {
            partners += QLatin1String("\n\n") +
                        tr("(This is the version %1 revealed earlier; they have edited it since.)")
                            .arg(names.partnerMidSentence);
        }
    } else if (status.answeredByPartner) {
        partners = tr("Not revealed yet.");
    } else {
        partners = tr("Not answered yet.");
    }

    const bool revealed = status.state == RevealState::Revealed;
    const bool partnerVisible = view.partners.has_value();
    // Names with the date each side was written, so both know which version they read.
    const QDateTime now = localNow(*m_clock);
    const auto withDate = [&now](const QString& name, const auto& side) {
        if (!side || !side->readable() || side->writtenMs == 0) {
            return name;
        }
        return tr("%1 · %2").arg(name, friendlyDate(QDateTime::fromMSecsSinceEpoch(side->writtenMs), now));
    };
    m_myName->setText(withDate(tr("%1 (you)").arg(names.me), view.mine));
    m_myAnswer->setText(mine.isEmpty() ? tr("Not answered yet.") : mine);
    m_partnerName->setText(withDate(names.partner, view.partners));
    m_partnerAnswer->setText(partners);
    m_sideBySide->setVisible(revealed || partnerVisible || status.answeredByPartner);
    m_myName->setVisible(revealed || partnerVisible);
    m_myAnswer->setVisible(revealed || partnerVisible);

    // My draft, if I was typing, else my current version.
    const QString text = draft.value_or(m_savedAnswer);
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

QString PromptDetailPanel::answerText() const
{
    return m_answer->toPlainText();
}

void PromptDetailPanel::markSaved(bool draftKept)
{
    m_dirty = false;
    m_saveState->setText(draftKept ? tr("Draft kept safe (only you can read it)") : tr("Saved"));
}

void PromptDetailPanel::setSaveState(const QString& text)
{
    m_saveState->setText(text);
}

void PromptDetailPanel::focusAnswer()
{
    m_answer->setFocus();
}

void PromptDetailPanel::showMessage(const QString& text)
{
    // An alert shown afresh each time: what saving, revealing or withdrawing did is heard.
    m_message->hide();
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void PromptDetailPanel::clearAll()
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
    m_savedAnswer.clear();
}

} // namespace twofold::ui
