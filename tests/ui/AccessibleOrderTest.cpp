// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Issue 18, item 4 (docs/ACCESSIBILITY.md, "Keyboard" and "Roles"): Tab order follows what
// the eye sees on every screen, roles match what controls do, journal rows say more than
// their title, mnemonics are unique on each screen and no name holds a literal "&".
#include "UiTestSupport.h"
#include "ui/access/LoginScreen.h"
#include "ui/access/SecretFieldAccessibility.h"
#include "ui/couple/PromptDetailPanel.h"
#include "ui/journal/EntryEditor.h"
#include "ui/journal/EntryRoles.h"
#include "ui/journal/JournalPage.h"
#include "ui/shell/MainScreen.h"
#include "ui/together/CheckInForm.h"
#include "ui/widgets/AccessibleRoles.h"
#include "ui/widgets/ColourPicker.h"

#include <algorithm>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace twofold::test {
namespace {

std::string nameOf(const QWidget* w)
{
    if (w == nullptr) {
        return "nothing";
    }
    const QString name =
        w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
    return name.toStdString();
}

// What Tab stops at under `root`, in the order of the window's focus chain.
QList<QWidget*> tabStops(QWidget* root)
{
    QList<QWidget*> stops;
    QWidget* w = root;
    for (int i = 0; i < 2000; ++i) {
        w = w->nextInFocusChain();
        if (w == root) {
            break;
        }
        if (root->isAncestorOf(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
            w->focusProxy() == nullptr && !stops.contains(w)) {
            stops << w;
        }
    }
    // The chain is a ring: start it at the stop nearest the top left.
    if (!stops.isEmpty()) {
        qsizetype first = 0;
        for (qsizetype i = 1; i < stops.size(); ++i) {
            const QPoint a = stops.at(i)->mapTo(root, QPoint(0, 0));
            const QPoint b = stops.at(first)->mapTo(root, QPoint(0, 0));
            if (a.y() < b.y() || (a.y() == b.y() && a.x() < b.x())) {
                first = i;
            }
        }
        stops = stops.mid(first) + stops.mid(0, first);
    }
    return stops;
}

QRect rectIn(QWidget* w, QWidget* root)
{
    return QRect(w->mapTo(root, QPoint(0, 0)), w->size());
}

// `b` comes after `a` reading top to bottom, left to right: on the same line (their heights
// overlap by half the smaller one or more), further right; otherwise lower down.
bool readsAfter(const QRect& a, const QRect& b)
{
    const int overlap = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
    if (overlap * 2 >= std::min(a.height(), b.height())) {
        return b.left() >= a.left();
    }
    return b.top() > a.top();
}

// Fails with the whole order when Tab does not follow the reading order under `root`.
void expectTabFollowsReading(QWidget* root, const char* what, int minimumStops)
{
    const QList<QWidget*> stops = tabStops(root);
    std::string order;
    for (QWidget* w : stops) {
        order += nameOf(w) + " ";
    }
    EXPECT_GE(stops.size(), minimumStops) << what << ": " << order;
    for (qsizetype i = 1; i < stops.size(); ++i) {
        EXPECT_TRUE(readsAfter(rectIn(stops.at(i - 1), root), rectIn(stops.at(i), root)))
            << what << ": Tab goes from " << nameOf(stops.at(i - 1)) << " to " << nameOf(stops.at(i))
            << ", which is before it on screen. Order: " << order;
    }
}

// The mnemonic letter of a text ("S&ettings" -> 'e'), or a null QChar.
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

// Every Alt+letter of the visible widgets in `window`: buttons by their text, labels by the
// text that moves focus to their buddy.
void expectUniqueMnemonics(QWidget* window, const char* screen)
{
    QMap<QChar, QStringList> owners;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisible()) {
            continue;
        }
        QString text;
        if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            text = button->text();
        } else if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy() != nullptr) {
            text = label->text();
        }
        if (const QChar key = mnemonicOf(text); !key.isNull()) {
            owners[key] << (w->objectName().isEmpty() ? text : w->objectName());
        }
    }
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        EXPECT_EQ(it.value().size(), 1)
            << screen << ": Alt+" << QString(it.key()).toStdString() << " belongs to "
            << it.value().join(QStringLiteral(", ")).toStdString();
    }
}

