// Tampering with couple.db (anyone holding the couple key can: both partners do) fails
// authentication and shows as a damaged item, never as someone's words, never a crash.
#include "core/couple/CoupleTestSupport.h"
#include "storage/Statement.h"

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

TEST_F(CoupleTamperTest, FlippedCiphertextIsDamagedForBothPartners)
{
    const std::string id = envelopeOf(m_couple.alexId, kP1);
    flip("envelopes", "ciphertext", "id = '" + id + "'");
    auto samView = read(true, kP1);
    ASSERT_TRUE(samView.partners);
    EXPECT_EQ(samView.partners->state, ItemState::Damaged);
    EXPECT_TRUE(samView.partners->value.empty());
    auto alexView = read(false, kP1);
    ASSERT_TRUE(alexView.mine);
    EXPECT_EQ(alexView.mine->state, ItemState::Damaged);
    // The other prompt is untouched.
    EXPECT_EQ(read(true, kP2).partners->value, "alex on " + std::string(kP2));
}

TEST_F(CoupleTamperTest, FlippedGrantSealIsDamaged)
{
    const std::string id = envelopeOf(m_couple.alexId, kP1);
    flip("grants", "seal", "envelope_id = '" + id + "'", 10);
    auto view = read(true, kP1);
    ASSERT_TRUE(view.partners);
    EXPECT_EQ(view.partners->state, ItemState::Damaged);
}

TEST_F(CoupleTamperTest, FlippedAuthorSealIsDamagedAndNeverGranted)
{
    CoupleSpace alex = m_couple.openSpace(*m_couple.alex);
    CoupleSpace sam = m_couple.openSpace(*m_couple.sam);
    constexpr std::string_view kP3 = "foundations.cared-for";
    ASSERT_TRUE(alex.answer(kP3, "alex three", Reveal::Yes));
    flip("envelopes", "author_seal", "id = '" + envelopeOf(m_couple.alexId, kP3) + "'", 5);
    ASSERT_TRUE(sam.answer(kP3, "sam three", Reveal::Yes));
    ASSERT_TRUE(alex.resolvePendingGrants());
    auto view = sam.readAnswer(kP3);
    ASSERT_TRUE(view);
    EXPECT_FALSE(view->partners.has_value()) << "a damaged envelope is never sealed to anyone";
    auto mine = alex.readAnswer(kP3);
    ASSERT_TRUE(mine && mine->mine);
    EXPECT_EQ(mine->mine->state, ItemState::Damaged);
    auto again = alex.reveal(Topic::answer(std::string(kP3)));
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::DamagedDatabase);
}

TEST_F(CoupleTamperTest, FlippedOrForgedConsentIsVoid)
{
    CoupleSpace alex = m_couple.openSpace(*m_couple.alex);
    CoupleSpace sam = m_couple.openSpace(*m_couple.sam);
    constexpr std::string_view kP3 = "foundations.cared-for";
    constexpr std::string_view kP4 = "foundations.wish-they-knew";
    // Sam's consent to P3 with a flipped hash; Sam's consent to P4 forged by Alex
    // (Sam answered but never agreed): neither makes Sam's session seal Sam's words.
    ASSERT_TRUE(sam.answer(kP3, "sam three", Reveal::Yes));
    flip("consents", "ciphertext_hash",
         "partner_id = '" + m_couple.samId + "' AND topic = '" + std::string(kP3) + "'", 3);
    ASSERT_TRUE(sam.answer(kP4, "sam four"));
    const std::string samP4 = envelopeOf(m_couple.samId, kP4);
    tamper("INSERT INTO consents (partner_id, kind, topic, envelope_id, ciphertext_hash, tag, given_at)"
           " SELECT author_id, kind, topic, id, x'00', zeroblob(32), 0 FROM envelopes WHERE id = '" +
           samP4 + "';");
    {
        // Alex can even compute the right hash; without Sam's item key the tag is wrong.
        Database raw = openCoupleRaw(m_couple.dir(), m_keys->coupleKey);
        auto read = raw.prepare("SELECT ciphertext FROM envelopes WHERE id = ?;");
        read->bind(1, samP4);
        ASSERT_TRUE(*read->step());
        const Bytes ciphertext = read->columnBlob(0);
        Bytes hash(32);
        crypto_generichash(hash.data(), hash.size(), ciphertext.data(), ciphertext.size(), nullptr, 0);
        auto update = raw.prepare("UPDATE consents SET ciphertext_hash = ? WHERE envelope_id = ?;");
        update->bind(1, hash).bind(2, samP4);
        ASSERT_TRUE(update->run());
    }
    for (auto prompt : {kP3, kP4}) {
        ASSERT_TRUE(alex.answer(prompt, "alex", Reveal::Yes));
    }
    ASSERT_TRUE(sam.resolvePendingGrants());
    for (auto prompt : {kP3, kP4}) {
        auto view = alex.readAnswer(prompt);
        ASSERT_TRUE(view);
        EXPECT_FALSE(view->partners.has_value()) << prompt;
        auto samStatus = sam.status(Topic::answer(std::string(prompt)));
        ASSERT_TRUE(samStatus);
        EXPECT_FALSE(samStatus->agreedByMe) << prompt;
        EXPECT_NE(samStatus->state, RevealState::Revealed);
    }
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
    EXPECT_EQ(samView.mine->state, ItemState::Damaged);
    ASSERT_TRUE(samView.partners);
    EXPECT_EQ(samView.partners->state, ItemState::Damaged);
}

TEST_F(CoupleTamperTest, GarbageBlobsNeverCrash)
{
    tamper("UPDATE envelopes SET ciphertext = x'00', author_seal = x'';"
           "UPDATE grants SET seal = x'0102';");
    for (bool asSam : {false, true}) {
        auto view = read(asSam, kP1);
        ASSERT_TRUE(view.mine && view.partners);
        EXPECT_EQ(view.mine->state, ItemState::Damaged);
        EXPECT_EQ(view.partners->state, ItemState::Damaged);
    }
}
