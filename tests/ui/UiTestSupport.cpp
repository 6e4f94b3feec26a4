// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "UiTestSupport.h"

#include "crypto/SecretBuffer.h"
#include "support/FastKdf.h"
#include "ui/access/LoginScreen.h"
#include "ui/journal/EntryRoles.h"
#include "ui/shell/MainScreen.h"
#include "ui/widgets/Dialogs.h"
#include "vault/Vault.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTextEdit>
#include <QThreadPool>

namespace twofold::test {

QApplication& ensureApplication()
{
    static int argc = 1;
    static char name[] = "twofold_ui_tests";
    static char* argv[] = {name, nullptr};
    static QApplication* app = [] {
        QStandardPaths::setTestModeEnabled(true); // QSettings (theme, review reminder) stay out of ~/.config
        auto* created = new QApplication(argc, argv);
        QApplication::setApplicationDisplayName(QStringLiteral("Twofold"));
        return created;
    }();
    return *app;
}

bool waitUntil(const std::function<bool()>& condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

std::vector<Partner> makeVault(const std::filesystem::path& dir, std::vector<Partner> partners)
{
    auto vault = Vault::create(dir, twofold::test::fastVaultOptions());
    EXPECT_TRUE(vault.has_value());
    std::optional<Session> sponsor;
    for (Partner& partner : partners) {
        auto enrolled =
            vault->enroll(NewPartner{partner.name, "#3f7cac"}, SecretBuffer::fromString(partner.password),
                          sponsor ? &*sponsor : nullptr);
        EXPECT_TRUE(enrolled.has_value());
        partner.recoveryCode = std::string(enrolled->recoveryCode.view());
        if (!sponsor) {
            sponsor.emplace(std::move(enrolled->session));
        }
    }
    return partners;
}

QStringList allVisibleText()
{
    QStringList texts;
    for (QWidget* widget : QApplication::allWidgets()) {
        if (auto* line = qobject_cast<QLineEdit*>(widget)) {
            texts << line->text();
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget)) {
            texts << plain->toPlainText();
        } else if (auto* rich = qobject_cast<QTextEdit*>(widget)) {
            texts << rich->toPlainText();
        } else if (auto* label = qobject_cast<QLabel*>(widget)) {
            texts << label->text();
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            texts << button->text();
        }
        texts << widget->accessibleName() << widget->toolTip();
    }
    for (QWidget* top : QApplication::topLevelWidgets()) {
        const auto models = top->findChildren<QAbstractItemModel*>();
        for (QAbstractItemModel* model : models) {
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row, 0);
                texts << index.data(Qt::DisplayRole).toString()
                      << index.data(ui::EntrySegmentsRole).toStringList().join(QString())
                      << index.data(ui::EntryTagsRole).toStringList().join(QString());
            }
        }
    }
    return texts;
}

void UiTest::SetUp()
{
    ensureApplication();
    ui::Dialogs::setAlwaysAnswer(QMessageBox::Ok);
}

void UiTest::TearDown()
{
    m_window.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    ui::Dialogs::setAlwaysAnswer(std::nullopt);
}

ui::AppWindow& UiTest::startWindow()
{
    m_window = std::make_unique<ui::AppWindow>(vaultDir(), twofold::test::fastVaultOptions(), m_clock);
    const Status started = m_window->start();
    EXPECT_TRUE(started.has_value());
    m_window->show();
    return *m_window;
}

void UiTest::typeAndUnlock(int index, const QString& secret)
{
    auto* login = m_window->loginScreen();
    auto* button = child<QAbstractButton>(login, ("partnerButton" + std::to_string(index)).c_str());
    ASSERT_NE(button, nullptr);
    if (!button->isChecked()) {
        button->click();
    }
    auto* field = child<QLineEdit>(login, "passwordField");
    ASSERT_NE(field, nullptr);
    field->clear();
    QTest::keyClicks(field, secret);
    QTest::keyClick(field, Qt::Key_Return);
}

bool UiTest::unlockAs(int index, const QString& password)
{
    typeAndUnlock(index, password);
    return waitUntil([this] { return m_window->mainScreen() != nullptr; });
}

void UiTest::lockAndFlush()
{
    m_window->lock();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void UiTest::settle()
{
    QThreadPool& pool = m_window->context().pool;
    // A round: finish the running jobs, then deliver their results (QFutureWatcher posts
    // them) and what they post in turn. At rest when a round starts and ends with no job.
    for (int round = 0; round < 100; ++round) {
        const bool idleBefore = pool.activeThreadCount() == 0;
        pool.waitForDone();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (idleBefore && pool.activeThreadCount() == 0) {
            return;
        }
    }
    ADD_FAILURE() << "the window never came to rest: its jobs keep starting new ones";
}

} // namespace twofold::test