// No accessible name in the tree under `root` holds a literal "&" (a mnemonic marker read out).
void expectNoAmpersandNames(QAccessibleInterface* iface, const char* screen, int depth = 0)
{
    if (iface == nullptr || depth > 60) {
        return;
    }
    if (iface->state().invisible) {
        return;
    }
    const QString name = iface->text(QAccessible::Name);
    EXPECT_FALSE(name.contains(QLatin1Char('&')))
        << screen << ": the name \"" << name.toStdString() << "\" holds a literal &";
    for (int i = 0; i < iface->childCount(); ++i) {
        expectNoAmpersandNames(iface->child(i), screen, depth + 1);
    }
}

class UiAccessibleOrder : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        makeVault(vaultDir(), {{"Alex", "alex-demo-password", {}}, {"Sam", "sam-demo-password", {}}});
        startWindow();
        m_window->resize(1100, 760);
        m_window->activateWindow();
        QApplication::setActiveWindow(m_window.get());
    }

    void unlock()
    {
        ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-demo-password")));
        QCoreApplication::processEvents();
    }

    void show(const char* nav)
    {
        m_window->mainScreen()->showPage(QString::fromLatin1(nav));
        QCoreApplication::processEvents();
    }

    void checkScreen(const char* screen)
    {
        expectUniqueMnemonics(m_window.get(), screen);
        expectNoAmpersandNames(QAccessible::queryAccessibleInterface(m_window.get()), screen);
    }
};

TEST_F(UiAccessibleOrder, TabFollowsTheLayoutInTheEditor)
{
    unlock();
    auto* page = m_window->mainScreen()->journalPage();
    page->newEntry();
    QCoreApplication::processEvents();
    auto* editor = page->editor();
    // Title, text, mood, the four closeness boxes (they came last), then tags.
    expectTabFollowsReading(editor, "editor", 8);
    const QList<QWidget*> stops = tabStops(editor);
    const auto at = [&](const char* name) {
        return stops.indexOf(editor->findChild<QWidget*>(QString::fromLatin1(name)));
    };
    EXPECT_LT(at("entryMood"), at("kindEmotional"));
    EXPECT_LT(at("kindSpiritual"), at("entryTags"));
    EXPECT_LT(at("entryTitle"), at("entryBody"));
    // The list pane: search, New entry, then the list.
    expectTabFollowsReading(page->findChild<QWidget*>(QStringLiteral("journalListPane")), "journal list", 2);
}

TEST_F(UiAccessibleOrder, TheUndoBarIsFirstOnThePageAndDeleteDoesNotHandFocusToIt)
{
    unlock();
    auto* page = m_window->mainScreen()->journalPage();
    page->newEntry();
    QTest::keyClicks(child<QLineEdit>(page, "entryTitle"), QStringLiteral("Kept"));
    ASSERT_TRUE(page->editor()->save());
    auto* remove = child<QPushButton>(page, "deleteEntryButton");
    remove->setFocus();
    QCoreApplication::processEvents();
    remove->click();
    QCoreApplication::processEvents();
    // The bar has the window's one message place, above the page (docs/UI.md, "Notices").
    auto* undo = child<QPushButton>(m_window.get(), "journalBarAction");
    ASSERT_TRUE(undo->isVisible());
    EXPECT_EQ(undo->text(), QStringLiteral("&Undo"));
    EXPECT_EQ(QAccessible::queryAccessibleInterface(undo)->text(QAccessible::Name), QStringLiteral("Undo"));
    EXPECT_NE(QApplication::focusWidget(), undo) << "focus went silently to Undo";
    QWidget* focus = QApplication::focusWidget();
    EXPECT_TRUE(focus != nullptr && focus->isVisible() && page->isAncestorOf(focus)) << nameOf(focus);
    // The bar says what happened, as an alert, and Undo comes just before the page in Tab order.
    auto* bar = child<QWidget>(m_window.get(), "journalBar");
    EXPECT_EQ(QAccessible::queryAccessibleInterface(bar)->role(), QAccessible::AlertMessage);
    EXPECT_EQ(QAccessible::queryAccessibleInterface(bar)->text(QAccessible::Name),
              QStringLiteral("Entry deleted."));
    const QList<QWidget*> stops = tabStops(m_window->mainScreen());
    const qsizetype at = stops.indexOf(undo);
    ASSERT_GE(at, 0) << "Undo is not in the Tab chain";
    // Then only the bar's own close button, then the page.
    const auto firstOnPage = std::ranges::find_if(stops, [&](QWidget* w) { return page->isAncestorOf(w); });
    ASSERT_NE(firstOnPage, stops.end());
    for (auto it = stops.begin() + at + 1; it != firstOnPage; ++it) {
        EXPECT_TRUE(bar->isAncestorOf(*it)) << "between Undo and the page: " << nameOf(*it);
    }
    EXPECT_GT(firstOnPage - stops.begin(), at) << "Undo comes after the page";
}

