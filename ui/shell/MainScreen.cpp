// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/shell/MainScreen.h"

#include "ui/access/FirstRunFlow.h"
#include "ui/access/NewPasswordDialog.h"
#include "ui/access/SafetyPage.h"
#include "ui/couple/InboxPage.h"
#include "ui/couple/LeaveCoupleDialog.h"
#include "ui/couple/PromptsPage.h"
#include "ui/data/SettingsPage.h"
#include "ui/journal/EntryEditor.h"
#include "ui/journal/JournalPage.h"
#include "ui/shell/FailedUnlocksNotice.h"
#include "ui/shell/VaultContext.h"
#include "ui/together/TogetherPage.h"
#include "ui/widgets/AccessibleRoles.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/ErrorMessages.h"
#include "ui/widgets/InfoBar.h"
#include "ui/widgets/KeyboardOrder.h"
#include "ui/widgets/Theme.h"
#include "vault/FailedUnlocks.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {

QPushButton* sidebarButton(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    button->setFlat(true);
    button->setMinimumHeight(34);
    button->setStyleSheet(QStringLiteral("text-align: left; padding-left: 12px;"));
    return button;
}

} // namespace

MainScreen::MainScreen(VaultContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_notice(new InfoBar(QStringLiteral("noticeBar"), this)),
      m_pages(new QStackedWidget(this)), m_journal(new JournalPage(m_context.clock(), this)),
      m_safety(new SafetyPage(this))
{
    setObjectName(QStringLiteral("mainScreen"));
    setAccessibleName(tr("%1's journal").arg(QString::fromStdString(m_context.session()->partner().name)));
    m_pages->setObjectName(QStringLiteral("mainPages"));
    m_pages->addWidget(m_journal);
    m_pages->addWidget(m_safety);
    // Sharing needs someone to share with: no dead buttons while there is one partner.
    const bool hasPartner = m_context.couple() && !m_context.couple()->partnerId().empty();
    if (hasPartner) {
        m_prompts = new PromptsPage(m_context, this);
        m_inbox = new InboxPage(m_context, this);
        m_together = new TogetherPage(m_context, this);
        m_pages->addWidget(m_prompts);
        m_pages->addWidget(m_inbox);
        m_pages->addWidget(m_together);
    }
    m_settings = new SettingsPage(m_context, this);
    m_pages->addWidget(m_settings);
    connect(m_settings, &SettingsPage::autoLockChanged, this, &MainScreen::autoLockChanged);
    connect(m_settings, &SettingsPage::changePasswordRequested, this, &MainScreen::changePassword);
    connect(m_settings, &SettingsPage::leaveRequested, this, &MainScreen::leaveCouple);
    connect(m_settings, &SettingsPage::journalChanged, m_journal, &JournalPage::reloadEntries);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    m_notice->placeIn(contentLayout);
    contentLayout->addWidget(m_pages, 1);
    // One place for every message of the window (issue 16): the pages' own bars ("Entry
    // deleted — Undo") show there too, and showing one moves nothing below.
    QList<std::pair<QPointer<QWidget>, QPointer<InfoBar>>> pageBars;
    for (int i = 0; i < m_pages->count(); ++i) {
        for (InfoBar* bar : m_pages->widget(i)->findChildren<InfoBar*>()) {
            pageBars.append({m_pages->widget(i), bar});
            bar->sharePlaceOf(m_notice);
        }
    }

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(makeSidebar());
    layout->addWidget(content, 1);

    // Banners end with the page they were about (issue 16): leaving a page dismisses its own
    // bars, and the window's notice of what was just done ("Your new password is set."). A
    // notice that still asks something of the user (a new password after the recovery code,
    // the partner who left, the shared file changed) stays until it is answered or dismissed.
    connect(m_pages, &QStackedWidget::currentChanged, this,
            [this, pageBars, previous = QPointer<QWidget>(m_pages->currentWidget())](int) mutable {
                if (previous != nullptr && previous != m_pages->currentWidget()) {
                    for (const auto& [page, bar] : pageBars) {
                        if (page == previous && bar != nullptr) {
                            bar->dismiss();
                        }
                    }
                    if (m_noticeAction == NoticeAction::None) {
                        m_notice->dismiss();
                    }
                }
                previous = m_pages->currentWidget();
            });
    connect(m_safety, &SafetyPage::backRequested, this, [this] {
        m_pages->setCurrentWidget(m_journal);
        m_journalButton->setChecked(true);
    });
    connect(m_notice, &InfoBar::actionTriggered, this, [this] {
        if (m_noticeAction == NoticeAction::ChangePassword) {
            changePassword();
        } else if (m_noticeAction == NoticeAction::ShowPrompts) {
            showPage(QStringLiteral("navPrompts"));
        } else if (m_noticeAction == NoticeAction::DismissPartnerLeft) {
            if (m_context.couple()) {
                (void)m_context.couple()->dismissPartnerLeft();
            }
            m_noticeAction = NoticeAction::None;
            m_notice->dismiss();
        }
    });

    if (m_together) {
        connect(m_together, &TogetherPage::togetherStarted, this, &MainScreen::enterTogether);
        // Ending Together in any way locks both partners: each unlocks alone again.
        connect(m_together, &TogetherPage::togetherEnded, this, &MainScreen::lockRequested);
    }

    m_journal->setJournal(m_context.session() ? &m_context.session()->journal() : nullptr);
    if (m_inbox) {
        m_journal->editor()->setOfferAvailable(true);
        connect(m_journal->editor(), &EntryEditor::offerRequested, this, &MainScreen::offerCurrentEntry);
        connect(m_inbox, &InboxPage::countChanged, this, &MainScreen::updateInboxBadge);
        updateInboxBadge(m_inbox->unseenCount());
    }
    addShortcuts();
    showNotices();
    orderTabs(content);
}

void MainScreen::orderTabs(QWidget* content)
{
    // The sidebar top to bottom, then the message place's bars, then the page. The bars lie
    // over their place rather than in a layout (InfoBar::placeIn), so they are put in by hand.
    QList<QWidget*> order = widgetsInLayoutOrder(this);
    QList<QWidget*> barStops;
    for (InfoBar* bar : content->findChildren<InfoBar*>(Qt::FindDirectChildrenOnly)) {
        barStops << widgetsInLayoutOrder(bar);
    }
    order.removeIf([&](QWidget* w) { return barStops.contains(w); });
    const auto page = std::ranges::find_if(order, [&](QWidget* w) { return m_pages->isAncestorOf(w); });
    const qsizetype at = page - order.begin();
    for (qsizetype i = 0; i < barStops.size(); ++i) {
        order.insert(at + i, barStops.at(i));
    }
    chainTabOrder(order);
}

void MainScreen::addShortcuts()
{
    // Actions of the window (Qt::WindowShortcut), not of a page: they work with focus in
    // the sidebar, the search box, Settings or anywhere else in it. Ctrl+L is the
    // window's too (AppWindow). They end with this screen at lock.
    auto add = [this](const QKeySequence& keys, const QString& name, auto slot) {
        auto* action = new QAction(this);
        action->setObjectName(name);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_shortcuts << action;
    };
    add(QKeySequence::New, QStringLiteral("newEntryAction"), [this] {
        showJournal();
        m_journal->newEntry();
    });
    add(QKeySequence::Find, QStringLiteral("findAction"), [this] {
        showJournal();
        m_journal->focusSearch();
    });
    add(QKeySequence::Save, QStringLiteral("saveAction"), [this] {
        // The open entry on the journal page; elsewhere what is being typed (an answer)
        // is kept as a draft, as switching pages would.
        if (m_pages->currentWidget() == m_journal) {
            (void)m_journal->saveOpenEntry();
        } else {
            (void)saveDrafts();
        }
    });
}

void MainScreen::showJournal()
{
    if (m_pages->currentWidget() != m_journal) {
        (void)saveDrafts();
        m_journalButton->setChecked(true);
        m_pages->setCurrentWidget(m_journal);
    }
}

QWidget* MainScreen::makeSidebar()
{
    const PartnerInfo& partner = m_context.session()->partner();
    const QString name = QString::fromStdString(partner.name);
    const QColor colour = partnerColour(partner.colour);

    auto* sidebar = new QFrame(this);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setFixedWidth(210);
    sidebar->setAutoFillBackground(true);
    // A wash of the partner's colour over the window colour, mixed again when the theme changes.
    const auto tintSidebar = [sidebar, colour] {
        QPalette p = sidebar->palette();
        const QColor window = QApplication::palette().color(QPalette::Window);
        const qreal tint = isDarkPalette() ? 0.16 : 0.10;
        p.setColor(QPalette::Window, QColor::fromRgbF(window.redF() * (1 - tint) + colour.redF() * tint,
                                                      window.greenF() * (1 - tint) + colour.greenF() * tint,
                                                      window.blueF() * (1 - tint) + colour.blueF() * tint));
        sidebar->setPalette(p);
    };
    tintSidebar();
    onPaletteChange(sidebar, tintSidebar);

    auto* stripe = new QFrame(sidebar);
    stripe->setObjectName(QStringLiteral("partnerStripe"));
    stripe->setFixedHeight(4);
    stripe->setAutoFillBackground(true);
    QPalette stripePalette = stripe->palette();
    stripePalette.setColor(QPalette::Window, colour);
    stripe->setPalette(stripePalette);

    auto* avatar = new QLabel(sidebar);
    avatar->setObjectName(QStringLiteral("partnerAvatar"));
    avatar->setPixmap(partnerAvatar(name, colour, 56, devicePixelRatioF()));
    avatar->setAccessibleName(tr("%1's colour").arg(name));
    auto* nameLabel = new QLabel(name, sidebar);
    nameLabel->setObjectName(QStringLiteral("partnerName"));
    nameLabel->setTextFormat(Qt::PlainText);
    makeHeadline(nameLabel, 1.35);
    auto* whose = new QLabel(tr("Your private journal"), sidebar);
    whose->setObjectName(QStringLiteral("sidebarWhose"));
    makeMuted(whose);
    m_whose = whose;

    m_journalButton = sidebarButton(tr("&Journal"), QStringLiteral("navJournal"), sidebar);
    m_journalButton->setCheckable(true);
    presentAsPageTab(m_journalButton);
    m_journalButton->setChecked(true);
    auto* safety = sidebarButton(tr("Sa&fety and support"), QStringLiteral("navSafety"), sidebar);
    safety->setCheckable(true);
    presentAsPageTab(safety);
    m_safetyButton = safety;
    // The page being shown is the one checked: Journal or Safety.
    m_nav = new QButtonGroup(sidebar);
    m_nav->setExclusive(true);
    m_nav->addButton(m_journalButton);
    m_nav->addButton(safety);
    m_sidebar = sidebar;
    auto* lock = new QPushButton(tr("&Lock"), sidebar);
    lock->setObjectName(QStringLiteral("lockButton"));
    lock->setAccessibleName(tr("Lock"));
    lock->setToolTip(tr("Lock Twofold now (Ctrl+L)"));
    lock->setMinimumHeight(34);

    auto* layout = new QVBoxLayout(sidebar);
    layout->setContentsMargins(0, 0, 0, 12);
    layout->setSpacing(4);
    layout->addWidget(stripe);
    auto* who = new QVBoxLayout;
    who->setContentsMargins(16, 16, 12, 12);
    who->setSpacing(6);
    who->addWidget(avatar);
    who->addWidget(nameLabel);
    who->addWidget(whose);
    layout->addLayout(who);
    layout->addSpacing(8);
    // The pages, from Journal down to Safety, are page tabs in one page tab list.
    auto* tabs = new QWidget(sidebar);
    tabs->setObjectName(QStringLiteral("sidebarPages"));
    tabs->setAccessibleName(tr("Pages"));
    presentAsPageTabList(tabs);
    auto* tabsLayout = new QVBoxLayout(tabs);
    tabsLayout->setContentsMargins(0, 0, 0, 0);
    tabsLayout->setSpacing(4);
    layout->addWidget(tabs, 1);
    auto* outer = layout;
    layout = tabsLayout;
    layout->addWidget(m_journalButton);
    if (m_prompts) {
        layout->addWidget(addNav(tr("&Prompts"), QStringLiteral("navPrompts"), m_prompts));
        m_inboxButton = addNav(tr("&Inbox"), QStringLiteral("navInbox"), m_inbox);
        layout->addWidget(m_inboxButton);
        layout->addWidget(addNav(tr("&Together"), QStringLiteral("navTogether"), m_together));
    }
    layout->addWidget(addNav(tr("S&ettings"), QStringLiteral("navSettings"), m_settings));
    layout->addStretch();
    auto partners = m_context.vault->partners();
    if (partners && partners->size() < 2) {
        m_addPartnerButton = sidebarButton(tr("&Add your partner"), QStringLiteral("navAddPartner"), sidebar);
        layout->addWidget(m_addPartnerButton);
        connect(m_addPartnerButton, &QPushButton::clicked, this, &MainScreen::addPartner);
    }
    layout->addWidget(safety);
    layout = outer;
    auto* lockRow = new QHBoxLayout;
    lockRow->setContentsMargins(12, 8, 12, 0);
    lockRow->addWidget(lock);
    layout->addLayout(lockRow);

    connect(m_journalButton, &QPushButton::clicked, this, [this] { m_pages->setCurrentWidget(m_journal); });
    connect(safety, &QPushButton::clicked, this, [this] { m_pages->setCurrentWidget(m_safety); });
    connect(lock, &QPushButton::clicked, this, &MainScreen::lockRequested);
    return sidebar;
}

QPushButton* MainScreen::addNav(const QString& text, const QString& objectName, QWidget* page)
{
    QPushButton* b = sidebarButton(text, objectName, m_sidebar);
    b->setCheckable(true);
    presentAsPageTab(b);
    m_nav->addButton(b);
    connect(b, &QPushButton::clicked, this, [this, page] {
        (void)saveDrafts();
        if (page == m_prompts) {
            m_prompts->showStart();
        } else if (page == m_inbox) {
            m_inbox->reload();
        } else if (page == m_together) {
            if (m_together->step() == TogetherPage::Step::Start) {
                m_together->reload();
            }
        } else if (page == m_settings) {
            m_settings->reload();
        }
        m_pages->setCurrentWidget(page);
    });
    return b;
}

void MainScreen::enterTogether()
{
    (void)saveDrafts();
    m_notice->dismiss();
    m_notice->setVisible(false);
    m_noticeAction = NoticeAction::None;
    // Every sidebar entry but Lock goes; Together is the only page. The pages are also
    // disabled, and so are the window's Ctrl+N, Ctrl+F and Ctrl+S: no shortcut can act.
    for (QPushButton* button : m_sidebar->findChildren<QPushButton*>()) {
        if (button->objectName() != QLatin1String("lockButton")) {
            button->setVisible(false);
            button->setEnabled(false);
        }
    }
    for (int i = 0; i < m_pages->count(); ++i) {
        QWidget* page = m_pages->widget(i);
        page->setEnabled(page == m_together);
    }
    for (QAction* shortcut : m_shortcuts) {
        shortcut->setEnabled(false);
    }
    m_pages->setCurrentWidget(m_together);
    m_whose->setWordWrap(true);
    m_whose->setText(tr("Together. Lock ends it for both of you."));
}

void MainScreen::showPage(const QString& navName)
{
    if (auto* b = m_sidebar->findChild<QPushButton*>(navName)) {
        b->click();
    }
}

void MainScreen::updateInboxBadge(int unseen)
{
    if (!m_inboxButton) {
        return;
    }
    // Only a count: nothing about what was offered.
    m_inboxButton->setText(unseen > 0 ? tr("&Inbox (%1)").arg(unseen) : tr("&Inbox"));
    m_inboxButton->setAccessibleName(unseen == 1  ? tr("Inbox, one new offer")
                                     : unseen > 1 ? tr("Inbox, %1 new offers").arg(unseen)
                                                  : tr("Inbox"));
}

void MainScreen::offerCurrentEntry()
{
    EntryEditor* editor = m_journal->editor();
    if (!m_context.couple()) {
        return;
    }
    if (!editor->save()) {
        return;
    }
    const QString text = tr(
        "Offer this entry to your partner?\n\nThey will get a copy of its title and text as it is now, and "
        "can read it whenever they choose. Later edits stay private. You can take the offer back, but what "
        "they have read cannot be unread.");
    if (Dialogs::question(this, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) !=
        QMessageBox::Yes) {
        return;
    }
    auto offered = m_context.couple()->offerEntry(*editor->entryId());
    if (!offered) {
        m_notice->showMessage(InfoBar::Kind::Warning, describe(offered.error()).text());
        return;
    }
    m_noticeAction = NoticeAction::None;
    m_notice->showMessage(InfoBar::Kind::Success, tr("Offered. Your partner will find it in their inbox."));
    m_inbox->reload();
}

void MainScreen::showNotices()
{
    if (m_context.unlockedWithRecoveryCode) {
        m_noticeAction = NoticeAction::ChangePassword;
        m_notice->showMessage(
            InfoBar::Kind::Info,
            tr("You opened your journal with your recovery code. Choose a new password now, "
               "so you can unlock with it next time."),
            tr("Choose a &new password"));
        return;
    }
    // keyring.db is plain SQLite: its record of failed attempts can be erased or forged,
    // so what is shown is bounded (vault/FailedUnlocks.h) and says so.
    const FailedUnlockSummary attempts = summarizeFailedUnlocks(
        m_context.session()->failedAttemptsSinceLastUnlock(), m_context.options.clock->nowMs());
    if (attempts.any()) {
        m_noticeAction = NoticeAction::ChangePassword;
        m_notice->showMessage(InfoBar::Kind::Warning, failedUnlocksNotice(attempts),
                              tr("Choose a &new password"));
        return;
    }
    // My partner left the couple (docs/ARCHITECTURE.md, "Leaving the couple"). Only what is
    // true and needed: no name (theirs went with them), nothing about why.
    if (m_context.couple()) {
        if (auto left = m_context.couple()->partnerLeftAt(); left && *left) {
            m_noticeAction = NoticeAction::DismissPartnerLeft;
            m_notice->showMessage(
                InfoBar::Kind::Info,
                tr("Your partner has left the couple space. Your journal is yours as before, "
                   "and your own answers stay in it, private. You can add a partner again "
                   "at any time."),
                tr("&Got it"));
            return;
        }
    }
    // Protocol v2: my session found something under my name in the shared file that I
    // never agreed to (a re-inserted row, an older copy, a forged item), removed it and
    // revealed nothing. Said plainly, once per unlock; the prompts concerned say it too.
    if (m_context.couple()) {
        if (auto changed = m_context.couple()->sharedFileChanges(); changed && !changed->empty()) {
            m_noticeAction = NoticeAction::ShowPrompts;
            m_notice->showMessage(
                InfoBar::Kind::Warning,
                tr("The shared file was changed behind your back: it held something in your name that you "
                   "never "
                   "agreed to reveal. Twofold removed it and revealed nothing; your answers are as you left "
                   "them."),
                tr("Show the &prompts"));
        }
    }
}

void MainScreen::changePassword()
{
    (void)saveDrafts();
    auto* dialog = new NewPasswordDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewPasswordDialog::passwordChanged, this, [this](bool rekeyed) {
        m_context.unlockedWithRecoveryCode = false;
        m_noticeAction = NoticeAction::None;
        m_notice->showMessage(InfoBar::Kind::Success,
                              rekeyed ? tr("Your new password is set, and everything of yours is under new "
                                           "keys: your old password and old recovery code open nothing.")
                                      : tr("Your new password is set."));
    });
    connect(dialog, &QDialog::finished, this, [this] {
        // A re-key that committed but could not finish locked the session: the next unlock
        // (with the new password) finishes it.
        if (m_context.session() && !m_context.session()->isUnlocked()) {
            Q_EMIT lockRequested();
        }
    });
    dialog->open();
}

