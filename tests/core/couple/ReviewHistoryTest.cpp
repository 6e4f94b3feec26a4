// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// The weeks as they were (issue 15, "Seeing the weeks"): the history lists saved reviews
// only, the chart only check-ins both partners revealed to each other, and a review
// reopened is read-only and complete. Sam, with the files, forges none of it.
#include "couple/ReviewHistory.h"

#include "couple/CoupleSpace.h"
#include "couple/ReviewFlow.h"
#include "couple/detail/SignedRecords.h"
#include "storage/Statement.h"
#include "support/CoupleTestSupport.h"
#include "support/LegacyReviews.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>

#include <gtest/gtest.h>

using namespace twofold;
using namespace twofold::test;

namespace {

constexpr std::string_view kWeek1 = "2026-01-04";
constexpr std::string_view kWeek2 = "2026-01-11";
constexpr std::string_view kWeek3 = "2026-01-18";
constexpr std::string_view kWeek5 = "2026-02-01";

using Ratings = std::array<std::optional<int>, 4>;

struct Sitting
{
    std::optional<CheckIn> alexCheckIn; // nullopt: Alex skips the check-in
    std::optional<CheckIn> samCheckIn;
    bool samWritesAppreciations = true;
};

class ReviewHistoryTest : public ::testing::Test
{
protected:
    void SetUp() override { openSpaces(); }

    void openSpaces()
    {
        m_alex.emplace(m_couple.openSpace(*m_couple.alex));
        m_sam.emplace(m_couple.openSpace(*m_couple.sam));
        ASSERT_TRUE(m_alex->beginTogether(*m_sam));
    }

