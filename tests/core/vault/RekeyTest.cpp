// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// "Lock out anyone who knew my old password" (docs/ARCHITECTURE.md, "Re-keying"):
// Session::rekey, the unlock that finishes it, and the partner's side (key rotation).
#include "backup/Backup.h"
#include "couple/ReviewNotes.h"
#include "couple/WeeklyReview.h"
#include "couple/detail/GrantResolver.h"
#include "couple/detail/KeyRotation.h"
#include "journal/detail/JournalAccess.h"
#include "storage/Statement.h"
#include "support/CoupleTestSupport.h"
#include "support/CrashChild.h"
#include "support/FastKdf.h"
#include "support/LegacyReviews.h"
#include "support/TempDir.h"
#include "support/TestHooks.h"
#include "support/TwoPartnerVault.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <ostream>
#include <string>

#include <gtest/gtest.h>

using namespace twofold;
using namespace twofold::test;

namespace {

constexpr std::string_view kIntimacy = "foundations.what-intimacy-means";
constexpr std::string_view kCloseness = "foundations.kinds-of-closeness";
constexpr std::string_view kEdited = "foundations.last-felt-close";
constexpr std::string_view kReviewDate = "2026-01-04";
// Guided reviews (format 2): saved by Alex and countersigned by Sam, and the other way round.
constexpr std::string_view kSavedByAlex = "2026-01-11";
constexpr std::string_view kSavedBySam = "2026-01-18";
constexpr std::string_view kOld = "old-pass";
constexpr std::string_view kNew = "new-pass";
constexpr std::string_view kSam = "sam-pass";
constexpr std::string_view kAlexAnswer = "Being known on an ordinary Tuesday.";
constexpr std::string_view kSamAnswer = "Feeling safe enough to be silly.";
constexpr std::string_view kPrivateAnswer = "Not ready to say this one.";
constexpr std::string_view kCustomPrompt = "What made you laugh this week?";

SecretBuffer secret(std::string_view text)
{
    return SecretBuffer::fromString(text);
}

// Alex and Sam with one of everything a re-key must carry over: journal entries (and
// their full-text index), an answer revealed both ways, a private answer, an offered
// entry Sam has read, and a custom prompt Alex signed. Every session is closed again,
// so a forked child can take the vault's lock.
class RekeyFixture : public TwoPartnerVaultTest
{
protected:
    void SetUp() override
    {
        auto both = enrollBoth(kOld, kSam);
        ASSERT_TRUE(both);
        Enrollment& alex = both->alex;
        Enrollment& sam = both->sam;
        oldRecoveryCode = std::string(alex.recoveryCode.view());

        Journal& journal = alex.session.journal();
        ASSERT_TRUE(journal.create({.title = "Monday", .body = "The lighthouse walk."}));
        ASSERT_TRUE(journal.create({.title = "Tuesday", .body = "Quiet day."}));
        auto offered = journal.create({.title = "Offered", .body = "What I could not say out loud."});
        ASSERT_TRUE(offered);

        auto alexSpace = CoupleSpace::open(alex.session, shippedPacks(), {});
        ASSERT_TRUE(alexSpace) << alexSpace.error().detail;
        auto samSpace = CoupleSpace::open(sam.session, shippedPacks(), {});
        ASSERT_TRUE(samSpace) << samSpace.error().detail;
        ASSERT_TRUE(alexSpace->answer(kIntimacy, kAlexAnswer, Reveal::Yes));
        ASSERT_TRUE(alexSpace->answer(kCloseness, kPrivateAnswer));
        ASSERT_TRUE(samSpace->answer(kIntimacy, kSamAnswer, Reveal::Yes));
        ASSERT_TRUE(alexSpace->resolvePendingGrants());
        // Revealed, then edited and not agreed again: the revealed version is kept in
        // couple.db (couple_kept), with no copy in Alex's journal.
        ASSERT_TRUE(alexSpace->answer(kEdited, "First words.", Reveal::Yes));
        ASSERT_TRUE(samSpace->answer(kEdited, "Sam's words.", Reveal::Yes));
        ASSERT_TRUE(alexSpace->resolvePendingGrants());
        ASSERT_TRUE(alexSpace->answer(kEdited, "Second thoughts."));
        auto offer = alexSpace->offerEntry(*offered);
        ASSERT_TRUE(offer) << offer.error().detail;
        offerId = *offer;
        ASSERT_TRUE(samSpace->acceptOffer(offerId));
        ASSERT_TRUE(alexSpace->prompts().addCustomPrompt(kCustomPrompt));
        // A weekly review: check-ins revealed both ways, Alex's intention, saved (signed) by Alex.
        ASSERT_TRUE(alexSpace->checkIn(kReviewDate, CheckIn{.emotional = 4, .appreciated = "The soup."},
                                       Reveal::Yes));
        ASSERT_TRUE(samSpace->checkIn(kReviewDate, CheckIn{.trust = 5, .need = "More sleep."}, Reveal::Yes));
        ASSERT_TRUE(alexSpace->resolvePendingGrants());
        WeeklyReview review(*alexSpace);
        ASSERT_TRUE(review.setIntention(kReviewDate, "A walk on Sunday."));
        ASSERT_TRUE(saveLegacyReview(review, kReviewDate));
        ASSERT_TRUE(
            ReviewNotes(*alexSpace).put(kReviewDate, NoteKind::WentWell, *alexSpace, "The long lunch."));
        ASSERT_TRUE(alexSpace->beginTogether(*samSpace));
        ASSERT_TRUE(WeeklyReview(*alexSpace)
                        .saveTogetherV2(*samSpace, {std::string(kSavedByAlex),
                                                    "Alex next",
                                                    "Sam next",
                                                    {{NoteKind::Heard, &*samSpace, "Heard.", "", ""}}}));
        ASSERT_TRUE(WeeklyReview(*samSpace).saveTogetherV2(
            *alexSpace, {std::string(kSavedBySam),
                         "Sam again",
                         "",
                         {{NoteKind::TalkTopic, &*alexSpace, "Money.", "", ""}}}));
        alexSpace->endTogether();
        ASSERT_TRUE(alexSpace->readAnswer(kIntimacy)->partners.has_value());
    }

