#pragma once

#include "common/Result.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace twofold::ui {

struct VaultContext;
class InfoBar;
class JournalPage;
class SafetyPage;

// One unlocked partner: a sidebar with their name and colour, Journal, Safety and
// Lock, and the page beside it. Built after unlock and destroyed at lock, so no
// widget outlives the session holding its plaintext.
class MainScreen : public QWidget
{
    Q_OBJECT

public:
    MainScreen(VaultContext& context, QWidget* parent = nullptr);

    JournalPage* journalPage() const { return m_journal; }
    // Before lock and close: what is being typed is kept as a draft.
    Status saveDrafts();
    // Lock: empties every editor, model and message.
    void clearAll();

Q_SIGNALS:
    void lockRequested();

private:
    QWidget* makeSidebar();
    void showNotices();
    void addPartner();
    void changePassword();

    VaultContext& m_context;
    InfoBar* m_notice;
    QStackedWidget* m_pages;
    JournalPage* m_journal;
    SafetyPage* m_safety;
    QPushButton* m_journalButton = nullptr;
    QPushButton* m_safetyButton = nullptr;
    QPushButton* m_addPartnerButton = nullptr;
    enum class NoticeAction
    {
        None,
        ChangePassword,
    } m_noticeAction = NoticeAction::None;
};

} // namespace twofold::ui
