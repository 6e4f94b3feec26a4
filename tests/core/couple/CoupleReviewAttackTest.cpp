// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Security review (attacker branch): each test is one concrete attack by the other
// partner (Sam) with what DESIGN.md §1 says Sam has: the vault folder, the couple key,
// Sam's own keys and SQL. A FAILING test is a finding; each says which promise it breaks.
#include "couple/WeeklyReview.h"
#include "couple/detail/EnvelopeCrypto.h"
#include "couple/detail/EnvelopeStore.h"
#include "crypto/Random.h"
#include "storage/Statement.h"
#include "support/CoupleTestSupport.h"
#include "support/FastKdf.h"
#include "support/LegacyReviews.h"
#include "support/TempDir.h"

#include <algorithm>
#include <filesystem>

#include <gtest/gtest.h>
#include <sodium.h>

using namespace twofold;
using namespace twofold::test;

namespace {

constexpr std::string_view kPrompt = "foundations.what-intimacy-means";
const Topic kTopic = Topic::answer(std::string(kPrompt));

const std::filesystem::path kFixture =
    std::filesystem::path(TWOFOLD_SOURCE_DIR) / "tests/data/vault-format-1-couple";
constexpr std::string_view kAlexUnagreed =
    "foundations.last-felt-close"; // in the fixture: answered, not agreed

void exec(Database& db, const std::string& sql)
{
    auto st = db.exec(sql);
    ASSERT_TRUE(st) << st.error().detail;
}

std::string q(std::string_view s)
{
    return "'" + std::string(s) + "'";
}

} // namespace

