// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// One named test per attack of issue 10, each as the other partner would try it with a
// copy of the vault folder, the couple key, their own keys and SQL (DESIGN.md §1).
#include "couple/detail/EnvelopeCrypto.h"
#include "couple/detail/EnvelopeStore.h"
#include "journal/detail/JournalAccess.h"
#include "storage/Statement.h"
#include "support/CoupleTestSupport.h"

#include <algorithm>
#include <filesystem>

#include <gtest/gtest.h>

using namespace twofold;
using namespace twofold::test;

namespace {

constexpr std::string_view kPrompt = "foundations.what-intimacy-means";
const Topic kTopic = Topic::answer(std::string(kPrompt));

std::vector<detail::EnvelopeRow> rowsOf(Database& db, const std::string& author)
{
    auto rows = detail::EnvelopeStore(db).allByAuthor(author);
    EXPECT_TRUE(rows);
    return rows ? *rows : std::vector<detail::EnvelopeRow>{};
}

bool contains(const std::vector<std::string>& texts, std::string_view needle)
{
    return std::ranges::any_of(texts,
                               [&](const std::string& t) { return t.find(needle) != std::string::npos; });
}

} // namespace

TEST(CoupleAttackTest, AWithdrawnConsentReInsertedNeverBecomesAGrant)
{
    TwoPartners couple;
    const RawKeys sam = unwrapKeys(couple.dir(), couple.samId, TwoPartners::kSamPassword);
    std::vector<detail::EnvelopeRow> saved;
    {
        CoupleSpace alex = couple.openSpace(*couple.alex);
        ASSERT_TRUE(alex.answer(kPrompt, "ALEX-HELD-BACK", Reveal::Yes));
        Database raw = openCoupleRaw(couple.dir(), sam.coupleKey);
        saved = rowsOf(raw, couple.alexId); // Sam keeps a copy of Alex's consent (the published row)
        ASSERT_EQ(saved.size(), 1u);
        auto held = alex.hold(kTopic);
        ASSERT_TRUE(held && *held == Withdrawal::Withdrawn);
        EXPECT_TRUE(rowsOf(raw, couple.alexId).empty()) << "holding back unpublishes";
    }
    {
        // Sam puts it back with one statement, then answers and agrees.
        Database raw = openCoupleRaw(couple.dir(), sam.coupleKey);
        ASSERT_TRUE(detail::EnvelopeStore(raw).insert(saved.front()));
    }
    CoupleSpace samSpace = couple.openSpace(*couple.sam);
    ASSERT_TRUE(samSpace.answer(kPrompt, "sam", Reveal::Yes));
    // Alex's next session: no grant, and Alex is told the shared file was changed.
    CoupleSpace alex = couple.openSpace(*couple.alex);
    auto status = alex.status(kTopic);
    ASSERT_TRUE(status);
    EXPECT_FALSE(status->agreedByMe) << "never 'agreed' again";
    EXPECT_TRUE(status->sharedFileChanged);
    EXPECT_EQ(status->state, RevealState::Damaged);
    EXPECT_FALSE(contains(whatSamCanRead(couple, sam), "ALEX-HELD-BACK"));
}

TEST(CoupleAttackTest, AnOlderCoupleDbPutBackNeverRevivesAWithdrawnConsent)
{
    TwoPartners couple;
    const RawKeys sam = unwrapKeys(couple.dir(), couple.samId, TwoPartners::kSamPassword);
    const auto copy = couple.dir().parent_path() / "couple-old.db";
    {
        CoupleSpace alex = couple.openSpace(*couple.alex);
        ASSERT_TRUE(alex.answer(kPrompt, "ALEX-OLD-CONSENT", Reveal::Yes));
        ASSERT_TRUE(couple.alex->coupleDatabase().checkpoint());
        std::filesystem::copy_file(couple.dir() / "couple.db", copy);
        ASSERT_TRUE(alex.hold(kTopic));
    }
    couple.alex->lock();
    couple.sam->lock();
    for (const char* suffix : {"-wal", "-shm"}) {
        std::filesystem::remove(couple.dir().string() + "/couple.db" + suffix);
    }
    std::filesystem::copy_file(copy, couple.dir() / "couple.db",
                               std::filesystem::copy_options::overwrite_existing);
    couple.unlock("sam");
    CoupleSpace samSpace = couple.openSpace(*couple.sam);
    ASSERT_TRUE(samSpace.answer(kPrompt, "sam", Reveal::Yes));
    couple.unlock("alex");
    CoupleSpace alex = couple.openSpace(*couple.alex);
    auto status = alex.status(kTopic);
    ASSERT_TRUE(status);
    EXPECT_FALSE(status->agreedByMe);
    EXPECT_TRUE(status->sharedFileChanged);
    EXPECT_FALSE(contains(whatSamCanRead(couple, sam), "ALEX-OLD-CONSENT"));
}