    // Everything Alex and Sam had, readable by both; Sam looks first (before Alex's session
    // has finished an interrupted re-key), then Alex, then Sam again.
    void expectAllIntact(std::string_view alexPassword, std::size_t entries = 3)
    {
        Vault vault = open();
        expectSamReads(vault);
        {
            auto alex = vault.unlock(alexId, secret(alexPassword));
            ASSERT_TRUE(alex) << alex.error().detail;
            EXPECT_FALSE(alex->freshness().journalOlder) << "a re-keyed journal is not an older one";
            EXPECT_FALSE(alex->freshness().coupleOlder);
            auto list = alex->journal().list({});
            ASSERT_TRUE(list);
            EXPECT_EQ(list->size(), entries);
            auto hits = alex->journal().search("lighthouse");
            ASSERT_TRUE(hits);
            ASSERT_EQ(hits->size(), 1U);
            EXPECT_EQ((*hits)[0].title, "Monday");
            auto space = CoupleSpace::open(*alex, shippedPacks(), {});
            ASSERT_TRUE(space) << space.error().detail;
            auto both = space->readAnswer(kIntimacy);
            ASSERT_TRUE(both);
            ASSERT_TRUE(both->mine && both->mine->readable());
            EXPECT_EQ(both->mine->value, kAlexAnswer);
            ASSERT_TRUE(both->partners && both->partners->readable()) << "Sam's answer, still mine to read";
            EXPECT_EQ(both->partners->value, kSamAnswer);
            auto checkIn = space->readCheckIn(kReviewDate);
            ASSERT_TRUE(checkIn && checkIn->partners && checkIn->partners->readable()) << "Sam's check-in";
            EXPECT_EQ(checkIn->partners->value.need, "More sleep.");
            auto saved = WeeklyReview(*space).review(kReviewDate);
            ASSERT_TRUE(saved && *saved);
            ASSERT_TRUE((*saved)->myIntention);
            EXPECT_FALSE((*saved)->myIntentionDamaged);
            auto edited = space->readAnswer(kEdited);
            ASSERT_TRUE(edited && edited->mine);
            EXPECT_EQ(edited->mine->value, "Second thoughts.");
            auto mineOnly = space->readAnswer(kCloseness);
            ASSERT_TRUE(mineOnly && mineOnly->mine);
            EXPECT_EQ(mineOnly->mine->value, kPrivateAnswer);
            auto offers = space->myOffers();
            ASSERT_TRUE(offers);
            EXPECT_EQ(offers->size(), 1U);
            auto prompts = space->prompts().customPrompts();
            ASSERT_TRUE(prompts);
            ASSERT_EQ(prompts->size(), 1U);
            EXPECT_EQ((*prompts)[0].signedBy, alexId);
            // Finished: no old secret left in the journal, no copy left beside it.
            auto pending = twofold::detail::JournalAccess::database(alex->journal())
                               .prepare("SELECT count(*) FROM rekey_pending;");
            ASSERT_TRUE(pending);
            ASSERT_TRUE(pending->step());
            EXPECT_EQ(pending->columnInt(0), 0);
            EXPECT_FALSE(std::filesystem::exists(dir() / ("partner-" + alexId + ".db.rekey")));
        }
        expectSamReads(vault);
        // Sam's session has now followed Alex's new keys and put back its own grants (sealed
        // again to Alex's new key, as Sam's journal records them): Alex still reads Sam.
        auto alex = vault.unlock(alexId, secret(alexPassword));
        ASSERT_TRUE(alex) << alex.error().detail;
        auto space = CoupleSpace::open(*alex, shippedPacks(), {});
        ASSERT_TRUE(space) << space.error().detail;
        auto both = space->readAnswer(kIntimacy);
        ASSERT_TRUE(both && both->partners && both->partners->readable());
        EXPECT_EQ(both->partners->value, kSamAnswer);
        auto checkIn = space->readCheckIn(kReviewDate);
        ASSERT_TRUE(checkIn && checkIn->partners && checkIn->partners->readable());
    }

