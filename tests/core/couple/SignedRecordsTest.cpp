// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Signed records (docs/ARCHITECTURE.md, "Signed records (protocol v2)"): custom prompts,
// intentions, saved reviews and the partner's name and colour carry their author's
// Ed25519 signature. Sam, holding the couple key, his own keys and plain SQL, edits and
// forges rows; Alex's app never shows them as anyone's words. And the rows of the first
// release (unsigned) stay readable through the upgrade, but only as they were.
#include "couple/WeeklyReview.h"
#include "storage/Statement.h"
#include "support/CoupleTestSupport.h"
#include "support/FastKdf.h"
#include "support/LegacyReviews.h"

#include <algorithm>

#include <gtest/gtest.h>

using namespace twofold;
using namespace twofold::test;

namespace {

constexpr std::string_view kDate = "2026-01-04";

bool lists(const std::vector<CustomPrompt>& prompts, std::string_view id)
{
    return std::ranges::any_of(prompts, [&](const CustomPrompt& c) { return c.prompt.id == id; });
}

bool shares(CoupleSpace& space, std::string_view id)
{
    auto shared = space.prompts().sharedPrompts();
    EXPECT_TRUE(shared);
    return std::ranges::any_of(*shared, [&](const Prompt& p) { return p.id == id; });
}

class SignedRecordsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_sam.emplace(unwrapKeys(m_couple.dir(), m_couple.samId, TwoPartners::kSamPassword));
    }

    // Runs SQL on couple.db as Sam can, with the couple key.
    void asSam(const std::string& sql)
    {
        Database raw = openCoupleRaw(m_couple.dir(), m_sam->coupleKey);
        ASSERT_TRUE(raw.exec(sql)) << sql;
    }

    // The first release: no signatures anywhere, and neither journal has upgraded yet.
    void backToFirstRelease()
    {
        asSam("UPDATE custom_prompts SET signature = NULL, signed_by = NULL;"
              "UPDATE intentions SET signature = NULL;"
              "UPDATE reviews SET signature = NULL, signed_by = NULL;"
              "UPDATE partners SET profile_signature = NULL;");
        for (Session* s : {&*m_couple.alex, &*m_couple.sam}) {
            ASSERT_TRUE(s->journal().setSetting("couple.signed_records", "0"));
        }
    }

    void editKeyring(const std::string& sql)
    {
        auto db = Database::openPlain(m_couple.dir() / "keyring.db", OpenMode::Existing);
        ASSERT_TRUE(db.has_value());
        ASSERT_TRUE(db->exec(sql)) << sql;
        ASSERT_EQ(db->changes(), 1);
    }

    std::string hex(ByteView bytes) { return toHex(bytes); }

    TwoPartners m_couple;
    std::optional<RawKeys> m_sam;
};

} // namespace

// --- Custom prompts ---

TEST_F(SignedRecordsTest, PromptsAreSignedByWhoWroteOrLastChangedThem)
{
    CoupleSpace alex = m_couple.openSpace(*m_couple.alex);
    CoupleSpace sam = m_couple.openSpace(*m_couple.sam);
    auto id = alex.prompts().addCustomPrompt("What made you laugh this week?", "And why?");
    ASSERT_TRUE(id);
    auto seen = sam.prompts().customPrompts();
    ASSERT_TRUE(seen);
    ASSERT_EQ(seen->size(), 1U);
    EXPECT_EQ((*seen)[0].signedBy, m_couple.alexId);
    EXPECT_EQ((*seen)[0].prompt.text, "What made you laugh this week?");

    ASSERT_TRUE(sam.prompts().editCustomPrompt(*id, "What made you laugh out loud?"));
    seen = alex.prompts().customPrompts();
    ASSERT_EQ(seen->size(), 1U);
    EXPECT_EQ((*seen)[0].signedBy, m_couple.samId) << "the words are Sam's now";
    EXPECT_EQ((*seen)[0].addedBy, m_couple.alexId);
    EXPECT_TRUE(shares(alex, *id));

    ASSERT_TRUE(alex.prompts().retireCustomPrompt(*id));
    auto all = sam.prompts().customPrompts(IncludeRetired::Yes);
    ASSERT_EQ(all->size(), 1U);
    EXPECT_TRUE((*all)[0].retiredMs);
    EXPECT_EQ((*all)[0].signedBy, m_couple.alexId);
}

