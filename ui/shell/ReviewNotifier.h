// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"

#include <chrono>
#include <memory>

#include <QDate>
#include <QObject>
#include <QTimer>

namespace twofold {
class Journal;
}

namespace twofold::ui {

class Notifier;
struct VaultContext;

// The optional desktop notification on the review day (issue 15, item 4): "Twofold: your
// weekly review", and nothing else. Off unless a partner turns it on in Settings; the choice
// is theirs, kept in their own journal (kSetting), never in QSettings.
//
// While the app runs it looks every few minutes, and sends at most one notification per
// review date: on the review day itself, from the morning on, while that review is not saved
// (ReviewReminder's two facts), and only if the partner who unlocked last in this run chose
// it. Someone who unlocks on the review day has seen the unlock screen say so: that day is
// then taken as told. Silent without a session bus (DesktopNotifier).
class ReviewNotifier : public QObject
{
    Q_OBJECT

public:
    static constexpr char kSetting[] = "ui.reviewNotification"; // "on"; anything else is off
    static constexpr std::chrono::minutes kInterval{10};
    static constexpr int kFromHour = 9; // not before nine in the morning, local time

    explicit ReviewNotifier(VaultContext& context, QObject* parent = nullptr);
    ~ReviewNotifier() override;

    // The partner's choice in their journal.
    static bool isChosen(Journal& journal);
    static Status choose(Journal& journal, bool on);

    // Tests pass a fake; null puts back the desktop's.
    void setNotifier(Notifier* notifier);
    // After an unlock: reads the partner's choice, and takes today as told if it is the review day.
    void unlocked();
    // Sends the notification if it is due now (see above). The timer calls it.
    void check();

private:
    void readChoice();
    Notifier& notifier();

    VaultContext& m_context;
    std::unique_ptr<Notifier> m_desktop;
    Notifier* m_notifier = nullptr;
    bool m_chosen = false;
    QDate m_toldFor;
    QTimer m_timer;
};

} // namespace twofold::ui
