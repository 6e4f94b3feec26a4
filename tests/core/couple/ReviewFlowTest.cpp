// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// The guided weekly review's private steps (issue 15): nothing of either partner's
// private step is visible before both had their turn; both are revealed together only
// when both wrote; a skip is indistinguishable from a submission and leaves no trace.
#include "couple/ReviewFlow.h"

#include "couple/CoupleSpace.h"
#include "journal/detail/JournalAccess.h"
#include "storage/Statement.h"
#include "support/CoupleTestSupport.h"

#include <algorithm>

#include <gtest/gtest.h>

using namespace twofold;
using namespace twofold::test;

namespace {

constexpr std::string_view kDate = "2026-01-04";

std::string text(const std::optional<Opened<Appreciations>>& a)
{
    std::string all;
    if (a) {
        for (const auto& item : a->value.items) {
            all += item + "|";
        }
    }
    return all;
}

std::string text(const std::optional<Opened<CheckIn>>& c)
{
    if (!c) {
        return {};
    }
    std::string all = c->value.appreciated + "|" + c->value.need + "|";
    for (const auto& rating : c->value.ratings()) {
        all += rating ? std::to_string(*rating) : "-";
    }
    return all;
}

std::string text(const std::optional<Opened<std::string>>& s)
{
    return s ? s->value : std::string();
}

// Everything the flow hands to the shared screen, as one string.
std::string everythingShown(ReviewFlow& flow)
{
    std::string all;
    auto a = flow.appreciations();
    EXPECT_TRUE(a);
    auto c = flow.checkIn();
    EXPECT_TRUE(c);
    auto l = flow.loved();
    EXPECT_TRUE(l);
    if (a && c && l) {
        all += text(a->first) + text(a->second) + text(c->first) + text(c->second) + text(l->first) +
               text(l->second);
    }
    all += flow.nextIntention(ReviewSide::First) + flow.nextIntention(ReviewSide::Second);
    auto contents = flow.shared().contents();
    EXPECT_TRUE(contents);
    if (contents) {
        all += text(contents->firstCheckIn) + text(contents->secondCheckIn);
        for (const auto& answer : contents->answers) {
            all += text(answer.first) + text(answer.second);
        }
    }
    return all;
}

// Rows of the journal's couple_items (my unpublished and published items) on a topic.
int journalItems(Session& session, std::string_view topic)
{
    auto stmt = twofold::detail::JournalAccess::database(session.journal())
                    .prepare("SELECT count(*) FROM couple_items WHERE topic = ?;");
    EXPECT_TRUE(stmt);
    stmt->bind(1, topic);
    auto row = stmt->step();
    EXPECT_TRUE(row && *row);
    return static_cast<int>(stmt->columnInt(0));
}

std::vector<std::string> envelopeIds(TwoPartners& couple)
{
    const RawKeys sam = unwrapKeys(couple.dir(), couple.samId, TwoPartners::kSamPassword);
    Database raw = openCoupleRaw(couple.dir(), sam.coupleKey);
    std::vector<std::string> ids;
    for (const auto& e : rawEnvelopes(raw)) {
        ids.push_back(e.author + "/" + e.topic + "/" + e.id);
    }
    return ids;
}

class ReviewFlowTest : public ::testing::Test
{
protected:
    ReviewFlowTest() : alex(couple.openSpace(*couple.alex)), sam(couple.openSpace(*couple.sam))
    {
        EXPECT_TRUE(alex.beginTogether(sam));
    }

    ReviewFlow begin()
    {
        auto flow = ReviewFlow::begin(alex, sam, std::string(kDate));
        if (!flow) {
            throw std::runtime_error("begin: " + flow.error().detail);
        }
        return std::move(*flow);
    }

    ManualClock clock;
    TwoPartners couple{&clock};
    CoupleSpace alex;
    CoupleSpace sam;
};

const std::vector<std::string> kAlexItems{"ALEX-APPRECIATES-1", "ALEX-APPRECIATES-2"};
const std::vector<std::string> kSamItems{"SAM-APPRECIATES"};

} // namespace

