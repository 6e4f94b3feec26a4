// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/access/SafetyPage.h"

#include "ui/widgets/Theme.h"

#include <QKeySequence>
#include <QPushButton>
#include <QShortcut>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace twofold::ui {

SafetyPage::SafetyPage(QWidget* parent)
    : QWidget(parent), m_text(new QTextBrowser(this)), m_back(new QPushButton(tr("&Back"), this))
{
    setObjectName(QStringLiteral("safetyPage"));
    m_text->setObjectName(QStringLiteral("safetyText"));
    m_text->setAccessibleName(tr("Safety and support"));
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setOpenLinks(false);
    m_text->viewport()->setAutoFillBackground(false);
    m_text->setHtml(html());
    m_back->setObjectName(QStringLiteral("safetyBackButton"));
    m_back->setAccessibleName(tr("Back"));

    auto* layout = new QVBoxLayout(addCentredColumn(this, 720));
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(m_text, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_back);
    layout->addLayout(buttons);

    connect(m_back, &QPushButton::clicked, this, &SafetyPage::backRequested);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &SafetyPage::backRequested);
}

QString SafetyPage::html()
{
    // Each paragraph is its own tr() so translators work in small pieces.
    QString page;
    page += QStringLiteral("<h1>") + tr("Your safety comes first") + QStringLiteral("</h1>");
    page +=
        QStringLiteral("<p>") +
        tr("Twofold is made for partners who feel safe with each other. If you do not feel safe with "
           "your partner &mdash; if you are afraid of them, or they hurt, threaten or control you, or push "
           "you to share &mdash; then working on intimacy is not the priority. Your safety is.") +
        QStringLiteral("</p>");
    page += QStringLiteral("<p><b>") +
            tr("If you are in danger right now, call your local emergency number.") +
            QStringLiteral("</b></p>");
    page += QStringLiteral("<h2>") + tr("Your journal is yours alone") + QStringLiteral("</h2>");
    page += QStringLiteral("<p>") +
            tr("Nobody can read your journal without your password or your recovery code: not your partner, "
               "not anyone else who uses this computer, not the makers of Twofold. Nothing you write is "
               "shared unless you choose to share it, and you never have to. &ldquo;Not now&rdquo; is always "
               "an answer, and it leaves nothing for your partner to see: an answer you have not agreed to "
               "share is not even known to exist.") +
            QStringLiteral("</p>");
    page += QStringLiteral("<h2>") + tr("What your partner can still see") + QStringLiteral("</h2>");
    page += QStringLiteral("<p>") +
            tr("To be honest about the limits: your partner can see that you have a journal here, your name "
               "and colour on the unlock screen, and the size of your journal file and when it last "
               "changed. A file that grows suggests that you write, though not what or how much exactly. "
               "They can also see that Twofold is installed on this computer.") +
            QStringLiteral("</p>");
    page += QStringLiteral("<p>") +
            tr("Once you agree to share an answer, your partner can see that you did (never what you wrote) "
               "until they share theirs. In the weekly review you sit at one keyboard: the window shows only "
               "the review and what you have both shared, sharing anything more asks for your own password, "
               "and Lock ends the review for both of you. A file you export or print can be opened by anyone "
               "who can use this computer.") +
            QStringLiteral("</p>");
    page += QStringLiteral("<h2>") + tr("Separate logins protect more") + QStringLiteral("</h2>");
    page +=
        QStringLiteral("<p>") +
        tr("If you share one login on this computer, your partner uses the same account as you. Your "
           "password still keeps your journal unreadable, but someone in your login can install a program "
           "that records what you type, replace Twofold with a changed copy, or put back older copies of "
           "everything at once. When each of you has your own login (without administrator rights), "
           "your partner cannot do those things in yours: Twofold keeps your journals where only your two "
           "logins can open them, and what only you should remember stays in your own login. If you "
           "can, give each of you a login of your own.") +
        QStringLiteral("</p>");
    page += QStringLiteral("<h2>") + tr("Where to find support") + QStringLiteral("</h2><ul>");
    page += QStringLiteral("<li>") +
            tr("A domestic-violence or family-violence hotline in your country. They listen, help you think "
               "through your options and make a safety plan. Many offer chat or text when a call is not "
               "safe.") +
            QStringLiteral("</li>");
    page +=
        QStringLiteral("<li>") + tr("A doctor, counsellor or therapist you trust.") + QStringLiteral("</li>");
    page +=
        QStringLiteral("<li>") + tr("A friend or family member you trust.") + QStringLiteral("</li></ul>");
    page += QStringLiteral("<p>") +
            tr("If your partner may look at this computer or your phone, consider searching for help on a "
               "device they cannot use. Twofold itself never connects to the internet and keeps nothing "
               "online.") +
            QStringLiteral("</p>");
    page += QStringLiteral("<p>") + tr("You deserve to be safe, and to be treated with care.") +
            QStringLiteral("</p>");
    return page;
}

} // namespace twofold::ui
