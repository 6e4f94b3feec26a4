// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// "Leave this couple" (docs/ARCHITECTURE.md, "Leaving the couple"): Session::leaveCouple,
// the unlock that finishes an interrupted leave, and the remaining partner's side.
#include "couple/ReviewNotes.h"
#include "couple/WeeklyReview.h"
#include "crypto/BoxKeyPair.h"
#include "storage/Statement.h"
#include "support/CoupleTestSupport.h"
#include "support/CrashChild.h"
#include "support/FastKdf.h"
#include "support/LegacyReviews.h"
#include "support/TempDir.h"
#include "support/TestHooks.h"
#include "support/TwoPartnerVault.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <sodium.h>
#include <sqlite3.h>

using namespace twofold;
using namespace twofold::test;

namespace {

constexpr std::string_view kIntimacy = "foundations.what-intimacy-means";
constexpr std::string_view kCloseness = "foundations.kinds-of-closeness";
constexpr std::string_view kReviewDate = "2026-01-04";
constexpr std::string_view kAlex = "alex-pass";
constexpr std::string_view kSam = "sam-pass";
constexpr std::string_view kAlexAnswer = "Being known on an ordinary Tuesday.";
constexpr std::string_view kSamAnswer = "Feeling safe enough to be silly.";
constexpr std::string_view kAlexPrivate = "Not ready to say this one.";
constexpr std::string_view kSamPrivate = "Sam keeps this one.";

SecretBuffer secret(std::string_view text)
{
    return SecretBuffer::fromString(text);
}

// Every file of the vault folder whose name starts with `prefix`.
std::vector<std::string> filesStartingWith(const std::filesystem::path& dir, std::string_view prefix)
{
    std::vector<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
        const std::string name = e.path().filename().string();
        if (name.starts_with(prefix)) {
            names.push_back(name);
        }
    }
    return names;
}

// Every row of every table of a database, as text (blobs in hex), one line a row.
std::vector<std::string> dumpRows(Database& db)
{
    std::vector<std::string> lines;
    auto tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name;");
    EXPECT_TRUE(tables);
    auto names = tables->textColumn();
    EXPECT_TRUE(names);
    for (const auto& table : *names) {
        sqlite3_stmt* stmt = nullptr;
        const std::string sql = "SELECT * FROM \"" + table + "\";";
        if (sqlite3_prepare_v2(db.handle(), sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
            ADD_FAILURE() << "cannot read table " << table;
            continue;
        }
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            std::string line = table + ":";
            for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                line += '|';
                if (sqlite3_column_type(stmt, c) == SQLITE_BLOB) {
                    const auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(stmt, c));
                    line +=
                        "x" + toHex(ByteView(data, static_cast<std::size_t>(sqlite3_column_bytes(stmt, c))));
                } else if (const auto* text = sqlite3_column_text(stmt, c); text != nullptr) {
                    line += reinterpret_cast<const char*>(text);
                }
            }
            lines.push_back(std::move(line));
        }
        sqlite3_finalize(stmt);
    }
    std::ranges::sort(lines);
    return lines;
}

std::vector<std::string> dumpKeyring(const std::filesystem::path& dir)
{
    auto db = Database::openPlain(dir / "keyring.db", OpenMode::Existing);
    EXPECT_TRUE(db);
    return dumpRows(*db);
}

bool opensWith(ByteView sealed, const BoxKeyPair& keys)
{
    if (sealed.size() < crypto_box_SEALBYTES) {
        return false;
    }
    std::vector<std::uint8_t> out(sealed.size() - crypto_box_SEALBYTES);
    return crypto_box_seal_open(out.data(), sealed.data(), sealed.size(), keys.publicKey.data(),
                                keys.secretKey.data()) == 0;
}