TEST_F(ReviewFlowTest, EveryPrivateStepIsInvisibleUntilBothHadTheirTurn)
{
    ReviewFlow flow = begin();
    ASSERT_TRUE(flow.submitAppreciations(ReviewSide::First, kAlexItems));
    auto view = flow.appreciations();
    ASSERT_TRUE(view);
    EXPECT_EQ(view->turn(ReviewSide::First), TurnState::HadTurn);
    EXPECT_EQ(view->turn(ReviewSide::Second), TurnState::Waiting);
    EXPECT_FALSE(view->revealed || view->nothingThisWeek || view->first || view->second);
    EXPECT_EQ(everythingShown(flow).find("ALEX-APPRECIATES"), std::string::npos);
    auto samSees = sam.readAppreciations(kDate);
    ASSERT_TRUE(samSees);
    EXPECT_FALSE(samSees->partners.has_value()) << "nothing is sealed to Sam before his turn";
    EXPECT_FALSE(samSees->status.answeredByPartner) << "not even that Alex wrote";

    ASSERT_TRUE(flow.submitAppreciations(ReviewSide::Second, kSamItems));
    view = flow.appreciations();
    ASSERT_TRUE(view && view->revealed && view->first && view->second);
    EXPECT_EQ(view->first->value.items, kAlexItems);
    EXPECT_EQ(view->second->value.items, kSamItems);

    // The check-in, Sam first.
    ASSERT_TRUE(goToStep(flow, ReviewStep::CheckIn));
    ASSERT_TRUE(flow.submitCheckIn(ReviewSide::Second, CheckIn{.trust = 2, .need = "SAM-CHECKIN"}));
    EXPECT_EQ(everythingShown(flow).find("SAM-CHECKIN"), std::string::npos);
    auto checkIn = flow.checkIn();
    ASSERT_TRUE(checkIn);
    EXPECT_FALSE(checkIn->revealed || checkIn->second.has_value());
    ASSERT_TRUE(flow.submitCheckIn(ReviewSide::First, CheckIn{.emotional = 5}));
    checkIn = flow.checkIn();
    ASSERT_TRUE(checkIn && checkIn->revealed && checkIn->second);
    EXPECT_EQ(checkIn->second->value.need, "SAM-CHECKIN");
    EXPECT_EQ(checkIn->second->value.trust, 2);

    // "More loved", Alex first.
    ASSERT_TRUE(goToStep(flow, ReviewStep::Loved));
    ASSERT_TRUE(flow.submitLoved(ReviewSide::First, "ALEX-LOVED"));
    EXPECT_EQ(everythingShown(flow).find("ALEX-LOVED"), std::string::npos);
    ASSERT_TRUE(flow.submitLoved(ReviewSide::Second, "SAM-LOVED"));
    auto loved = flow.loved();
    ASSERT_TRUE(loved && loved->revealed && loved->first && loved->second);
    EXPECT_EQ(loved->first->value, "ALEX-LOVED");
    EXPECT_EQ(loved->second->value, "SAM-LOVED");
}

TEST_F(ReviewFlowTest, SubmittingWritesNothingToCoupleDb)
{
    ReviewFlow flow = begin();
    const auto before = envelopeIds(couple);
    ASSERT_TRUE(flow.submitAppreciations(ReviewSide::First, kAlexItems));
    EXPECT_EQ(envelopeIds(couple), before) << "couple.db must not change on a submission";
    EXPECT_EQ(journalItems(*couple.alex, std::string(kDate) + "/appreciations"), 1)
        << "Alex's journal holds it";
    ASSERT_TRUE(goToStep(flow, ReviewStep::CheckIn));
    ASSERT_TRUE(flow.submitCheckIn(ReviewSide::Second, CheckIn{.emotional = 3}));
    ASSERT_TRUE(goToStep(flow, ReviewStep::Loved));
    ASSERT_TRUE(flow.submitLoved(ReviewSide::First, "ALEX-LOVED"));
    ASSERT_TRUE(flow.skipTurn(ReviewSide::Second));
    EXPECT_EQ(envelopeIds(couple), before) << "one wrote, one skipped: nothing is published";
}

