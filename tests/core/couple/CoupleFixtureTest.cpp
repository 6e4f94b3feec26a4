// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// The couple space of the first release (protocol v1: envelopes and consents in
// couple.db) lives under tests/data/vault-format-1-couple/, written by the first
// release's code. Every later build must open it, migrate it to protocol v2 and keep
// everything a partner could read readable (issue 10, item 7).
#include "couple/CoupleSpace.h"
#include "journal/detail/JournalAccess.h"
#include "storage/Statement.h"
#include "support/CoupleTestSupport.h"
#include "support/FastKdf.h"
#include "support/TempDir.h"
#include "vault/Vault.h"

#include <cstdlib>
#include <filesystem>

#include <gtest/gtest.h>

using namespace twofold;
using namespace twofold::test;

namespace {

const std::filesystem::path kFixture =
    std::filesystem::path(TWOFOLD_SOURCE_DIR) / "tests/data/vault-format-1-couple";

// Prompts in the fixture, one for each state a v1 vault can hold.
constexpr std::string_view kBothRevealed = "foundations.what-intimacy-means";  // both agreed, granted
constexpr std::string_view kAlexAgreedOnly = "foundations.kinds-of-closeness"; // Alex agreed; Sam nothing
constexpr std::string_view kAlexUnagreed = "foundations.last-felt-close";      // Alex answered, not agreed
constexpr std::string_view kSamUnagreed = "foundations.a-little-more";         // Sam answered, not agreed
constexpr std::string_view kCheckInDate = "2026-01-04";                        // both checked in, revealed

} // namespace

// Run by hand, with the FIRST release's code, to make the fixture:
//   TWOFOLD_WRITE_FIXTURE=1 build-tests/tests/twofold_core_tests
//     --gtest_filter=CoupleFixtureTest.*Write* --gtest_also_run_disabled_tests
TEST(CoupleFixtureTest, DISABLED_WriteFormat1CoupleFixture)
{
    ASSERT_NE(std::getenv("TWOFOLD_WRITE_FIXTURE"), nullptr);
    std::filesystem::remove_all(kFixture);
    {
        auto vault = Vault::create(kFixture, twofold::test::fastVaultOptions());
        ASSERT_TRUE(vault);
        auto alex = vault->enroll({"Alex", "#b5651d"}, SecretBuffer::fromString("alex-fixture"));
        ASSERT_TRUE(alex);
        auto sam = vault->enroll({"Sam", "#2e6f95"}, SecretBuffer::fromString("sam-fixture"), &alex->session);
        ASSERT_TRUE(sam);
        auto a = CoupleSpace::open(alex->session, shippedPacks());
        auto s = CoupleSpace::open(sam->session, shippedPacks());
        ASSERT_TRUE(a && s);
        ASSERT_TRUE(a->answer(kBothRevealed, "Being known on an ordinary Tuesday.", Reveal::Yes));
        ASSERT_TRUE(s->answer(kBothRevealed, "Feeling safe enough to be silly. 🌙", Reveal::Yes));
        ASSERT_TRUE(a->answer(kAlexAgreedOnly, "Talking in the car.", Reveal::Yes));
        ASSERT_TRUE(a->answer(kAlexUnagreed, "Something I am not ready to share."));
        ASSERT_TRUE(s->answer(kSamUnagreed, "שלום — not yet."));
        CheckIn alexCheck{4, 3, 5, 4, "the tea", "a quiet evening"};
        CheckIn samCheck{5, 4, 3, 5, "the walk", "more time"};
        ASSERT_TRUE(a->checkIn(kCheckInDate, alexCheck, Reveal::Yes));
        ASSERT_TRUE(s->checkIn(kCheckInDate, samCheck, Reveal::Yes));
        auto entry = alex->session.journal().create({.title = "For you", .body = "An entry I offer."});
        ASSERT_TRUE(entry);
        ASSERT_TRUE(a->offerEntry(*entry));
        ASSERT_TRUE(a->resolvePendingGrants());
        ASSERT_TRUE(s->resolvePendingGrants());
        ASSERT_TRUE(twofold::detail::JournalAccess::database(alex->session.journal()).checkpoint());
        ASSERT_TRUE(twofold::detail::JournalAccess::database(sam->session.journal()).checkpoint());
        ASSERT_TRUE(sam->session.coupleDatabase().checkpoint());
    }
    for (const auto& item : std::filesystem::directory_iterator(kFixture)) {
        const std::string name = item.path().filename().string();
        if (name.ends_with("-wal") || name.ends_with("-shm") || name.ends_with(".lock")) {
            std::filesystem::remove(item.path());
        }
    }
}