// Alex (who leaves) and Sam, with one of everything couple.db can hold of either: journal
// entries, answers revealed both ways, a private answer each, check-ins, an offer each way
// (Sam read Alex's), a custom prompt each, an intention each and a review Alex saved. Every
// session is closed again, so a forked child can take the vault's lock.
class LeaveFixture : public TwoPartnerVaultTest
{
protected:
    void SetUp() override
    {
        auto both = enrollBoth(kAlex, kSam);
        ASSERT_TRUE(both);
        Enrollment& alex = both->alex;
        Enrollment& sam = both->sam;
        alexRecoveryCode = std::string(alex.recoveryCode.view());

        ASSERT_TRUE(alex.session.journal().create({.title = "Monday", .body = "The lighthouse walk."}));
        auto offered = alex.session.journal().create({.title = "Offered", .body = "What I could not say."});
        ASSERT_TRUE(offered);
        ASSERT_TRUE(sam.session.journal().create({.title = "Sam's day", .body = "Bread and rain."}));
        auto samOffered = sam.session.journal().create({.title = "Sam offers", .body = "A letter."});
        ASSERT_TRUE(samOffered);

        auto alexSpace = CoupleSpace::open(alex.session, shippedPacks(), {});
        ASSERT_TRUE(alexSpace) << alexSpace.error().detail;
        auto samSpace = CoupleSpace::open(sam.session, shippedPacks(), {});
        ASSERT_TRUE(samSpace) << samSpace.error().detail;
        ASSERT_TRUE(alexSpace->answer(kIntimacy, kAlexAnswer, Reveal::Yes));
        ASSERT_TRUE(alexSpace->answer(kCloseness, kAlexPrivate));
        ASSERT_TRUE(samSpace->answer(kIntimacy, kSamAnswer, Reveal::Yes));
        ASSERT_TRUE(samSpace->answer(kCloseness, kSamPrivate));
        ASSERT_TRUE(alexSpace->resolvePendingGrants());
        auto offer = alexSpace->offerEntry(*offered);
        ASSERT_TRUE(offer) << offer.error().detail;
        ASSERT_TRUE(samSpace->acceptOffer(*offer));
        ASSERT_TRUE(samSpace->offerEntry(*samOffered));
        ASSERT_TRUE(alexSpace->prompts().addCustomPrompt("What made you laugh this week?"));
        ASSERT_TRUE(samSpace->prompts().addCustomPrompt("Where shall we walk?"));
        ASSERT_TRUE(alexSpace->checkIn(kReviewDate, CheckIn{.emotional = 4, .appreciated = "The soup."},
                                       Reveal::Yes));
        ASSERT_TRUE(samSpace->checkIn(kReviewDate, CheckIn{.trust = 5}, Reveal::Yes));
        ASSERT_TRUE(alexSpace->resolvePendingGrants());
        WeeklyReview alexReview(*alexSpace);
        ASSERT_TRUE(alexReview.setIntention(kReviewDate, "A walk on Sunday."));
        WeeklyReview samReview(*samSpace);
        ASSERT_TRUE(samReview.setIntention(kReviewDate, "Cook on Friday."));
        ASSERT_TRUE(saveLegacyReview(alexReview, kReviewDate));
        // The review's shared notes: Sam's own stays; Sam's kind word on Alex's intention names Alex.
        ReviewNotes alexNotes(*alexSpace);
        ASSERT_TRUE(alexNotes.put(kReviewDate, NoteKind::WentWell, *alexSpace, "Alex's went well"));
        ASSERT_TRUE(alexNotes.put(kReviewDate, NoteKind::KindWord, *alexSpace, "Well cooked", {}, samId));
        ReviewNotes samNotes(*samSpace);
        ASSERT_TRUE(samNotes.put(kReviewDate, NoteKind::WentWell, *samSpace, "Sam's went well"));
        ASSERT_TRUE(samNotes.put(kReviewDate, NoteKind::KindWord, *samSpace, "A good walk", {}, alexId));
        ASSERT_TRUE(samSpace->readAnswer(kIntimacy)->partners.has_value());

        alexKeys.emplace(unwrapKeys(dir(), alexId, kAlex));
        samEntries = entryLines(sam.session);
    }