TEST_F(ReviewFlowTest, BothWroteRevealsBothAtOnce)
{
    ReviewFlow flow = begin();
    ASSERT_TRUE(flow.submitAppreciations(ReviewSide::Second, kSamItems));
    ASSERT_TRUE(flow.submitAppreciations(ReviewSide::First, kAlexItems));
    for (CoupleSpace* space : {&alex, &sam}) {
        auto view = space->readAppreciations(kDate);
        ASSERT_TRUE(view && view->partners);
        EXPECT_EQ(view->status.state, RevealState::Revealed);
        EXPECT_TRUE(view->partners->readable());
    }
    // As raw data: each can open the other's envelope through a grant sealed to them.
    const RawKeys samKeys = unwrapKeys(couple.dir(), couple.samId, TwoPartners::kSamPassword);
    Database raw = openCoupleRaw(couple.dir(), samKeys.coupleKey);
    int opened = 0;
    for (const auto& e : rawEnvelopes(raw)) {
        if (e.author == couple.alexId && e.topic == std::string(kDate) + "/appreciations") {
            ASSERT_TRUE(rawReadAsReader(raw, e, couple.samId, samKeys.box).has_value());
            ++opened;
        }
    }
    EXPECT_EQ(opened, 1);
}

TEST(ReviewFlowSkipTest, ASkipLooksLikeASubmit)
{
    struct Seen
    {
        std::array<TurnState, 2> afterOne;
        std::array<TurnState, 2> afterBoth;
        bool revealed = true;
        bool nothing = false;
        bool anyWords = true;
        std::size_t rows = 0;
    };
    const auto run = [](ReviewSide writer) {
        TwoPartners couple;
        CoupleSpace alex = couple.openSpace(*couple.alex);
        CoupleSpace sam = couple.openSpace(*couple.sam);
        EXPECT_TRUE(alex.beginTogether(sam));
        const auto rowsBefore = envelopeIds(couple).size();
        auto flow = ReviewFlow::begin(alex, sam, std::string(kDate));
        EXPECT_TRUE(flow);
        Seen seen;
        EXPECT_TRUE(flow->submitAppreciations(writer, kAlexItems));
        seen.afterOne = flow->appreciations()->turns;
        EXPECT_TRUE(flow->skipTurn(otherSide(writer)));
        auto view = flow->appreciations();
        EXPECT_TRUE(view);
        seen.afterBoth = view->turns;
        seen.revealed = view->revealed;
        seen.nothing = view->nothingThisWeek;
        seen.anyWords = view->first.has_value() || view->second.has_value();
        seen.rows = envelopeIds(couple).size() - rowsBefore;
        return seen;
    };
    const Seen alexWrote = run(ReviewSide::First);
    const Seen samWrote = run(ReviewSide::Second);
    const std::array<TurnState, 2> both{TurnState::HadTurn, TurnState::HadTurn};
    EXPECT_EQ(alexWrote.afterBoth, both);
    EXPECT_EQ(samWrote.afterBoth, both);
    EXPECT_EQ(alexWrote.afterOne[0], TurnState::HadTurn);
    EXPECT_EQ(samWrote.afterOne[1], TurnState::HadTurn);
    for (const Seen& seen : {alexWrote, samWrote}) {
        EXPECT_FALSE(seen.revealed);
        EXPECT_TRUE(seen.nothing) << "nothing from this step this week, never who";
        EXPECT_FALSE(seen.anyWords);
        EXPECT_EQ(seen.rows, 0u);
    }
}

TEST_F(ReviewFlowTest, SkipLeavesNoTrace)
{
    const std::string topic = std::string(kDate) + "/loved";
    ReviewFlow flow = begin();
    const auto before = envelopeIds(couple);
    ASSERT_TRUE(goToStep(flow, ReviewStep::Loved));
    ASSERT_TRUE(flow.skipTurn(ReviewSide::First));
    EXPECT_EQ(journalItems(*couple.alex, topic), 0) << "a skip writes nothing in the skipper's journal";
    EXPECT_EQ(envelopeIds(couple), before);
    ASSERT_TRUE(flow.submitLoved(ReviewSide::Second, "SAM-LOVED"));
    EXPECT_EQ(journalItems(*couple.alex, topic), 0);
    EXPECT_EQ(envelopeIds(couple), before) << "nor in couple.db, for either";
    auto status = alex.status(Topic::reviewStep(std::string(kDate), kLovedStep));
    ASSERT_TRUE(status);
    EXPECT_EQ(status->state, RevealState::NotAnswered);
    EXPECT_TRUE(flow.nextIntention(ReviewSide::First).empty());
    EXPECT_TRUE(flow.nextIntention(ReviewSide::Second).empty());
}