TEST(CoupleAttackTest, AnAnswerEditedAwayNeverComesBack)
{
    TwoPartners couple;
    const RawKeys sam = unwrapKeys(couple.dir(), couple.samId, TwoPartners::kSamPassword);
    std::vector<detail::EnvelopeRow> saved;
    {
        CoupleSpace alex = couple.openSpace(*couple.alex);
        ASSERT_TRUE(alex.answer(kPrompt, "ALEX-FIRST-WORDS", Reveal::Yes));
        Database raw = openCoupleRaw(couple.dir(), sam.coupleKey);
        saved = rowsOf(raw, couple.alexId);
        ASSERT_TRUE(alex.answer(kPrompt, "alex second words", Reveal::Yes));
    }
    {
        Database raw = openCoupleRaw(couple.dir(), sam.coupleKey);
        auto stmt = raw.prepare("DELETE FROM envelopes WHERE author_id = ?;");
        stmt->bind(1, couple.alexId);
        ASSERT_TRUE(stmt->run());
        ASSERT_TRUE(detail::EnvelopeStore(raw).insert(saved.front()));
    }
    CoupleSpace samSpace = couple.openSpace(*couple.sam);
    ASSERT_TRUE(samSpace.answer(kPrompt, "sam", Reveal::Yes));
    CoupleSpace alex = couple.openSpace(*couple.alex);
    auto view = alex.readAnswer(kPrompt);
    ASSERT_TRUE(view && view->mine);
    EXPECT_EQ(view->mine->value, "alex second words") << "the newer answer never silently disappears";
    const auto readable = whatSamCanRead(couple, sam);
    EXPECT_FALSE(contains(readable, "ALEX-FIRST-WORDS"));
    EXPECT_TRUE(contains(readable, "alex second words")) << "the version Alex agrees to is revealed";
}

TEST(CoupleAttackTest, WordsPutInTheAuthorsMouthAreDamagedNeverShown)
{
    TwoPartners couple;
    const RawKeys sam = unwrapKeys(couple.dir(), couple.samId, TwoPartners::kSamPassword);
    const RawKeys alexKeys = unwrapKeys(couple.dir(), couple.alexId, TwoPartners::kAlexPassword);
    {
        CoupleSpace samSpace = couple.openSpace(*couple.sam);
        ASSERT_TRUE(samSpace.answer(kPrompt, "sam", Reveal::Yes));
    }
    // Sam writes "Alex's" answer: right AD, sealed to Alex's key and to Sam's, signed with
    // Sam's own signing key (the only one Sam has), published as Alex's.
    DeterministicRandom random(5);
    detail::EnvelopeRow row;
    row.id = detail::newEnvelopeId(random);
    row.authorId = couple.alexId;
    row.topic = std::string(kPrompt);
    row.questionHash = detail::questionHash("What does intimacy mean to you?");
    const SecretBuffer key = detail::newItemKey(random);
    const SecretBuffer plain = detail::encodeAnswer("What does intimacy mean to you?", "FORGED WORDS");
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
    auto view = samSpace.readAnswer(kPrompt);
    ASSERT_TRUE(view && view->partners);
    EXPECT_EQ(view->partners->state, ItemState::Damaged) << "never anyone's words";
    EXPECT_TRUE(view->partners->value.empty());
    // Alex's session removes it and says so.
    CoupleSpace alex = couple.openSpace(*couple.alex);
    auto mine = alex.readAnswer(kPrompt);
    ASSERT_TRUE(mine);
    EXPECT_FALSE(mine->mine.has_value()) << "Alex never wrote it";
    EXPECT_TRUE(mine->status.sharedFileChanged);
}