    std::filesystem::path samJournal() const { return dir() / ("partner-" + samId + ".db"); }

    static std::vector<Entry> entryLines(Session& session)
    {
        std::vector<Entry> entries;
        auto list = session.journal().list({});
        EXPECT_TRUE(list);
        for (const auto& header : *list) {
            auto entry = session.journal().get(header.id);
            EXPECT_TRUE(entry);
            entries.push_back(*entry);
        }
        return entries;
    }

    // Sam's journal and couple.db's rows of Sam, as the last test step left them; compared
    // after an attempt that must change nothing.
    std::string samJournalBytes() const
    {
        return readFile(samJournal()) + readFile(samJournal().string() + "-wal");
    }

    // After Alex left: nothing of Alex anywhere, Sam's journal as it was, Sam sees the
    // couple space closed and can start again.
    void expectAlexGone()
    {
        EXPECT_TRUE(filesStartingWith(dir(), "partner-" + alexId).empty())
            << "Alex's journal and its side files";
        for (const auto& line : dumpKeyring(dir())) {
            EXPECT_EQ(line.find(alexId), std::string::npos) << "keyring.db still names Alex: " << line;
        }
        {
            Vault vault = open();
            auto partners = vault.partners();
            ASSERT_TRUE(partners);
            ASSERT_EQ(partners->size(), 1U) << "Alex's login tile is gone";
            EXPECT_EQ(partners->front().id, samId);
        }
        // Raw SQL over the real file, with Sam's couple key: no row names Alex or carries one
        // of Alex's keys, nothing is sealed to Alex, nothing is signed by Alex.
        const RawKeys sam = unwrapKeys(dir(), samId, kSam);
        Database couple = openCoupleRaw(dir(), sam.coupleKey);
        const std::string alexBox = toHex(alexKeys->box.publicKey);
        const std::string alexSign = toHex(alexKeys->sign.publicKey);
        for (const auto& line : dumpRows(couple)) {
            EXPECT_EQ(line.find(alexId), std::string::npos) << "couple.db names Alex: " << line;
            EXPECT_EQ(line.find(alexBox), std::string::npos) << "couple.db holds Alex's key: " << line;
            EXPECT_EQ(line.find(alexSign), std::string::npos) << "couple.db holds Alex's key: " << line;
        }
        for (const auto& e : rawEnvelopes(couple)) {
            EXPECT_FALSE(opensWith(e.authorSeal, alexKeys->box)) << "an envelope sealed to Alex";
        }
        auto seals = couple.prepare("SELECT seal FROM grants;");
        ASSERT_TRUE(seals);
        while (*seals->step()) {
            EXPECT_FALSE(opensWith(seals->columnBlob(0), alexKeys->box)) << "a grant to Alex";
        }
        auto signatures = couple.prepare(
            "SELECT signature FROM envelopes UNION ALL SELECT signature FROM "
            "custom_prompts UNION ALL SELECT signature FROM intentions UNION ALL "
            "SELECT signature FROM reviews UNION ALL SELECT signature FROM review_notes UNION ALL "
            "SELECT profile_signature "
            "FROM partners;");
        ASSERT_TRUE(signatures);
        std::size_t signatureCount = 0;
        while (*signatures->step()) {
            ++signatureCount;
            EXPECT_FALSE(signatures->isNull(0));
        }
        EXPECT_GT(signatureCount, 0U);
        for (const char* table : {"custom_prompts", "intentions", "partners", "review_notes"}) {
            auto count = couple.prepare(std::string("SELECT count(*) FROM ") + table + ";");
            ASSERT_TRUE(count && *count->step());
            EXPECT_GE(count->columnInt(0), 1) << "Sam's own " << table << " stay";
        }
    }