TEST_F(ReviewFlowTest, RatherNotSayIsAGapNotAZero)
{
    ReviewFlow flow = begin();
    ASSERT_TRUE(goToStep(flow, ReviewStep::CheckIn));
    ASSERT_TRUE(flow.submitCheckIn(ReviewSide::First, CheckIn{.emotional = 4}));
    ASSERT_TRUE(flow.submitCheckIn(ReviewSide::Second, CheckIn{})); // rather not say, all four
    auto view = flow.checkIn();
    ASSERT_TRUE(view && view->revealed && view->first && view->second)
        << "rather not say is an answer, revealed like any other";
    EXPECT_EQ(view->first->value.emotional, 4);
    EXPECT_FALSE(view->first->value.physical.has_value());
    for (const auto& rating : view->second->value.ratings()) {
        EXPECT_FALSE(rating.has_value()) << "a gap, never a zero";
    }
    EXPECT_FALSE(view->nothingThisWeek);
}

TEST_F(ReviewFlowTest, LovedAnswerBecomesTheReceiversIntention)
{
    ReviewFlow flow = begin();
    ASSERT_TRUE(goToStep(flow, ReviewStep::Loved));
    ASSERT_TRUE(flow.submitLoved(ReviewSide::First, "Cook with me on Sunday"));
    EXPECT_TRUE(flow.nextIntention(ReviewSide::Second).empty()) << "not before the reveal";
    ASSERT_TRUE(flow.submitLoved(ReviewSide::Second, "Ask about my day"));
    // What Alex asked for is Sam's to do, and the other way round.
    EXPECT_EQ(flow.nextIntention(ReviewSide::Second), "Cook with me on Sunday");
    EXPECT_EQ(flow.nextIntention(ReviewSide::First), "Ask about my day");
    flow.setNextIntention(ReviewSide::First, "Ask about your day, every evening");
    ASSERT_TRUE(goToStep(flow, ReviewStep::Save));
    auto saved = flow.save();
    ASSERT_TRUE(saved) << saved.error().detail;
    EXPECT_FALSE(flow.save()) << "saved once";

    auto samsView = WeeklyReview(sam).review(kDate);
    ASSERT_TRUE(samsView && *samsView);
    EXPECT_EQ((*samsView)->myIntention, "Cook with me on Sunday");
    EXPECT_EQ((*samsView)->partnerIntention, "Ask about your day, every evening");
    auto alexsView = WeeklyReview(alex).review(kDate);
    ASSERT_TRUE(alexsView && *alexsView);
    EXPECT_EQ((*alexsView)->partnerIntention, "Cook with me on Sunday");
    EXPECT_FALSE((*alexsView)->partnerIntentionDamaged) << "Sam's intention carries Sam's signature";
}

TEST_F(ReviewFlowTest, LastReviewIsTheNewestSavedBeforeThisOne)
{
    {
        auto earlier = ReviewFlow::begin(alex, sam, "2025-12-28");
        ASSERT_TRUE(earlier);
        earlier->setNextIntention(ReviewSide::First, "Walk together");
        ASSERT_TRUE(earlier->save());
    }
    ReviewFlow flow = begin();
    auto last = flow.lastReview();
    ASSERT_TRUE(last && *last);
    EXPECT_EQ((*last)->reviewDate, "2025-12-28");
    EXPECT_EQ((*last)->myIntention, "Walk together");
}