TEST_F(UiAccessibleOrder, TabFollowsTheLayoutInSettingsAndItsScrollAreaIsNoStop)
{
    unlock();
    show("navSettings");
    auto* scroll = child<QScrollArea>(m_window->mainScreen(), "settingsScroll");
    EXPECT_FALSE(scroll->focusPolicy() & Qt::TabFocus) << "the scroll area took focus and showed none";
    auto* content = child<QWidget>(m_window->mainScreen(), "settingsContent");
    expectTabFollowsReading(content, "settings", 10);
}

TEST_F(UiAccessibleOrder, TabFollowsTheLayoutInTheSidebarAndTheInbox)
{
    unlock();
    // The pages are a tab list: Tab reaches the page shown, then Lock (top to bottom); the
    // arrow keys move between the pages and open them, as in any tab list.
    auto* sidebar = child<QWidget>(m_window->mainScreen(), "sidebar");
    expectTabFollowsReading(sidebar, "sidebar", 2);
    const QList<QWidget*> sideStops = tabStops(sidebar);
    ASSERT_GE(sideStops.size(), 2);
    EXPECT_EQ(sideStops.first()->objectName(), QStringLiteral("navJournal"));
    EXPECT_EQ(sideStops.last()->objectName(), QStringLiteral("lockButton"));
    sideStops.first()->setFocus();
    QTest::keyClick(sideStops.first(), Qt::Key_Down);
    EXPECT_EQ(nameOf(QApplication::focusWidget()), "navPrompts");
    EXPECT_EQ(child<QStackedWidget>(m_window->mainScreen(), "mainPages")->currentWidget()->objectName(),
              QStringLiteral("promptsPage"));
    show("navInbox");
    auto* inbox = child<QWidget>(m_window->mainScreen(), "inboxPage");
    // Its left column: the offers, Read now, Not now, what I offered, Take back.
    const QList<QWidget*> stops = tabStops(inbox);
    const auto at = [&](const char* name) {
        return stops.indexOf(inbox->findChild<QWidget*>(QString::fromLatin1(name)));
    };
    EXPECT_LT(at("inboxList"), at("myOffersList"));
}

TEST_F(UiAccessibleOrder, TabFollowsTheLayoutInThePromptDetailAndTheCheckIn)
{
    QWidget host;
    host.resize(900, 700);
    auto* layout = new QVBoxLayout(&host);
    auto* detail = new ui::PromptDetailPanel(m_clock, std::chrono::milliseconds(1000), &host);
    auto* checkIn = new ui::CheckInForm(&host);
    layout->addWidget(detail);
    layout->addWidget(checkIn);
    host.show();
    QCoreApplication::processEvents();
    expectTabFollowsReading(detail, "prompt detail", 3);
    expectTabFollowsReading(checkIn, "check-in", 20);
    // The edit and retract buttons are in the order they are shown.
    const QList<QWidget*> stops = tabStops(detail);
    const auto at = [&](const char* name) {
        return stops.indexOf(detail->findChild<QWidget*>(QString::fromLatin1(name)));
    };
    EXPECT_LT(at("answerEditor"), at("saveAnswerButton"));
}

TEST_F(UiAccessibleOrder, BothPartnerTilesAreRadioButtonsInTheTabChain)
{
    auto* login = m_window->loginScreen();
    auto* first = child<QPushButton>(login, "partnerButton1");
    auto* second = child<QPushButton>(login, "partnerButton2");
    const QList<QWidget*> stops = tabStops(login);
    EXPECT_TRUE(stops.contains(first));
    EXPECT_TRUE(stops.contains(second));
    EXPECT_EQ(stops.indexOf(second), stops.indexOf(first) + 1);
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(second);
    EXPECT_EQ(iface->role(), QAccessible::RadioButton);
    EXPECT_EQ(iface->text(QAccessible::Name), QStringLiteral("Unlock as Sam"));
    EXPECT_FALSE(iface->state().checked);
    second->click();
    EXPECT_TRUE(iface->state().checked);
    EXPECT_FALSE(QAccessible::queryAccessibleInterface(first)->state().checked);
    ASSERT_NE(iface->actionInterface(), nullptr);
    EXPECT_TRUE(iface->actionInterface()->actionNames().contains(QAccessibleActionInterface::pressAction()));
    checkScreen("login");
}

