// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Tampering with couple.db (anyone holding the couple key can: both partners do) fails
// authentication and shows as a damaged item, never as someone's words, never a crash.
// Protocol v2: the author's journal holds what they agreed to, so the author's next
// session puts their own rows back as they were and says the shared file was changed.
#include "storage/Statement.h"
#include "support/CoupleTestSupport.h"

#include <algorithm>

#include <gtest/gtest.h>
#include <sodium.h>

using namespace twofold;
using namespace twofold::test;

namespace {

constexpr std::string_view kP1 = "foundations.what-intimacy-means";
constexpr std::string_view kP2 = "foundations.a-little-more";

class CoupleTamperTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        CoupleSpace alex = m_couple.openSpace(*m_couple.alex);
        CoupleSpace sam = m_couple.openSpace(*m_couple.sam);
        ASSERT_TRUE(alex.beginTogether(sam));
        for (auto prompt : {kP1, kP2}) {
            ASSERT_TRUE(alex.answer(prompt, "alex on " + std::string(prompt), Reveal::Yes));
            ASSERT_TRUE(sam.answer(prompt, "sam on " + std::string(prompt), Reveal::Yes));
        }
        m_keys.emplace(unwrapKeys(m_couple.dir(), m_couple.samId, TwoPartners::kSamPassword));
    }

    // Runs SQL on couple.db as a partner with the couple key could.
    void tamper(const std::string& sql)
    {
        Database raw = openCoupleRaw(m_couple.dir(), m_keys->coupleKey);
        ASSERT_TRUE(raw.exec(sql)) << sql;
    }

    std::string envelopeOf(const std::string& author, std::string_view prompt)
    {
        Database raw = openCoupleRaw(m_couple.dir(), m_keys->coupleKey);
        auto stmt =
            raw.prepare("SELECT id FROM envelopes WHERE author_id = ? AND topic = ? AND is_current = 1;");
        stmt->bind(1, author).bind(2, prompt);
        EXPECT_TRUE(*stmt->step());
        return stmt->columnText(0);
    }

    // Flips one byte of a blob column of one row (SQL only).
    void flip(const std::string& table, const std::string& column, const std::string& where, int offset = 40)
    {
        tamper("UPDATE " + table + " SET " + column + " = substr(" + column + ", 1, " +
               std::to_string(offset) + ") || (CASE WHEN substr(hex(" + column + "), " +
               std::to_string(2 * offset + 1) + ", 2) = '00' THEN x'01' ELSE x'00' END) || substr(" + column +
               ", " + std::to_string(offset + 2) + ") WHERE " + where + ";");
    }

    // Swaps one column's values between two rows, with bound parameters.
    void swap(const std::string& table, const std::string& column, const std::string& key,
              const std::string& a, const std::string& b)
    {
        Database raw = openCoupleRaw(m_couple.dir(), m_keys->coupleKey);
        auto value = [&](const std::string& id) {
            auto stmt = raw.prepare("SELECT " + column + " FROM " + table + " WHERE " + key + " = ?;");
            stmt->bind(1, id);
            EXPECT_TRUE(*stmt->step());
            return stmt->columnBlob(0);
        };
        const Bytes va = value(a);
        const Bytes vb = value(b);
        for (const auto& [id, v] : {std::pair{a, vb}, std::pair{b, va}}) {
            auto stmt = raw.prepare("UPDATE " + table + " SET " + column + " = ? WHERE " + key + " = ?;");
            stmt->bind(1, v).bind(2, id);
            ASSERT_TRUE(stmt->run());
        }
    }

    TopicView<std::string> read(bool asSam, std::string_view prompt)
    {
        CoupleSpace space = m_couple.openSpace(asSam ? *m_couple.sam : *m_couple.alex);
        auto view = space.readAnswer(prompt);
        EXPECT_TRUE(view) << view.error().detail;
        return view ? std::move(*view) : TopicView<std::string>{};
    }

    TwoPartners m_couple;
    std::optional<RawKeys> m_keys;
};

} // namespace

TEST_F(CoupleTamperTest, FlippedCiphertextIsDamagedUntilItsAuthorPutsItBack)
{
    const std::string id = envelopeOf(m_couple.alexId, kP1);
    flip("envelopes", "ciphertext", "id = '" + id + "'");
    auto samView = read(true, kP1);
    ASSERT_TRUE(samView.partners);
    EXPECT_EQ(samView.partners->state, ItemState::Damaged);
    EXPECT_TRUE(samView.partners->value.empty());
    // Alex's session: Alex's words come from Alex's journal; couple.db is put back and
    // Alex is told the shared file was changed.
    auto alexView = read(false, kP1);
    ASSERT_TRUE(alexView.mine);
    EXPECT_EQ(alexView.mine->value, "alex on " + std::string(kP1));
    EXPECT_TRUE(alexView.status.sharedFileChanged);
    EXPECT_EQ(alexView.status.state, RevealState::Damaged);
    EXPECT_EQ(read(true, kP1).partners->value, "alex on " + std::string(kP1));
    // The other prompt is untouched.
    EXPECT_EQ(read(true, kP2).partners->value, "alex on " + std::string(kP2));
    EXPECT_FALSE(read(false, kP2).status.sharedFileChanged);
}

