// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/together/steps/TalkStep.h"

#include "couple/CoupleSpace.h"
#include "couple/ReviewFlow.h"
#include "ui/together/steps/ListeningCards.h"
#include "ui/together/steps/SharedNote.h"
#include "ui/together/steps/StepWidgets.h"
#include "ui/together/steps/TalkTimer.h"
#include "ui/widgets/ErrorMessages.h"
#include "ui/widgets/Theme.h"

#include <utility>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace twofold::ui {

TalkStep::TalkStep(ReviewFlow& flow, ReviewNames names, const Clock& clock, QWidget* parent)
    : ReviewStepPage(flow, std::move(names), parent)
{
    setObjectName(QStringLiteral("talkStep"));
    QWidget* column = addCentredColumn(this, 860);
    auto* layout = new QVBoxLayout(column);
    QLabel* title = stepTitle(tr("One thing to talk about"), column);
    auto* intro =
        new QLabel(tr("If there is something either of you would like to talk through, choose one thing. "
                      "One speaks while the other listens, then you swap. You can also leave it for "
                      "another week."),
                   column);
    intro->setWordWrap(true);
    makeMuted(intro);
    layout->addWidget(title);
    layout->addWidget(intro);

    auto* topicRow = new QHBoxLayout;
    auto* topic = new QLineEdit(column);
    topic->setObjectName(QStringLiteral("talkTopic"));
    topic->setPlaceholderText(tr("In a few words, what would you like to talk about?"));
    topic->setAccessibleName(tr("Topic"));
    auto* topicLabel = new QLabel(tr("&Topic"), column);
    topicLabel->setBuddy(topic);
    m_owner = new QComboBox(column);
    m_owner->setObjectName(QStringLiteral("talkTopicOwner"));
    m_owner->addItem(this->names().first);
    m_owner->addItem(this->names().second);
    m_owner->setAccessibleName(tr("Whose topic?"));
    auto* ownerLabel = new QLabel(tr("&Whose topic?"), column);
    ownerLabel->setBuddy(m_owner);
    topicRow->addWidget(topicLabel);
    topicRow->addWidget(topic, 1);
    topicRow->addSpacing(12);
    topicRow->addWidget(ownerLabel);
    topicRow->addWidget(m_owner);
    layout->addLayout(topicRow);
    layout->addSpacing(8);

    auto* body = new QHBoxLayout;
    auto* turnColumn = new QVBoxLayout;
    m_speaker = new QLabel(column);
    m_speaker->setTextFormat(Qt::PlainText); // names and words are never markup
    m_speaker->setObjectName(QStringLiteral("talkSpeaker"));
    m_speaker->setWordWrap(true);
    m_speaker->setAlignment(Qt::AlignHCenter);
    QFont bold = m_speaker->font();
    bold.setBold(true);
    m_speaker->setFont(bold);
    m_timer = new TalkTimer(clock, column);
    m_timeNote = new QLabel(column);
    m_timeNote->setObjectName(QStringLiteral("talkTimeNote"));
    m_timeNote->setAlignment(Qt::AlignHCenter);
    m_timeNote->setWordWrap(true);
    makeMuted(m_timeNote);
    m_start = namedButton(tr("Be&gin"), QStringLiteral("startTalkButton"), column);
    m_swap = namedButton(tr("&Swap turns"), QStringLiteral("swapTurnButton"), column);
    turnColumn->addWidget(m_speaker);
    turnColumn->addWidget(m_timer, 0, Qt::AlignHCenter);
    turnColumn->addWidget(m_timeNote);
    turnColumn->addWidget(m_start, 0, Qt::AlignHCenter);
    turnColumn->addWidget(m_swap, 0, Qt::AlignHCenter);
    turnColumn->addStretch();

    auto* listenColumn = new QVBoxLayout;
    auto* heard = new QPlainTextEdit(column);
    heard->setObjectName(QStringLiteral("heardNote"));
    heard->setTabChangesFocus(true);
    heard->setMaximumHeight(heard->fontMetrics().lineSpacing() * 9 + 16);
    heard->setPlaceholderText(tr("In your own words, what mattered most to them?"));
    m_heardLabel = new QLabel(column);
    m_heardLabel->setTextFormat(Qt::PlainText); // names and words are never markup
    m_heardLabel->setBuddy(heard);
    m_heardLabel->setWordWrap(true);
    m_cards = new ListeningCards(column);
    listenColumn->addWidget(m_heardLabel);
    listenColumn->addWidget(heard);
    listenColumn->addSpacing(8);
    listenColumn->addWidget(m_cards);
    listenColumn->addStretch(1);
    body->addLayout(turnColumn, 2);
    body->addSpacing(16);
    body->addLayout(listenColumn, 3);
    layout->addLayout(body, 1);

    m_topic = new SharedNote(flow, NoteKind::TalkTopic, topic, ReviewSide::First);
    m_heard = new SharedNote(flow, NoteKind::Heard, heard, ReviewSide::Second);
    for (SharedNote* note : {m_topic, m_heard}) {
        connect(note, &SharedNote::problem, this, &ReviewStepPage::problem);
    }
    connect(m_owner, &QComboBox::activated, this, &TalkStep::chooseOwner);
    connect(m_start, &QPushButton::clicked, this, &TalkStep::start);
    connect(m_swap, &QPushButton::clicked, this, &TalkStep::swap);
    connect(m_timer, &TalkTimer::ranOut, this, [this] {
        m_timeNote->setText(tr("Time to swap, if you like."));
        Q_EMIT turnRunning(false);
    });
    showTurn();
}

