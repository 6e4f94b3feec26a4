// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "couple/WeeklyReview.h"

#include <filesystem>
#include <optional>
#include <string>

#include <QDate>
#include <QString>

namespace twofold::ui {

// What the unlock screen needs to say "your weekly review is due" before anyone has
// unlocked: the review day and the date of the last saved review, remembered in the
// app's settings under a hash of the vault path. Only these two facts are kept there
// (no names, no words); everything else about reviews stays in couple.db.
class ReviewReminder
{
public:
    static void remember(const std::filesystem::path& vaultDir, Weekday day,
                         const std::string& lastReviewDate);
    // Drops what is remembered for `vaultDir` (after a restore replaced the vault).
    static void forget(const std::filesystem::path& vaultDir);
    // The review date whose review is still to come (the latest review day on or before
    // `today`, when no review is saved for it); nullopt when none is, or nothing is known yet.
    static std::optional<QDate> dueReviewDate(const std::filesystem::path& vaultDir, const QDate& today);
    // The same neutral words whoever is at the keyboard: "Today is your review day." on the
    // day, "Your weekly review is ready whenever you are." after it; "" when nothing is due.
    static QString dueText(const std::filesystem::path& vaultDir, const QDate& today);
    // Those words for a review that is due, on its day or after it (the Together page too).
    static QString dueWords(bool onTheDay);
    // The latest `day` on or before `today`.
    static QDate currentReviewDate(Weekday day, const QDate& today);
    // "twofold-<32 hex>" from the vault path: names settings groups and the instance socket.
    static QString vaultKey(const std::filesystem::path& vaultDir);
};

} // namespace twofold::ui
