// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "UiTestSupport.h"
#include "ui/access/LoginScreen.h"
#include "ui/access/NewPasswordDialog.h"
#include "ui/access/PasswordFields.h"
#include "ui/journal/EntryEditor.h"
#include "ui/journal/JournalPage.h"
#include "ui/shell/MainScreen.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>

namespace twofold::test {
namespace {

class UiKeyboard : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        makeVault(vaultDir(), {{"Alex", "alex-demo-password", {}}, {"Sam", "sam-demo-password", {}}});
        startWindow();
        m_window->activateWindow();
        QApplication::setActiveWindow(m_window.get());
    }

    QWidget* currentPage() const
    {
        return m_window->mainScreen()
            ->findChild<QStackedWidget*>(QStringLiteral("mainPages"))
            ->currentWidget();
    }

    // Focus somewhere that has nothing to do with the journal: Settings' auto-lock minutes.
    QWidget* focusSettings()
    {
        m_window->mainScreen()->showPage(QStringLiteral("navSettings"));
        auto* spin = child<QSpinBox>(m_window->mainScreen(), "autoLockMinutes");
        spin->setFocus();
        QCoreApplication::processEvents();
        EXPECT_TRUE(spin->hasFocus());
        return spin;
    }
};

TEST_F(UiKeyboard, TabReachesTheSecondPartnersTile)
{
    auto* login = m_window->loginScreen();
    auto* first = child<QPushButton>(login, "partnerButton1");
    auto* second = child<QPushButton>(login, "partnerButton2");
    first->setFocus();
    QCoreApplication::processEvents();
    ASSERT_TRUE(first->hasFocus());
    QTest::keyClick(first, Qt::Key_Tab);
    EXPECT_TRUE(second->hasFocus()) << "Tab from the first tile goes to the second, not past it; focus is on "
                                    << (QApplication::focusWidget()
                                            ? QApplication::focusWidget()->objectName()
                                            : QStringLiteral("nothing"))
                                           .toStdString();
    // Space chooses the tile that has focus, and the password field is next.
    QTest::keyClick(second, Qt::Key_Space);
    EXPECT_TRUE(second->isChecked());
    EXPECT_TRUE(child<QLineEdit>(login, "passwordField")->isEnabled());
    // From nothing chosen, Tab walks the whole screen and reaches both tiles.
    m_window->lock();
    login->refresh();
    QCoreApplication::processEvents(); // new tiles are shown from the event loop
    QWidget* current = child<QPushButton>(login, "loginSafetyButton");
    QSet<QString> reached;
    for (int i = 0; i < 20 && current != nullptr; ++i) {
        QTest::keyClick(current, Qt::Key_Tab);
        current = QApplication::focusWidget();
        reached << (current ? current->objectName() : QString());
    }
    const std::string walked =
        QStringList(reached.cbegin(), reached.cend()).join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(reached.contains(QStringLiteral("partnerButton1"))) << walked;
    EXPECT_TRUE(reached.contains(QStringLiteral("partnerButton2"))) << walked;
}

TEST_F(UiKeyboard, CtrlNWorksWithFocusOutsideTheJournal)
{
    ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-demo-password")));
    QWidget* focus = focusSettings();
    QTest::keySequence(focus, QKeySequence::New);
    auto* journal = m_window->mainScreen()->journalPage();
    EXPECT_EQ(currentPage(), journal) << "Ctrl+N goes to the journal";
    EXPECT_TRUE(journal->editor()->isVisible()) << "with a new entry open";
}

TEST_F(UiKeyboard, CtrlFWorksWithFocusOutsideTheJournal)
{
    ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-demo-password")));
    QWidget* focus = focusSettings();
    QTest::keySequence(focus, QKeySequence::Find);
    auto* journal = m_window->mainScreen()->journalPage();
    EXPECT_EQ(currentPage(), journal);
    EXPECT_TRUE(child<QLineEdit>(journal, "searchField")->hasFocus())
        << "Ctrl+F puts focus in the search box";
}

TEST_F(UiKeyboard, CtrlSSavesTheEntryWithFocusInTheSidebar)
{
    ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-demo-password")));
    auto* journal = m_window->mainScreen()->journalPage();
    child<QPushButton>(journal, "newEntryButton")->click();
    QTest::keyClicks(child<QLineEdit>(journal->editor(), "entryTitle"), QStringLiteral("Evening"));
    QTest::keyClicks(child<QPlainTextEdit>(journal->editor(), "entryBody"), QStringLiteral("a quiet one"));
    auto* lockButton = child<QPushButton>(m_window->mainScreen(), "lockButton");
    lockButton->setFocus();
    QCoreApplication::processEvents();
    ASSERT_TRUE(lockButton->hasFocus());
    QTest::keySequence(lockButton, QKeySequence::Save);
    EXPECT_EQ(journal->editor()->saveState(), ui::EntryEditor::SaveState::Saved);
    auto count = m_window->context().session()->journal().count();
    ASSERT_TRUE(count.has_value());
    EXPECT_EQ(*count, 1);
}