namespace {

std::filesystem::path copyOfFixture(const test::TempDir& tmp)
{
    const auto dir = tmp.path() / "vault";
    std::filesystem::copy(kFixture, dir, std::filesystem::copy_options::recursive);
    return dir;
}

RevealState stateOf(CoupleSpace& space, std::string_view prompt)
{
    auto s = space.status(Topic::answer(std::string(prompt)));
    EXPECT_TRUE(s) << (s ? "" : s.error().detail);
    return s ? s->state : RevealState::Damaged;
}

int countRows(Database& db, const std::string& sql)
{
    auto stmt = db.prepare(sql);
    EXPECT_TRUE(stmt);
    EXPECT_TRUE(*stmt->step());
    return static_cast<int>(stmt->columnInt(0));
}

} // namespace

// Sam's session migrates first, Alex's after: at every point what each could read
// stays readable, and what was answered but never agreed to disappears from couple.db.
TEST(CoupleFixtureTest, FirstReleaseCoupleSpaceMigratesToProtocolV2)
{
    ASSERT_TRUE(std::filesystem::exists(kFixture / "couple.db")) << "fixture missing: " << kFixture;
    test::TempDir tmp;
    // The fixture's vault id is the same on every run: its freshness records live with
    // this copy, not in a state folder another run has already written.
    VaultOptions options = twofold::test::fastVaultOptions();
    options.stateDirectory = tmp.path() / "state";
    auto vault = Vault::open(copyOfFixture(tmp), options);
    ASSERT_TRUE(vault) << vault.error().detail;
    auto partners = vault->partners();
    ASSERT_TRUE(partners && partners->size() == 2u);
    const auto idOf = [&](std::string_view name) {
        return (*partners)[0].name == name ? (*partners)[0].id : (*partners)[1].id;
    };

    auto sam = vault->unlock(idOf("Sam"), SecretBuffer::fromString("sam-fixture"));
    ASSERT_TRUE(sam) << sam.error().detail;
    {
        auto space = CoupleSpace::open(*sam, shippedPacks());
        ASSERT_TRUE(space) << space.error().detail;
        // Alex has not unlocked since the upgrade: Alex's items are unsigned, yet what
        // Sam could read stays readable, and what Alex never agreed to stays invisible.
        auto both = space->readAnswer(kBothRevealed);
        ASSERT_TRUE(both && both->partners && both->mine);
        EXPECT_EQ(both->partners->value, "Being known on an ordinary Tuesday.");
        EXPECT_EQ(both->mine->value, "Feeling safe enough to be silly. 🌙");
        EXPECT_EQ(both->status.state, RevealState::Revealed);
        EXPECT_EQ(stateOf(*space, kAlexAgreedOnly), RevealState::WaitingForYou);
        EXPECT_EQ(stateOf(*space, kAlexUnagreed), RevealState::NotAnswered)
            << "answered, not agreed: invisible";
        auto mine = space->readAnswer(kSamUnagreed);
        ASSERT_TRUE(mine && mine->mine);
        EXPECT_EQ(mine->mine->value, "שלום — not yet.");
        EXPECT_EQ(mine->status.state, RevealState::WaitingForYou);
        auto check = space->readCheckIn(kCheckInDate);
        ASSERT_TRUE(check && check->partners && check->partners->readable());
        EXPECT_EQ(check->partners->value.appreciated, "the tea");
        // Alex's name and colour of the first release are unsigned: kept as first shown.
        auto profile = space->partnerProfile(*vault);
        ASSERT_TRUE(profile);
        EXPECT_TRUE(profile->authentic);
        EXPECT_EQ(profile->name, "Alex");
        EXPECT_EQ(profile->colour, "#b5651d");
        auto inbox = space->inbox();
        ASSERT_TRUE(inbox && inbox->size() == 1u);
        auto offer = space->acceptOffer(inbox->front().id);
        ASSERT_TRUE(offer && offer->readable());
        EXPECT_EQ(offer->value.title, "For you");
    }
    {
        // Sam's unagreed answer has left couple.db; Alex's is still there until Alex's session.
        Database& couple = sam->coupleDatabase();
        EXPECT_EQ(countRows(couple, "SELECT count(*) FROM envelopes WHERE author_id = '" + idOf("Sam") +
                                        "' AND topic = '" + std::string(kSamUnagreed) + "';"),
                  0);
        EXPECT_EQ(
            countRows(couple, "SELECT count(*) FROM consents WHERE partner_id = '" + idOf("Sam") + "';"), 0);
    }

    auto alex = vault->unlock(idOf("Alex"), SecretBuffer::fromString("alex-fixture"));
    ASSERT_TRUE(alex) << alex.error().detail;
    {
        auto space = CoupleSpace::open(*alex, shippedPacks());
        ASSERT_TRUE(space) << space.error().detail;
        auto both = space->readAnswer(kBothRevealed);
        ASSERT_TRUE(both && both->partners && both->mine);
        EXPECT_EQ(both->partners->value, "Feeling safe enough to be silly. 🌙");
        EXPECT_EQ(both->mine->value, "Being known on an ordinary Tuesday.");
        EXPECT_FALSE(both->mine->question.empty()) << "migrated answers carry their question";
        EXPECT_EQ(stateOf(*space, kAlexAgreedOnly), RevealState::WaitingForPartner);
        auto unagreed = space->readAnswer(kAlexUnagreed);
        ASSERT_TRUE(unagreed && unagreed->mine);
        EXPECT_EQ(unagreed->mine->value, "Something I am not ready to share.");
        EXPECT_FALSE(unagreed->status.agreedByMe);
        EXPECT_EQ(stateOf(*space, kSamUnagreed), RevealState::NotAnswered);
        auto offers = space->myOffers();
        ASSERT_TRUE(offers && offers->size() == 1u);
    }
    Database& couple = alex->coupleDatabase();
    EXPECT_EQ(countRows(couple,
                        "SELECT count(*) FROM envelopes WHERE topic = '" + std::string(kAlexUnagreed) + "';"),
              0);
    EXPECT_EQ(countRows(couple, "SELECT count(*) FROM consents;"), 0);
    EXPECT_EQ(countRows(couple, "SELECT count(*) FROM envelopes WHERE signature IS NULL;"), 0)
        << "every item is signed by its author's next session";
    EXPECT_EQ(countRows(couple, "SELECT count(*) FROM partners WHERE profile_signature IS NULL;"), 0)
        << "every name and colour too";
    // Sam, again: Alex's items now carry Alex's signature and still read.
    auto again = CoupleSpace::open(*sam, shippedPacks());
    ASSERT_TRUE(again);
    auto both = again->readAnswer(kBothRevealed);
    ASSERT_TRUE(both && both->partners);
    EXPECT_EQ(both->partners->value, "Being known on an ordinary Tuesday.");
    auto profile = again->partnerProfile(*vault);
    ASSERT_TRUE(profile);
    EXPECT_TRUE(profile->authentic) << "now under Alex's signature";
    EXPECT_EQ(profile->name, "Alex");
}
