// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "couple/WeeklyReview.h"

#include "common/Propagate.h"
#include "couple/CoupleSpace.h"
#include "couple/detail/SignedRecords.h"
#include "journal/detail/Utf8.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "vault/Session.h"

#include <chrono>
#include <cstdio>

namespace twofold {

namespace {

using namespace std::chrono;

constexpr std::string_view kReviewDayKey = "review_day";

std::string formatDate(sys_days day)
{
    const year_month_day ymd{day};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return text;
}

sys_days localDay(std::int64_t utcMs, int utcOffsetMinutes)
{
    const sys_time<milliseconds> local{milliseconds(utcMs) + minutes(utcOffsetMinutes)};
    return floor<days>(local);
}

// How many days ago the latest `day` on or before `today` was (0 to 6).
int daysSinceReviewDay(Weekday day, sys_days today)
{
    const unsigned todayIso = weekday{today}.iso_encoding(); // Monday = 1
    const unsigned target = static_cast<unsigned>(day) + 1;
    return static_cast<int>((todayIso + 7 - target) % 7);
}

// "YYYY-MM-DD" with a real calendar date, else nullopt.
std::optional<sys_days> parseDate(std::string_view date)
{
    if (date.size() != 10 || date[4] != '-' || date[7] != '-') {
        return std::nullopt;
    }
    int parts[3] = {};
    const std::size_t starts[3] = {0, 5, 8};
    const std::size_t lengths[3] = {4, 2, 2};
    for (int i = 0; i < 3; ++i) {
        for (std::size_t k = 0; k < lengths[i]; ++k) {
            const char c = date[starts[i] + k];
            if (c < '0' || c > '9') {
                return std::nullopt;
            }
            parts[i] = parts[i] * 10 + (c - '0');
        }
    }
    const year_month_day ymd{year(parts[0]), month(static_cast<unsigned>(parts[1])),
                             day(static_cast<unsigned>(parts[2]))};
    if (!ymd.ok()) {
        return std::nullopt;
    }
    return sys_days{ymd};
}

} // namespace

std::string WeeklyReview::reviewDateOn(Weekday day, std::string_view today)
{
    const std::optional<sys_days> parsed = parseDate(today);
    if (!parsed) {
        return {};
    }
    return formatDate(*parsed - days(daysSinceReviewDay(day, *parsed)));
}

WeeklyReview::WeeklyReview(CoupleSpace& space) : m_space(&space) {}

bool WeeklyReview::isValidDate(std::string_view date)
{
    return parseDate(date).has_value();
}

Result<Weekday> WeeklyReview::reviewDay()
{
    auto value = m_space->coupleSetting(kReviewDayKey);
    if (!value) {
        return propagate(value);
    }
    if (!*value) {
        return kDefaultReviewDay;
    }
    const std::string& text = **value;
    if (text.size() != 1 || text[0] < '0' || text[0] > '6') {
        return kDefaultReviewDay; // an unreadable setting falls back to the default
    }
    return static_cast<Weekday>(text[0] - '0');
}

Status WeeklyReview::setReviewDay(Weekday day)
{
    if (auto st = m_space->checkUnlocked(); !st) {
        return st;
    }
    const int value = static_cast<int>(day);
    if (value < 0 || value > 6) {
        return fail(ErrorCode::InvalidArgument, "no such weekday");
    }
    return m_space->setCoupleSetting(kReviewDayKey, std::to_string(value));
}

Result<ReviewSchedule> WeeklyReview::schedule(int utcOffsetMinutes)
{
    if (utcOffsetMinutes < -14 * 60 || utcOffsetMinutes > 14 * 60) {
        return fail(ErrorCode::InvalidArgument, "UTC offset out of range");
    }
    auto day = reviewDay();
    if (!day) {
        return propagate(day);
    }
    const sys_days today = localDay(m_space->m_options.clock->nowMs(), utcOffsetMinutes);
    const int back = daysSinceReviewDay(*day, today);
    const sys_days current = today - days(back);

    ReviewSchedule schedule;
    schedule.reviewDay = *day;
    schedule.currentReviewDate = formatDate(current);
    schedule.nextReviewDate = formatDate(current + days(7));

    auto saved = review(schedule.currentReviewDate);
    if (!saved) {
        return propagate(saved);
    }
    // A review day before the couple space existed is not owed.
    auto stmt = m_space->db().prepare("SELECT min(joined_at) FROM partners;");
    if (!stmt) {
        return propagate(stmt);
    }
    auto row = stmt->step();
    if (!row) {
        return propagate(row);
    }
    const bool existed =
        *row && !stmt->isNull(0) && localDay(stmt->columnInt(0), utcOffsetMinutes) <= current;
    schedule.due = !saved->has_value() && existed;
    schedule.daysOverdue = schedule.due ? back : 0;
    schedule.currentSaved = saved->has_value();
    auto newest = checked(std::nullopt, false); // newest first, as history() lists them
    if (!newest) {
        return propagate(newest);
    }
    if (!newest->empty()) {
        schedule.lastSavedDate = newest->front().reviewDate;
    }
    return schedule;
}

Status WeeklyReview::setIntention(std::string_view reviewDate, std::string_view text)
{
    if (auto st = m_space->checkUnlocked(); !st) {
        return st;
    }
    if (auto st = checkIntention(reviewDate, text); !st) {
        return st;
    }
    return writeIntention(*m_space, reviewDate, text, m_space->m_options.clock->nowMs());
}

Status WeeklyReview::checkIntention(std::string_view reviewDate, std::string_view text)
{
    if (!isValidDate(reviewDate)) {
        return fail(ErrorCode::InvalidArgument, "a review date is YYYY-MM-DD");
    }
    if (text.empty() || !detail::fitsUtf8(text, kMaxIntentionBytes)) {
        return fail(ErrorCode::InvalidArgument, "an intention is 1 to 2000 bytes of UTF-8");
    }
    return {};
}

Status WeeklyReview::writeIntention(const CoupleSpace& author, std::string_view reviewDate,
                                    std::string_view text, std::int64_t now)
{
    auto signature = author.m_session->sign(detail::intentionMessage(reviewDate, author.m_myId, text, now));
    if (!signature) {
        return propagate(signature);
    }
    auto stmt =
        m_space->db().prepare("INSERT OR REPLACE INTO intentions (review_date, partner_id, text, updated_at,"
                              " signature) VALUES (?, ?, ?, ?, ?);");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, reviewDate).bind(2, author.m_myId).bind(3, text).bind(4, now).bind(5, *signature);
    return stmt->run();
}