TEST_F(UiAccessibleOrder, SidebarPagesArePageTabsInAPageTabList)
{
    unlock();
    auto* main = m_window->mainScreen();
    for (const char* nav :
         {"navJournal", "navPrompts", "navInbox", "navTogether", "navSettings", "navSafety"}) {
        auto* button = child<QPushButton>(main, nav);
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(button);
        EXPECT_EQ(iface->role(), QAccessible::PageTab) << nav;
        ASSERT_NE(iface->parent(), nullptr);
        EXPECT_EQ(iface->parent()->role(), QAccessible::PageTabList) << nav;
        EXPECT_FALSE(iface->text(QAccessible::Name).contains(QLatin1Char('&'))) << nav;
    }
    auto* settings = QAccessible::queryAccessibleInterface(child<QPushButton>(main, "navSettings"));
    EXPECT_FALSE(settings->state().checked);
    settings->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    EXPECT_TRUE(settings->state().checked);
    EXPECT_TRUE(settings->state().selected);
    EXPECT_EQ(child<QStackedWidget>(main, "mainPages")->currentWidget()->objectName(),
              QStringLiteral("settingsPage"));
    EXPECT_FALSE(
        QAccessible::queryAccessibleInterface(child<QPushButton>(main, "navJournal"))->state().checked);
    // Lock is a button, not a tab.
    EXPECT_EQ(QAccessible::queryAccessibleInterface(child<QPushButton>(main, "lockButton"))->role(),
              QAccessible::Button);
}

TEST_F(UiAccessibleOrder, ColourSwatchesAreRadioButtons)
{
    ui::ColourPicker picker(QStringLiteral("test"));
    picker.show();
    QAccessibleInterface* first =
        QAccessible::queryAccessibleInterface(child<QWidget>(&picker, "testColour0"));
    QAccessibleInterface* second =
        QAccessible::queryAccessibleInterface(child<QWidget>(&picker, "testColour1"));
    EXPECT_EQ(first->role(), QAccessible::RadioButton);
    EXPECT_TRUE(first->state().checked);
    EXPECT_FALSE(second->state().checked);
    EXPECT_FALSE(second->text(QAccessible::Name).isEmpty());
    second->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    EXPECT_TRUE(second->state().checked);
    EXPECT_FALSE(first->state().checked);
}

TEST_F(UiAccessibleOrder, JournalRowsSayTitleDateTextAndState)
{
    unlock();
    auto* page = m_window->mainScreen()->journalPage();
    for (const QString& body :
         {QStringLiteral("first words of one"), QStringLiteral("other words entirely")}) {
        page->newEntry();
        QTest::keyClicks(child<QPlainTextEdit>(page, "entryBody"), body);
        ASSERT_TRUE(page->editor()->save());
    }
    auto* view = child<QListView>(page, "entryList");
    ASSERT_EQ(view->model()->rowCount(), 2);
    const QString one = view->model()->index(0, 0).data(Qt::AccessibleTextRole).toString();
    const QString two = view->model()->index(1, 0).data(Qt::AccessibleTextRole).toString();
    EXPECT_TRUE(one.startsWith(QStringLiteral("Untitled, "))) << one.toStdString();
    EXPECT_NE(one, two) << "two untitled rows sound the same";
    const QString date =
        QLocale().toString(view->model()->index(0, 0).data(ui::EntryDateRole).toDateTime().date(),
                           QStringLiteral("d MMMM yyyy"));
    EXPECT_TRUE(one.contains(date) || two.contains(date)) << one.toStdString() << " / " << date.toStdString();
    EXPECT_TRUE(one.contains(QStringLiteral("other words entirely")) ||
                two.contains(QStringLiteral("other words entirely")));
    // What a screen reader reads for the row is that text.
    QAccessibleInterface* list = QAccessible::queryAccessibleInterface(view);
    ASSERT_NE(list, nullptr);
    QStringList heard;
    for (int i = 0; i < list->childCount(); ++i) {
        heard << list->child(i)->text(QAccessible::Name);
    }
    EXPECT_TRUE(heard.contains(one)) << heard.join(QStringLiteral(" | ")).toStdString();
    // A row with words a crash left unsaved says so.
    const QString drafted =
        ui::entryAccessibleText(QString(), 0, QStringLiteral("line"), QStringLiteral("unsaved words kept"));
    EXPECT_TRUE(drafted.endsWith(QStringLiteral("line, unsaved words kept"))) << drafted.toStdString();
}