    void expectSamSeesTheCoupleClosed()
    {
        Vault vault = open();
        auto sam = vault.unlock(samId, secret(kSam));
        ASSERT_TRUE(sam) << sam.error().detail;
        EXPECT_EQ(entryLines(*sam), samEntries) << "Sam's entries, byte for byte";
        auto space = CoupleSpace::open(*sam, shippedPacks(), {});
        ASSERT_TRUE(space) << space.error().detail;
        EXPECT_TRUE(space->partnerId().empty());
        auto left = space->partnerLeftAt();
        ASSERT_TRUE(left);
        EXPECT_TRUE(left->has_value()) << "Sam is told the couple space is closed";
        auto answer = space->readAnswer(kIntimacy);
        ASSERT_TRUE(answer);
        ASSERT_TRUE(answer->mine && answer->mine->readable()) << "Sam's own answer stays Sam's";
        EXPECT_EQ(answer->mine->value, kSamAnswer);
        EXPECT_FALSE(answer->partners.has_value());
        auto changes = space->sharedFileChanges();
        ASSERT_TRUE(changes);
        EXPECT_TRUE(changes->empty()) << "no false alarm about the shared file";
        auto inbox = space->inbox();
        ASSERT_TRUE(inbox);
        EXPECT_TRUE(inbox->empty());
        // Nothing Sam agreed to with Alex stays published for whoever comes next.
        Database& couple = sam->coupleDatabase();
        auto published = couple.prepare("SELECT count(*) FROM envelopes;");
        ASSERT_TRUE(published && *published->step());
        EXPECT_EQ(published->columnInt(0), 0);
        ASSERT_TRUE(space->dismissPartnerLeft());
        EXPECT_FALSE(space->partnerLeftAt()->has_value());
    }

    std::string alexRecoveryCode;
    std::optional<RawKeys> alexKeys;
    std::vector<Entry> samEntries;
};

} // namespace

TEST_F(LeaveFixture, AWrongPasswordChangesNothingAndIsAFailedAttempt)
{
    const std::string samBefore = samJournalBytes();
    const RawKeys sam = unwrapKeys(dir(), samId, kSam);
    std::vector<std::string> coupleBefore;
    {
        Database couple = openCoupleRaw(dir(), sam.coupleKey);
        coupleBefore = dumpRows(couple);
    }
    {
        Vault vault = open();
        auto alex = vault.unlock(alexId, secret(kAlex));
        ASSERT_TRUE(alex);
        auto left = alex->leaveCouple(secret("not-alex-pass"));
        ASSERT_FALSE(left);
        EXPECT_EQ(left.error().code, ErrorCode::WrongPassword);
        EXPECT_TRUE(alex->isUnlocked());
        EXPECT_EQ(alex->journal().list({})->size(), 2U);
        Database couple = openCoupleRaw(dir(), sam.coupleKey);
        EXPECT_EQ(dumpRows(couple), coupleBefore) << "couple.db unchanged";
    }
    EXPECT_EQ(samJournalBytes(), samBefore);
    Vault vault = open();
    ASSERT_EQ(vault.partners()->size(), 2U);
    auto alex = vault.unlock(alexId, secret(kAlex));
    ASSERT_TRUE(alex) << alex.error().detail;
    EXPECT_EQ(alex->failedAttemptsSinceLastUnlock().size(), 1U) << "shown to Alex at the next unlock";
    auto space = CoupleSpace::open(*alex, shippedPacks(), {});
    ASSERT_TRUE(space);
    EXPECT_TRUE(space->readAnswer(kIntimacy)->partners.has_value());
}

TEST_F(LeaveFixture, LeavingDeletesEverythingOfMineAndNothingOfMyPartners)
{
    const std::string samBefore = samJournalBytes();
    {
        Vault vault = open();
        auto alex = vault.unlock(alexId, secret(kAlex));
        ASSERT_TRUE(alex);
        auto left = alex->leaveCouple(secret(kAlex));
        ASSERT_TRUE(left) << left.error().detail;
        EXPECT_FALSE(alex->isUnlocked());
        EXPECT_EQ(vault.unlock(alexId, secret(kAlex)).error().code, ErrorCode::UnknownPartner);
        EXPECT_EQ(vault.unlockWithRecoveryCode(alexId, secret(alexRecoveryCode)).error().code,
                  ErrorCode::UnknownPartner);
    }
    EXPECT_EQ(samJournalBytes(), samBefore) << "Alex's leave never touches Sam's journal";
    expectAlexGone();
    expectSamSeesTheCoupleClosed();
}

