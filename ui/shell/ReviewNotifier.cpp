// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/shell/ReviewNotifier.h"

#include "journal/Journal.h"
#include "ui/shell/DesktopNotifier.h"
#include "ui/shell/VaultContext.h"
#include "ui/together/ReviewReminder.h"
#include "ui/widgets/LocalTime.h"

#include <QCoreApplication>

namespace twofold::ui {

ReviewNotifier::ReviewNotifier(VaultContext& context, QObject* parent) : QObject(parent), m_context(context)
{
    m_timer.setInterval(kInterval);
    connect(&m_timer, &QTimer::timeout, this, &ReviewNotifier::check);
    m_timer.start();
}

ReviewNotifier::~ReviewNotifier() = default;

bool ReviewNotifier::isChosen(Journal& journal)
{
    auto stored = journal.setting(kSetting);
    return stored && *stored && **stored == "on";
}

Status ReviewNotifier::choose(Journal& journal, bool on)
{
    return journal.setSetting(kSetting, on ? "on" : "off");
}

void ReviewNotifier::setNotifier(Notifier* notifier)
{
    m_notifier = notifier;
}

Notifier& ReviewNotifier::notifier()
{
    if (m_notifier) {
        return *m_notifier;
    }
    if (!m_desktop) {
        m_desktop = std::make_unique<DesktopNotifier>();
    }
    return *m_desktop;
}

void ReviewNotifier::readChoice()
{
    // Whoever is unlocked decides; while locked, the last one who unlocked in this run.
    if (m_context.session() && m_context.session()->isUnlocked()) {
        m_chosen = isChosen(m_context.session()->journal());
    }
}

void ReviewNotifier::unlocked()
{
    readChoice();
    const QDate today = localToday(m_context.clock());
    if (ReviewReminder::dueReviewDate(m_context.dir, today) == today) {
        m_toldFor = today;
    }
}

void ReviewNotifier::check()
{
    readChoice();
    if (!m_chosen) {
        return;
    }
    const QDateTime now = localNow(m_context.clock());
    const QDate today = now.date();
    if (now.time().hour() < kFromHour || m_toldFor == today ||
        ReviewReminder::dueReviewDate(m_context.dir, today) != today) {
        return;
    }
    m_toldFor = today;
    // A fixed title and nothing more: no names, no words, nothing about either partner.
    (void)notifier().notify(QCoreApplication::translate("ReviewNotifier", "Twofold: your weekly review"));
}

} // namespace twofold::ui