    void expectSamReads(Vault& vault)
    {
        auto sam = vault.unlock(samId, secret(kSam));
        ASSERT_TRUE(sam) << sam.error().detail;
        EXPECT_FALSE(sam->freshness().journalOlder);
        EXPECT_FALSE(sam->freshness().coupleOlder);
        auto space = CoupleSpace::open(*sam, shippedPacks(), {});
        ASSERT_TRUE(space) << space.error().detail;
        auto answer = space->readAnswer(kIntimacy);
        ASSERT_TRUE(answer);
        ASSERT_TRUE(answer->partners && answer->partners->readable()) << "Alex's revealed answer";
        EXPECT_EQ(answer->partners->value, kAlexAnswer);
        ASSERT_TRUE(answer->mine);
        EXPECT_EQ(answer->mine->value, kSamAnswer);
        auto kept = space->readAnswer(kEdited);
        ASSERT_TRUE(kept);
        ASSERT_TRUE(kept->partners && kept->partners->readable()) << "the version Alex revealed, kept";
        EXPECT_EQ(kept->partners->value, "First words.");
        auto checkIn = space->readCheckIn(kReviewDate);
        ASSERT_TRUE(checkIn);
        ASSERT_TRUE(checkIn->partners && checkIn->partners->readable()) << "Alex's check-in";
        EXPECT_EQ(checkIn->partners->value.appreciated, "The soup.");
        auto saved = WeeklyReview(*space).review(kReviewDate);
        ASSERT_TRUE(saved && *saved) << "the review Alex saved (and signed)";
        ASSERT_TRUE((*saved)->partnerIntention);
        EXPECT_FALSE((*saved)->partnerIntentionDamaged);
        EXPECT_EQ(*(*saved)->partnerIntention, "A walk on Sunday.");
        auto notes = ReviewNotes(*space).notes(kReviewDate, NoteKind::WentWell);
        ASSERT_TRUE(notes && notes->size() == 1U);
        EXPECT_EQ((*notes)[0].state, ItemState::Readable) << "Alex's note, signed again with the new key";
        EXPECT_EQ((*notes)[0].text, "The long lunch.");
        for (std::string_view date : {kSavedByAlex, kSavedBySam}) {
            auto guided = WeeklyReview(*space).reopen(date);
            ASSERT_TRUE(guided && *guided) << "a guided review, signed and countersigned again: " << date
                                           << (guided ? "" : guided.error().detail);
            EXPECT_EQ((*guided)->format, 2);
            EXPECT_FALSE((*guided)->changedBehindYourBack) << date;
        }
        auto offer = space->readOffer(offerId);
        ASSERT_TRUE(offer) << offer.error().detail;
        ASSERT_TRUE(offer->readable());
        EXPECT_EQ(offer->value.body, "What I could not say out loud.");
        auto prompts = space->prompts().customPrompts();
        ASSERT_TRUE(prompts);
        ASSERT_EQ(prompts->size(), 1U) << "Alex's prompt, signed by Alex's key as Sam trusts it";
        EXPECT_EQ((*prompts)[0].prompt.text, kCustomPrompt);
    }