TEST_F(LeaveFixture, ANewPartnerStartsFromNothingSamAgreedToBefore)
{
    {
        Vault vault = open();
        auto alex = vault.unlock(alexId, secret(kAlex));
        ASSERT_TRUE(alex);
        ASSERT_TRUE(alex->leaveCouple(secret(kAlex)));
    }
    Vault vault = open();
    auto sam = vault.unlock(samId, secret(kSam));
    ASSERT_TRUE(sam);
    auto samSpace = CoupleSpace::open(*sam, shippedPacks(), {});
    ASSERT_TRUE(samSpace);
    auto robin = vault.enroll({"Robin", "#227722"}, secret("robin-pass"), &*sam);
    ASSERT_TRUE(robin) << robin.error().detail;
    EXPECT_EQ(vault.partners()->size(), 2U);
    auto robinSpace = CoupleSpace::open(robin->session, shippedPacks(), {});
    ASSERT_TRUE(robinSpace) << robinSpace.error().detail;
    ASSERT_TRUE(robinSpace->answer(kIntimacy, "Robin's words.", Reveal::Yes));
    // Sam's new space sees Robin; what Sam agreed to with Alex is not agreed to with Robin.
    samSpace = CoupleSpace::open(*sam, shippedPacks(), {});
    ASSERT_TRUE(samSpace);
    EXPECT_EQ(samSpace->partnerId(), robin->session.partner().id);
    EXPECT_FALSE(samSpace->partnerLeftAt()->has_value()) << "a new partner: the notice has done its work";
    ASSERT_TRUE(samSpace->resolvePendingGrants());
    ASSERT_TRUE(robinSpace->resolvePendingGrants());
    EXPECT_FALSE(robinSpace->readAnswer(kIntimacy)->partners.has_value());
    EXPECT_EQ(samSpace->status(Topic::answer(std::string(kIntimacy)))->state, RevealState::WaitingForYou);
    // Agreeing again, with Robin, reveals both.
    ASSERT_TRUE(samSpace->reveal(Topic::answer(std::string(kIntimacy))));
    ASSERT_TRUE(robinSpace->resolvePendingGrants());
    auto robinReads = robinSpace->readAnswer(kIntimacy);
    ASSERT_TRUE(robinReads && robinReads->partners && robinReads->partners->readable());
    EXPECT_EQ(robinReads->partners->value, kSamAnswer);
    EXPECT_FALSE(samSpace->readAnswer(kCloseness)->partners.has_value());
}

