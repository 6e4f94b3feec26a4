// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/together/steps/ListeningCards.h"

#include "ui/widgets/Theme.h"

#include <array>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {

struct Card
{
    const char* title;
    const char* text;
};

// Our own words (THEMES.md: plain, warm, non-clinical).
constexpr std::array<Card, 6> kCards{{
    {QT_TRANSLATE_NOOP("twofold::ui::ListeningCards", "Say back what you heard"),
     QT_TRANSLATE_NOOP("twofold::ui::ListeningCards",
                       "Before you answer, tell your partner what you heard, in your own words. "
                       "Then ask gently: did I get that right?")},
    {QT_TRANSLATE_NOOP("twofold::ui::ListeningCards", "Set your reply down"),
     QT_TRANSLATE_NOOP("twofold::ui::ListeningCards",
                       "If you notice yourself preparing an answer, set it down for now. "
                       "Your turn will come; this one is for hearing.")},
    {QT_TRANSLATE_NOOP("twofold::ui::ListeningCards", "Ask: is there more?"),
     QT_TRANSLATE_NOOP("twofold::ui::ListeningCards", "When your partner pauses, ask whether there is more. "
                                                      "What matters most is often said last.")},
    {QT_TRANSLATE_NOOP("twofold::ui::ListeningCards", "Understanding is not agreeing"),
     QT_TRANSLATE_NOOP("twofold::ui::ListeningCards",
                       "You can see why your partner feels this way without agreeing with every word. "
                       "Look for what makes sense, and say so.")},
    {QT_TRANSLATE_NOOP("twofold::ui::ListeningCards", "Facts can wait"),
     QT_TRANSLATE_NOOP("twofold::ui::ListeningCards",
                       "Who said what, and when, can wait. For now, listen for what it was like for them.")},
    {QT_TRANSLATE_NOOP("twofold::ui::ListeningCards", "When it stings"),
     QT_TRANSLATE_NOOP(
         "twofold::ui::ListeningCards",
         "Wanting to explain yourself is natural. Notice it, take a slow breath and keep listening; "
         "you will be heard too.")},
}};

} // namespace

ListeningCards::ListeningCards(QWidget* parent)
    : QFrame(parent), m_title(new QLabel(this)), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("listeningCards"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Listening cards"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("On listening"), this);
    makeMuted(heading);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setObjectName(QStringLiteral("listeningCardTitle"));
    m_text->setObjectName(QStringLiteral("listeningCardText"));
    m_title->setWordWrap(true);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto* another = namedButton(tr("Another card"), QStringLiteral("anotherCardButton"), this);
    connect(another, &QPushButton::clicked, this, [this] { showCard((m_current + 1) % cardCount()); });
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(another);
    layout->addWidget(heading);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    layout->addLayout(row);
    showCard(0);
}

int ListeningCards::cardCount()
{
    return static_cast<int>(kCards.size());
}

void ListeningCards::showCard(int index)
{
    m_current = index;
    m_title->setText(tr(kCards[static_cast<std::size_t>(index)].title));
    m_text->setText(tr(kCards[static_cast<std::size_t>(index)].text));
}

} // namespace twofold::ui