TEST(CoupleAttackTest, TheQuestionTravelsWithTheAnswer)
{
    TwoPartners couple;
    CoupleSpace alex = couple.openSpace(*couple.alex);
    CoupleSpace sam = couple.openSpace(*couple.sam);
    auto id = alex.prompts().addCustomPrompt("What made you laugh this week?");
    ASSERT_TRUE(id);
    ASSERT_TRUE(alex.answer(*id, "the cat", Reveal::Yes));
    ASSERT_TRUE(sam.answer(*id, "the rain", Reveal::Yes));
    // Sam rewrites the question afterwards (with the app or with SQL alike).
    ASSERT_TRUE(sam.prompts().editCustomPrompt(*id, "What do you regret most?"));
    ASSERT_TRUE(alex.resolvePendingGrants()); // Alex's session seals Alex's answer to Sam
    auto view = sam.readAnswer(*id);
    ASSERT_TRUE(view && view->partners && view->partners->readable());
    EXPECT_EQ(view->partners->value, "the cat");
    EXPECT_EQ(view->partners->question, "What made you laugh this week?")
        << "shown under the question it was written for";
}

TEST(CoupleAttackTest, AnsweringIsInvisibleBeforeAgreeing)
{
    TwoPartners couple;
    CoupleSpace alex = couple.openSpace(*couple.alex);
    ASSERT_TRUE(alex.answer(kPrompt, "ALEX-NOT-AGREED"));
    const RawKeys sam = unwrapKeys(couple.dir(), couple.samId, TwoPartners::kSamPassword);
    Database raw = openCoupleRaw(couple.dir(), sam.coupleKey);
    EXPECT_TRUE(rowsOf(raw, couple.alexId).empty()) << "couple.db holds nothing of Alex's";
    CoupleSpace samSpace = couple.openSpace(*couple.sam);
    auto status = samSpace.status(kTopic);
    ASSERT_TRUE(status);
    EXPECT_EQ(status->state, RevealState::NotAnswered);
    EXPECT_FALSE(status->answeredByPartner);
}

TEST(CoupleAttackTest, AnOlderJournalPutBackGrantsNothingUntilAccepted)
{
    TwoPartners couple;
    const RawKeys sam = unwrapKeys(couple.dir(), couple.samId, TwoPartners::kSamPassword);
    const auto journal = couple.dir() / ("partner-" + couple.alexId + ".db");
    const auto copy = couple.dir().parent_path() / "alex-old.db";
    {
        CoupleSpace alex = couple.openSpace(*couple.alex);
        ASSERT_TRUE(alex.answer(kPrompt, "ALEX-AGREED-ONCE", Reveal::Yes));
        ASSERT_TRUE(twofold::detail::JournalAccess::database(couple.alex->journal()).checkpoint());
        std::filesystem::copy_file(journal, copy);
        ASSERT_TRUE(alex.hold(kTopic));
    }
    couple.alex->lock();
    for (const char* suffix : {"-wal", "-shm"}) {
        std::filesystem::remove(journal.string() + suffix);
    }
    std::filesystem::copy_file(copy, journal, std::filesystem::copy_options::overwrite_existing);
    {
        CoupleSpace samSpace = couple.openSpace(*couple.sam);
        ASSERT_TRUE(samSpace.answer(kPrompt, "sam", Reveal::Yes));
    }
    Session& alex = couple.unlock("alex");
    EXPECT_TRUE(alex.freshness().journalOlder) << "the rollback is reported at unlock";
    CoupleSpace space = couple.openSpace(alex);
    EXPECT_FALSE(contains(whatSamCanRead(couple, sam), "ALEX-AGREED-ONCE"))
        << "nothing is granted on an older journal before its owner decides";
}
