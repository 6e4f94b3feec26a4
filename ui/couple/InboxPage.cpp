// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/couple/InboxPage.h"

#include "couple/CoupleSpace.h"
#include "ui/shell/VaultContext.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/ErrorMessages.h"
#include "ui/widgets/KeyboardOrder.h"
#include "ui/widgets/LocalTime.h"
#include "ui/widgets/Theme.h"
#include "ui/widgets/Words.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace twofold::ui {

InboxPage::InboxPage(VaultContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_list(new QListWidget(this)),
      m_read(new QPushButton(tr("&Read now"), this)), m_notNow(new QPushButton(tr("&Not now"), this)),
      m_empty(new QLabel(this)), m_title(new QLabel(this)), m_written(new QLabel(this)),
      m_body(new QTextBrowser(this)), m_mine(new QListWidget(this)),
      m_retract(new QPushButton(tr("Take bac&k"), this))
{
    setObjectName(QStringLiteral("inboxPage"));
    m_list->setObjectName(QStringLiteral("inboxList"));
    m_list->setAccessibleName(tr("Entries offered to you"));
    m_read->setObjectName(QStringLiteral("readNowButton"));
    m_read->setAccessibleName(tr("Read now"));
    m_notNow->setObjectName(QStringLiteral("inboxNotNowButton"));
    m_notNow->setAccessibleName(tr("Not now"));
    m_notNow->setToolTip(tr("Put it aside. Your partner is not told."));
    m_empty->setObjectName(QStringLiteral("inboxEmpty"));
    m_empty->setWordWrap(true);
    makeMuted(m_empty);
    m_title->setObjectName(QStringLiteral("offerTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    makeHeadline(m_title, 1.3);
    m_written->setObjectName(QStringLiteral("offerWritten"));
    makeMuted(m_written);
    m_body->setObjectName(QStringLiteral("offerBody"));
    m_body->setAccessibleName(tr("Offered entry"));
    m_body->setOpenLinks(false);
    m_mine->setObjectName(QStringLiteral("myOffersList"));
    m_mine->setAccessibleName(tr("Entries you offered"));
    m_mine->setMaximumHeight(120);
    m_retract->setObjectName(QStringLiteral("retractOfferButton"));
    m_retract->setAccessibleName(tr("Take back the offer"));

    auto* left = new QVBoxLayout;
    auto* heading = new QLabel(tr("Offered to you"), this);
    makeHeadline(heading, 1.2);
    left->addWidget(heading);
    left->addWidget(m_empty);
    left->addWidget(m_list, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_read);
    buttons->addWidget(m_notNow);
    buttons->addStretch();
    left->addLayout(buttons);
    auto* mineHeading = new QLabel(tr("You offered"), this);
    makeHeadline(mineHeading, 1.1);
    left->addSpacing(12);
    left->addWidget(mineHeading);
    left->addWidget(m_mine);
    auto* mineButtons = new QHBoxLayout;
    mineButtons->addWidget(m_retract);
    mineButtons->addStretch();
    left->addLayout(mineButtons);

    auto* right = new QVBoxLayout;
    right->addWidget(m_title);
    right->addWidget(m_written);
    right->addWidget(m_body, 1);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(16);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);

    connect(m_read, &QPushButton::clicked, this, &InboxPage::readNow);
    connect(m_notNow, &QPushButton::clicked, this, &InboxPage::notNow);
    connect(m_list, &QListWidget::itemActivated, this, [this] { readNow(); });
    connect(m_retract, &QPushButton::clicked, this, &InboxPage::retractMine);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_read->setEnabled(row >= 0);
        m_notNow->setEnabled(row >= 0);
    });
    orderTabsAsLaidOut(this);
    reload();
}