TEST_F(CoupleTamperTest, FlippedGrantSealIsDamaged)
{
    const std::string id = envelopeOf(m_couple.alexId, kP1);
    flip("grants", "seal", "envelope_id = '" + id + "'", 10);
    auto view = read(true, kP1);
    ASSERT_TRUE(view.partners);
    EXPECT_EQ(view.partners->state, ItemState::Damaged);
}

TEST_F(CoupleTamperTest, FlippedAuthorSealIsPutBackFromTheAuthorsJournal)
{
    CoupleSpace alex = m_couple.openSpace(*m_couple.alex);
    CoupleSpace sam = m_couple.openSpace(*m_couple.sam);
    constexpr std::string_view kP3 = "foundations.cared-for";
    ASSERT_TRUE(alex.answer(kP3, "alex three", Reveal::Yes));
    flip("envelopes", "author_seal", "id = '" + envelopeOf(m_couple.alexId, kP3) + "'", 5);
    ASSERT_TRUE(sam.answer(kP3, "sam three", Reveal::Yes));
    auto early = sam.readAnswer(kP3);
    ASSERT_TRUE(early);
    EXPECT_FALSE(early->partners.has_value()) << "nothing is sealed to Sam before Alex's session runs";
    ASSERT_TRUE(alex.resolvePendingGrants());
    auto mine = alex.readAnswer(kP3);
    ASSERT_TRUE(mine && mine->mine);
    EXPECT_EQ(mine->mine->value, "alex three");
    EXPECT_TRUE(mine->status.sharedFileChanged);
    auto view = sam.readAnswer(kP3);
    ASSERT_TRUE(view && view->partners);
    EXPECT_EQ(view->partners->value, "alex three");
}

TEST_F(CoupleTamperTest, FlippedSignatureIsDamagedAndNeverGrantedTo)
{
    CoupleSpace alex = m_couple.openSpace(*m_couple.alex);
    CoupleSpace sam = m_couple.openSpace(*m_couple.sam);
    constexpr std::string_view kP3 = "foundations.cared-for";
    ASSERT_TRUE(sam.answer(kP3, "sam three", Reveal::Yes));
    flip("envelopes", "signature", "id = '" + envelopeOf(m_couple.samId, kP3) + "'", 7);
    // Alex agrees: Sam's publication does not carry Sam's signature, so Alex's session
    // does not take it for Sam's agreement and writes no grant.
    ASSERT_TRUE(alex.answer(kP3, "alex three", Reveal::Yes));
    {
        Database raw = openCoupleRaw(m_couple.dir(), m_keys->coupleKey);
        EXPECT_FALSE(rawGrant(raw, envelopeOf(m_couple.alexId, kP3), m_couple.samId).has_value());
    }
    auto status = alex.status(Topic::answer(std::string(kP3)));
    ASSERT_TRUE(status);
    EXPECT_NE(status->state, RevealState::Revealed);
    // Sam's session puts Sam's row back; then both agree for real.
    ASSERT_TRUE(sam.resolvePendingGrants());
    ASSERT_TRUE(alex.resolvePendingGrants());
    auto view = sam.readAnswer(kP3);
    ASSERT_TRUE(view && view->partners);
    EXPECT_EQ(view->partners->value, "alex three");
}

TEST_F(CoupleTamperTest, EnvelopesSwappedBetweenPromptsAreDamaged)
{
    const std::string a1 = envelopeOf(m_couple.alexId, kP1);
    const std::string a2 = envelopeOf(m_couple.alexId, kP2);
    swap("envelopes", "ciphertext", "id", a1, a2);
    for (auto prompt : {kP1, kP2}) {
        auto view = read(true, prompt);
        ASSERT_TRUE(view.partners);
        EXPECT_EQ(view.partners->state, ItemState::Damaged) << prompt;
    }
}

TEST_F(CoupleTamperTest, SealsSwappedBetweenRowsAreDamaged)
{
    const std::string a1 = envelopeOf(m_couple.alexId, kP1);
    const std::string a2 = envelopeOf(m_couple.alexId, kP2);
    swap("grants", "seal", "envelope_id", a1, a2);
    for (auto prompt : {kP1, kP2}) {
        auto view = read(true, prompt);
        ASSERT_TRUE(view.partners);
        EXPECT_EQ(view.partners->state, ItemState::Damaged) << prompt;
    }
}