Status WeeklyReview::writeRecord(std::string_view reviewDate, std::int64_t now)
{
    const std::string& me = m_space->m_myId;
    auto signature = m_space->m_session->sign(detail::reviewMessage(reviewDate, now, me));
    if (!signature) {
        return propagate(signature);
    }
    auto stmt = m_space->db().prepare(
        "INSERT OR REPLACE INTO reviews (review_date, saved_at, signed_by, signature) VALUES (?, ?, ?, ?);");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, reviewDate).bind(2, now).bind(3, me).bind(4, *signature);
    return stmt->run();
}

Result<ReviewRecord> WeeklyReview::saveFormat1(std::string_view reviewDate)
{
    if (auto st = m_space->checkUnlocked(); !st) {
        return propagate(st);
    }
    if (!isValidDate(reviewDate)) {
        return fail(ErrorCode::InvalidArgument, "a review date is YYYY-MM-DD");
    }
    const std::int64_t now = m_space->m_options.clock->nowMs();
    if (auto st = writeRecord(reviewDate, now); !st) {
        return propagate(st);
    }
    return record(reviewDate, now, m_space->m_myId);
}

Result<ReviewRecord> WeeklyReview::saveTogether(std::string_view reviewDate, std::string_view myIntention,
                                                CoupleSpace& partner, std::string_view partnersIntention)
{
    // Both partners are here: the record is format 2, countersigned and kept in both journals.
    return saveTogetherV2(
        partner,
        TogetherSave{std::string(reviewDate), std::string(myIntention), std::string(partnersIntention), {}});
}

Result<ReviewRecord> WeeklyReview::record(std::string_view reviewDate, std::int64_t savedMs,
                                          std::string savedBy)
{
    ReviewRecord rec{std::string(reviewDate), savedMs, std::nullopt, std::nullopt, std::move(savedBy)};
    auto stmt = m_space->db().prepare(
        "SELECT partner_id, text, updated_at, signature FROM intentions WHERE review_date = ?;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, reviewDate);
    detail::SignedRecords records(*m_space->m_session, m_space->m_partnerId);
    auto read = forEachRow(*stmt, [&](const Statement& r) -> Status {
        const std::string who = r.columnText(0);
        const bool mine = who == m_space->m_myId;
        if (!mine && (m_space->m_partnerId.empty() || who != m_space->m_partnerId)) {
            return {};
        }
        std::string text = r.columnText(1);
        const Bytes signature = r.isNull(3) ? Bytes() : r.columnBlob(3);
        auto authentic =
            records.isAuthentic(who, detail::intentionMessage(reviewDate, who, text, r.columnInt(2)),
                                signature, detail::intentionLegacyKey(reviewDate, who));
        if (!authentic) {
            return propagate(authentic);
        }
        // Forged or edited: damaged, never anyone's words.
        std::optional<std::string> words =
            *authentic ? std::optional<std::string>(std::move(text)) : std::nullopt;
        (mine ? rec.myIntention : rec.partnerIntention) = std::move(words);
        (mine ? rec.myIntentionDamaged : rec.partnerIntentionDamaged) = !*authentic;
        return Status{};
    });
    if (!read) {
        return propagate(read);
    }
    return rec;
}

} // namespace twofold