// Sam, as the attacker, kept copies of every file from before Alex left and puts them back.
TEST_F(LeaveFixture, PuttingOldFilesBackGivesSamNothingAlexHadNotRevealed)
{
    TempDir copies;
    std::filesystem::copy(dir(), copies.path() / "before", std::filesystem::copy_options::recursive);
    // What Sam could read before: the envelopes of Alex's that a seal to Sam opens.
    const RawKeys sam = unwrapKeys(dir(), samId, kSam);
    std::set<std::string> readableBefore;
    {
        Database couple = openCoupleRaw(dir(), sam.coupleKey);
        for (const auto& e : rawEnvelopes(couple)) {
            if (e.author == alexId && rawReadAsReader(couple, e, samId, sam.box)) {
                readableBefore.insert(e.id);
            }
        }
    }
    ASSERT_EQ(readableBefore.size(), 3U) << "the revealed answer, the check-in and the offer";
    {
        Vault vault = open();
        auto alex = vault.unlock(alexId, secret(kAlex));
        ASSERT_TRUE(alex);
        ASSERT_TRUE(alex->leaveCouple(secret(kAlex)));
    }
    expectSamSeesTheCoupleClosed();
    // Every old file back except Sam's own journal: keyring.db (Alex's row), couple.db
    // (Alex's rows), Alex's journal.
    for (const auto& e : std::filesystem::directory_iterator(copies.path() / "before")) {
        const std::string name = e.path().filename().string();
        if (!name.starts_with("partner-" + samId)) {
            std::filesystem::copy_file(e.path(), dir() / name,
                                       std::filesystem::copy_options::overwrite_existing);
        }
    }
    // With Sam's keys and the raw files: every seal in couple.db tried on every envelope of
    // Alex's opens exactly what was revealed to Sam before; Alex's private answer is not there.
    Database couple = openCoupleRaw(dir(), sam.coupleKey);
    std::set<std::string> readableNow;
    std::vector<Bytes> seals;
    auto grants = couple.prepare("SELECT seal FROM grants;");
    ASSERT_TRUE(grants);
    while (*grants->step()) {
        seals.push_back(grants->columnBlob(0));
    }
    for (const auto& e : rawEnvelopes(couple)) {
        if (e.author != alexId) {
            continue;
        }
        seals.push_back(e.authorSeal);
        for (const auto& seal : seals) {
            if (rawOpen(seal, sam.box, e.ciphertext, envelopeAd(e))) {
                readableNow.insert(e.id);
            }
        }
    }
    EXPECT_EQ(readableNow, readableBefore);
    // And through the app: Sam sees no word of Alex's private answer.
    Vault vault = open();
    auto samSession = vault.unlock(samId, secret(kSam));
    ASSERT_TRUE(samSession) << samSession.error().detail;
    auto space = CoupleSpace::open(*samSession, shippedPacks(), {});
    ASSERT_TRUE(space) << space.error().detail;
    auto closeness = space->readAnswer(kCloseness);
    ASSERT_TRUE(closeness);
    EXPECT_FALSE(closeness->partners.has_value());
}

// The other partner cannot make Twofold delete a journal in someone's name.
TEST_F(LeaveFixture, AForgedLeaveRecordDeletesNothing)
{
    const std::string alexJournal = readFile(dir() / ("partner-" + alexId + ".db"));
    {
        auto keyring = Database::openPlain(dir() / "keyring.db", OpenMode::Existing);
        ASSERT_TRUE(keyring);
        ASSERT_TRUE(
            keyring->exec("CREATE TABLE IF NOT EXISTS leaving (partner_id TEXT PRIMARY KEY, started_at "
                          "INTEGER NOT NULL, mac BLOB NOT NULL) WITHOUT ROWID;"));
        auto forged = keyring->prepare("INSERT INTO leaving VALUES (?, 1, randomblob(32));");
        ASSERT_TRUE(forged);
        forged->bind(1, alexId);
        ASSERT_TRUE(forged->run());
    }
    Vault vault = open();
    auto alex = vault.unlock(alexId, secret(kAlex));
    ASSERT_TRUE(alex) << alex.error().detail;
    EXPECT_EQ(alex->journal().list({})->size(), 2U);
    EXPECT_EQ(vault.partners()->size(), 2U);
    auto space = CoupleSpace::open(*alex, shippedPacks(), {});
    ASSERT_TRUE(space);
    EXPECT_TRUE(space->readAnswer(kIntimacy)->partners.has_value());

    // Also with Alex's row gone from couple.db (a forged "Alex left"): Sam's app withdraws only
    // Sam's own agreements; Alex's journal is never deleted.
    alex->lock();
    {
        const RawKeys sam = unwrapKeys(dir(), samId, kSam);
        Database couple = openCoupleRaw(dir(), sam.coupleKey);
        ASSERT_TRUE(couple.exec("PRAGMA foreign_keys = OFF;"));
        auto erase = couple.prepare("DELETE FROM partners WHERE id = ?;");
        ASSERT_TRUE(erase);
        erase->bind(1, alexId);
        ASSERT_TRUE(erase->run());
    }
    auto sam = vault.unlock(samId, secret(kSam));
    ASSERT_TRUE(sam) << sam.error().detail;
    ASSERT_TRUE(CoupleSpace::open(*sam, shippedPacks(), {}));
    sam->lock();
    auto again = vault.unlock(alexId, secret(kAlex));
    ASSERT_FALSE(again);
    EXPECT_NE(again.error().code, ErrorCode::PartnerLeft);
    EXPECT_TRUE(std::filesystem::exists(dir() / ("partner-" + alexId + ".db")));
    EXPECT_EQ(vault.partners()->size(), 2U);
}