    // How many of the two passwords open Alex's journal (trying also settles the files).
    int passwordsThatOpen(bool& oldOpens, bool& newOpens)
    {
        Vault vault = open();
        oldOpens = vault.unlock(alexId, secret(kOld)).has_value();
        newOpens = vault.unlock(alexId, secret(kNew)).has_value();
        return int(oldOpens) + int(newOpens);
    }

    std::string oldRecoveryCode;
    EnvelopeId offerId;
};

} // namespace

TEST_F(RekeyFixture, NewPasswordOpensEverythingAndTheOldOneNothing)
{
    std::string newCode;
    {
        Vault vault = open();
        auto alex = vault.unlock(alexId, secret(kOld));
        ASSERT_TRUE(alex);
        const Bytes oldBox = alex->publicKey();
        const Bytes oldSign = alex->signPublicKey();
        auto code = alex->rekey(secret(kNew));
        ASSERT_TRUE(code) << code.error().detail;
        newCode = std::string(code->view());
        EXPECT_NE(newCode, oldRecoveryCode);
        ASSERT_TRUE(alex->isUnlocked()) << "the session goes on under the new keys";
        EXPECT_NE(alex->publicKey(), oldBox);
        EXPECT_NE(alex->signPublicKey(), oldSign);
        ASSERT_TRUE(alex->journal().create({.title = "After", .body = "Written under the new key."}));
    }
    {
        Vault vault = open();
        EXPECT_EQ(vault.unlock(alexId, secret(kOld)).error().code, ErrorCode::WrongPassword);
        EXPECT_EQ(vault.unlockWithRecoveryCode(alexId, secret(oldRecoveryCode)).error().code,
                  ErrorCode::WrongPassword);
        auto byCode = vault.unlockWithRecoveryCode(alexId, secret(newCode));
        ASSERT_TRUE(byCode) << byCode.error().detail;
        EXPECT_EQ(byCode->journal().list({})->size(), 4U);
    }
    expectAllIntact(kNew, 4);
}

TEST_F(RekeyFixture, OldPasswordWithAnOldKeyringCopyOpensNothingWrittenAfter)
{
    const std::string oldKeyring = readFile(dir() / "keyring.db");
    {
        Vault vault = open();
        auto alex = vault.unlock(alexId, secret(kOld));
        ASSERT_TRUE(alex);
        ASSERT_TRUE(alex->rekey(secret(kNew)));
        ASSERT_TRUE(alex->journal().create({.title = "After", .body = "Never for the old password."}));
    }
    // Someone who kept keyring.db from before, and takes today's other files.
    TempDir copy;
    const auto stolen = copy.path() / "vault";
    std::filesystem::create_directories(stolen);
    for (const auto& file : std::filesystem::directory_iterator(dir())) {
        if (file.path().extension() != ".lock") {
            std::filesystem::copy_file(file.path(), stolen / file.path().filename());
        }
    }
    {
        std::ofstream out(stolen / "keyring.db", std::ios::binary | std::ios::trunc);
        out << oldKeyring;
    }
    VaultOptions o = options();
    o.stateDirectory = copy.path() / "state";
    auto vault = Vault::open(stolen, o);
    ASSERT_TRUE(vault);
    auto unlocked = vault->unlock(alexId, secret(kOld));
    ASSERT_FALSE(unlocked) << "the old master key opens no journal of today";
    EXPECT_NE(unlocked.error().code, ErrorCode::WrongPassword);
    // Nor does Alex's old secret key open what Sam revealed to Alex.
    RawKeys old = unwrapKeys(stolen, alexId, kOld);
    Database couple = openCoupleRaw(stolen, old.coupleKey);
    int samsEnvelopes = 0;
    for (const auto& e : rawEnvelopes(couple)) {
        if (e.author == samId) {
            ++samsEnvelopes;
            EXPECT_FALSE(rawReadAsReader(couple, e, alexId, old.box).has_value());
        }
    }
    EXPECT_GT(samsEnvelopes, 0);
}

