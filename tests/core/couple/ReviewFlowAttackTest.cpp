// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// The weekly review's private steps against the other partner (DESIGN.md §1): Sam holds
// the vault folder, the couple key, his own keys and SQL, and sits at the same keyboard
// in Together mode. Each test is one attack; each fails if the promise it names breaks.
#include "couple/CoupleSpace.h"
#include "couple/ReviewFlow.h"
#include "couple/detail/EnvelopeCrypto.h"
#include "couple/detail/EnvelopeStore.h"
#include "couple/detail/ReviewPlaintext.h"
#include "storage/Statement.h"
#include "support/CoupleTestSupport.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include <gtest/gtest.h>

using namespace twofold;
using namespace twofold::test;

namespace {

constexpr std::string_view kDate = "2026-01-04";
const Topic kAppreciations = Topic::reviewStep(std::string(kDate), kAppreciationsStep);
const Topic kLoved = Topic::reviewStep(std::string(kDate), kLovedStep);

// Alex's rows in couple.db on this review date's private steps.
std::vector<RawEnvelope> alexsReviewRows(TwoPartners& couple, const RawKeys& sam)
{
    Database raw = openCoupleRaw(couple.dir(), sam.coupleKey);
    std::vector<RawEnvelope> rows;
    for (auto& e : rawEnvelopes(raw)) {
        if (e.author == couple.alexId && e.topic.starts_with(kDate)) {
            rows.push_back(std::move(e));
        }
    }
    return rows;
}

bool anyFileContains(const std::filesystem::path& dir, std::string_view marker)
{
    for (const auto& file : std::filesystem::recursive_directory_iterator(dir)) {
        if (!file.is_regular_file()) {
            continue;
        }
        std::ifstream in(file.path(), std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (bytes.find(marker) != std::string::npos) {
            return true;
        }
    }
    return false;
}

void exec(Database& db, std::string_view sql, const Bytes& a, const Bytes& b, const std::string& id)
{
    auto stmt = db.prepare(sql);
    ASSERT_TRUE(stmt) << stmt.error().detail;
    stmt->bind(1, a).bind(2, b).bind(3, id);
    ASSERT_TRUE(stmt->run());
}

} // namespace

TEST(ReviewFlowAttackTest, SamWithCoupleKeyAndOwnSecretCannotOpenOrFindAlexsPrivateStep)
{
    TwoPartners couple;
    const RawKeys sam = unwrapKeys(couple.dir(), couple.samId, TwoPartners::kSamPassword);
    {
        CoupleSpace alex = couple.openSpace(*couple.alex);
        CoupleSpace samSpace = couple.openSpace(*couple.sam);
        ASSERT_TRUE(alex.beginTogether(samSpace));
        auto flow = ReviewFlow::begin(alex, samSpace, std::string(kDate));
        ASSERT_TRUE(flow);
        const std::vector<std::string> items{"ALEX-SECRET-APPRECIATION"};
        ASSERT_TRUE(flow->submitAppreciations(ReviewSide::First, items));
        ASSERT_TRUE(flow->skipTurn(ReviewSide::Second));
        ASSERT_TRUE(flow->next() && flow->next());
        ASSERT_TRUE(
            flow->submitCheckIn(ReviewSide::First, CheckIn{.emotional = 1, .need = "ALEX-SECRET-NEED"}));
        ASSERT_TRUE(flow->next() && flow->next() && flow->next());
        ASSERT_TRUE(flow->submitLoved(ReviewSide::First, "ALEX-SECRET-LOVED"));
        // The sitting ends before Sam's turn at the last two steps.
    }
    EXPECT_TRUE(alexsReviewRows(couple, sam).empty()) << "couple.db holds no row of Alex's for this review";
    EXPECT_TRUE(whatSamCanRead(couple, sam).empty());
    EXPECT_FALSE(anyFileContains(couple.dir(), "ALEX-SECRET")) << "no plaintext in any vault file";
    // Sam's own app, alone: nothing says Alex wrote anything.
    CoupleSpace samSpace = couple.openSpace(*couple.sam);
    for (const Topic& topic : {kAppreciations, kLoved, Topic::checkIn(std::string(kDate))}) {
        auto status = samSpace.status(topic);
        ASSERT_TRUE(status);
        EXPECT_EQ(status->state, RevealState::NotAnswered);
        EXPECT_FALSE(status->answeredByPartner);
    }
}

TEST(ReviewFlowAttackTest, ALoneSubmissionIsNeverGrantedAtASoloUnlock)
{
    TwoPartners couple;
    const RawKeys sam = unwrapKeys(couple.dir(), couple.samId, TwoPartners::kSamPassword);
    {
        CoupleSpace alex = couple.openSpace(*couple.alex);
        CoupleSpace samSpace = couple.openSpace(*couple.sam);
        ASSERT_TRUE(alex.beginTogether(samSpace));
        ASSERT_TRUE(alex.appreciations(kDate, Appreciations{{"ALEX-LONE"}}));
        ASSERT_TRUE(samSpace.appreciations(kDate, Appreciations{{"SAM-LONE"}}));
        // Both wrote; the sitting stops between the two reveals (as a crash would): only
        // Alex's agreement is in her journal and couple.db.
        ASSERT_TRUE(alex.reveal(kAppreciations));
    }
    // Sam, alone, agrees to his own.
    couple.sam->lock();
    couple.unlock("sam");
    {
        CoupleSpace samSpace = couple.openSpace(*couple.sam);
        ASSERT_TRUE(samSpace.reveal(kAppreciations));
    }
    // Alex's next unlock, alone: both journals agree, and still no grant.
    couple.alex->lock();
    couple.unlock("alex");
    {
        CoupleSpace alex = couple.openSpace(*couple.alex);
        ASSERT_TRUE(alex.resolvePendingGrants());
        auto status = alex.status(kAppreciations);
        ASSERT_TRUE(status);
        EXPECT_NE(status->state, RevealState::Revealed);
    }
    EXPECT_TRUE(whatSamCanRead(couple, sam).empty()) << "granted at a solo unlock";
    // Together again: beginning the review withdraws the lone agreement; nothing is granted.
    CoupleSpace alex = couple.openSpace(*couple.alex);
    CoupleSpace samSpace = couple.openSpace(*couple.sam);
    ASSERT_TRUE(alex.beginTogether(samSpace));
    EXPECT_TRUE(whatSamCanRead(couple, sam).empty()) << "granted by starting Together";
    auto flow = ReviewFlow::begin(alex, samSpace, std::string(kDate));
    ASSERT_TRUE(flow);
    auto status = alex.status(kAppreciations);
    ASSERT_TRUE(status);
    EXPECT_FALSE(status->agreedByMe) << "the lone agreement is held";
    EXPECT_TRUE(alexsReviewRows(couple, sam).empty());
    EXPECT_EQ(flow->appreciations()->turn(ReviewSide::First), TurnState::Waiting);
}

TEST(ReviewFlowAttackTest, ARevealedStepRetractedAndPutBackIsNotRegranted)
{
    TwoPartners couple;
    const RawKeys sam = unwrapKeys(couple.dir(), couple.samId, TwoPartners::kSamPassword);
    std::vector<detail::EnvelopeRow> saved;
    std::optional<Bytes> savedGrant;
    {
        CoupleSpace alex = couple.openSpace(*couple.alex);
        CoupleSpace samSpace = couple.openSpace(*couple.sam);
        ASSERT_TRUE(alex.beginTogether(samSpace));
        auto flow = ReviewFlow::begin(alex, samSpace, std::string(kDate));
        ASSERT_TRUE(flow);
        ASSERT_TRUE(flow->submitAppreciations(ReviewSide::First, std::vector<std::string>{"ALEX-RETRACTED"}));
        ASSERT_TRUE(flow->submitAppreciations(ReviewSide::Second, std::vector<std::string>{"SAM-WORDS"}));
        ASSERT_TRUE(flow->appreciations()->revealed);
        // Sam keeps Alex's row and its grant to him, then Alex retracts.
        Database raw = openCoupleRaw(couple.dir(), sam.coupleKey);
        auto rows = detail::EnvelopeStore(raw).allByAuthor(couple.alexId);
        ASSERT_TRUE(rows && rows->size() == 1u);
        saved = *rows;
        savedGrant = rawGrant(raw, saved.front().id, couple.samId);
        ASSERT_TRUE(savedGrant);
        ASSERT_TRUE(alex.retract(kAppreciations));
    }
    {
        Database raw = openCoupleRaw(couple.dir(), sam.coupleKey);
        detail::EnvelopeStore store(raw);
        ASSERT_TRUE(store.insert(saved.front()));
        ASSERT_TRUE(store.putGrant(saved.front().id, couple.samId, *savedGrant, 0));
    }
    // Alex's session removes what she no longer stands behind, and says so.
    CoupleSpace alex = couple.openSpace(*couple.alex);
    CoupleSpace samSpace = couple.openSpace(*couple.sam);
    EXPECT_TRUE(alexsReviewRows(couple, sam).empty());
    auto status = alex.status(kAppreciations);
    ASSERT_TRUE(status);
    EXPECT_FALSE(status->agreedByMe);
    EXPECT_NE(status->state, RevealState::Revealed);
    // The next sitting does not reveal it again: the step starts over.
    ASSERT_TRUE(alex.beginTogether(samSpace));
    auto flow = ReviewFlow::begin(alex, samSpace, std::string(kDate));
    ASSERT_TRUE(flow);
    auto view = flow->appreciations();
    ASSERT_TRUE(view);
    EXPECT_FALSE(view->revealed);
    EXPECT_EQ(view->turn(ReviewSide::First), TurnState::Waiting);
    EXPECT_TRUE(alexsReviewRows(couple, sam).empty());
    EXPECT_TRUE(whatSamCanRead(couple, sam).empty());
}

TEST(ReviewFlowAttackTest, ForgedAppreciationUnderAlexsNameIsDamaged)
{
    TwoPartners couple;
    const RawKeys sam = unwrapKeys(couple.dir(), couple.samId, TwoPartners::kSamPassword);
    const RawKeys alexKeys = unwrapKeys(couple.dir(), couple.alexId, TwoPartners::kAlexPassword);
    // Sam writes "Alex's" appreciations: right AD and format, sealed to both, signed with
    // the only signing key Sam has, his own.
    DeterministicRandom random(7);
    detail::EnvelopeRow row;
    row.id = detail::newEnvelopeId(random);
    row.authorId = couple.alexId;
    row.kind = EnvelopeKind::CheckIn;
    row.topic = kAppreciations.key;
    row.createdMs = 1;
    row.version = 1;
    row.questionHash = detail::questionHash("");
    const SecretBuffer key = detail::newItemKey(random);
    const SecretBuffer plain = detail::encodeAppreciations(Appreciations{{"FORGED PRAISE"}});
    row.ciphertext = detail::encrypt(plain.span(), key, detail::bindingOf(row));
    row.authorSeal = sealToPublicKey(key, alexKeys.box.publicKey);
    row.signature = sam.sign.sign(detail::signedMessage(row));
    {
        Database raw = openCoupleRaw(couple.dir(), sam.coupleKey);
        detail::EnvelopeStore store(raw);
        ASSERT_TRUE(store.insert(row));
        ASSERT_TRUE(store.putGrant(row.id, couple.samId, sealToPublicKey(key, sam.box.publicKey), 0));
    }
    CoupleSpace samSpace = couple.openSpace(*couple.sam);
    auto view = samSpace.readAppreciations(kDate);
    ASSERT_TRUE(view && view->partners);
    EXPECT_EQ(view->partners->state, ItemState::Damaged) << "never anyone's words";
    EXPECT_TRUE(view->partners->value.items.empty());
    // In the review, together: Alex's session removes it and nothing forged is shown.
    CoupleSpace alex = couple.openSpace(*couple.alex);
    ASSERT_TRUE(alex.beginTogether(samSpace));
    auto flow = ReviewFlow::begin(alex, samSpace, std::string(kDate));
    ASSERT_TRUE(flow);
    ASSERT_TRUE(flow->submitAppreciations(ReviewSide::Second, std::vector<std::string>{"SAM-REAL"}));
    ASSERT_TRUE(flow->skipTurn(ReviewSide::First));
    auto shown = flow->appreciations();
    ASSERT_TRUE(shown);
    EXPECT_FALSE(shown->first || shown->second);
    auto status = alex.status(kAppreciations);
    ASSERT_TRUE(status);
    EXPECT_TRUE(status->sharedFileChanged);
}

TEST(ReviewFlowAttackTest, AppreciationCiphertextMovedToLovedIsDamaged)
{
    // The format byte names the step: one step's plaintext under the other's topic is
    // damaged even where everything else would check.
    detail::EnvelopeRow lovedRow;
    lovedRow.kind = EnvelopeKind::CheckIn;
    lovedRow.topic = kLoved.key;
    detail::EnvelopeRow appreciationsRow = lovedRow;
    appreciationsRow.topic = kAppreciations.key;
    const SecretBuffer appreciationsPlain = detail::encodeAppreciations(Appreciations{{"PRAISE"}});
    const SecretBuffer lovedPlain = detail::encodeLoved("HUG ME");
    EXPECT_TRUE(detail::decodeAppreciationsFor(appreciationsPlain, appreciationsRow).readable());
    EXPECT_TRUE(detail::decodeLovedFor(lovedPlain, lovedRow).readable());
    EXPECT_FALSE(detail::decodeLovedFor(appreciationsPlain, lovedRow).readable());
    EXPECT_FALSE(detail::decodeAppreciationsFor(lovedPlain, appreciationsRow).readable());
    EXPECT_FALSE(detail::decodeLovedFor(lovedPlain, appreciationsRow).readable());

    // And in the file: Sam moves Alex's revealed appreciations (ciphertext, seal and his
    // grant) into her "loved" row, hoping her praise becomes his intention.
    TwoPartners couple;
    const RawKeys sam = unwrapKeys(couple.dir(), couple.samId, TwoPartners::kSamPassword);
    CoupleSpace alex = couple.openSpace(*couple.alex);
    CoupleSpace samSpace = couple.openSpace(*couple.sam);
    ASSERT_TRUE(alex.beginTogether(samSpace));
    {
        auto flow = ReviewFlow::begin(alex, samSpace, std::string(kDate));
        ASSERT_TRUE(flow);
        ASSERT_TRUE(flow->submitAppreciations(ReviewSide::First, std::vector<std::string>{"ALEX-PRAISE"}));
        ASSERT_TRUE(flow->submitAppreciations(ReviewSide::Second, std::vector<std::string>{"SAM-PRAISE"}));
        ASSERT_TRUE(goToStep(*flow, ReviewStep::Loved));
        ASSERT_TRUE(flow->submitLoved(ReviewSide::First, "ALEX-LOVED"));
        ASSERT_TRUE(flow->submitLoved(ReviewSide::Second, "SAM-LOVED"));
    }
    alex.endTogether();
    {
        Database raw = openCoupleRaw(couple.dir(), sam.coupleKey);
        const auto rows = alexsReviewRows(couple, sam);
        const auto find = [&](const Topic& t) {
            return *std::ranges::find_if(rows, [&](const RawEnvelope& e) { return e.topic == t.key; });
        };
        const RawEnvelope from = find(kAppreciations);
        const RawEnvelope to = find(kLoved);
        const auto grant = rawGrant(raw, from.id, couple.samId);
        ASSERT_TRUE(grant);
        exec(raw, "UPDATE envelopes SET ciphertext = ?, author_seal = ? WHERE id = ?;", from.ciphertext,
             from.authorSeal, to.id);
        exec(raw,
             "UPDATE grants SET seal = ?, seal = ? WHERE envelope_id = ? AND reader_id = '" + couple.samId +
                 "';",
             *grant, *grant, to.id);
    }
    auto view = samSpace.readLoved(kDate);
    ASSERT_TRUE(view && view->partners);
    EXPECT_EQ(view->partners->state, ItemState::Damaged);
    EXPECT_TRUE(view->partners->value.empty());
}

TEST(ReviewFlowAttackTest, TheKeyboardCannotResubmitOrReadBackASideThatHadItsTurn)
{
    TwoPartners couple;
    CoupleSpace alex = couple.openSpace(*couple.alex);
    CoupleSpace samSpace = couple.openSpace(*couple.sam);
    ASSERT_TRUE(alex.beginTogether(samSpace));
    auto flow = ReviewFlow::begin(alex, samSpace, std::string(kDate));
    ASSERT_TRUE(flow);
    ASSERT_TRUE(flow->submitAppreciations(ReviewSide::First, std::vector<std::string>{"ALEX-OWN-WORDS"}));
    // Sam, at the keyboard, tries to write over Alex's turn, skip it, or read it back.
    EXPECT_FALSE(flow->submitAppreciations(ReviewSide::First, std::vector<std::string>{"SAM-AS-ALEX"}));
    EXPECT_FALSE(flow->skipTurn(ReviewSide::First));
    ASSERT_TRUE(flow->next());
    ASSERT_TRUE(flow->back());
    EXPECT_FALSE(flow->submitAppreciations(ReviewSide::First, std::vector<std::string>{"SAM-AS-ALEX"}))
        << "going back does not reopen a turn";
    auto view = flow->appreciations();
    ASSERT_TRUE(view);
    EXPECT_FALSE(view->first.has_value()) << "nothing of Alex's is read back before the reveal";
    auto mine = alex.readAppreciations(kDate);
    ASSERT_TRUE(mine && mine->mine);
    EXPECT_EQ(mine->mine->value.items, std::vector<std::string>{"ALEX-OWN-WORDS"});
    // Her turn stays hers: Sam's own turn reveals her own words.
    ASSERT_TRUE(flow->submitAppreciations(ReviewSide::Second, std::vector<std::string>{"SAM-WORDS"}));
    view = flow->appreciations();
    ASSERT_TRUE(view && view->revealed && view->first);
    EXPECT_EQ(view->first->value.items, std::vector<std::string>{"ALEX-OWN-WORDS"});
    EXPECT_FALSE(flow->submitAppreciations(ReviewSide::Second, std::vector<std::string>{"again"}));
}

TEST(ReviewFlowAttackTest, TheKeyboardCannotRevealAnItemWrittenBeforeThisSitting)
{
    TwoPartners couple;
    const RawKeys sam = unwrapKeys(couple.dir(), couple.samId, TwoPartners::kSamPassword);
    CoupleSpace alex = couple.openSpace(*couple.alex);
    CoupleSpace samSpace = couple.openSpace(*couple.sam);
    // Alex wrote earlier (an interrupted sitting) and kept it to herself.
    ASSERT_TRUE(alex.appreciations(kDate, Appreciations{{"ALEX-EARLIER"}}));
    ASSERT_TRUE(alex.loved(kDate, "ALEX-EARLIER-LOVED"));
    ASSERT_TRUE(alex.beginTogether(samSpace));
    auto flow = ReviewFlow::begin(alex, samSpace, std::string(kDate));
    ASSERT_TRUE(flow);
    // Sam takes his turn and "skips" Alex's: her earlier words are not hers to give now.
    ASSERT_TRUE(flow->submitAppreciations(ReviewSide::Second, std::vector<std::string>{"SAM-NOW"}));
    ASSERT_TRUE(flow->skipTurn(ReviewSide::First));
    ASSERT_TRUE(goToStep(*flow, ReviewStep::Loved));
    ASSERT_TRUE(flow->skipTurn(ReviewSide::First));
    ASSERT_TRUE(flow->submitLoved(ReviewSide::Second, "SAM-NOW-LOVED"));
    EXPECT_TRUE(flow->appreciations()->nothingThisWeek);
    EXPECT_TRUE(flow->loved()->nothingThisWeek);
    EXPECT_TRUE(alexsReviewRows(couple, sam).empty());
    EXPECT_TRUE(whatSamCanRead(couple, sam).empty());
    EXPECT_TRUE(flow->nextIntention(ReviewSide::Second).empty());
}

TEST(ReviewFlowAttackTest, SkippingForTheOtherOnlyHidesMore)
{
    TwoPartners couple;
    const RawKeys sam = unwrapKeys(couple.dir(), couple.samId, TwoPartners::kSamPassword);
    CoupleSpace alex = couple.openSpace(*couple.alex);
    CoupleSpace samSpace = couple.openSpace(*couple.sam);
    ASSERT_TRUE(alex.beginTogether(samSpace));
    auto flow = ReviewFlow::begin(alex, samSpace, std::string(kDate));
    ASSERT_TRUE(flow);
    // Sam, at the keyboard, skips Alex's turn before she takes it, then writes his own.
    ASSERT_TRUE(flow->skipTurn(ReviewSide::First));
    ASSERT_TRUE(flow->submitAppreciations(ReviewSide::Second, std::vector<std::string>{"SAM-PRAISE"}));
    // Alex can no longer write this week's appreciations in this sitting, and nobody's
    // words were revealed: the skip hid Sam's words too, and gained him nothing of hers.
    EXPECT_FALSE(flow->submitAppreciations(ReviewSide::First, std::vector<std::string>{"ALEX-PRAISE"}));
    auto view = flow->appreciations();
    ASSERT_TRUE(view);
    EXPECT_TRUE(view->nothingThisWeek);
    EXPECT_FALSE(view->first || view->second);
    EXPECT_TRUE(alexsReviewRows(couple, sam).empty());
    auto alexSees = alex.readAppreciations(kDate);
    ASSERT_TRUE(alexSees);
    EXPECT_FALSE(alexSees->partners.has_value()) << "Sam's words are not revealed either";
}

// The saved review signs what its private steps revealed as couple.db holds it: Sam
// deleting, changing or adding a revealed envelope afterwards makes reopen say so, with
// no list of ids from anyone (WeeklyReview::reopen needs none).
TEST(ReviewFlowAttackTest, ARevealedStepDeletedReplacedOrAddedMakesReopenSayChanged)
{
    TwoPartners couple;
    const RawKeys sam = unwrapKeys(couple.dir(), couple.samId, TwoPartners::kSamPassword);
    CoupleSpace alex = couple.openSpace(*couple.alex);
    CoupleSpace samSpace = couple.openSpace(*couple.sam);
    ASSERT_TRUE(alex.beginTogether(samSpace));
    auto flow = ReviewFlow::begin(alex, samSpace, std::string(kDate));
    ASSERT_TRUE(flow);
    ASSERT_TRUE(flow->submitAppreciations(ReviewSide::First, std::vector<std::string>{"ALEX-THANKS"}));
    ASSERT_TRUE(flow->submitAppreciations(ReviewSide::Second, std::vector<std::string>{"SAM-THANKS"}));
    ASSERT_TRUE(flow->next() && flow->next());
    ASSERT_TRUE(flow->submitCheckIn(ReviewSide::First, CheckIn{.emotional = 4}));
    ASSERT_TRUE(flow->submitCheckIn(ReviewSide::Second, CheckIn{.emotional = 2}));
    ASSERT_TRUE(goToStep(*flow, ReviewStep::Save));
    ASSERT_TRUE(flow->save());
    const auto changed = [&](CoupleSpace& reader) {
        auto rec = WeeklyReview(reader).reopen(kDate);
        EXPECT_TRUE(rec && *rec) << "the review stays saved";
        return rec && *rec && (*rec)->changedBehindYourBack;
    };
    EXPECT_FALSE(changed(alex));
    EXPECT_FALSE(changed(samSpace));

    Database raw = openCoupleRaw(couple.dir(), sam.coupleKey);
    detail::EnvelopeStore store(raw);
    auto samRows = store.allByAuthor(couple.samId);
    ASSERT_TRUE(samRows);
    auto thanks = std::ranges::find(*samRows, kAppreciations.key, &detail::EnvelopeRow::topic);
    ASSERT_NE(thanks, samRows->end());
    const detail::EnvelopeRow row = *thanks;
    const auto seal = rawGrant(raw, row.id, couple.alexId);
    ASSERT_TRUE(seal);

    // Deleted, then put back exactly as it was.
    ASSERT_TRUE(store.removeGrant(row.id, couple.alexId));
    ASSERT_TRUE(store.remove(row.id));
    EXPECT_TRUE(changed(alex));
    ASSERT_TRUE(store.insert(row));
    EXPECT_TRUE(changed(alex)) << "published again, but no longer revealed to Alex";
    ASSERT_TRUE(store.putGrant(row.id, couple.alexId, *seal, 0));
    EXPECT_FALSE(changed(alex)) << "exactly as saved";

    // Other words under the same id.
    exec(
        raw, "UPDATE envelopes SET ciphertext = ?, author_seal = ? WHERE id = ?;",
        [&] {
            Bytes other = row.ciphertext;
            other.back() ^= 1;
            return other;
        }(),
        row.authorSeal, row.id);
    EXPECT_TRUE(changed(alex));
    exec(raw, "UPDATE envelopes SET ciphertext = ?, author_seal = ? WHERE id = ?;", row.ciphertext,
         row.authorSeal, row.id);
    EXPECT_FALSE(changed(alex));

    // One more envelope revealed on the date's "more loved" step.
    detail::EnvelopeRow added = row;
    added.id = std::string(32, 'a');
    added.topic = kLoved.key;
    ASSERT_TRUE(store.insert(added));
    EXPECT_FALSE(changed(alex)) << "published alone is not revealed";
    ASSERT_TRUE(store.putGrant(added.id, couple.alexId, *seal, 0));
    EXPECT_TRUE(changed(alex));
    // Sam's own session resolves before it hashes (security review L1): a grant of "his"
    // envelope that his journal never wrote is withdrawn first, and then couple.db holds
    // what was saved again, for both of them.
    EXPECT_FALSE(changed(samSpace));
    EXPECT_FALSE(rawGrant(raw, added.id, couple.alexId).has_value());
    EXPECT_FALSE(changed(alex));
}

// An older couple.db put back after a private step was revealed: unlock reports it, and
// nothing Alex wrote but did not reveal together (her loved answer, her check-in) becomes
// readable to Sam, alone or together.
TEST(ReviewFlowAttackTest, AnOlderCoupleDbPutBackAfterARevealRevealsNothingNewAndIsReported)
{
    TwoPartners couple;
    const RawKeys sam = unwrapKeys(couple.dir(), couple.samId, TwoPartners::kSamPassword);
    const auto coupleFile = couple.dir() / "couple.db";
    const auto oldCopy = couple.dir().parent_path() / "couple-before.db";
    ASSERT_TRUE(couple.alex->coupleDatabase().checkpoint());
    std::filesystem::copy_file(coupleFile, oldCopy);
    std::vector<std::string> before;
    {
        CoupleSpace alex = couple.openSpace(*couple.alex);
        CoupleSpace samSpace = couple.openSpace(*couple.sam);
        ASSERT_TRUE(alex.beginTogether(samSpace));
        auto flow = ReviewFlow::begin(alex, samSpace, std::string(kDate));
        ASSERT_TRUE(flow);
        ASSERT_TRUE(flow->submitAppreciations(ReviewSide::First, std::vector<std::string>{"ALEX-REVEALED"}));
        ASSERT_TRUE(flow->submitAppreciations(ReviewSide::Second, std::vector<std::string>{"SAM-REVEALED"}));
        ASSERT_TRUE(flow->appreciations()->revealed);
        ASSERT_TRUE(flow->next() && flow->next());
        ASSERT_TRUE(
            flow->submitCheckIn(ReviewSide::First, CheckIn{.emotional = 1, .need = "ALEX-HIDDEN-NEED"}));
        ASSERT_TRUE(flow->next() && flow->next() && flow->next());
        ASSERT_TRUE(flow->submitLoved(ReviewSide::First, "ALEX-HIDDEN-LOVED"));
        // The sitting ends before Sam's turns at the check-in and "more loved".
        before = whatSamCanRead(couple, sam);
    }
    ASSERT_EQ(before.size(), 1u) << "Alex's revealed appreciations only";
    couple.alex->lock();
    couple.sam->lock();
    for (const char* suffix : {"-wal", "-shm"}) {
        std::filesystem::remove(coupleFile.string() + suffix);
    }
    std::filesystem::copy_file(oldCopy, coupleFile, std::filesystem::copy_options::overwrite_existing);

    Session& alexSession = couple.unlock("alex");
    EXPECT_TRUE(alexSession.freshness().coupleOlder) << "the rollback is reported at unlock";
    Session& samSession = couple.unlock("sam");
    EXPECT_TRUE(samSession.freshness().coupleOlder);
    const auto nothingNew = [&](std::string_view when) {
        for (const std::string& text : whatSamCanRead(couple, sam)) {
            EXPECT_NE(std::ranges::find(before, text), before.end()) << "newly readable " << when;
            EXPECT_EQ(text.find("HIDDEN"), std::string::npos) << when;
        }
    };
    CoupleSpace alex = couple.openSpace(alexSession);
    nothingNew("after Alex's unlock");
    CoupleSpace samSpace = couple.openSpace(samSession);
    nothingNew("after both unlocked");
    ASSERT_TRUE(alex.beginTogether(samSpace));
    ASSERT_TRUE(alex.resolvePendingGrants());
    nothingNew("together");
    for (const Topic& topic : {kLoved, Topic::checkIn(std::string(kDate))}) {
        auto status = samSpace.status(topic);
        ASSERT_TRUE(status);
        EXPECT_NE(status->state, RevealState::Revealed);
    }
}