TEST_F(UiAccessibleOrder, MnemonicsAreUniqueOnEveryScreenAndNoNameHoldsAnAmpersand)
{
    checkScreen("login");
    unlock();
    checkScreen("journal");
    auto* page = m_window->mainScreen()->journalPage();
    page->newEntry();
    QCoreApplication::processEvents();
    checkScreen("journal editor");
    for (const char* nav : {"navPrompts", "navInbox", "navTogether", "navSettings", "navSafety"}) {
        show(nav);
        checkScreen(nav);
    }
    // The delete bar's Undo too.
    show("navJournal");
    QTest::keyClicks(child<QLineEdit>(page, "entryTitle"), QStringLiteral("Gone"));
    ASSERT_TRUE(page->editor()->save());
    child<QPushButton>(page, "deleteEntryButton")->click();
    QCoreApplication::processEvents();
    checkScreen("journal after a delete");
}

TEST_F(UiAccessibleOrder, AListTellsFocusOnItsRowOnlyWhenItHasFocus)
{
    // The recorder first, the filter on top of it: the order of a real session.
    static QList<std::pair<QObject*, int>> heard;
    heard.clear();
    QAccessible::installUpdateHandler([](QAccessibleEvent* event) {
        if (event->type() == QAccessible::Focus) {
            heard << std::pair{event->object(), event->child()};
        }
    });
    ui::protectSecretFields();
    const QAccessible::UpdateHandler filter = QAccessible::installUpdateHandler(nullptr);
    QAccessible::installUpdateHandler(filter);
    QWidget host;
    auto* layout = new QVBoxLayout(&host);
    auto* list = new QListView(&host);
    auto* elsewhere = new QLineEdit(&host);
    layout->addWidget(list);
    layout->addWidget(elsewhere);
    host.show();
    QApplication::setActiveWindow(&host);
    elsewhere->setFocus();
    QCoreApplication::processEvents();
    ASSERT_TRUE(elsewhere->hasFocus());
    QAccessibleEvent rowWhileAway(list, QAccessible::Focus);
    rowWhileAway.setChild(0);
    filter(&rowWhileAway);
    EXPECT_TRUE(heard.isEmpty()) << "a row told focus while the keyboard was in the field";
    list->setFocus();
    QCoreApplication::processEvents();
    QAccessibleEvent rowWithFocus(list, QAccessible::Focus);
    rowWithFocus.setChild(0);
    filter(&rowWithFocus);
    EXPECT_EQ(heard.size(), 1);
    QAccessible::installUpdateHandler(nullptr);
}

TEST_F(UiAccessibleOrder, WhatARevealDidIsAnAlert)
{
    ui::PromptDetailPanel panel(m_clock, std::chrono::milliseconds(1000));
    panel.show();
    const QString said = QStringLiteral("You both agreed: your answers are revealed.");
    panel.showMessage(said);
    auto* message = child<QLabel>(&panel, "promptMessage");
    EXPECT_TRUE(message->isVisible());
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(message);
    EXPECT_EQ(iface->role(), QAccessible::AlertMessage);
    EXPECT_EQ(iface->text(QAccessible::Name), said);
}

TEST_F(UiAccessibleOrder, LockIsAnnounced)
{
    unlock();
    auto* named = QAccessible::queryAccessibleInterface(m_window->mainScreen());
    EXPECT_EQ(named->text(QAccessible::Name), QStringLiteral("Alex's journal"));
    m_window->lock();
    QCoreApplication::processEvents();
    auto* notice = child<QLabel>(m_window->loginScreen(), "loginNotice");
    EXPECT_TRUE(notice->isVisible());
    EXPECT_EQ(notice->text(), QStringLiteral("Twofold locked."));
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(notice);
    EXPECT_EQ(iface->role(), QAccessible::AlertMessage);
    EXPECT_EQ(iface->text(QAccessible::Name), QStringLiteral("Twofold locked."));
}

} // namespace
} // namespace twofold::test
