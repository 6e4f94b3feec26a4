// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Issue 15, item 4: reminders without pressure. The unlock screen's neutral words on and after
// the review day, and the optional desktop notification (off by default, one per review
// date, a title and nothing else), driven through the window with a fake Notifier and the
// vault's injected clock.
#include "ui/shell/ReviewNotifier.h"

#include "UiTestSupport.h"
#include "support/FastKdf.h"
#include "ui/access/LoginScreen.h"
#include "ui/shell/DesktopNotifier.h"
#include "ui/shell/MainScreen.h"
#include "ui/together/ReviewReminder.h"

#include <QCheckBox>
#include <QDBusConnection>
#include <QDateTime>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>

namespace twofold::test {
namespace {

const QString kAlex = QStringLiteral("alex-password");
const QString kSam = QStringLiteral("sam-password");
const QString kTitle = QStringLiteral("Twofold: your weekly review");

struct FakeNotifier final : ui::Notifier
{
    bool notify(const QString& summary) override
    {
        sent << summary;
        return true;
    }
    QStringList sent;
};

class UiReviewNotifier : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        makeVault(vaultDir(), {{"Alex", kAlex.toStdString(), {}}, {"Sam", kSam.toStdString(), {}}});
        // The couple was made today (system clock): its first review day is the next Sunday.
        const QDate today = QDate::currentDate();
        m_sunday = today.addDays(7 - today.dayOfWeek() + (today.dayOfWeek() == 7 ? 7 : 0));
        at(m_sunday.addDays(-1), 20);
        VaultOptions options = fastVaultOptions();
        options.clock = &m_vaultClock;
        m_window = std::make_unique<ui::AppWindow>(vaultDir(), options, m_clock);
        ASSERT_TRUE(m_window->start());
        m_window->show();
        m_window->reviewNotifier()->setNotifier(&m_fake);
    }

    void at(const QDate& date, int hour)
    {
        m_vaultClock.setMs(QDateTime(date, QTime(hour, 0)).toMSecsSinceEpoch());
    }

    void chooseNotification(int partner, const QString& password)
    {
        ASSERT_TRUE(unlockAs(partner, password));
        m_window->mainScreen()->showPage(QStringLiteral("navSettings"));
        auto* box = child<QCheckBox>(m_window->mainScreen(), "reviewNotification");
        EXPECT_FALSE(box->isChecked()) << "off unless chosen";
        box->click();
        lockAndFlush();
    }

    QString dueNote() { return child<QLabel>(m_window->loginScreen(), "reviewDueNote")->text(); }

    ManualClock m_vaultClock;
    QDate m_sunday;
    FakeNotifier m_fake;
};

TEST_F(UiReviewNotifier, OffByDefaultNothingIsSent)
{
    ASSERT_TRUE(unlockAs(1, kAlex));
    m_window->mainScreen()->showPage(QStringLiteral("navSettings"));
    EXPECT_FALSE(child<QCheckBox>(m_window->mainScreen(), "reviewNotification")->isChecked());
    lockAndFlush();
    for (int hour : {9, 12, 18}) {
        at(m_sunday, hour);
        m_window->reviewNotifier()->check();
    }
    EXPECT_TRUE(m_fake.sent.isEmpty());
}

TEST_F(UiReviewNotifier, OnceOnTheReviewDayWithATitleAndNothingElse)
{
    chooseNotification(1, kAlex);
    // In Alex's journal, never in the app's settings.
    ASSERT_TRUE(unlockAs(1, kAlex));
    EXPECT_TRUE(ui::ReviewNotifier::isChosen(m_window->context().session()->journal()));
    lockAndFlush();
    QSettings settings;
    for (const QString& key : settings.allKeys()) {
        EXPECT_FALSE(key.contains(QStringLiteral("otification"), Qt::CaseInsensitive)) << key.toStdString();
    }

    at(m_sunday.addDays(-1), 23);
    m_window->reviewNotifier()->check();
    at(m_sunday, 7);
    m_window->reviewNotifier()->check();
    EXPECT_TRUE(m_fake.sent.isEmpty()) << "not the day before, not in the early morning";
    at(m_sunday, 10);
    m_window->reviewNotifier()->check();
    ASSERT_EQ(m_fake.sent.size(), 1);
    EXPECT_EQ(m_fake.sent.front(), kTitle) << "no names, no words, nothing about either partner";
    at(m_sunday, 16);
    m_window->reviewNotifier()->check();
    at(m_sunday.addDays(1), 10);
    m_window->reviewNotifier()->check();
    EXPECT_EQ(m_fake.sent.size(), 1) << "once per review date; after the day, only the unlock screen says it";
}