void InboxPage::reload()
{
    if (!m_context.couple()) {
        return;
    }
    const int row = m_list->currentRow();
    // Quietly: emptying the list would disable Read now for a moment, and the keyboard focus
    // on it would jump to the next control (after Read now, it stays where it was).
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    m_ids.clear();
    m_unseen = 0;
    if (auto items = m_context.couple()->inbox()) {
        for (const InboxItem& item : *items) {
            const QString when =
                friendlyDate(QDateTime::fromMSecsSinceEpoch(item.offeredMs), localNow(m_context.clock()));
            QString text = tr("An entry, offered %1").arg(when);
            if (item.response == OfferResponse::NotNow) {
                text += QStringLiteral(" · ") + tr("put aside");
            } else if (item.response == OfferResponse::Read) {
                text += QStringLiteral(" · ") + tr("read");
            } else {
                ++m_unseen;
                text += QStringLiteral(" · ") + tr("new");
            }
            m_list->addItem(text);
            m_ids.push_back(item.id);
        }
    }
    m_empty->setText(m_ids.empty()
                         ? tr("Nothing offered to you right now. When your partner offers you an entry "
                              "from their journal, it waits here until you choose to read it.")
                         : tr("Your partner offered you these entries. Read one when you are ready; "
                              "\"Not now\" puts it aside without telling them."));
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    m_read->setEnabled(m_list->currentRow() >= 0);
    m_notNow->setEnabled(m_list->currentRow() >= 0);

    m_mine->clear();
    m_myIds.clear();
    if (auto mine = m_context.couple()->myOffers()) {
        for (const MyOffer& offer : *mine) {
            const QString title = offer.title.readable() ? QString::fromStdString(offer.title.value)
                                                         : tr("This item is damaged");
            m_mine->addItem(tr("%1 · offered %2")
                                .arg(title.isEmpty() ? tr("Untitled") : title,
                                     friendlyDate(QDateTime::fromMSecsSinceEpoch(offer.offeredMs),
                                                  localNow(m_context.clock()))));
            m_myIds.push_back(offer.id);
        }
    }
    m_retract->setEnabled(!m_myIds.empty());
    Q_EMIT countChanged(m_unseen);
}

void InboxPage::showEntry(const QString& title, const QString& body, qint64 writtenMs)
{
    m_title->setText(title.isEmpty() ? tr("Untitled") : title);
    m_written->setText(writtenMs > 0 ? tr("Written %1")
                                           .arg(friendlyDate(QDateTime::fromMSecsSinceEpoch(writtenMs),
                                                             localNow(m_context.clock())))
                                     : QString());
    m_body->setMarkdown(body);
}

void InboxPage::readNow()
{
    const int row = m_list->currentRow();
    if (!m_context.couple() || row < 0 || row >= static_cast<int>(m_ids.size())) {
        return;
    }
    auto opened = m_context.couple()->acceptOffer(m_ids[static_cast<std::size_t>(row)]);
    if (!opened) {
        m_title->setText(describe(opened.error()).text());
        return;
    }
    if (!opened->readable()) {
        showEntry(tr("This item is damaged"), tr("It cannot be shown."), 0);
    } else {
        showEntry(QString::fromStdString(opened->value.title), QString::fromStdString(opened->value.body),
                  opened->value.writtenMs);
    }
    reload();
    m_list->setCurrentRow(row);
}

void InboxPage::notNow()
{
    const int row = m_list->currentRow();
    if (!m_context.couple() || row < 0 || row >= static_cast<int>(m_ids.size())) {
        return;
    }
    if (Status put = m_context.couple()->notNow(m_ids[static_cast<std::size_t>(row)]); !put) {
        m_title->setText(describe(put.error()).text());
        return;
    }
    m_title->clear();
    m_written->clear();
    m_body->clear();
    reload();
}

void InboxPage::retractMine()
{
    const int row = m_mine->currentRow() >= 0 ? m_mine->currentRow() : 0;
    if (!m_context.couple() || row >= static_cast<int>(m_myIds.size())) {
        return;
    }
    if (Dialogs::question(
            this,
            tr("Take back this offer? Your partner will no longer be able to open it in Twofold. "
               "If they have already read it, what was read cannot be unread."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes) {
        return;
    }
    (void)m_context.couple()->retractOffer(m_myIds[static_cast<std::size_t>(row)]);
    reload();
}

void InboxPage::clearAll()
{
    m_title->clear();
    m_written->clear();
    m_body->clear();
    m_list->clear();
    m_mine->clear();
    m_ids.clear();
    m_myIds.clear();
}

} // namespace twofold::ui