    // A whole guided review of `date`, saved.
    void review(std::string_view date, const Sitting& sitting)
    {
        auto flow = ReviewFlow::begin(*m_alex, *m_sam, std::string(date));
        ASSERT_TRUE(flow) << flow.error().detail;
        const std::vector<std::string> alexItems{"ALEX-APPRECIATES-" + std::string(date)};
        const std::vector<std::string> samItems{"SAM-APPRECIATES-" + std::string(date)};
        ASSERT_TRUE(flow->submitAppreciations(ReviewSide::First, alexItems));
        ASSERT_TRUE(sitting.samWritesAppreciations ? flow->submitAppreciations(ReviewSide::Second, samItems)
                                                   : flow->skipTurn(ReviewSide::Second));
        ASSERT_TRUE(goToStep(*flow, ReviewStep::WentWell));
        ASSERT_TRUE(flow->putNote(NoteKind::WentWell, ReviewSide::First, "WENT-WELL-" + std::string(date)));
        ASSERT_TRUE(goToStep(*flow, ReviewStep::CheckIn));
        ASSERT_TRUE(sitting.alexCheckIn ? flow->submitCheckIn(ReviewSide::First, *sitting.alexCheckIn)
                                        : flow->skipTurn(ReviewSide::First));
        ASSERT_TRUE(sitting.samCheckIn ? flow->submitCheckIn(ReviewSide::Second, *sitting.samCheckIn)
                                       : flow->skipTurn(ReviewSide::Second));
        ASSERT_TRUE(goToStep(*flow, ReviewStep::Talk));
        ASSERT_TRUE(flow->putNote(NoteKind::TalkTopic, ReviewSide::Second, "TALK-" + std::string(date)));
        ASSERT_TRUE(flow->putNote(NoteKind::Heard, ReviewSide::First, "HEARD-" + std::string(date)));
        ASSERT_TRUE(goToStep(*flow, ReviewStep::LastIntentions));
        ASSERT_TRUE(flow->putNote(NoteKind::KindWord, ReviewSide::Second, "KIND-" + std::string(date), {},
                                  m_couple.alexId));
        ASSERT_TRUE(goToStep(*flow, ReviewStep::Loved));
        ASSERT_TRUE(flow->submitLoved(ReviewSide::First, "ALEX-LOVED-" + std::string(date)));
        ASSERT_TRUE(flow->submitLoved(ReviewSide::Second, "SAM-LOVED-" + std::string(date)));
        ASSERT_TRUE(goToStep(*flow, ReviewStep::Save));
        auto saved = flow->save();
        ASSERT_TRUE(saved) << saved.error().detail;
        m_clock.advanceMs(60'000);
    }

    std::vector<std::string> datesOf(CoupleSpace& space)
    {
        auto dates = ReviewHistory(space).dates();
        EXPECT_TRUE(dates) << (dates ? "" : dates.error().detail);
        return dates ? *dates : std::vector<std::string>();
    }

    // (date, mine) → ratings, as the chart would draw them.
    std::map<std::pair<std::string, bool>, Ratings> chartOf(CoupleSpace& space)
    {
        auto points = ReviewHistory(space).ratings();
        EXPECT_TRUE(points) << (points ? "" : points.error().detail);
        std::map<std::pair<std::string, bool>, Ratings> chart;
        std::string last;
        for (const RatingPoint& point : points ? *points : std::vector<RatingPoint>()) {
            EXPECT_LE(last, point.reviewDate) << "oldest first";
            last = point.reviewDate;
            EXPECT_TRUE(chart.emplace(std::pair(point.reviewDate, point.mine), point.ratings).second);
        }
        return chart;
    }

    ManualClock m_clock;
    TwoPartners m_couple{&m_clock};
    std::optional<CoupleSpace> m_alex;
    std::optional<CoupleSpace> m_sam;
};

const CheckIn kAlexCheckIn{.emotional = 4, .physical = 3, .spiritual = 5, .trust = 4};
const CheckIn kSamCheckIn{.emotional = 2, .physical = 5, .spiritual = 1, .trust = 3};

// Every vault file's bytes but SQLite's shared-memory index (which readers use too).
std::map<std::string, std::string> vaultBytes(const std::filesystem::path& dir)
{
    std::map<std::string, std::string> files;
    for (const auto& file : std::filesystem::recursive_directory_iterator(dir)) {
        if (!file.is_regular_file() || file.path().string().ends_with("-shm")) {
            continue;
        }
        std::ifstream in(file.path(), std::ios::binary);
        files[file.path().string()] =
            std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    }
    return files;
}

std::int64_t coupleGeneration(Session& session)
{
    auto stmt = session.coupleDatabase().prepare("SELECT value FROM generation WHERE id = 1;");
    EXPECT_TRUE(stmt);
    auto row = stmt->step();
    EXPECT_TRUE(row && *row);
    return stmt->columnInt(0);
}

} // namespace

TEST_F(ReviewHistoryTest, ChartHasOnlyRevealedRatings)
{
    review(kWeek1, {kAlexCheckIn, kSamCheckIn});
    review(kWeek2, {kAlexCheckIn, std::nullopt}); // Sam skips: nothing for either
    review(kWeek3, {std::nullopt, std::nullopt});
    // A one-sided check-in written outside a sitting, agreed to: never revealed, no point.
    ASSERT_TRUE(m_alex->checkIn(kWeek3, CheckIn{.emotional = 1}, Reveal::Yes));

    const auto alexChart = chartOf(*m_alex);
    ASSERT_EQ(alexChart.size(), 2u) << "one point each, for the one week both revealed";
    EXPECT_EQ(alexChart.at({std::string(kWeek1), true}), kAlexCheckIn.ratings());
    EXPECT_EQ(alexChart.at({std::string(kWeek1), false}), kSamCheckIn.ratings());
    const auto samChart = chartOf(*m_sam);
    ASSERT_EQ(samChart.size(), 2u);
    EXPECT_EQ(samChart.at({std::string(kWeek1), true}), kSamCheckIn.ratings());
    EXPECT_EQ(samChart.at({std::string(kWeek1), false}), kAlexCheckIn.ratings());
}

TEST_F(ReviewHistoryTest, RatherNotSayIsAGap)
{
    const CheckIn alex{.emotional = std::nullopt, .physical = 2, .spiritual = std::nullopt, .trust = 5};
    const CheckIn sam{.emotional = 3}; // the other three: rather not say
    review(kWeek1, {alex, sam});
    auto points = ReviewHistory(*m_alex).ratings();
    ASSERT_TRUE(points);
    ASSERT_EQ(points->size(), 2u);
    const RatingPoint& mine = (*points)[0].mine ? (*points)[0] : (*points)[1];
    const RatingPoint& partners = (*points)[0].mine ? (*points)[1] : (*points)[0];
    EXPECT_EQ(mine.ratings, (Ratings{std::nullopt, 2, std::nullopt, 5})) << "a gap, never a zero";
    EXPECT_EQ(partners.ratings, (Ratings{3, std::nullopt, std::nullopt, std::nullopt}));
}

TEST_F(ReviewHistoryTest, ReopenIsReadOnlyAndComplete)
{
    review(kWeek1, {kAlexCheckIn, kSamCheckIn});
    review(kWeek2, {kAlexCheckIn, std::nullopt, false}); // Sam skips two private steps
    const auto before = vaultBytes(m_couple.dir());
    const std::int64_t generation = coupleGeneration(*m_couple.alex);

    for (CoupleSpace* reader : {&*m_alex, &*m_sam}) {
        const bool isAlex = reader == &*m_alex;
        auto opened = ReviewHistory(*reader).open(kWeek1);
        ASSERT_TRUE(opened && *opened) << (opened ? "" : opened.error().detail);
        const SavedReview& week = **opened;
        EXPECT_EQ(week.record.reviewDate, kWeek1);
        EXPECT_EQ(week.record.format, 2);
        EXPECT_FALSE(week.record.changedBehindYourBack);
        ASSERT_TRUE(week.appreciations.mine && week.appreciations.partners);
        EXPECT_EQ(week.appreciations.mine->value.items.at(0),
                  (isAlex ? "ALEX-APPRECIATES-" : "SAM-APPRECIATES-") + std::string(kWeek1));
        EXPECT_EQ(week.appreciations.partners->value.items.at(0),
                  (isAlex ? "SAM-APPRECIATES-" : "ALEX-APPRECIATES-") + std::string(kWeek1));
        ASSERT_TRUE(week.checkIn.mine && week.checkIn.partners);
        EXPECT_EQ(week.checkIn.partners->value, isAlex ? kSamCheckIn : kAlexCheckIn);
        ASSERT_TRUE(week.loved.mine && week.loved.partners);
        EXPECT_EQ(week.loved.partners->value, (isAlex ? "SAM-LOVED-" : "ALEX-LOVED-") + std::string(kWeek1));
        // Every note, by kind and then in the order written.
        std::vector<std::pair<NoteKind, std::string>> notes;
        for (const ReviewNote& note : week.notes) {
            EXPECT_EQ(note.state, ItemState::Readable);
            notes.emplace_back(note.kind, note.text);
        }
        const std::string d(kWeek1);
        EXPECT_EQ(notes,
                  (std::vector<std::pair<NoteKind, std::string>>{{NoteKind::WentWell, "WENT-WELL-" + d},
                                                                 {NoteKind::TalkTopic, "TALK-" + d},
                                                                 {NoteKind::Heard, "HEARD-" + d},
                                                                 {NoteKind::KindWord, "KIND-" + d}}));

        // A week where Sam skipped: nothing of either side of those steps, not even mine.
        auto skipped = ReviewHistory(*reader).open(kWeek2);
        ASSERT_TRUE(skipped && *skipped);
        EXPECT_FALSE((*skipped)->appreciations.mine || (*skipped)->appreciations.partners);
        EXPECT_FALSE((*skipped)->checkIn.mine || (*skipped)->checkIn.partners);
        EXPECT_TRUE((*skipped)->loved.mine && (*skipped)->loved.partners);
        EXPECT_FALSE((*skipped)->record.changedBehindYourBack);

        auto none = ReviewHistory(*reader).open(kWeek3);
        ASSERT_TRUE(none);
        EXPECT_FALSE(none->has_value()) << "no review was saved that week";
        ASSERT_TRUE(ReviewHistory(*reader).ratings());
        ASSERT_TRUE(ReviewHistory(*reader).dates());
    }
    EXPECT_EQ(coupleGeneration(*m_couple.alex), generation) << "opening the history writes nothing";
    EXPECT_EQ(vaultBytes(m_couple.dir()), before) << "couple.db and both journals byte for byte";
}

TEST_F(ReviewHistoryTest, NoStreaksOrMissedWeeks)
{
    EXPECT_TRUE(datesOf(*m_alex).empty());
    review(kWeek5, {kAlexCheckIn, kSamCheckIn});
    review(kWeek1, {kAlexCheckIn, kSamCheckIn});
    // Check-ins both revealed outside any review make no review date.
    ASSERT_TRUE(m_alex->checkIn(kWeek2, kAlexCheckIn, Reveal::Yes));
    ASSERT_TRUE(m_sam->checkIn(kWeek2, kSamCheckIn, Reveal::Yes));
    const std::vector<std::string> expected{std::string(kWeek1), std::string(kWeek5)};
    EXPECT_EQ(datesOf(*m_alex), expected) << "saved reviews only, oldest first; no gap is filled in";
    EXPECT_EQ(datesOf(*m_sam), expected);
    const auto chart = chartOf(*m_alex);
    EXPECT_EQ(chart.size(), 4u) << "the chart has points of saved reviews only";
    EXPECT_FALSE(chart.contains({std::string(kWeek2), true}));
}

TEST_F(ReviewHistoryTest, SamForgesNoDateAndNoRating)
{
    review(kWeek1, {kAlexCheckIn, kSamCheckIn});
    ASSERT_TRUE(m_couple.alex->coupleDatabase().checkpoint());
    const auto coupleFile = m_couple.dir() / "couple.db";
    const auto oldCopy = m_couple.dir().parent_path() / "couple-week1.db";
    std::filesystem::copy_file(coupleFile, oldCopy);
    review(kWeek2, {kAlexCheckIn, kSamCheckIn});

    const RawKeys sam = unwrapKeys(m_couple.dir(), m_couple.samId, TwoPartners::kSamPassword);
    {
        Database raw = openCoupleRaw(m_couple.dir(), sam.coupleKey);
        // A review Alex never held, "saved by Alex": Sam cannot sign as her.
        const std::int64_t at = m_clock.nowMs();
        auto forged = raw.prepare("INSERT INTO reviews (review_date, saved_at, signed_by, signature)"
                                  " VALUES (?, ?, ?, ?);");
        ASSERT_TRUE(forged);
        forged->bindAll(kWeek3, at, m_couple.alexId,
                        sam.sign.sign(detail::reviewMessage(kWeek3, at, m_couple.alexId)));
        ASSERT_TRUE(forged->run());
        // A saved review moved to another date.
        ASSERT_TRUE(raw.exec("UPDATE reviews SET review_date = '" + std::string(kWeek5) +
                             "' WHERE review_date = '" + std::string(kWeek2) + "';"));
    }
    // Week 2's record moved away: both journals kept it, so it is listed, as removed.
    const std::vector<std::string> week1And2{std::string(kWeek1), std::string(kWeek2)};
    EXPECT_EQ(datesOf(*m_alex), week1And2) << "no forged or moved date";
    for (CoupleSpace* reader : {&*m_alex, &*m_sam}) {
        auto gone = ReviewHistory(*reader).open(kWeek2);
        ASSERT_TRUE(gone && *gone);
        EXPECT_TRUE((*gone)->record.removed);
    }
    auto chart = chartOf(*m_alex);
    EXPECT_EQ(chart.size(), 2u);
    EXPECT_FALSE(chart.contains({std::string(kWeek3), false}) ||
                 chart.contains({std::string(kWeek5), false}));
    auto moved = ReviewHistory(*m_alex).open(kWeek5);
    ASSERT_TRUE(moved);
    EXPECT_FALSE(moved->has_value());

    // Sam changes his revealed week 1 check-in to other ratings, signed by himself: the
    // review no longer holds what was saved, and the chart shows neither side of it.
    {
        Database raw = openCoupleRaw(m_couple.dir(), sam.coupleKey);
        ASSERT_TRUE(raw.exec("DELETE FROM reviews WHERE review_date <> '" + std::string(kWeek1) + "';"));
    }
    ASSERT_TRUE(m_sam->checkIn(kWeek1, CheckIn{.emotional = 1, .trust = 1}, Reveal::Yes));
    ASSERT_TRUE(m_alex->reveal(Topic::checkIn(std::string(kWeek1))));
    auto reopened = ReviewHistory(*m_alex).open(kWeek1);
    ASSERT_TRUE(reopened && *reopened);
    EXPECT_TRUE((*reopened)->record.changedBehindYourBack);
    EXPECT_TRUE(chartOf(*m_alex).empty()) << "a review changed since it was saved has no point";

    // An older couple.db put back: reported at unlock, and the history is that file's, no more.
    m_alex.reset();
    m_sam.reset();
    m_couple.alex->lock();
    m_couple.sam->lock();
    for (const char* suffix : {"-wal", "-shm"}) {
        std::filesystem::remove(coupleFile.string() + suffix);
    }
    std::filesystem::copy_file(oldCopy, coupleFile, std::filesystem::copy_options::overwrite_existing);
    Session& alex = m_couple.unlock("alex");
    EXPECT_TRUE(alex.freshness().coupleOlder) << "the rollback is reported";
    CoupleSpace alexSpace = m_couple.openSpace(alex);
    EXPECT_EQ(datesOf(alexSpace), week1And2) << "that file's, and week 2 as removed";
    auto gone = ReviewHistory(alexSpace).open(kWeek2);
    ASSERT_TRUE(gone && *gone);
    EXPECT_TRUE((*gone)->record.removed);
    const auto old = chartOf(alexSpace);
    EXPECT_EQ(old.size(), 2u);
    EXPECT_EQ(old.at({std::string(kWeek1), false}), kSamCheckIn.ratings()) << "as revealed then";
}

TEST_F(ReviewHistoryTest, AReviewOfTheFirstFormatKeepsItsRevealedCheckIns)
{
    // Before the guided review: both checked in and agreed, and one saved the review alone.
    ASSERT_TRUE(m_alex->checkIn(kWeek1, kAlexCheckIn, Reveal::Yes));
    ASSERT_TRUE(m_sam->checkIn(kWeek1, kSamCheckIn, Reveal::Yes));
    ASSERT_TRUE(saveLegacyReview(WeeklyReview(*m_sam), kWeek1));
    EXPECT_EQ(datesOf(*m_alex), std::vector<std::string>{std::string(kWeek1)});
    const auto chart = chartOf(*m_alex);
    ASSERT_EQ(chart.size(), 2u);
    EXPECT_EQ(chart.at({std::string(kWeek1), false}), kSamCheckIn.ratings());
    auto opened = ReviewHistory(*m_alex).open(kWeek1);
    ASSERT_TRUE(opened && *opened);
    EXPECT_EQ((*opened)->record.format, 1);
    EXPECT_FALSE((*opened)->record.changedBehindYourBack);
    ASSERT_TRUE((*opened)->checkIn.partners);
    EXPECT_EQ((*opened)->checkIn.partners->value, kSamCheckIn);
    EXPECT_FALSE((*opened)->appreciations.mine || (*opened)->loved.partners) << "no such steps then";
    EXPECT_TRUE((*opened)->notes.empty());
}