TEST_F(RekeyFixture, ForgedKeyRotationGetsNoGrant)
{
    Vault vault = open();
    auto sam = vault.unlock(samId, secret(kSam));
    ASSERT_TRUE(sam);
    auto before = detail::GrantResolver(*sam, alexId, SystemClock::instance(), {}).partner();
    ASSERT_TRUE(before);
    ASSERT_FALSE(before->keysChanged);
    // Sam (who holds the couple key) swaps Alex's keys for a pair of Sam's making, with a
    // rotation record signed by a key that is not Alex's.
    const BoxKeyPair fakeBox = BoxKeyPair::generate(SystemRandom::instance());
    const SignKeyPair fakeSign = SignKeyPair::generate(SystemRandom::instance());
    const SignKeyPair notAlex = SignKeyPair::generate(SystemRandom::instance());
    Database& couple = sam->coupleDatabase();
    ASSERT_TRUE(detail::recordKeyRotation(couple, alexId,
                                          detail::Pin{before->boxPublicKey, before->signPublicKey},
                                          detail::Pin{fakeBox.publicKey, fakeSign.publicKey}, notAlex, 1));
    auto swap = couple.prepare("UPDATE partners SET public_key = ?, sign_public_key = ? WHERE id = ?;");
    ASSERT_TRUE(swap);
    swap->bind(1, fakeBox.publicKey).bind(2, fakeSign.publicKey).bind(3, alexId);
    ASSERT_TRUE(swap->run());
    auto after = detail::GrantResolver(*sam, alexId, SystemClock::instance(), {}).partner();
    ASSERT_TRUE(after);
    EXPECT_TRUE(after->keysChanged) << "a key swap not signed by the pinned key is never trusted";
    auto space = CoupleSpace::open(*sam, shippedPacks(), {});
    if (space) {
        auto answer = space->readAnswer(kIntimacy);
        ASSERT_TRUE(answer);
        EXPECT_FALSE(answer->partners && answer->partners->readable());
    }
    // And no grant of Sam's is sealed to the forged key.
    for (const auto& e : rawEnvelopes(couple)) {
        if (e.author == samId) {
            auto grant = rawGrant(couple, e.id, alexId);
            if (grant) {
                EXPECT_FALSE(openSealed(*grant, fakeBox).has_value());
            }
        }
    }
}

TEST_F(RekeyFixture, TheOtherPartnerFollowsARealRotation)
{
    {
        Vault vault = open();
        auto alex = vault.unlock(alexId, secret(kOld));
        ASSERT_TRUE(alex);
        ASSERT_TRUE(alex->rekey(secret(kNew)));
    }
    {
        Vault vault = open();
        auto sam = vault.unlock(samId, secret(kSam));
        ASSERT_TRUE(sam) << sam.error().detail;
        auto trusted = detail::GrantResolver(*sam, alexId, SystemClock::instance(), {}).partner();
        ASSERT_TRUE(trusted) << trusted.error().detail;
        EXPECT_FALSE(trusted->keysChanged);
        auto pin =
            detail::MyItemStore(twofold::detail::JournalAccess::database(sam->journal()), samId).pin(alexId);
        ASSERT_TRUE(pin && *pin);
        EXPECT_EQ((*pin)->boxPublicKey, trusted->boxPublicKey) << "the pin moved to Alex's new key";
    }
    expectAllIntact(kNew);
}