void MainScreen::leaveCouple()
{
    (void)saveDrafts();
    auto* dialog = new LeaveCoupleDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    Dialogs::shareLockShortcut(dialog);
    connect(dialog, &LeaveCoupleDialog::left, this, [this](bool complete) {
        // The journal is closed (and deleted): nothing may reach it on the way to the unlock screen.
        m_journal->setJournal(nullptr);
        Q_EMIT leftCouple(complete);
    });
    dialog->open();
}

void MainScreen::addPartner()
{
    (void)saveDrafts();
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("addPartnerDialog"));
    dialog->setWindowTitle(QApplication::applicationDisplayName());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* flow = new FirstRunFlow(m_context, FirstRunFlow::Mode::AddPartner, dialog);
    auto* layout = new QVBoxLayout(dialog);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(flow);
    dialog->resize(640, 600);
    connect(flow, &FirstRunFlow::cancelled, dialog, &QDialog::reject);
    connect(flow, &FirstRunFlow::finished, dialog, &QDialog::accept);
    connect(flow, &FirstRunFlow::partnerAdded, this, [this](const QString& name) {
        if (m_addPartnerButton) {
            m_addPartnerButton->hide();
        }
        m_noticeAction = NoticeAction::None;
        m_notice->showMessage(
            InfoBar::Kind::Success,
            tr("%1 has their own journal now, and can unlock it from the unlock screen.").arg(name));
    });
    dialog->open();
}

Status MainScreen::saveDrafts()
{
    Status journal = m_journal->saveOpenEdits();
    Status prompts = m_prompts ? m_prompts->saveDraftNow() : Status{};
    return journal ? prompts : journal;
}

void MainScreen::clearAll()
{
    m_notice->dismiss();
    m_journal->clearAll();
    if (m_prompts) {
        m_prompts->clearAll();
        m_inbox->clearAll();
        m_together->clearAll();
    }
}

} // namespace twofold::ui