// FINDING (severity: high). Promise 2 "Nothing is revealed unless both agree" (DESIGN.md §4:
// "a re-inserted row ... never produces a grant").
// First-release vault. Alex answered a prompt and never agreed (v1: no consent). Before
// Alex's first v2 unlock Sam writes ANY bytes as a grant row (Alex's envelope -> Sam).
// GrantResolver::upgradeFromV1 takes `granted = a grant row exists` as proof of agreement
// (`agreed = consented || granted`), publishes and signs the answer as agreed and records
// Sam's garbage as Alex's grant seal. Sam then deletes the garbage grant while having no
// answer published (Alex's resolver "forgets" the grant but keeps agreed = 1), answers,
// and Alex's next session seals the real item key to Sam: Sam reads the words Alex never
// agreed to reveal.
TEST(CoupleReviewAttackTest, ForgedGrantRowAtUpgradeTurnsAlexsUnagreedV1AnswerIntoARevealedOne)
{
    ASSERT_TRUE(std::filesystem::exists(kFixture / "couple.db")) << "fixture missing";
    TempDir tmp;
    const auto dir = tmp.path() / "vault";
    std::filesystem::copy(kFixture, dir, std::filesystem::copy_options::recursive);
    VaultOptions options = twofold::test::fastVaultOptions();
    options.stateDirectory = tmp.path() / "state";
    auto vault = Vault::open(dir, options);
    ASSERT_TRUE(vault) << vault.error().detail;
    auto partners = vault->partners();
    ASSERT_TRUE(partners && partners->size() == 2u);
    const auto idOf = [&](std::string_view name) {
        return (*partners)[0].name == name ? (*partners)[0].id : (*partners)[1].id;
    };
    const std::string alexId = idOf("Alex");
    const std::string samId = idOf("Sam");

    // Sam runs the unmodified app once (his own v2 upgrade), then takes his keys.
    auto sam = vault->unlock(samId, SecretBuffer::fromString("sam-fixture"));
    ASSERT_TRUE(sam) << sam.error().detail;
    {
        ASSERT_TRUE(CoupleSpace::open(*sam, shippedPacks()));
    }
    const RawKeys samKeys = unwrapKeys(dir, samId, "sam-fixture");

    std::string alexsUnagreedId;
    {
        Database raw = openCoupleRaw(dir, samKeys.coupleKey);
        for (const auto& e : rawEnvelopes(raw)) {
            if (e.author == alexId && e.topic == kAlexUnagreed) {
                alexsUnagreedId = e.id;
            }
        }
        ASSERT_FALSE(alexsUnagreedId.empty()) << "Alex's unagreed v1 answer is still in couple.db";
        ASSERT_FALSE(rawGrant(raw, alexsUnagreedId, samId)) << "no grant: Alex never agreed";
        // The forgery: 80 bytes of nothing, as a "grant" of Alex's answer to Sam.
        auto stmt =
            raw.prepare("INSERT INTO grants (envelope_id, reader_id, seal, granted_at) VALUES (?, ?, ?, 1);");
        ASSERT_TRUE(stmt);
        const Bytes garbage(80, std::uint8_t{0x5a});
        stmt->bind(1, alexsUnagreedId).bind(2, samId).bind(3, ByteView(garbage));
        ASSERT_TRUE(stmt->run());
    }

    // Alex's first v2 session.
    auto alex = vault->unlock(alexId, SecretBuffer::fromString("alex-fixture"));
    ASSERT_TRUE(alex) << alex.error().detail;
    {
        auto space = CoupleSpace::open(*alex, shippedPacks());
        ASSERT_TRUE(space) << space.error().detail;
        auto status = space->status(Topic::answer(std::string(kAlexUnagreed)));
        ASSERT_TRUE(status);
        EXPECT_FALSE(status->agreedByMe) << "Alex never agreed to reveal this answer";
    }
    // Sam removes his garbage while he has no answer there: Alex's resolver forgets the
    // "grant" but keeps the answer agreed.
    {
        Database raw = openCoupleRaw(dir, samKeys.coupleKey);
        exec(raw, "DELETE FROM grants WHERE envelope_id = " + q(alexsUnagreedId) + ";");
    }
    {
        auto space = CoupleSpace::open(*alex, shippedPacks());
        ASSERT_TRUE(space) << space.error().detail;
    }
    // Sam answers and agrees with the unmodified app; Alex's next session does the rest.
    {
        auto space = CoupleSpace::open(*sam, shippedPacks());
        ASSERT_TRUE(space);
        ASSERT_TRUE(space->answer(kAlexUnagreed, "sam's answer", Reveal::Yes));
    }
    {
        auto space = CoupleSpace::open(*alex, shippedPacks());
        ASSERT_TRUE(space) << space.error().detail;
    }
    Database raw = openCoupleRaw(dir, samKeys.coupleKey);
    for (const auto& e : rawEnvelopes(raw)) {
        if (e.author != alexId || e.topic != kAlexUnagreed) {
            continue;
        }
        const auto text = rawReadAsReader(raw, e, samId, samKeys.box);
        EXPECT_FALSE(text.has_value()) << "Sam reads Alex's never-agreed answer: " << *text;
    }
}