TEST_F(RekeyFixture, WhatTheShellHoldsStaysValidAcrossARekey)
{
    Vault vault = open();
    auto alex = vault.unlock(alexId, secret(kOld));
    ASSERT_TRUE(alex);
    Journal& journal = alex->journal();
    Database& couple = alex->coupleDatabase();
    auto space = CoupleSpace::open(*alex, shippedPacks(), {});
    ASSERT_TRUE(space);
    EXPECT_EQ(alex->verifyPassword(secret(kNew)).error().code, ErrorCode::WrongPassword);
    ASSERT_TRUE(alex->verifyPassword(secret(kOld)));
    ASSERT_TRUE(alex->rekey(secret(kNew)));
    ASSERT_TRUE(alex->verifyPassword(secret(kNew)));
    EXPECT_EQ(&alex->journal(), &journal);
    EXPECT_EQ(&alex->coupleDatabase(), &couple);
    ASSERT_TRUE(journal.create({.title = "Same window", .body = "Still the journal I had open."}));
    auto answer = space->readAnswer(kIntimacy);
    ASSERT_TRUE(answer) << answer.error().detail;
    ASSERT_TRUE(answer->partners && answer->partners->readable());
    EXPECT_EQ(answer->partners->value, kSamAnswer);
    ASSERT_TRUE(space->answer(kCloseness, "Written after the re-key.", Reveal::Yes));
    ASSERT_TRUE(space->readAnswer(kCloseness)->mine->readable());
}

namespace {

struct CrashCase
{
    const char* point;                         // where the re-key's process ends (common/CrashPoint.h)
    bool committed;                            // whether keyring.db had committed the new keys by then
    const char* thenUnlockCrashesAt = nullptr; // and the next unlock (with the new password) ends there too
};

void PrintTo(const CrashCase& c, std::ostream* os)
{
    *os << c.point
        << (c.thenUnlockCrashesAt != nullptr ? std::string(", then ") + c.thenUnlockCrashesAt : "");
}

class RekeyCrashTest : public RekeyFixture, public ::testing::WithParamInterface<CrashCase>
{
};

} // namespace

TEST_P(RekeyCrashTest, OneOfTheTwoPasswordsOpensEverythingAndTheNextUnlockFinishes)
{
    if (!kCrashPointsHook) {
        GTEST_SKIP() << kNeedsCrashPointsHook;
    }
    const CrashCase c = GetParam();
    const int status = exitStatusOfChild(c.point, [&] {
        auto vault = Vault::open(dir(), options());
        if (!vault) {
            return false;
        }
        auto alex = vault->unlock(alexId, secret(kOld));
        return alex && alex->rekey(secret(kNew)).has_value();
    });
    ASSERT_EQ(status, kCrashed) << "the re-key did not reach " << c.point;
    if (c.thenUnlockCrashesAt != nullptr) {
        const int again = exitStatusOfChild(c.thenUnlockCrashesAt, [&] {
            auto vault = Vault::open(dir(), options());
            return vault && vault->unlock(alexId, secret(kNew)).has_value();
        });
        ASSERT_EQ(again, kCrashed) << "the unlock did not reach " << c.thenUnlockCrashesAt;
    }
    const std::string_view works = c.committed ? kNew : kOld;
    const std::string_view fails = c.committed ? kOld : kNew;
    expectAllIntact(works);
    Vault vault = open();
    EXPECT_EQ(vault.unlock(alexId, secret(fails)).error().code, ErrorCode::WrongPassword)
        << "exactly one of the two passwords opens";
    EXPECT_EQ(vault.unlockWithRecoveryCode(alexId, secret(oldRecoveryCode)).has_value(), !c.committed);
}

TEST_F(RekeyFixture, ARekeyThatNeverCommittedDoesNotStandInTheWayOfTheNext)
{
    if (!kCrashPointsHook) {
        GTEST_SKIP() << kNeedsCrashPointsHook;
    }
    // The first attempt leaves its (genuine) rotation record to keys nobody holds.
    const int status = exitStatusOfChild("rekey-journal-written", [&] {
        auto vault = Vault::open(dir(), options());
        auto alex =
            vault ? vault->unlock(alexId, secret(kOld)) : Result<Session>(std::unexpected(vault.error()));
        return alex && alex->rekey(secret("abandoned")).has_value();
    });
    ASSERT_EQ(status, kCrashed);
    {
        Vault vault = open();
        auto alex = vault.unlock(alexId, secret(kOld));
        ASSERT_TRUE(alex) << alex.error().detail;
        ASSERT_TRUE(alex->rekey(secret(kNew)));
    }
    expectAllIntact(kNew);
}