TEST_F(UiReviewNotifier, UnlockingOnTheDayIsAlreadyBeingTold)
{
    chooseNotification(1, kAlex);
    at(m_sunday, 10);
    m_window->loginScreen()->refresh();
    EXPECT_EQ(dueNote(), QStringLiteral("Today is your review day."));
    ASSERT_TRUE(unlockAs(1, kAlex));
    m_window->reviewNotifier()->check();
    lockAndFlush();
    m_window->reviewNotifier()->check();
    EXPECT_TRUE(m_fake.sent.isEmpty()) << "the unlock screen said it: no notification on top";
}

TEST_F(UiReviewNotifier, EachPartnersChoiceIsTheirOwn)
{
    chooseNotification(1, kAlex);
    ASSERT_TRUE(unlockAs(2, kSam));
    m_window->mainScreen()->showPage(QStringLiteral("navSettings"));
    EXPECT_FALSE(child<QCheckBox>(m_window->mainScreen(), "reviewNotification")->isChecked())
        << "Alex's choice is not Sam's";
    lockAndFlush();
    at(m_sunday, 10);
    m_window->reviewNotifier()->check();
    EXPECT_TRUE(m_fake.sent.isEmpty()) << "Sam unlocked last and has not chosen it";
}

TEST_F(UiReviewNotifier, ASavedReviewIsNotNotified)
{
    chooseNotification(1, kAlex);
    // What the app remembers once the review of that Sunday is saved (TogetherPage).
    ui::ReviewReminder::remember(vaultDir(), Weekday::Sunday, m_sunday.toString(Qt::ISODate).toStdString());
    at(m_sunday, 10);
    m_window->reviewNotifier()->check();
    EXPECT_TRUE(m_fake.sent.isEmpty());
}

TEST_F(UiReviewNotifier, TheUnlockScreenSaysTheSameNeutralWordsForBoth)
{
    const QRegularExpression pressure(QStringLiteral("due|miss|late|overdue|[0-9]"),
                                      QRegularExpression::CaseInsensitiveOption);
    // What an unlock remembers for the unlock screen (the review day, nothing saved yet).
    ASSERT_TRUE(unlockAs(1, kAlex));
    lockAndFlush();
    for (const auto& [day, expected] :
         {std::pair{m_sunday, QStringLiteral("Today is your review day.")},
          std::pair{m_sunday.addDays(2), QStringLiteral("Your weekly review is ready whenever you are.")}}) {
        at(day, 10);
        m_window->loginScreen()->refresh();
        EXPECT_EQ(dueNote(), expected);
        EXPECT_FALSE(dueNote().contains(pressure)) << dueNote().toStdString();
        // Choosing either partner's tile changes nothing of it.
        for (const char* tile : {"partnerButton1", "partnerButton2"}) {
            child<QPushButton>(m_window->loginScreen(), tile)->click();
            EXPECT_EQ(dueNote(), expected) << tile;
        }
    }
}

TEST_F(UiReviewNotifier, WithoutASessionBusNothingIsSent)
{
    ui::DesktopNotifier desktop(QDBusConnection::connectToBus(
        QStringLiteral("unix:path=/nonexistent/twofold-test-bus"), QStringLiteral("twofold-test-no-bus")));
    EXPECT_FALSE(desktop.notify(kTitle));
}

} // namespace
} // namespace twofold::test