// FINDING (severity: medium-high). Promise "nothing unsigned is shown as anyone's words"
// (DESIGN.md §4: "An item whose signature, seal or AD does not check is damaged, never
// someone's words") and attack goal (b).
// Alex's own "My offers" list (CoupleSpace::myOffers) opens the offer row of couple.db with
// its author_seal and shows its title, checking only that the id is in Alex's journal:
// no signature, no copy of the ciphertext in the journal. Sam replaces the ciphertext and
// author seal (crypto_box_seal needs only Alex's PUBLIC key) and Alex's app shows Sam's
// words as the title of Alex's own offer, Readable, with no "shared file changed" notice
// (the resolver keeps any kind-3 row whose id the journal knows).
TEST(CoupleReviewAttackTest, ForgedContentOfAlexsOfferIsShownToAlexAsHerOwn)
{
    TwoPartners couple;
    const RawKeys sam = unwrapKeys(couple.dir(), couple.samId, TwoPartners::kSamPassword);
    EnvelopeId offerId;
    {
        CoupleSpace alex = couple.openSpace(*couple.alex);
        auto entry = couple.alex->journal().create({.title = "My real title", .body = "my real entry"});
        ASSERT_TRUE(entry);
        auto offered = alex.offerEntry(*entry);
        ASSERT_TRUE(offered);
        offerId = *offered;
    }
    {
        Database raw = openCoupleRaw(couple.dir(), sam.coupleKey);
        auto row = detail::EnvelopeStore(raw).byId(offerId);
        ASSERT_TRUE(row && *row);
        detail::EnvelopeRow forged = **row;
        DeterministicRandom random(11);
        const SecretBuffer key = detail::newItemKey(random);
        const SecretBuffer plain =
            detail::encodeOffer(OfferedEntry{"I WANT TO LEAVE YOU", "written by Sam", "", 0});
        forged.ciphertext = detail::encrypt(plain.span(), key, detail::bindingOf(forged));
        forged.authorSeal = sealToPublicKey(key, couple.alex->publicKey());
        auto stmt = raw.prepare("UPDATE envelopes SET ciphertext = ?, author_seal = ? WHERE id = ?;");
        ASSERT_TRUE(stmt);
        stmt->bind(1, ByteView(forged.ciphertext)).bind(2, ByteView(forged.authorSeal)).bind(3, offerId);
        ASSERT_TRUE(stmt->run());
    }
    CoupleSpace alex = couple.openSpace(*couple.alex);
    auto offers = alex.myOffers();
    ASSERT_TRUE(offers);
    ASSERT_EQ(offers->size(), 1u);
    const auto& title = offers->front().title;
    EXPECT_FALSE(title.readable() && title.value == "I WANT TO LEAVE YOU")
        << "Alex's app shows words Sam wrote as the title of Alex's own offer";
    auto changes = alex.sharedFileChanges();
    ASSERT_TRUE(changes);
    EXPECT_FALSE(changes->empty()) << "Alex is not told that her offer was rewritten";
}

// FINDING (severity: medium). Attack goal (c), DESIGN.md §4 "Retract" / "The author's
// journal is the authority": an offer Alex's journal records can vanish from Alex's app
// without notice, cannot then be retracted, and comes back live without notice.
// Sam deletes Alex's offer row (its grant goes by cascade). Alex's "My offers" is now
// empty and no notice is shown (the resolver neither republishes nor reports a missing
// offer). Alex's retractOffer fails with NotFound and leaves the offer in her journal.
// Sam later puts row and grant back: the offer stands again, in Sam's inbox, and Alex's
// app never says anything.
TEST(CoupleReviewAttackTest, OfferHiddenFromAlexCannotBeRetractedAndReturnsSilently)
{
    TwoPartners couple;
    const RawKeys sam = unwrapKeys(couple.dir(), couple.samId, TwoPartners::kSamPassword);
    EnvelopeId offerId;
    detail::EnvelopeRow savedRow;
    Bytes savedGrant;
    {
        CoupleSpace alex = couple.openSpace(*couple.alex);
        auto entry = couple.alex->journal().create({.title = "t", .body = "an entry I may take back"});
        ASSERT_TRUE(entry);
        auto offered = alex.offerEntry(*entry);
        ASSERT_TRUE(offered);
        offerId = *offered;
    }
    {
        Database raw = openCoupleRaw(couple.dir(), sam.coupleKey);
        auto row = detail::EnvelopeStore(raw).byId(offerId);
        ASSERT_TRUE(row && *row);
        savedRow = **row;
        auto grant = rawGrant(raw, offerId, couple.samId);
        ASSERT_TRUE(grant);
        savedGrant = *grant;
        exec(raw, "DELETE FROM envelopes WHERE id = " + q(offerId) + ";");
    }
    {
        CoupleSpace alex = couple.openSpace(*couple.alex);
        auto offers = alex.myOffers();
        auto changes = alex.sharedFileChanges();
        ASSERT_TRUE(offers && changes);
        EXPECT_TRUE(!offers->empty() || !changes->empty())
            << "Alex's offer disappeared from her app and she is not told";
        // Alex tries to take it back.
        auto retracted = alex.retractOffer(offerId);
        EXPECT_TRUE(retracted) << "Alex cannot retract her own offer: "
                               << (retracted ? "" : retracted.error().detail);
    }
    {
        // Sam puts it back.
        Database raw = openCoupleRaw(couple.dir(), sam.coupleKey);
        ASSERT_TRUE(detail::EnvelopeStore(raw).insert(savedRow));
        ASSERT_TRUE(detail::EnvelopeStore(raw).putGrant(offerId, couple.samId, savedGrant, 1));
    }
    CoupleSpace alex = couple.openSpace(*couple.alex);
    CoupleSpace samSpace = couple.openSpace(*couple.sam);
    auto inbox = samSpace.inbox();
    ASSERT_TRUE(inbox);
    const bool live = std::ranges::any_of(*inbox, [&](const InboxItem& i) { return i.id == offerId; });
    auto changes = alex.sharedFileChanges();
    ASSERT_TRUE(changes);
    EXPECT_FALSE(live && changes->empty())
        << "the offer Alex tried to retract is live again in Sam's inbox and Alex was never told";
}