TEST_F(SignedRecordsTest, APromptEditedWithSqlIsLeftOut)
{
    CoupleSpace alex = m_couple.openSpace(*m_couple.alex);
    auto id = alex.prompts().addCustomPrompt("What do you need more of?");
    ASSERT_TRUE(id);
    ASSERT_TRUE(shares(alex, *id));

    asSam("UPDATE custom_prompts SET text = 'Why do you never listen?' WHERE id = '" + *id + "';");
    EXPECT_FALSE(lists(*alex.prompts().customPrompts(IncludeRetired::Yes), *id));
    EXPECT_FALSE(shares(alex, *id));
    EXPECT_FALSE(*alex.prompts().isShared(*id));
    EXPECT_FALSE(alex.answer(*id, "something")) << "never answered under words nobody signed";
    auto found = alex.prompts().find(*id);
    ASSERT_TRUE(found);
    EXPECT_FALSE(*found);
    auto edit = alex.prompts().editCustomPrompt(*id, "Fixed?");
    ASSERT_FALSE(edit) << "an edit would sign a forged row as genuine";
    EXPECT_EQ(edit.error().code, ErrorCode::NotFound);

    // Un-retiring is an edit too.
    auto other = alex.prompts().addCustomPrompt("A retired one");
    ASSERT_TRUE(alex.prompts().retireCustomPrompt(*other));
    asSam("UPDATE custom_prompts SET retired_at = NULL WHERE id = '" + *other + "';");
    EXPECT_FALSE(shares(alex, *other));
}

TEST_F(SignedRecordsTest, APromptForgedUnderAlexsNameIsLeftOut)
{
    CoupleSpace alex = m_couple.openSpace(*m_couple.alex);
    CoupleSpace sam = m_couple.openSpace(*m_couple.sam);
    const std::string& a = m_couple.alexId;
    // Signed by Sam's real key, but claiming to be Alex's signature; and one unsigned.
    const std::string forged =
        "INSERT INTO custom_prompts (id, text, follow_up, added_by, created_at,"
        " updated_at, signed_by, signature) VALUES ('custom.f1', 'Forged', '', '" +
        a + "', 1, 1, '" + a + "', x'" + hex(m_sam->sign.sign(asBytes("anything at all"))) + "');" +
        "INSERT INTO custom_prompts (id, text, follow_up, added_by, created_at, updated_at)"
        " VALUES ('custom.f2', 'Unsigned', '', '" +
        a + "', 1, 1);";
    asSam(forged);
    for (CoupleSpace* space : {&alex, &sam}) {
        auto listed = space->prompts().customPrompts(IncludeRetired::Yes);
        ASSERT_TRUE(listed);
        EXPECT_FALSE(lists(*listed, "custom.f1"));
        EXPECT_FALSE(lists(*listed, "custom.f2"));
    }
    // Reopening (the upgrade runs once, and not again) does not adopt the unsigned row.
    CoupleSpace again = m_couple.openSpace(*m_couple.alex);
    EXPECT_FALSE(lists(*again.prompts().customPrompts(), "custom.f2"));
}