TEST_F(UiKeyboard, CtrlLLocksWithFocusAnywhere)
{
    ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-demo-password")));
    QWidget* focus = focusSettings();
    QTest::keyClick(focus, Qt::Key_L, Qt::ControlModifier);
    EXPECT_FALSE(m_window->isUnlocked());
}

TEST_F(UiKeyboard, ShortcutsAreOffWhenLocked)
{
    ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-demo-password")));
    lockAndFlush();
    auto* login = m_window->loginScreen();
    for (const QKeySequence& keys : {QKeySequence(QKeySequence::New), QKeySequence(QKeySequence::Find),
                                     QKeySequence(QKeySequence::Save), QKeySequence(Qt::CTRL | Qt::Key_L)}) {
        QTest::keySequence(login, keys);
        EXPECT_FALSE(m_window->isUnlocked());
        EXPECT_EQ(m_window->mainScreen(), nullptr) << keys.toString().toStdString();
    }
}

TEST_F(UiKeyboard, TheLoginShowToggleFlipsTheFieldAndIsReachedWithTab)
{
    auto* login = m_window->loginScreen();
    child<QPushButton>(login, "partnerButton1")->click();
    auto* field = child<QLineEdit>(login, "passwordField");
    auto* toggle = child<QToolButton>(login, "showPassword");
    ASSERT_TRUE(field && toggle);
    EXPECT_EQ(field->echoMode(), QLineEdit::Password);
    EXPECT_EQ(toggle->accessibleName(), QStringLiteral("Show password"));
    EXPECT_TRUE(toggle->focusPolicy() & Qt::TabFocus);

    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("typed"));
    QTest::keyClick(field, Qt::Key_Tab);
    ASSERT_TRUE(toggle->hasFocus()) << "the toggle comes right after its field";
    QTest::keyClick(toggle, Qt::Key_Space);
    EXPECT_EQ(field->echoMode(), QLineEdit::Normal);
    EXPECT_TRUE(toggle->isChecked());
    QTest::keyClick(toggle, Qt::Key_Space);
    EXPECT_EQ(field->echoMode(), QLineEdit::Password);

    // Shown, then emptied (the secret is taken at unlock): hidden again.
    toggle->click();
    EXPECT_EQ(field->echoMode(), QLineEdit::Normal);
    field->clear();
    EXPECT_EQ(field->echoMode(), QLineEdit::Password);
    EXPECT_FALSE(toggle->isChecked());

    // The recovery code has the same toggle, named for it.
    child<QPushButton>(login, "useRecoveryCodeButton")->click();
    EXPECT_EQ(toggle->accessibleName(), QStringLiteral("Show recovery code"));
    toggle->click();
    EXPECT_EQ(field->echoMode(), QLineEdit::Normal);
}

TEST_F(UiKeyboard, NewPasswordFieldsEachHaveAShowToggle)
{
    ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-demo-password")));
    ui::NewPasswordDialog dialog(m_window->context(), m_window.get());
    for (const auto& [fieldName, toggleName] : {std::pair{"currentPassword", "currentPasswordShow"},
                                                std::pair{"newPasswordPassword", "newPasswordPasswordShow"},
                                                std::pair{"newPasswordConfirm", "newPasswordConfirmShow"}}) {
        auto* field = child<QLineEdit>(&dialog, fieldName);
        auto* toggle = child<QToolButton>(&dialog, toggleName);
        ASSERT_TRUE(field && toggle) << fieldName;
        EXPECT_FALSE(toggle->accessibleName().isEmpty()) << toggleName;
        EXPECT_TRUE(toggle->focusPolicy() & Qt::TabFocus) << toggleName;
        EXPECT_EQ(field->nextInFocusChain(), toggle) << toggleName << " comes right after " << fieldName;
        EXPECT_EQ(field->echoMode(), QLineEdit::Password);
        QTest::keyClicks(field, QStringLiteral("x"));
        toggle->click();
        EXPECT_EQ(field->echoMode(), QLineEdit::Normal) << fieldName;
        toggle->click();
        EXPECT_EQ(field->echoMode(), QLineEdit::Password) << fieldName;
    }
}

} // namespace
} // namespace twofold::test