// FINDING (severity: low-medium; the current design chooses it, RevealTest asserts it).
// Promise 4 "whether it exists (an answer given but not agreed to looks exactly like no
// answer)". Once an answer was revealed, Alex writing a NEW version she has NOT agreed to
// share flips her published row to is_current = 0 (couple_kept): Sam's app says "This is
// the version Alex revealed earlier; they have edited it since" — Sam learns that an
// unagreed answer of Alex's exists (and when, from file times).
TEST(CoupleReviewAttackTest, AnUnagreedEditOfARevealedAnswerIsVisibleToThePartner)
{
    TwoPartners couple;
    {
        CoupleSpace alex = couple.openSpace(*couple.alex);
        CoupleSpace samSpace = couple.openSpace(*couple.sam);
        ASSERT_TRUE(alex.answer(kPrompt, "first version", Reveal::Yes));
        ASSERT_TRUE(samSpace.answer(kPrompt, "sam", Reveal::Yes));
        ASSERT_TRUE(alex.resolvePendingGrants());
        auto before = samSpace.readAnswer(kPrompt);
        ASSERT_TRUE(before && before->partners && before->partners->readable());
        ASSERT_FALSE(before->partnersIsEarlierVersion);
        // Alex writes a new version and keeps it to herself.
        ASSERT_TRUE(alex.answer(kPrompt, "a private second thought", Reveal::NotYet));
    }
    CoupleSpace samSpace = couple.openSpace(*couple.sam);
    auto after = samSpace.readAnswer(kPrompt);
    ASSERT_TRUE(after);
    EXPECT_FALSE(after->partnersIsEarlierVersion)
        << "Sam's app says Alex has a newer version she has not agreed to share";
    EXPECT_FALSE(after->status.earlierPartnerVersionReadable);
}

// FINDING (severity: medium). Attack goal (d): Alex's app cannot be used at all.
// Sam moves Alex's published (agreed, waiting) row to his own name with one UPDATE.
// Alex's resolver no longer sees it as hers, tries to publish her journal's copy again
// with the same id, hits the primary key and fails; GrantResolver::run fails, so
// CoupleSpace::open fails at every unlock (no notice, no repair), until couple.db is fixed
// by hand. (Expected: the row that is not Sam's is treated as damage and Alex's space opens.)
TEST(CoupleReviewAttackTest, AlexsRowMovedToSamsNameMakesAlexsCoupleSpaceUnopenable)
{
    TwoPartners couple;
    const RawKeys sam = unwrapKeys(couple.dir(), couple.samId, TwoPartners::kSamPassword);
    {
        CoupleSpace alex = couple.openSpace(*couple.alex);
        ASSERT_TRUE(alex.answer(kPrompt, "waiting for Sam", Reveal::Yes));
    }
    {
        Database raw = openCoupleRaw(couple.dir(), sam.coupleKey);
        exec(raw, "UPDATE envelopes SET author_id = " + q(couple.samId) +
                      " WHERE author_id = " + q(couple.alexId) + ";");
    }
    auto space = CoupleSpace::open(*couple.alex, shippedPacks(), couple.spaceOptions());
    EXPECT_TRUE(space) << "Alex's couple space does not open: " << (space ? "" : space.error().detail);
}