TEST_F(SignedRecordsTest, FirstReleasePromptsAreSignedByTheirAuthorAndRememberedByTheReader)
{
    std::string alexPrompt;
    std::string samPrompt;
    {
        CoupleSpace alex = m_couple.openSpace(*m_couple.alex);
        CoupleSpace sam = m_couple.openSpace(*m_couple.sam);
        alexPrompt = *alex.prompts().addCustomPrompt("Alex asks");
        samPrompt = *sam.prompts().addCustomPrompt("Sam asks");
    }
    backToFirstRelease();

    // Alex upgrades first: signs his own, remembers Sam's as they are.
    CoupleSpace alex = m_couple.openSpace(*m_couple.alex);
    auto listed = alex.prompts().customPrompts();
    ASSERT_TRUE(listed);
    EXPECT_TRUE(lists(*listed, alexPrompt));
    EXPECT_TRUE(lists(*listed, samPrompt));
    {
        Database raw = openCoupleRaw(m_couple.dir(), m_sam->coupleKey);
        auto stmt = raw.prepare("SELECT signed_by, signature IS NOT NULL FROM custom_prompts WHERE id = ?;");
        stmt->bind(1, alexPrompt);
        ASSERT_TRUE(*stmt->step());
        EXPECT_EQ(stmt->columnText(0), m_couple.alexId);
        EXPECT_EQ(stmt->columnInt(1), 1);
    }

    // Unsigned rows Alex did not see at his upgrade, or changed since, are not listed.
    asSam("INSERT INTO custom_prompts (id, text, follow_up, added_by, created_at, updated_at)"
          " VALUES ('custom.late', 'Late', '', '" +
          m_couple.samId + "', 1, 1);");
    EXPECT_FALSE(lists(*alex.prompts().customPrompts(), "custom.late"));
    asSam("UPDATE custom_prompts SET text = 'Sam asks, edited' WHERE id = '" + samPrompt + "';");
    EXPECT_FALSE(lists(*alex.prompts().customPrompts(), samPrompt));
    asSam("UPDATE custom_prompts SET text = 'Sam asks' WHERE id = '" + samPrompt + "';");
    EXPECT_TRUE(lists(*alex.prompts().customPrompts(), samPrompt)) << "exactly as remembered";

    // Sam's next session signs his own; Alex reads them under Sam's signature.
    CoupleSpace sam = m_couple.openSpace(*m_couple.sam);
    listed = alex.prompts().customPrompts();
    ASSERT_TRUE(lists(*listed, samPrompt));
    EXPECT_TRUE(lists(*listed, "custom.late")) << "Sam signed what is his";
    const auto it =
        std::ranges::find_if(*listed, [&](const CustomPrompt& c) { return c.prompt.id == samPrompt; });
    EXPECT_EQ(it->signedBy, m_couple.samId);
    EXPECT_TRUE(lists(*sam.prompts().customPrompts(), alexPrompt));
}

// --- Intentions and saved reviews ---

TEST_F(SignedRecordsTest, AnIntentionEditedOrForgedIsDamagedNeverSomeonesWords)
{
    CoupleSpace alex = m_couple.openSpace(*m_couple.alex);
    CoupleSpace sam = m_couple.openSpace(*m_couple.sam);
    WeeklyReview alexReview(alex);
    WeeklyReview samReview(sam);
    ASSERT_TRUE(alexReview.setIntention(kDate, "Cook on Friday."));
    ASSERT_TRUE(samReview.setIntention(kDate, "Call your mother with you."));
    ASSERT_TRUE(saveLegacyReview(alexReview, kDate));

    auto rec = samReview.review(kDate);
    ASSERT_TRUE(rec && *rec);
    EXPECT_EQ((*rec)->partnerIntention, "Cook on Friday.");
    EXPECT_FALSE((*rec)->partnerIntentionDamaged);
    EXPECT_EQ((*rec)->savedBy, m_couple.alexId);

    asSam("UPDATE intentions SET text = 'I will stop seeing my friends.' WHERE partner_id = '" +
          m_couple.alexId + "';");
    rec = alexReview.review(kDate);
    ASSERT_TRUE(rec && *rec);
    EXPECT_FALSE((*rec)->myIntention);
    EXPECT_TRUE((*rec)->myIntentionDamaged);
    EXPECT_EQ((*rec)->partnerIntention, "Call your mother with you.");
    EXPECT_FALSE((*rec)->partnerIntentionDamaged);
    rec = samReview.review(kDate);
    EXPECT_FALSE((*rec)->partnerIntention);
    EXPECT_TRUE((*rec)->partnerIntentionDamaged);

    // Another date's genuine intention moved here does not check either (the date is signed).
    ASSERT_TRUE(alexReview.setIntention("2026-01-11", "Plan the trip."));
    asSam("DELETE FROM intentions WHERE review_date = '2026-01-04' AND partner_id = '" + m_couple.alexId +
          "'; UPDATE intentions SET review_date = '2026-01-04' WHERE review_date = '2026-01-11';");
    rec = samReview.review(kDate);
    EXPECT_TRUE((*rec)->partnerIntentionDamaged);

    // Signed with Sam's own key under Alex's name.
    asSam("DELETE FROM intentions WHERE partner_id = '" + m_couple.alexId + "';");
    const std::string sig = hex(m_sam->sign.sign(asBytes("x")));
    asSam("INSERT INTO intentions (review_date, partner_id, text, updated_at, signature) VALUES "
          "('2026-01-04', '" +
          m_couple.alexId + "', 'Forged', 1, x'" + sig + "');");
    rec = alexReview.review(kDate);
    EXPECT_TRUE((*rec)->myIntentionDamaged);
    EXPECT_FALSE((*rec)->myIntention);
}

