// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/together/ReviewReminder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSettings>

namespace twofold::ui {

QString ReviewReminder::vaultKey(const std::filesystem::path& vaultDir)
{
    std::error_code error;
    std::filesystem::path canonical = std::filesystem::weakly_canonical(vaultDir, error);
    if (error) {
        canonical = vaultDir;
    }
    const QByteArray hash =
        QCryptographicHash::hash(QByteArray::fromStdString(canonical.string()), QCryptographicHash::Sha256);
    return QStringLiteral("twofold-") + QString::fromLatin1(hash.toHex().left(32));
}

void ReviewReminder::remember(const std::filesystem::path& vaultDir, Weekday day,
                              const std::string& lastReviewDate)
{
    QSettings settings;
    settings.beginGroup(vaultKey(vaultDir));
    settings.setValue(QStringLiteral("reviewDay"), static_cast<int>(day));
    settings.setValue(QStringLiteral("lastReview"), QString::fromStdString(lastReviewDate));
    settings.endGroup();
}

void ReviewReminder::forget(const std::filesystem::path& vaultDir)
{
    QSettings settings;
    settings.beginGroup(vaultKey(vaultDir));
    settings.remove(QStringLiteral("reviewDay"));
    settings.remove(QStringLiteral("lastReview"));
    settings.endGroup();
}

QDate ReviewReminder::currentReviewDate(Weekday day, const QDate& today)
{
    const std::string date = WeeklyReview::reviewDateOn(day, today.toString(Qt::ISODate).toStdString());
    return QDate::fromString(QString::fromStdString(date), Qt::ISODate);
}

std::optional<QDate> ReviewReminder::dueReviewDate(const std::filesystem::path& vaultDir, const QDate& today)
{
    QSettings settings;
    settings.beginGroup(vaultKey(vaultDir));
    if (!settings.contains(QStringLiteral("reviewDay"))) {
        return std::nullopt;
    }
    const int dayValue = settings.value(QStringLiteral("reviewDay")).toInt();
    if (dayValue < 0 || dayValue > 6) {
        return std::nullopt;
    }
    const QDate current = currentReviewDate(static_cast<Weekday>(dayValue), today);
    const QDate last =
        QDate::fromString(settings.value(QStringLiteral("lastReview")).toString(), Qt::ISODate);
    if (last.isValid() && last >= current) {
        return std::nullopt;
    }
    return current;
}

QString ReviewReminder::dueText(const std::filesystem::path& vaultDir, const QDate& today)
{
    const std::optional<QDate> due = dueReviewDate(vaultDir, today);
    if (!due) {
        return {};
    }
    return dueWords(*due == today);
}

QString ReviewReminder::dueWords(bool onTheDay)
{
    // No "due on", no "overdue": the day is named when it is today, and after it the review
    // simply waits (issue 15, item 4).
    if (onTheDay) {
        return QCoreApplication::translate("ReviewReminder", "Today is your review day.");
    }
    return QCoreApplication::translate("ReviewReminder", "Your weekly review is ready whenever you are.");
}

} // namespace twofold::ui
