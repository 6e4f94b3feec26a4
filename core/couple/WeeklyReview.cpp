#include "couple/WeeklyReview.h"

#include "couple/CoupleSpace.h"
#include "journal/detail/Utf8.h"
#include "storage/Database.h"
#include "storage/Statement.h"

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

template <typename T> std::unexpected<Error> forward(const Result<T>& r)
{
    return std::unexpected(r.error());
}

} // namespace

WeeklyReview::WeeklyReview(CoupleSpace& space) : m_space(&space) {}

bool WeeklyReview::isValidDate(std::string_view date)
{
    if (date.size() != 10 || date[4] != '-' || date[7] != '-') {
        return false;
    }
    int parts[3] = {};
    const std::size_t starts[3] = {0, 5, 8};
    const std::size_t lengths[3] = {4, 2, 2};
    for (int i = 0; i < 3; ++i) {
        for (std::size_t k = 0; k < lengths[i]; ++k) {
            const char c = date[starts[i] + k];
            if (c < '0' || c > '9') {
                return false;
            }
            parts[i] = parts[i] * 10 + (c - '0');
        }
    }
    return year_month_day{year(parts[0]), month(static_cast<unsigned>(parts[1])),
                          day(static_cast<unsigned>(parts[2]))}
        .ok();
}

Result<Weekday> WeeklyReview::reviewDay()
{
    auto value = m_space->coupleSetting(kReviewDayKey);
    if (!value) {
        return forward(value);
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
        return forward(day);
    }
    const sys_days today = localDay(m_space->m_options.clock->nowMs(), utcOffsetMinutes);
    const unsigned todayIso = weekday{today}.iso_encoding(); // Monday = 1
    const unsigned target = static_cast<unsigned>(*day) + 1;
    const int back = static_cast<int>((todayIso + 7 - target) % 7);
    const sys_days current = today - days(back);

    ReviewSchedule schedule;
    schedule.reviewDay = *day;
    schedule.currentReviewDate = formatDate(current);
    schedule.nextReviewDate = formatDate(current + days(7));

    auto saved = review(schedule.currentReviewDate);
    if (!saved) {
        return forward(saved);
    }
    // A review day before the couple space existed is not owed.
    auto stmt = m_space->db().prepare("SELECT min(joined_at) FROM partners;");
    if (!stmt) {
        return forward(stmt);
    }
    auto row = stmt->step();
    if (!row) {
        return forward(row);
    }
    const bool existed =
        *row && !stmt->isNull(0) && localDay(stmt->columnInt(0), utcOffsetMinutes) <= current;
    schedule.due = !saved->has_value() && existed;
    schedule.daysOverdue = schedule.due ? back : 0;
    return schedule;
}

Status WeeklyReview::setIntention(std::string_view reviewDate, std::string_view text)
{
    if (auto st = m_space->checkUnlocked(); !st) {
        return st;
    }
    if (!isValidDate(reviewDate)) {
        return fail(ErrorCode::InvalidArgument, "a review date is YYYY-MM-DD");
    }
    if (text.empty() || text.size() > kMaxIntentionBytes || !detail::isValidUtf8(text)) {
        return fail(ErrorCode::InvalidArgument, "an intention is 1 to 2000 bytes of UTF-8");
    }
    auto stmt = m_space->db().prepare(
        "INSERT OR REPLACE INTO intentions (review_date, partner_id, text, updated_at) VALUES (?, ?, ?, ?);");
    if (!stmt) {
        return forward(stmt);
    }
    stmt->bind(1, reviewDate)
        .bind(2, m_space->m_myId)
        .bind(3, text)
        .bind(4, m_space->m_options.clock->nowMs());
    return stmt->run();
}

Result<ReviewRecord> WeeklyReview::save(std::string_view reviewDate)
{
    if (auto st = m_space->checkUnlocked(); !st) {
        return forward(st);
    }
    if (!isValidDate(reviewDate)) {
        return fail(ErrorCode::InvalidArgument, "a review date is YYYY-MM-DD");
    }
    const std::int64_t now = m_space->m_options.clock->nowMs();
    auto stmt =
        m_space->db().prepare("INSERT OR REPLACE INTO reviews (review_date, saved_at) VALUES (?, ?);");
    if (!stmt) {
        return forward(stmt);
    }
    stmt->bind(1, reviewDate).bind(2, now);
    if (auto st = stmt->run(); !st) {
        return forward(st);
    }
    return record(reviewDate, now);
}

Result<ReviewRecord> WeeklyReview::record(std::string_view reviewDate, std::int64_t savedMs)
{
    ReviewRecord rec{std::string(reviewDate), savedMs, std::nullopt, std::nullopt};
    auto stmt = m_space->db().prepare("SELECT partner_id, text FROM intentions WHERE review_date = ?;");
    if (!stmt) {
        return forward(stmt);
    }
    stmt->bind(1, reviewDate);
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return forward(row);
        }
        if (!*row) {
            return rec;
        }
        const std::string who = stmt->columnText(0);
        if (who == m_space->m_myId) {
            rec.myIntention = stmt->columnText(1);
        } else if (who == m_space->m_partnerId) {
            rec.partnerIntention = stmt->columnText(1);
        }
    }
}

Result<std::optional<ReviewRecord>> WeeklyReview::review(std::string_view reviewDate)
{
    if (auto st = m_space->checkUnlocked(); !st) {
        return forward(st);
    }
    auto stmt = m_space->db().prepare("SELECT saved_at FROM reviews WHERE review_date = ?;");
    if (!stmt) {
        return forward(stmt);
    }
    stmt->bind(1, reviewDate);
    auto row = stmt->step();
    if (!row) {
        return forward(row);
    }
    if (!*row) {
        return std::optional<ReviewRecord>();
    }
    const std::int64_t savedMs = stmt->columnInt(0);
    stmt->reset();
    auto rec = record(reviewDate, savedMs);
    if (!rec) {
        return forward(rec);
    }
    return std::optional<ReviewRecord>(std::move(*rec));
}

Result<std::vector<ReviewRecord>> WeeklyReview::history()
{
    if (auto st = m_space->checkUnlocked(); !st) {
        return forward(st);
    }
    std::vector<std::pair<std::string, std::int64_t>> saved;
    {
        auto stmt =
            m_space->db().prepare("SELECT review_date, saved_at FROM reviews ORDER BY review_date DESC;");
        if (!stmt) {
            return forward(stmt);
        }
        while (true) {
            auto row = stmt->step();
            if (!row) {
                return forward(row);
            }
            if (!*row) {
                break;
            }
            saved.emplace_back(stmt->columnText(0), stmt->columnInt(1));
        }
    }
    std::vector<ReviewRecord> records;
    for (const auto& [date, savedMs] : saved) {
        auto rec = record(date, savedMs);
        if (!rec) {
            return forward(rec);
        }
        records.push_back(std::move(*rec));
    }
    return records;
}

} // namespace twofold
