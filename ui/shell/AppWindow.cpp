// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/shell/AppWindow.h"

#include "prompts/ShippedPromptPacks.h"
#include "ui/access/FirstRunFlow.h"
#include "ui/access/LoginScreen.h"
#include "ui/access/SafetyPage.h"
#include "ui/data/RestorePage.h"
#include "ui/journal/EntryEditor.h"
#include "ui/journal/JournalPage.h"
#include "ui/shell/IdleLock.h"
#include "ui/shell/MainScreen.h"
#include "ui/shell/ReviewNotifier.h"
#include "ui/together/ReviewReminder.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/ErrorMessages.h"
#include "ui/widgets/LocalTime.h"
#include "ui/widgets/PartnerTheme.h"

#include <charconv>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDialog>
#include <QIcon>
#include <QMessageBox>
#include <QPointer>
#include <QScreen>
#include <QStackedWidget>

// Resources compiled into a static library must be registered by hand, outside any namespace.
static void initUiResources()
{
    Q_INIT_RESOURCE(ui);
}

namespace twofold::ui {

namespace {
constexpr char kAutoLockSetting[] = "ui.autoLockMinutes";
}

AppWindow::AppWindow(std::filesystem::path vaultDir, VaultOptions options, const Clock& idleClock,
                     QWidget* parent)
    : QMainWindow(parent), m_context(std::move(vaultDir), options), m_stack(new QStackedWidget(this)),
      m_login(new LoginScreen(m_context, this)), m_safety(new SafetyPage(this)),
      m_restore(new RestorePage(m_context, this)), m_idle(new IdleLock(idleClock, this)),
      m_reviewNotifier(new ReviewNotifier(m_context, this)), m_lockAction(new QAction(tr("&Lock"), this))
{
    initUiResources();
    setObjectName(QStringLiteral("appWindow"));
    setWindowTitle(QStringLiteral("Twofold"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/twofold.svg")));
    // No fixed minimum: the layouts' own, which fits 800×500 logical pixels (1366×768 at
    // 150 % is 910×512, 1920×1080 at 200 % is 960×540; UiWindowSize checks every screen), so
    // nothing is squeezed. And never opened larger than the screen's free space (issue 18).
    QSize size(1100, 720);
    if (const QScreen* shown = screen(); shown != nullptr) {
        size = size.boundedTo(shown->availableGeometry().size());
    }
    resize(size);
    m_stack->setObjectName(QStringLiteral("screens"));
    m_stack->addWidget(m_login);
    m_stack->addWidget(m_safety);
    m_stack->addWidget(m_restore);
    setCentralWidget(m_stack);

    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(tr("Ctrl+L")));
    m_lockAction->setShortcutContext(Qt::WindowShortcut);
    m_lockAction->setEnabled(false);
    addAction(m_lockAction);

    connect(m_lockAction, &QAction::triggered, this, &AppWindow::lock);
    connect(m_idle, &IdleLock::idle, this, [this] {
        if (m_context.keysChanging || m_context.talkTurnRunning) {
            m_idle->noteActivity();
            m_idle->start();
            return;
        }
        lock();
    });
    connect(m_login, &LoginScreen::unlocked, this, &AppWindow::showMain);
    connect(m_login, &LoginScreen::safetyRequested, this, [this] { showSafety(m_login); });
    connect(m_login, &LoginScreen::restoreRequested, this, [this] { showRestore(m_login); });
    connect(m_restore, &RestorePage::cancelled, this, [this] {
        if (m_restoreReturn == m_login || !m_firstRun) {
            showLogin();
        } else {
            m_stack->setCurrentWidget(m_firstRun);
        }
    });
    connect(m_restore, &RestorePage::restored, this, [this](const QString& message) {
        // Whatever first run had begun is gone with the old vault: show who is in this one.
        if (m_firstRun) {
            FirstRunFlow* flow = m_firstRun;
            m_firstRun = nullptr;
            m_stack->removeWidget(flow);
            flow->deleteLater();
        }
        // The unlock screen's "review due" line was the old vault's: forget it until someone
        // unlocks the restored one (showMain remembers its schedule again).
        ReviewReminder::forget(m_context.dir);
        showLogin();
        m_login->showNotice(message);
    });
    connect(m_safety, &SafetyPage::backRequested, this,
            [this] { m_stack->setCurrentWidget(m_safetyReturn ? m_safetyReturn : m_login); });
}

AppWindow::~AppWindow()
{
    lockQuietly();
}

Status AppWindow::start()
{
    if (!Vault::exists(m_context.dir)) {
        showFirstRun();
        return {};
    }
    auto vault = Vault::open(m_context.dir, m_context.options);
    if (!vault) {
        return std::unexpected(vault.error());
    }
    m_context.vault.emplace(std::move(*vault));
    auto partners = m_context.vault->partners();
    if (!partners) {
        return std::unexpected(partners.error());
    }
    if (partners->empty()) {
        // Created, but first run was left before anyone enrolled.
        showFirstRun();
    } else {
        showLogin();
    }
    return {};
}

void AppWindow::showFirstRun()
{
    if (m_firstRun) {
        m_stack->setCurrentWidget(m_firstRun);
        return;
    }
    m_firstRun = new FirstRunFlow(m_context, FirstRunFlow::Mode::FirstRun, this);
    m_stack->addWidget(m_firstRun);
    m_stack->setCurrentWidget(m_firstRun);
    connect(m_firstRun, &FirstRunFlow::safetyRequested, this, [this] { showSafety(m_firstRun); });
    connect(m_firstRun, &FirstRunFlow::restoreRequested, this, [this] { showRestore(m_firstRun); });
    connect(m_firstRun, &FirstRunFlow::finished, this, [this] {
        FirstRunFlow* flow = m_firstRun;
        m_firstRun = nullptr;
        m_stack->removeWidget(flow);
        flow->deleteLater();
        if (m_context.session()) {
            showMain();
        } else {
            showLogin();
        }
    });
}

void AppWindow::showLogin()
{
    m_login->refresh();
    m_stack->setCurrentWidget(m_login);
    m_login->takeFocus();
}

void AppWindow::showSafety(QWidget* returnTo)
{
    m_safetyReturn = returnTo;
    m_stack->setCurrentWidget(m_safety);
}

void AppWindow::showRestore(QWidget* returnTo)
{
    if (m_context.session()) {
        return; // only while nobody is unlocked
    }
    m_restoreReturn = returnTo;
    m_restore->begin(returnTo == m_login ? RestorePage::Mode::Replace : RestorePage::Mode::NewComputer);
    m_stack->setCurrentWidget(m_restore);
}

void AppWindow::showMain()
{
    if (!m_context.session()) {
        showLogin();
        return;
    }
    if (!confirmOlderFiles()) {
        return;
    }
    // Before anything is shown: open the couple space, which writes this partner's
    // pending grants first (docs/ARCHITECTURE.md, "The rule and who writes grants").
    if (!m_context.couple()) {
        // With the vault's clock and random source (CoupleSession), like every other reader.
        if (m_context.unlocked->openCouple(shippedPromptPacks())) {
            rememberReviewSchedule();
        }
    }
    m_reviewNotifier->unlocked();
    applyPartnerTheme(m_context.session()->journal());
    m_main = new MainScreen(m_context, this);
    m_stack->addWidget(m_main);
    m_stack->setCurrentWidget(m_main);
    // Unlocked is heard as focus arriving in "<name>'s journal" (the screen's name), on
    // New entry unless a recovered draft already took it to the editor.
    if (!m_main->journalPage()->editor()->isAncestorOf(QApplication::focusWidget())) {
        if (auto* first = m_main->findChild<QWidget*>(QStringLiteral("newEntryButton"))) {
            first->setFocus();
        }
    }
    connect(m_main, &MainScreen::lockRequested, this, &AppWindow::lock);
    connect(m_main, &MainScreen::leftCouple, this, [this](bool complete) {
        lock();
        m_login->showNotice(complete ? tr("You have left the couple space. Your journal and your keys are "
                                          "deleted from this computer.")
                                     : tr("Leaving did not finish. Unlock once more with your password to "
                                          "finish it."));
    });
    connect(m_main, &MainScreen::autoLockChanged, this, &AppWindow::applyAutoLockSetting);
    m_lockAction->setEnabled(true);
    applyAutoLockSetting();
    m_idle->start();
}

bool AppWindow::confirmOlderFiles()
{
    const Freshness& found = m_context.session()->freshness();
    if (!found.anyOlder()) {
        return true;
    }
    // Someone may have put an older copy back (docs/ARCHITECTURE.md, "Freshness"). Restore is
    // the careful default; Continue accepts the files as they are, like `verify --accept-older`.
    const auto answer = Dialogs::choose(
        this, QMessageBox::Warning, describeOlderFiles(found),
        tr("If you have a backup from your last visit, restore it. Or continue with the files as they are; "
           "Twofold will not warn about them again."),
        {{QMessageBox::Open, tr("Restore from a backup…")}, {QMessageBox::Ignore, tr("Continue")}},
        QMessageBox::Open);
    if (answer == QMessageBox::Ignore) {
        if (auto st = m_context.session()->acceptOlderFiles(); !st) {
            Dialogs::warning(this, describe(st.error()).text());
        }
        return true;
    }
    // Restoring replaces the vault, which needs everyone locked; the records stay as they
    // were, so the next unlock of these files asks again.
    lockQuietly();
    showLogin();
    showRestore(m_login);
    return false;
}

void AppWindow::rememberReviewSchedule()
{
    // For the unlock screen's "review due" line (ReviewReminder): the review day, and the
    // latest review date that needs nothing more (saved, or before the couple existed).
    if (m_context.couple()->partnerId().empty()) {
        return;
    }
    WeeklyReview review(*m_context.couple());
    auto schedule = review.schedule(utcOffsetMinutes(m_context.clock()));
    if (!schedule) {
        return;
    }
    std::string covered = schedule->lastSavedDate.value_or(std::string());
    if (!schedule->due) {
        covered = schedule->currentReviewDate;
    }
    ReviewReminder::remember(m_context.dir, schedule->reviewDay, covered);
}

void AppWindow::applyAutoLockSetting()
{
    int minutes = IdleLock::kDefaultMinutes;
    if (auto stored = m_context.session()->journal().setting(kAutoLockSetting); stored && *stored) {
        const std::string& text = **stored;
        int parsed = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), parsed);
        if (error == std::errc() && end == text.data() + text.size() && parsed >= 1 && parsed <= 240) {
            minutes = parsed;
        }
    }
    m_idle->setTimeout(std::chrono::minutes(minutes));
}

