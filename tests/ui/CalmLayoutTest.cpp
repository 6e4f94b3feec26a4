// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Calm layouts (issue 16): a message appears in a place kept for it, so showing, changing or
// hiding it never moves a button from under the pointer; and a banner ends when its page is
// left ("Your new password is set." is not seen on the next page), while a notice that still
// asks something of the user stays.
#include "UiTestSupport.h"
#include "ui/access/LoginScreen.h"
#include "ui/shell/MainScreen.h"
#include "ui/widgets/InfoBar.h"

#include <QAbstractButton>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace twofold::test {
namespace {

using ui::InfoBar;

// Where every visible button of the window is, in the window's coordinates.
QHash<QString, QRect> buttonPlaces(QWidget* window)
{
    QCoreApplication::processEvents();
    QHash<QString, QRect> places;
    for (QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        if (button->isVisibleTo(window) && !button->objectName().isEmpty() &&
            !button->objectName().startsWith(QLatin1String("noticeBar")) &&
            !button->objectName().startsWith(QLatin1String("journalBar"))) {
            places.insert(button->objectName(), QRect(button->mapTo(window, QPoint(0, 0)), button->size()));
        }
    }
    return places;
}

void expectSamePlaces(const QHash<QString, QRect>& before, const QHash<QString, QRect>& after,
                      const char* when)
{
    SCOPED_TRACE(when);
    EXPECT_FALSE(before.isEmpty());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        ASSERT_TRUE(after.contains(it.key())) << qPrintable(it.key());
        EXPECT_EQ(after.value(it.key()), it.value()) << qPrintable(it.key()) << " moved";
    }
}

const QString kLong = QStringLiteral(
    "A message long enough to need more than one line in the bar at this width, so that if its "
    "place were not kept, everything below it would be pushed down by another line or two.");

class UiCalmLayout : public UiTest
{
protected:
    void unlockAlex()
    {
        makeVault(vaultDir(), {{"Alex", "alex-demo-password", {}}, {"Sam", "sam-demo-password", {}}});
        startWindow();
        m_window->resize(1000, 640);
        ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-demo-password")));
        settle();
    }
};

TEST_F(UiCalmLayout, MessagesOnTheJournalPageMoveNoButton)
{
    unlockAlex();
    auto* title = child<QLineEdit>(m_window.get(), "entryTitle");
    ASSERT_NE(title, nullptr);
    const QHash<QString, QRect> before = buttonPlaces(m_window.get());
    for (const char* name : {"journalBar", "noticeBar"}) {
        auto* bar = child<InfoBar>(m_window.get(), name);
        ASSERT_NE(bar, nullptr);
        bar->showMessage(InfoBar::Kind::Info, QStringLiteral("Entry deleted."), QStringLiteral("&Undo"));
        ASSERT_TRUE(bar->isVisible());
        expectSamePlaces(before, buttonPlaces(m_window.get()), name);
        bar->showMessage(InfoBar::Kind::Warning, kLong, QStringLiteral("Choose a &new password"));
        expectSamePlaces(before, buttonPlaces(m_window.get()), name);
        // A long message lies over the page rather than pushing it: it is whole.
        EXPECT_GE(bar->height(), bar->heightForWidth(bar->width()));
        bar->dismiss();
        expectSamePlaces(before, buttonPlaces(m_window.get()), name);
    }
}

TEST_F(UiCalmLayout, AWrongPasswordMovesNothingOnTheUnlockScreen)
{
    makeVault(vaultDir(), {{"Alex", "alex-demo-password", {}}, {"Sam", "sam-demo-password", {}}});
    startWindow();
    m_window->resize(1000, 640);
    auto* login = m_window->loginScreen();
    child<QAbstractButton>(login, "partnerButton1")->click();
    const QHash<QString, QRect> before = buttonPlaces(m_window.get());
    typeAndUnlock(1, QStringLiteral("not the password"));
    auto* error = child<QLabel>(login, "loginError");
    ASSERT_TRUE(waitUntil([&] { return error->isVisible() && !error->text().isEmpty(); }));
    expectSamePlaces(before, buttonPlaces(m_window.get()), "after a wrong password");
}

TEST_F(UiCalmLayout, ABannerEndsWhenItsPageIsLeft)
{
    unlockAlex();
    ui::MainScreen* main = m_window->mainScreen();
    auto* notice = child<InfoBar>(main, "noticeBar");
    ASSERT_NE(notice, nullptr);
    // What was just done, on Settings (as after a new password): gone on the next page.
    main->showPage(QStringLiteral("navSettings"));
    notice->showMessage(InfoBar::Kind::Success, QStringLiteral("Your new password is set."));
    ASSERT_TRUE(notice->isVisible());
    main->showPage(QStringLiteral("navTogether"));
    EXPECT_FALSE(notice->isVisible());
    EXPECT_FALSE(
        allVisibleText().join(QLatin1Char('\n')).contains(QStringLiteral("Your new password is set.")));
    // The journal's own bar ("Entry deleted." with Undo) ends when the journal is left.
    main->showPage(QStringLiteral("navJournal"));
    auto* bar = child<InfoBar>(main, "journalBar");
    bar->showMessage(InfoBar::Kind::Info, QStringLiteral("Entry deleted."), QStringLiteral("&Undo"));
    main->showPage(QStringLiteral("navPrompts"));
    EXPECT_FALSE(bar->isVisible());
    main->showPage(QStringLiteral("navJournal"));
    EXPECT_FALSE(bar->isVisible());
}

TEST_F(UiCalmLayout, ANoticeThatAsksSomethingStaysAcrossPages)
{
    makeVault(vaultDir(), {{"Alex", "alex-demo-password", {}}, {"Sam", "sam-demo-password", {}}});
    startWindow();
    // A failed attempt first: the unlock then shows the notice asking for a new password.
    typeAndUnlock(1, QStringLiteral("not the password"));
    auto* error = child<QLabel>(m_window->loginScreen(), "loginError");
    ASSERT_TRUE(waitUntil([&] { return !error->text().isEmpty(); }));
    ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-demo-password")));
    ui::MainScreen* main = m_window->mainScreen();
    auto* notice = child<InfoBar>(main, "noticeBar");
    ASSERT_TRUE(notice->isVisible());
    main->showPage(QStringLiteral("navSettings"));
    EXPECT_TRUE(notice->isVisible());
    main->showPage(QStringLiteral("navJournal"));
    EXPECT_TRUE(notice->isVisible());
}

} // namespace
} // namespace twofold::test