TEST_F(SignedRecordsTest, AReviewRecordThatDoesNotCheckCountsAsNotSaved)
{
    ManualClock clock;
    TwoPartners couple(&clock);
    const RawKeys sam = unwrapKeys(couple.dir(), couple.samId, TwoPartners::kSamPassword);
    CoupleSpace alex = couple.openSpace(*couple.alex);
    WeeklyReview review(alex);
    clock.advanceMs(3LL * 24 * 60 * 60 * 1000); // Sunday 2026-01-04, review day
    ASSERT_TRUE(review.schedule()->due);
    ASSERT_TRUE(saveLegacyReview(review, kDate));
    ASSERT_FALSE(review.schedule()->due);
    ASSERT_EQ(review.history()->size(), 1U);

    auto asSamHere = [&](const std::string& sql) {
        Database raw = openCoupleRaw(couple.dir(), sam.coupleKey);
        ASSERT_TRUE(raw.exec(sql)) << sql;
    };
    asSamHere("UPDATE reviews SET saved_at = saved_at + 1;");
    EXPECT_TRUE(review.schedule()->due) << "an edited record is not a review held";
    EXPECT_TRUE(review.history()->empty());
    EXPECT_FALSE(*review.review(kDate));

    // A record forged outright: unsigned, or under Alex's name with Sam's key.
    asSamHere("DELETE FROM reviews; INSERT INTO reviews (review_date, saved_at) VALUES ('2026-01-04', 5);");
    EXPECT_TRUE(review.schedule()->due);
    asSamHere("UPDATE reviews SET signed_by = '" + couple.alexId + "', signature = x'" +
              toHex(sam.sign.sign(asBytes("y"))) + "';");
    EXPECT_TRUE(review.schedule()->due);
    EXPECT_TRUE(review.history()->empty());

    ASSERT_TRUE(saveLegacyReview(review, kDate)) << "saving again signs it";
    EXPECT_FALSE(review.schedule()->due);
}

TEST_F(SignedRecordsTest, FirstReleaseIntentionsAndReviewsStayReadableOnlyAsTheyWere)
{
    {
        CoupleSpace alex = m_couple.openSpace(*m_couple.alex);
        CoupleSpace sam = m_couple.openSpace(*m_couple.sam);
        ASSERT_TRUE(WeeklyReview(alex).setIntention(kDate, "Alex's"));
        ASSERT_TRUE(WeeklyReview(sam).setIntention(kDate, "Sam's"));
        ASSERT_TRUE(saveLegacyReview(WeeklyReview(sam), kDate));
    }
    backToFirstRelease();

    CoupleSpace alex = m_couple.openSpace(*m_couple.alex); // signs his intention and the review
    WeeklyReview review(alex);
    auto rec = review.review(kDate);
    ASSERT_TRUE(rec && *rec);
    EXPECT_EQ((*rec)->savedBy, m_couple.alexId) << "the first to upgrade vouches for the saved review";
    EXPECT_EQ((*rec)->myIntention, "Alex's");
    EXPECT_EQ((*rec)->partnerIntention, "Sam's") << "remembered at Alex's upgrade";

    asSam("UPDATE intentions SET text = 'Sam''s, changed' WHERE partner_id = '" + m_couple.samId + "';");
    rec = review.review(kDate);
    EXPECT_TRUE((*rec)->partnerIntentionDamaged);
    asSam("UPDATE intentions SET text = 'Sam''s' WHERE partner_id = '" + m_couple.samId + "';");

    CoupleSpace sam = m_couple.openSpace(*m_couple.sam); // signs his own
    rec = review.review(kDate);
    EXPECT_EQ((*rec)->partnerIntention, "Sam's");
    auto samRec = WeeklyReview(sam).review(kDate);
    ASSERT_TRUE(samRec && *samRec);
    EXPECT_EQ((*samRec)->partnerIntention, "Alex's");
    EXPECT_EQ((*samRec)->savedBy, m_couple.alexId);
    Database raw = openCoupleRaw(m_couple.dir(), m_sam->coupleKey);
    auto stmt = raw.prepare("SELECT count(*) FROM intentions WHERE signature IS NULL;");
    ASSERT_TRUE(*stmt->step());
    EXPECT_EQ(stmt->columnInt(0), 0);
}

// --- The partner's name and colour ---