TEST_F(RekeyFixture, ADamagedCopyAfterTheCommitIsAnErrorAndNothingIsTouched)
{
    if (!kCrashPointsHook) {
        GTEST_SKIP() << kNeedsCrashPointsHook;
    }
    ASSERT_EQ(exitStatusOfChild("rekey-keyring-committed",
                                [&] {
                                    auto vault = Vault::open(dir(), options());
                                    auto alex = vault ? vault->unlock(alexId, secret(kOld))
                                                      : Result<Session>(std::unexpected(vault.error()));
                                    return alex && alex->rekey(secret(kNew)).has_value();
                                }),
              kCrashed);
    const auto journal = dir() / ("partner-" + alexId + ".db");
    const auto copy = dir() / ("partner-" + alexId + ".db.rekey");
    ASSERT_TRUE(std::filesystem::exists(copy));
    {
        std::fstream file(copy, std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(100);
        file.write("damage", 6);
    }
    const std::string journalBefore = readFile(journal);
    const std::string copyBefore = readFile(copy);
    Vault vault = open();
    auto unlocked = vault.unlock(alexId, secret(kNew));
    ASSERT_FALSE(unlocked) << "never an empty or an old journal under the new password";
    EXPECT_NE(unlocked.error().code, ErrorCode::WrongPassword);
    EXPECT_EQ(readFile(journal), journalBefore);
    EXPECT_EQ(readFile(copy), copyBefore);
}

TEST_F(RekeyFixture, ABackupTakenBeforeTheNextUnlockFinishesTheReKeyWhenRestored)
{
    if (!kCrashPointsHook) {
        GTEST_SKIP() << kNeedsCrashPointsHook;
    }
    ASSERT_EQ(exitStatusOfChild("rekey-keyring-committed",
                                [&] {
                                    auto vault = Vault::open(dir(), options());
                                    auto alex = vault ? vault->unlock(alexId, secret(kOld))
                                                      : Result<Session>(std::unexpected(vault.error()));
                                    return alex && alex->rekey(secret(kNew)).has_value();
                                }),
              kCrashed);
    // keyring.db names the new keys; only the .rekey copy opens with them. A backup made now
    // (no process has the vault open) must carry that copy.
    TempDir elsewhere;
    const auto file = elsewhere.path() / "backup.twofold";
    auto manifest = createBackup(dir(), file, SystemClock::instance());
    ASSERT_TRUE(manifest) << manifest.error().detail;
    const auto restored = elsewhere.path() / "restored";
    ASSERT_TRUE(restoreBackup(file, restored));
    VaultOptions o = options();
    o.stateDirectory = elsewhere.path() / "state";
    auto vault = Vault::open(restored, o);
    ASSERT_TRUE(vault);
    auto alex = vault->unlock(alexId, secret(kNew));
    ASSERT_TRUE(alex) << alex.error().detail;
    EXPECT_EQ(alex->journal().list({})->size(), 3U);
}

INSTANTIATE_TEST_SUITE_P(
    EveryCrashPoint, RekeyCrashTest,
    ::testing::Values(CrashCase{"rekey-start", false}, CrashCase{"rekey-journal-copied", false},
                      CrashCase{"rekey-journal-resealed", false}, CrashCase{"rekey-journal-written", false},
                      CrashCase{"rekey-keyring-committed", true}, CrashCase{"rekey-old-wal-removed", true},
                      CrashCase{"rekey-journal-installed", true}, CrashCase{"rekey-couple-updated", true},
                      CrashCase{"rekey-keyring-committed", true, "rekey-old-wal-removed"},
                      CrashCase{"rekey-keyring-committed", true, "rekey-couple-updated"},
                      CrashCase{"rekey-journal-installed", true, "rekey-couple-updated"}),
    [](const ::testing::TestParamInfo<CrashCase>& param) {
        std::string name = std::to_string(param.index) + "_" + param.param.point;
        if (param.param.thenUnlockCrashesAt != nullptr) {
            name += std::string("_then_") + param.param.thenUnlockCrashesAt;
        }
        for (char& ch : name) {
            if (ch == '-') {
                ch = '_';
            }
        }
        return name;
    });