void AppWindow::lockQuietly()
{
    m_idle->stop();
    m_lockAction->setEnabled(false);
    // A running Argon2id job may be using the session; let it finish before wiping keys.
    m_context.pool.waitForDone();
    if (m_main) {
        // Export, Import, Check the vault and any chooser or message box over them are
        // windows of their own: close them now (innermost first), not when m_main is
        // deleted. A chooser closed here returns "", and its caller finds no session.
        const auto dialogs = m_main->findChildren<QDialog*>();
        for (auto it = dialogs.rbegin(); it != dialogs.rend(); ++it) {
            if (QPointer<QDialog> dialog = *it; dialog && dialog->isVisible()) {
                dialog->done(QDialog::Rejected);
            }
        }
        (void)m_main->saveDrafts();
        m_main->clearAll();
        m_stack->removeWidget(m_main);
        m_main->hide();
        // Deleted on return to the event loop: lock may be running inside one of its slots.
        m_main->deleteLater();
        m_main = nullptr;
    }
    if (m_firstRun && m_context.session()) {
        // Locking mid-setup (closing the window): the recovery code page is wiped with it.
        m_stack->removeWidget(m_firstRun);
        m_firstRun->deleteLater();
        m_firstRun = nullptr;
    }
    // Together mode ends, and the couple space goes before the session it reads through
    // (CoupleSession::lock).
    m_context.lock();
    m_context.unlockedWithRecoveryCode = false;
    m_context.keysChanging = false;
    // The unlock screen is nobody's: it follows the system again.
    applyLoginTheme();
}

void AppWindow::lock()
{
    if (!m_context.session() && !m_main) {
        return;
    }
    lockQuietly();
    showLogin();
    // Said, not only seen: the notice is an alert (docs/ACCESSIBILITY.md, "Announcements").
    m_login->showNotice(tr("Twofold locked."));
}

void AppWindow::closeEvent(QCloseEvent* event)
{
    // Unsaved text is saved into its entry (or, when that write fails, kept as its encrypted
    // draft), then every key is wiped.
    lockQuietly();
    event->accept();
}

} // namespace twofold::ui
