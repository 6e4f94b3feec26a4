// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/together/steps/LastIntentionsStep.h"

#include "couple/CoupleSpace.h"
#include "couple/ReviewFlow.h"
#include "ui/together/steps/SharedNote.h"
#include "ui/together/steps/StepWidgets.h"
#include "ui/widgets/ErrorMessages.h"
#include "ui/widgets/Theme.h"

#include <optional>
#include <string>
#include <utility>

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace twofold::ui {

LastIntentionsStep::LastIntentionsStep(ReviewFlow& flow, ReviewNames names, QWidget* parent)
    : ReviewStepPage(flow, std::move(names), parent)
{
    setObjectName(QStringLiteral("lastIntentionsStep"));
    QWidget* column = addCentredColumn(this, 820);
    auto* layout = new QVBoxLayout(column);
    QLabel* title = stepTitle(tr("Last week's intentions"), column);
    m_intro = new QLabel(tr("Last week each of you chose something to do for the other. There is nothing to "
                            "measure here. If you like, say a kind word about how it went."),
                         column);
    m_intro->setWordWrap(true);
    makeMuted(m_intro);
    m_first =
        new QLabel(tr("This is your first review together — there is nothing from last week yet."), column);
    m_first->setObjectName(QStringLiteral("lastIntentionsNone"));
    m_first->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(m_intro);
    layout->addWidget(m_first);
    layout->addSpacing(8);

    m_cards = new QWidget(column);
    auto* cards = new QHBoxLayout(m_cards);
    cards->setContentsMargins(0, 0, 0, 0);
    cards->setSpacing(16);
    const char* intentionNames[] = {"lastIntentionFirst", "lastIntentionSecond"};
    const char* kindNames[] = {"kindWordFirst", "kindWordSecond"};
    for (ReviewSide side : {ReviewSide::First, ReviewSide::Second}) {
        const std::size_t i = sideIndex(side);
        Side& s = m_sides[i];
        auto* card = new QFrame(m_cards);
        card->setFrameShape(QFrame::StyledPanel);
        auto* cardLayout = new QVBoxLayout(card);
        auto* who = new QLabel(tr("%1's intention").arg(this->names().of(side)), card);
        who->setTextFormat(Qt::PlainText); // names and words are never markup
        QFont bold = who->font();
        bold.setBold(true);
        who->setFont(bold);
        s.intention = new QLabel(card);
        s.intention->setTextFormat(Qt::PlainText); // names and words are never markup
        s.intention->setObjectName(QString::fromLatin1(intentionNames[i]));
        s.intention->setWordWrap(true);
        s.intention->setTextInteractionFlags(Qt::TextSelectableByMouse);
        s.intention->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        QFont larger = s.intention->font();
        larger.setPointSizeF(larger.pointSizeF() * 1.15);
        s.intention->setFont(larger);

        s.kindWord = new QWidget(card);
        auto* kindLayout = new QVBoxLayout(s.kindWord);
        kindLayout->setContentsMargins(0, 8, 0, 0);
        auto* editor = new QPlainTextEdit(s.kindWord);
        editor->setObjectName(QString::fromLatin1(kindNames[i]));
        editor->setTabChangesFocus(true);
        editor->setMaximumHeight(editor->fontMetrics().lineSpacing() * 6 + 16);
        editor->setPlaceholderText(tr("Something you noticed and were glad of"));
        const QString& other = this->names().other(side);
        editor->setAccessibleName(tr("A kind word from %1").arg(other));
        auto* kindLabel = new QLabel(tr("A kind word from %1 (if you like)").arg(other), s.kindWord);
        kindLabel->setTextFormat(Qt::PlainText); // names and words are never markup
        kindLabel->setWordWrap(true);
        kindLabel->setBuddy(editor);
        kindLayout->addWidget(kindLabel);
        kindLayout->addWidget(editor, 1);

        cardLayout->addWidget(who);
        cardLayout->addWidget(s.intention);
        cardLayout->addStretch(1); // the kind words line up, however long each intention is
        cardLayout->addWidget(s.kindWord);
        cards->addWidget(card, 1);
        s.card = card;
        // Written by the partner the intention was for, about the intention's author.
        s.note = new SharedNote(flow, NoteKind::KindWord, editor, otherSide(side),
                                flow.shared().space(side).myId());
        connect(s.note, &SharedNote::problem, this, &ReviewStepPage::problem);
    }
    layout->addWidget(m_cards);
    layout->addStretch(1);
    m_cards->hide();
    m_intro->hide();
}

void LastIntentionsStep::refresh()
{
    auto last = flow().lastReview();
    if (!last) {
        Q_EMIT problem(describe(last.error()).text());
        return;
    }
    const std::optional<ReviewRecord>& record = *last;
    m_first->setVisible(!record);
    m_intro->setVisible(record.has_value());
    m_cards->setVisible(record.has_value());
    if (!record) {
        return;
    }
    // lastReview() reads as the first side: "my" intention is the first side's.
    const std::optional<std::string>* texts[] = {&record->myIntention, &record->partnerIntention};
    const bool damaged[] = {record->myIntentionDamaged, record->partnerIntentionDamaged};
    for (ReviewSide side : {ReviewSide::First, ReviewSide::Second}) {
        const std::size_t i = sideIndex(side);
        Side& s = m_sides[i];
        const std::optional<std::string>& text = *texts[i];
        const bool readable = !damaged[i] && text && !text->empty();
        if (damaged[i]) {
            s.intention->setText(tr("This intention was changed outside Twofold, so it is not shown."));
        } else if (!readable) {
            s.intention->setText(tr("No intention was written down for %1 last week.").arg(names().of(side)));
        } else {
            s.intention->setText(QString::fromStdString(*text));
        }
        s.kindWord->setVisible(readable);
        s.note->load();
    }
}

Status LastIntentionsStep::leave()
{
    Status result;
    for (Side& s : m_sides) {
        if (auto st = s.note->store(); !st) {
            result = st;
        }
    }
    return result;
}

} // namespace twofold::ui