TEST_F(SignedRecordsTest, ThePartnersNameAndColourShowOnlyUnderTheirSignature)
{
    CoupleSpace alex = m_couple.openSpace(*m_couple.alex);
    auto profile = alex.partnerProfile(m_couple.vault());
    ASSERT_TRUE(profile);
    EXPECT_TRUE(profile->authentic);
    auto samInfo = m_couple.vault().findPartner(m_couple.samId);
    ASSERT_TRUE(samInfo);
    EXPECT_EQ(profile->name, samInfo->name);
    EXPECT_EQ(profile->colour, samInfo->colour);

    // keyring.db is plain SQLite; the row MAC is Sam's to check, not Alex's.
    editKeyring("UPDATE partners SET name = 'Your landlord' WHERE id = '" + m_couple.samId + "';");
    profile = alex.partnerProfile(m_couple.vault());
    ASSERT_TRUE(profile);
    EXPECT_FALSE(profile->authentic);
    EXPECT_TRUE(profile->name.empty()) << "never shown: the app says \"Your partner\"";
    editKeyring("UPDATE partners SET name = '" + samInfo->name + "', colour = '#000000' WHERE id = '" +
                m_couple.samId + "';");
    EXPECT_FALSE(alex.partnerProfile(m_couple.vault())->authentic);
    editKeyring("UPDATE partners SET colour = '" + samInfo->colour + "' WHERE id = '" + m_couple.samId +
                "';");
    EXPECT_TRUE(alex.partnerProfile(m_couple.vault())->authentic);

    // A signature by the wrong key, or none at all.
    asSam("UPDATE partners SET profile_signature = x'" + hex(m_sam->sign.sign(asBytes("z"))) +
          "' WHERE id = '" + m_couple.samId + "';");
    EXPECT_FALSE(alex.partnerProfile(m_couple.vault())->authentic);
    asSam("UPDATE partners SET profile_signature = NULL WHERE id = '" + m_couple.samId + "';");
    EXPECT_FALSE(alex.partnerProfile(m_couple.vault())->authentic);

    // Sam's next session signs his profile again.
    CoupleSpace sam = m_couple.openSpace(*m_couple.sam);
    EXPECT_TRUE(alex.partnerProfile(m_couple.vault())->authentic);
    EXPECT_TRUE(sam.partnerProfile(m_couple.vault())->authentic);
}

TEST_F(SignedRecordsTest, AnUnsignedProfileOfTheFirstReleaseIsKeptAsFirstShown)
{
    backToFirstRelease();
    CoupleSpace alex = m_couple.openSpace(*m_couple.alex); // re-signs Alex's own profile
    auto profile = alex.partnerProfile(m_couple.vault());
    ASSERT_TRUE(profile);
    EXPECT_TRUE(profile->authentic) << "Sam has not unlocked since the upgrade";
    const std::string name = profile->name;
    EXPECT_TRUE(alex.partnerProfile(m_couple.vault())->authentic);

    editKeyring("UPDATE partners SET name = 'Someone else' WHERE id = '" + m_couple.samId + "';");
    EXPECT_FALSE(alex.partnerProfile(m_couple.vault())->authentic);
    editKeyring("UPDATE partners SET name = '" + name + "' WHERE id = '" + m_couple.samId + "';");
    EXPECT_TRUE(alex.partnerProfile(m_couple.vault())->authentic);

    CoupleSpace sam = m_couple.openSpace(*m_couple.sam);
    EXPECT_TRUE(sam.partnerProfile(m_couple.vault())->authentic) << "Alex signed at his upgrade";
    Database raw = openCoupleRaw(m_couple.dir(), m_sam->coupleKey);
    auto stmt = raw.prepare("SELECT count(*) FROM partners WHERE profile_signature IS NULL;");
    ASSERT_TRUE(*stmt->step());
    EXPECT_EQ(stmt->columnInt(0), 0);
}

TEST_F(SignedRecordsTest, WithoutAPartnerThereIsNoProfile)
{
    TempDir tmp;
    auto vault = Vault::create(tmp.path() / "vault", twofold::test::fastVaultOptions());
    ASSERT_TRUE(vault);
    auto alone = vault->enroll({"Alone", "#123456"}, SecretBuffer::fromString("pw"));
    ASSERT_TRUE(alone);
    auto space = CoupleSpace::open(alone->session, shippedPacks());
    ASSERT_TRUE(space);
    auto profile = space->partnerProfile(*vault);
    ASSERT_TRUE(profile);
    EXPECT_FALSE(profile->authentic);
}