TEST_F(ReviewFlowTest, TalkTurnsSwapOnTheInjectedClock)
{
    ReviewFlow flow = begin();
    EXPECT_FALSE(flow.talk().has_value());
    EXPECT_FALSE(flow.swapTurn()) << "nothing to swap before the talk starts";
    clock.setMs(1'767'500'000'000);
    ASSERT_TRUE(flow.startTalk(ReviewSide::Second));
    ASSERT_TRUE(flow.talk());
    EXPECT_EQ(flow.talk()->speaker, ReviewSide::Second);
    EXPECT_EQ(flow.talk()->startedMs, 1'767'500'000'000);
    EXPECT_EQ(flow.talk()->minutes, kTalkTurnMinutes);
    clock.advanceMs(4 * 60'000);
    ASSERT_TRUE(flow.swapTurn());
    EXPECT_EQ(flow.talk()->speaker, ReviewSide::First);
    EXPECT_EQ(flow.talk()->startedMs, 1'767'500'000'000 + 4 * 60'000);
}

TEST_F(ReviewFlowTest, StepsGoInOrderAndPrivateInputOnlyAtItsStep)
{
    ReviewFlow flow = begin();
    EXPECT_EQ(flow.step(), ReviewStep::Appreciations);
    EXPECT_FALSE(flow.back());
    EXPECT_FALSE(flow.submitLoved(ReviewSide::First, "too early")) << "only at its own step";
    ASSERT_TRUE(flow.next());
    EXPECT_FALSE(flow.skipTurn(ReviewSide::First)) << "what went well is no private step";
    ASSERT_TRUE(goToStep(flow, ReviewStep::Save));
    EXPECT_FALSE(flow.next());
    EXPECT_TRUE(isPrivate(ReviewStep::Loved) && !isPrivate(ReviewStep::Talk));
}

TEST_F(ReviewFlowTest, NotesAndRevealedStepsAreSavedAsOneSignedReview)
{
    ReviewFlow flow = begin();
    ASSERT_TRUE(flow.submitAppreciations(ReviewSide::First, kAlexItems));
    ASSERT_TRUE(flow.submitAppreciations(ReviewSide::Second, kSamItems));
    auto wentWell = flow.putNote(NoteKind::WentWell, ReviewSide::First, "WENT-WELL-BY-ALEX");
    ASSERT_TRUE(wentWell) << wentWell.error().detail;
    auto heard = flow.putNote(NoteKind::Heard, ReviewSide::Second, "HEARD-BY-SAM");
    ASSERT_TRUE(heard) << heard.error().detail;

    auto notes = flow.notes(NoteKind::WentWell);
    ASSERT_TRUE(notes);
    ASSERT_EQ(notes->size(), 1u);
    EXPECT_EQ(notes->front().text, "WENT-WELL-BY-ALEX");
    EXPECT_EQ(notes->front().partnerId, couple.alexId) << "signed by the side that wrote it";
    auto heardNotes = flow.notes(NoteKind::Heard);
    ASSERT_TRUE(heardNotes && heardNotes->size() == 1u);
    EXPECT_EQ(heardNotes->front().partnerId, couple.samId);

    ASSERT_TRUE(goToStep(flow, ReviewStep::Save));
    auto saved = flow.save();
    ASSERT_TRUE(saved) << saved.error().detail;
    EXPECT_EQ(saved->format, 2);

    // The record signs the appreciations revealed on this date, as couple.db holds them:
    // reopened untouched it reads unchanged; without one of them (or with a note gone) it
    // says it changed.
    std::vector<std::string> revealed;
    const RawKeys samKeys = unwrapKeys(couple.dir(), couple.samId, TwoPartners::kSamPassword);
    {
        Database raw = openCoupleRaw(couple.dir(), samKeys.coupleKey);
        for (const auto& e : rawEnvelopes(raw)) {
            if (e.topic == std::string(kDate) + "/appreciations" && e.current) {
                revealed.push_back(e.id);
            }
        }
    }
    ASSERT_EQ(revealed.size(), 2u);
    auto reopened = WeeklyReview(alex).reopen(kDate);
    ASSERT_TRUE(reopened && *reopened);
    EXPECT_EQ((*reopened)->format, 2);
    EXPECT_FALSE((*reopened)->changedBehindYourBack);
    auto bySam = WeeklyReview(sam).reopen(kDate);
    ASSERT_TRUE(bySam && *bySam);
    EXPECT_FALSE((*bySam)->changedBehindYourBack) << "both partners read the same contents";

    {
        Database raw = openCoupleRaw(couple.dir(), samKeys.coupleKey);
        auto del = raw.prepare("DELETE FROM review_notes WHERE id = ?;");
        ASSERT_TRUE(del);
        del->bind(1, *heard);
        ASSERT_TRUE(del->run());
    }
    auto afterDelete = WeeklyReview(alex).reopen(kDate);
    ASSERT_TRUE(afterDelete && *afterDelete);
    EXPECT_TRUE((*afterDelete)->changedBehindYourBack) << "Sam deleted his own note after the save";
}