// FINDING (severity: medium). Attack goal (d) / promise 1 for Alex's own data: Alex's
// PRIVATE journal is held hostage by the shared file. Sam writes any other signing key
// for Alex into couple.db's partners table (or his own); Vault::unlockSlot refuses with
// DamagedKeyring ("keyring signing key differs from couple.db") before opening anything,
// so Alex cannot open her private journal until Sam puts the byte back.
TEST(CoupleReviewAttackTest, SigningKeyEditedInCoupleDbLocksAlexOutOfHerPrivateJournal)
{
    TwoPartners couple;
    const RawKeys sam = unwrapKeys(couple.dir(), couple.samId, TwoPartners::kSamPassword);
    {
        auto entry = couple.alex->journal().create({.title = "mine", .body = "private"});
        ASSERT_TRUE(entry);
    }
    couple.alex.reset();
    {
        Database raw = openCoupleRaw(couple.dir(), sam.coupleKey);
        auto stmt = raw.prepare("UPDATE partners SET sign_public_key = ? WHERE id = ?;");
        ASSERT_TRUE(stmt);
        stmt->bind(1, ByteView(sam.sign.publicKey)).bind(2, couple.alexId);
        ASSERT_TRUE(stmt->run());
    }
    auto alex = couple.vault().unlock(couple.alexId, SecretBuffer::fromString(TwoPartners::kAlexPassword));
    EXPECT_TRUE(alex) << "Alex cannot open her private journal: " << (alex ? "" : alex.error().detail);
}

// FINDING (severity: medium). Attack goal (b): words shown as Alex's that Alex did not write.
// Weekly-review intentions are plain rows of couple.db (`intentions.text`, no signature,
// no copy in the author's journal). Sam rewrites Alex's intention with one UPDATE; Alex's
// app shows it as HER OWN intention (ReviewRecord::myIntention) in the saved review and its
// history (and in the PDF export), and Sam's app shows it as Alex's; nobody is told.
TEST(CoupleReviewAttackTest, SamRewritesAlexsIntentionAndAlexsAppShowsItAsHers)
{
    TwoPartners couple;
    const RawKeys sam = unwrapKeys(couple.dir(), couple.samId, TwoPartners::kSamPassword);
    const std::string date = "2026-01-04";
    {
        CoupleSpace alex = couple.openSpace(*couple.alex);
        CoupleSpace samSpace = couple.openSpace(*couple.sam);
        ASSERT_TRUE(alex.beginTogether(samSpace));
        ASSERT_TRUE(WeeklyReview(alex).setIntention(date, "phones away at dinner"));
        ASSERT_TRUE(WeeklyReview(samSpace).setIntention(date, "one walk together"));
        ASSERT_TRUE(saveLegacyReview(WeeklyReview(alex), date));
    }
    {
        Database raw = openCoupleRaw(couple.dir(), sam.coupleKey);
        exec(raw, "UPDATE intentions SET text = 'I will stop seeing my friends' WHERE partner_id = " +
                      q(couple.alexId) + ";");
    }
    CoupleSpace alex = couple.openSpace(*couple.alex);
    auto record = WeeklyReview(alex).review(date);
    ASSERT_TRUE(record && *record);
    EXPECT_NE((*record)->myIntention, std::optional<std::string>("I will stop seeing my friends"))
        << "Alex's app shows Sam's words as Alex's own intention";
}