TEST_F(CoupleTamperTest, EnvelopesSwappedBetweenPartnersAreDamaged)
{
    const std::string a1 = envelopeOf(m_couple.alexId, kP1);
    const std::string s1 = envelopeOf(m_couple.samId, kP1);
    // Alex's envelope and Sam's on the same prompt trade contents and seals.
    swap("envelopes", "ciphertext", "id", a1, s1);
    swap("envelopes", "author_seal", "id", a1, s1);
    auto samView = read(true, kP1);
    ASSERT_TRUE(samView.mine);
    EXPECT_EQ(samView.mine->value, "sam on " + std::string(kP1)) << "Sam's own words come from Sam's journal";
    EXPECT_TRUE(samView.status.sharedFileChanged);
    ASSERT_TRUE(samView.partners);
    EXPECT_EQ(samView.partners->state, ItemState::Damaged);
}

TEST_F(CoupleTamperTest, GarbageBlobsNeverCrash)
{
    tamper("UPDATE envelopes SET ciphertext = x'00', author_seal = x'', signature = x'01';"
           "UPDATE grants SET seal = x'0102';");
    // Alex first: Alex's rows are put back, Sam's are still garbage.
    auto alexView = read(false, kP1);
    ASSERT_TRUE(alexView.mine && alexView.partners);
    EXPECT_EQ(alexView.mine->value, "alex on " + std::string(kP1));
    EXPECT_EQ(alexView.partners->state, ItemState::Damaged);
    // Then Sam's session, then Alex's again: both sides are whole again.
    auto samView = read(true, kP1);
    ASSERT_TRUE(samView.mine);
    EXPECT_EQ(samView.mine->value, "sam on " + std::string(kP1));
    EXPECT_TRUE(samView.status.sharedFileChanged);
    EXPECT_TRUE(read(false, kP1).partners);
    auto healed = read(true, kP1);
    ASSERT_TRUE(healed.partners);
    EXPECT_EQ(healed.partners->value, "alex on " + std::string(kP1));
}

// The Prompts list skips grant resolution while neither file changed (§7). A change made
// through another connection while Alex's space is open (Sam's app, sqlite3) moves
// couple.db's data version, so Alex's very next list resolves and sees it: a row of hers
// deleted is published again, one rewritten is removed, put back and reported.
TEST_F(CoupleTamperTest, RowsChangedWhileTheAuthorsSpaceIsOpenAreSeenByTheNextList)
{
    CoupleSpace alex = m_couple.openSpace(*m_couple.alex);
    ASSERT_TRUE(alex.promptStates());
    const std::string id1 = envelopeOf(m_couple.alexId, kP1);
    const std::string id2 = envelopeOf(m_couple.alexId, kP2);
    tamper("DELETE FROM envelopes WHERE id = '" + id1 + "';");
    flip("envelopes", "signature", "id = '" + id2 + "'", 3);
    auto after = alex.promptStates();
    ASSERT_TRUE(after);
    auto status = [&](std::string_view prompt) {
        const auto it =
            std::ranges::find_if(*after, [&](const TopicStatus& s) { return s.topic.key == prompt; });
        EXPECT_NE(it, after->end());
        return it != after->end() ? *it : TopicStatus{};
    };
    EXPECT_EQ(envelopeOf(m_couple.alexId, kP1), id1) << "Alex's next list did not publish her answer again";
    EXPECT_TRUE(status(kP2).sharedFileChanged) << "Alex's next list did not notice her rewritten row";
    EXPECT_EQ(read(true, kP1).partners->value, "alex on " + std::string(kP1));
    EXPECT_EQ(read(true, kP2).partners->value, "alex on " + std::string(kP2));
}

// While Alex's space is open, her list compares the signed fields only (no ciphertext is
// read): a ciphertext flipped then is damaged for Sam, never someone's words, and put
// back byte for byte at Alex's next unlock.
TEST_F(CoupleTamperTest, ACiphertextFlippedWhileTheAuthorsSpaceIsOpenIsPutBackAtHerNextUnlock)
{
    {
        CoupleSpace alex = m_couple.openSpace(*m_couple.alex);
        ASSERT_TRUE(alex.promptStates());
        flip("envelopes", "ciphertext", "id = '" + envelopeOf(m_couple.alexId, kP1) + "'");
        ASSERT_TRUE(alex.promptStates());
        auto samView = read(true, kP1);
        ASSERT_TRUE(samView.partners);
        EXPECT_EQ(samView.partners->state, ItemState::Damaged);
        EXPECT_TRUE(samView.partners->value.empty());
    }
    auto alexView = read(false, kP1);
    EXPECT_TRUE(alexView.status.sharedFileChanged);
    auto samView = read(true, kP1);
    ASSERT_TRUE(samView.partners);
    EXPECT_EQ(samView.partners->value, "alex on " + std::string(kP1));
}