namespace {

struct CrashCase
{
    const char* point;
    bool committed;
};

void PrintTo(const CrashCase& c, std::ostream* os)
{
    *os << c.point;
}

class LeaveCrashTest : public LeaveFixture, public ::testing::WithParamInterface<CrashCase>
{
};

} // namespace

TEST_P(LeaveCrashTest, TheCoupleIsIntactOrTheLeaveFinishesAtTheNextUnlock)
{
    if (!kCrashPointsHook) {
        GTEST_SKIP() << kNeedsCrashPointsHook;
    }
    const CrashCase c = GetParam();
    const std::string samBefore = samJournalBytes();
    const int status = exitStatusOfChild(c.point, [&] {
        auto vault = Vault::open(dir(), options());
        if (!vault) {
            return false;
        }
        auto alex = vault->unlock(alexId, secret(kAlex));
        return alex && alex->leaveCouple(secret(kAlex)).has_value();
    });
    ASSERT_EQ(status, kCrashed) << "the leave did not reach " << c.point;
    EXPECT_EQ(samJournalBytes(), samBefore);
    {
        // Sam first, before Alex's next unlock: Sam's unlock never fails on a half-gone Alex.
        Vault vault = open();
        auto sam = vault.unlock(samId, secret(kSam));
        ASSERT_TRUE(sam) << sam.error().detail;
        auto space = CoupleSpace::open(*sam, shippedPacks(), {});
        ASSERT_TRUE(space) << space.error().detail;
        if (!c.committed) {
            EXPECT_TRUE(space->readAnswer(kIntimacy)->partners.has_value()) << "the couple as it was";
        }
    }
    Vault vault = open();
    auto alex = vault.unlock(alexId, secret(kAlex));
    if (!c.committed) {
        ASSERT_TRUE(alex) << alex.error().detail;
        EXPECT_EQ(alex->journal().list({})->size(), 2U);
        auto space = CoupleSpace::open(*alex, shippedPacks(), {});
        ASSERT_TRUE(space) << space.error().detail;
        EXPECT_TRUE(space->readAnswer(kIntimacy)->partners.has_value());
        return;
    }
    ASSERT_FALSE(alex);
    const bool rowWasLeft = std::string_view(c.point) != "leave-keyring-removed";
    EXPECT_EQ(alex.error().code, rowWasLeft ? ErrorCode::PartnerLeft : ErrorCode::UnknownPartner);
    EXPECT_EQ(vault.unlock(alexId, secret(kAlex)).error().code, ErrorCode::UnknownPartner);
    {
        Vault closing = std::move(vault); // the checks below open the vault again
    }
    expectAlexGone();
    expectSamSeesTheCoupleClosed();
}

INSTANTIATE_TEST_SUITE_P(EveryCrashPoint, LeaveCrashTest,
                         ::testing::Values(CrashCase{"leave-start", false},
                                           CrashCase{"leave-committed", true},
                                           CrashCase{"leave-couple-cleared", true},
                                           CrashCase{"leave-journal-deleted", true},
                                           CrashCase{"leave-keyring-removed", true}),
                         [](const ::testing::TestParamInfo<CrashCase>& param) {
                             std::string name = param.param.point;
                             std::ranges::replace(name, '-', '_');
                             return name;
                         });
