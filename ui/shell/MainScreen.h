// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"

#include <QWidget>

class QAction;
class QButtonGroup;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace twofold::ui {

struct VaultContext;
class InboxPage;
class InfoBar;
class JournalPage;
class PromptsPage;
class SafetyPage;
class SettingsPage;
class TogetherPage;

// One unlocked partner: a sidebar with their name and colour, Journal, Safety and
// Lock, and the page beside it. Built after unlock and destroyed at lock, so no
// widget outlives the session holding its plaintext.
class MainScreen : public QWidget
{
    Q_OBJECT

public:
    MainScreen(VaultContext& context, QWidget* parent = nullptr);

    JournalPage* journalPage() const { return m_journal; }
    PromptsPage* promptsPage() const { return m_prompts; }
    InboxPage* inboxPage() const { return m_inbox; }
    TogetherPage* togetherPage() const { return m_together; }
    SettingsPage* settingsPage() const { return m_settings; }
    // Shows a page by its sidebar button's object name ("navPrompts", ...).
    void showPage(const QString& navName);
    // Before lock and close: the open entry is saved, a prompt answer kept as a draft.
    Status saveDrafts();
    // Lock: empties every editor, model and message.
    void clearAll();

Q_SIGNALS:
    void lockRequested();
    // Settings changed the auto-lock minutes.
    void autoLockChanged();
    // This partner left the couple (LeaveCoupleDialog): the session is locked. complete:
    // everything is deleted; otherwise the next unlock finishes it.
    void leftCouple(bool complete);

private:
    QWidget* makeSidebar();
    // Together mode (DESIGN.md §5): only the Together page and Lock are reachable; every
    // private page, action and shortcut of either partner is hidden and disabled.
    void enterTogether();
    // Ctrl+N, Ctrl+F and Ctrl+S wherever focus is in the window; off in Together mode.
    void addShortcuts();
    void orderTabs(QWidget* content);
    void showJournal();
    void showNotices();
    void addPartner();
    void changePassword();
    void leaveCouple();
    void offerCurrentEntry();
    QPushButton* addNav(const QString& text, const QString& objectName, QWidget* page);
    void updateInboxBadge(int unseen);

    VaultContext& m_context;
    InfoBar* m_notice;
    QStackedWidget* m_pages;
    JournalPage* m_journal;
    SafetyPage* m_safety;
    PromptsPage* m_prompts = nullptr;
    InboxPage* m_inbox = nullptr;
    TogetherPage* m_together = nullptr;
    SettingsPage* m_settings = nullptr;
    QWidget* m_sidebar = nullptr;
    QButtonGroup* m_nav = nullptr;
    QPushButton* m_inboxButton = nullptr;
    QPushButton* m_journalButton = nullptr;
    QPushButton* m_safetyButton = nullptr;
    QPushButton* m_addPartnerButton = nullptr;
    QLabel* m_whose = nullptr;
    QList<QAction*> m_shortcuts;
    enum class NoticeAction
    {
        None,
        ChangePassword,
        ShowPrompts,
        DismissPartnerLeft,
    } m_noticeAction = NoticeAction::None;
};

} // namespace twofold::ui