ReviewSide TalkStep::topicOwner() const
{
    return m_owner->currentIndex() == 1 ? ReviewSide::Second : ReviewSide::First;
}

ReviewSide TalkStep::speaker() const
{
    const auto talk = flow().talk();
    return talk ? talk->speaker : topicOwner(); // whoever brought the topic speaks first
}

void TalkStep::refresh()
{
    // Whose topic: the side whose note it is (either may have chosen it).
    if (auto topics = flow().notes(NoteKind::TalkTopic); topics) {
        const std::string& secondId = flow().shared().space(ReviewSide::Second).myId();
        for (const ReviewNote& note : *topics) {
            if (note.state == ItemState::Readable && !note.text.empty()) {
                m_owner->setCurrentIndex(note.partnerId == secondId ? 1 : 0);
            }
        }
    } else {
        Q_EMIT problem(describe(topics.error()).text());
    }
    m_topic->switchTo(topicOwner());
    showTurn();
    m_heard->switchTo(otherSide(speaker()));
    Q_EMIT turnRunning(true);
}

Status TalkStep::leave()
{
    auto topic = m_topic->store();
    auto heard = m_heard->store();
    return !topic ? topic : heard;
}

void TalkStep::chooseOwner()
{
    m_topic->moveTo(topicOwner());
    if (!flow().talk()) { // the one who brought the topic will speak first
        showTurn();
        m_heard->switchTo(otherSide(speaker()));
    }
}

void TalkStep::start()
{
    if (auto st = flow().startTalk(topicOwner()); !st) {
        Q_EMIT problem(describe(st.error()).text());
        return;
    }
    showTurn();
    m_heard->switchTo(otherSide(speaker()));
}

void TalkStep::swap()
{
    if (!m_heard->store()) { // the listener's words stay theirs, under their name, until stored
        return;
    }
    if (auto st = flow().swapTurn(); !st) {
        Q_EMIT problem(describe(st.error()).text());
        return;
    }
    showTurn();
    m_heard->switchTo(otherSide(speaker())); // the new listener's own note
    Q_EMIT turnRunning(true);
}

void TalkStep::showTurn()
{
    const auto talk = flow().talk();
    const ReviewSide speaking = speaker();
    const ReviewSide listening = otherSide(speaking);
    m_speaker->setText(talk ? tr("%1 speaks, %2 listens").arg(names().of(speaking), names().of(listening))
                            : tr("When you are ready, %1 speaks first and %2 listens.")
                                  .arg(names().of(speaking), names().of(listening)));
    m_start->setVisible(!talk);
    m_swap->setVisible(talk.has_value());
    m_timer->setTurn(talk);
    m_timeNote->setText(talk ? tr("Take your time.") : QString());
    if (m_timer->isRunOut()) {
        m_timeNote->setText(tr("Time to swap, if you like."));
    }
    m_heardLabel->setText(tr("What I heard, by %1 (if you like)").arg(names().of(listening)));
}

} // namespace twofold::ui
