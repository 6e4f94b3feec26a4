// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Rollback is noticed (DESIGN.md §4 "Freshness"; docs/ARCHITECTURE.md, "Freshness"): an
// older journal or couple.db put back is reported at unlock; a newer one, or records left
// behind by a crash, never are.
#include "journal/detail/JournalAccess.h"
#include "storage/Statement.h"
#include "support/FastKdf.h"
#include "support/TempDir.h"
#include "support/TestImages.h"
#include "vault/Vault.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sys/stat.h>

#include <gtest/gtest.h>

using namespace twofold;
namespace fs = std::filesystem;

namespace {

SecretBuffer pw(std::string_view text)
{
    return SecretBuffer::fromString(text);
}

class FreshnessTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Vault vault = openVault(/*create=*/true);
        auto alex = vault.enroll({"Alex", "#aa5500"}, pw("alex-pass"));
        ASSERT_TRUE(alex.has_value()) << alex.error().detail;
        auto sam = vault.enroll({"Sam", "#0055aa"}, pw("sam-pass"), &alex->session);
        ASSERT_TRUE(sam.has_value()) << sam.error().detail;
        m_alexId = alex->session.partner().id;
        m_vaultId = vault.vaultId();
        ASSERT_TRUE(alex->session.journal().create({.title = "first", .body = "one"}));
    }

    fs::path dir() const { return m_tmp.path() / "vault"; }
    fs::path stateDir() const { return m_tmp.path() / "state" / "twofold"; }
    fs::path journalFile() const { return dir() / ("partner-" + m_alexId + ".db"); }
    fs::path stateFile() const { return stateDir() / (m_vaultId + "-" + m_alexId + ".state"); }

    Vault openVault(bool create = false)
    {
        VaultOptions options = twofold::test::fastVaultOptions();
        options.stateDirectory = stateDir();
        auto vault = create ? Vault::create(dir(), options) : Vault::open(dir(), options);
        EXPECT_TRUE(vault.has_value()) << (vault ? "" : vault.error().detail);
        return std::move(*vault);
    }

    // Unlocks Alex, runs `use`, locks; returns what unlock reported.
    template <typename F> Freshness asAlex(F use)
    {
        Vault vault = openVault();
        auto session = vault.unlock(m_alexId, pw("alex-pass"));
        EXPECT_TRUE(session.has_value()) << (session ? "" : session.error().detail);
        const Freshness found = session->freshness();
        use(*session);
        session->lock();
        return found;
    }
    Freshness unlockAlex()
    {
        return asAlex([](Session&) {});
    }
    void writeEntries(int n)
    {
        asAlex([n](Session& s) {
            for (int i = 0; i < n; ++i) {
                ASSERT_TRUE(s.journal().create({.title = "more", .body = "later words"}));
            }
        });
    }
    void changeCouple()
    {
        asAlex([](Session& s) {
            ASSERT_TRUE(s.coupleDatabase().exec(
                "INSERT OR REPLACE INTO couple_settings (key, value) VALUES ('review_day', '3');"));
        });
    }

    // Copies a closed vault file aside, or puts the copy back, as the other partner could.
    void save(const fs::path& file, const std::string& as)
    {
        fs::copy_file(file, m_tmp.path() / as, fs::copy_options::overwrite_existing);
    }
    void putBack(const std::string& saved, const fs::path& file)
    {
        fs::remove(file.string() + "-wal");
        fs::remove(file.string() + "-shm");
        fs::copy_file(m_tmp.path() / saved, file, fs::copy_options::overwrite_existing);
    }
    std::int64_t alexEntries()
    {
        std::int64_t n = -1;
        asAlex([&n](Session& s) { n = *s.journal().count(); });
        return n;
    }

    test::TempDir m_tmp;
    std::string m_alexId;
    std::string m_vaultId;
};

} // namespace

TEST_F(FreshnessTest, FreshVaultReportsNothing)
{
    EXPECT_FALSE(unlockAlex().anyOlder());
    writeEntries(2);
    EXPECT_FALSE(unlockAlex().anyOlder());
}

TEST_F(FreshnessTest, OlderJournalCopiedBackIsReported)
{
    save(journalFile(), "old-journal");
    writeEntries(3);
    putBack("old-journal", journalFile());

    const Freshness found = unlockAlex();
    EXPECT_TRUE(found.journalOlder);
    EXPECT_FALSE(found.coupleOlder);
    EXPECT_LT(found.journalNow, found.journalSeen);
    // The unlock still worked, and the older journal really is missing entries.
    EXPECT_EQ(alexEntries(), 1);
}

// The other partner keeps a copy of the journal from before a photo was added (or removed)
// and puts it back: the photos are part of the journal's generation too.
class PhotoFreshnessTest : public FreshnessTest
{
protected:
    AttachmentId attachOne()
    {
        AttachmentId photo = 0;
        asAlex([&](Session& s) {
            auto list = s.journal().list({});
            ASSERT_TRUE(list && !list->empty());
            const std::string jpeg = test::jpegWithMarker("FRESH");
            auto id = s.journal().attach(
                list->front().id, ByteView(reinterpret_cast<const std::uint8_t*>(jpeg.data()), jpeg.size()));
            ASSERT_TRUE(id) << id.error().detail;
            photo = *id;
        });
        return photo;
    }
};

TEST_F(PhotoFreshnessTest, AJournalFromBeforeAPhotoWasAddedIsReported)
{
    save(journalFile(), "before-photo");
    attachOne();
    putBack("before-photo", journalFile());
    EXPECT_TRUE(unlockAlex().journalOlder) << "the photo gone again, unreported";
}

TEST_F(PhotoFreshnessTest, AJournalFromBeforeAPhotoWasRemovedIsReported)
{
    const AttachmentId photo = attachOne();
    save(journalFile(), "with-photo");
    asAlex([&](Session& s) { ASSERT_TRUE(s.journal().removeAttachment(photo)); });
    putBack("with-photo", journalFile());
    EXPECT_TRUE(unlockAlex().journalOlder) << "a removed photo back, unreported";
}

// The same for the reviews this journal kept (WeeklyReviewLedger): an older copy would
// forget a saved review, and let its removal from couple.db pass unreported.
TEST_F(FreshnessTest, AJournalFromBeforeAKeptReviewIsReported)
{
    save(journalFile(), "before-review");
    asAlex([](Session& s) {
        ASSERT_TRUE(detail::JournalAccess::database(s.journal())
                        .exec("INSERT INTO review_ledger (review_date, saved_at, contents_hash)"
                              " VALUES ('2026-01-04', 1, x'00');"));
    });
    putBack("before-review", journalFile());
    EXPECT_TRUE(unlockAlex().journalOlder);
}

TEST_F(FreshnessTest, OlderCoupleFileIsReported)
{
    save(dir() / "couple.db", "old-couple");
    changeCouple();
    putBack("old-couple", dir() / "couple.db");

    const Freshness found = unlockAlex();
    EXPECT_TRUE(found.coupleOlder);
    EXPECT_FALSE(found.journalOlder);
}

TEST_F(FreshnessTest, NewerFilesAndRecordsLeftBehindByACrashAreNotReported)
{
    unlockAlex();
    // The records as a crash before lock would leave them: behind the files.
    save(dir() / "keyring.db", "old-keyring");
    save(stateFile(), "old-state");
    writeEntries(3);
    changeCouple();
    putBack("old-keyring", dir() / "keyring.db");
    putBack("old-state", stateFile());

    EXPECT_FALSE(unlockAlex().anyOlder());
}

TEST_F(FreshnessTest, ForgedKeyringRecordIsIgnored)
{
    writeEntries(1);
    fs::remove(stateFile());
    // Raised without the MAC key: not this partner's word, so no alarm.
    auto db = Database::openPlain(dir() / "keyring.db", OpenMode::Existing);
    ASSERT_TRUE(db.has_value());
    ASSERT_TRUE(db->exec("UPDATE freshness SET journal_generation = 1000000, couple_generation = 1000000;"));
    ASSERT_EQ(db->changes(), 2);
    db->close();

    const Freshness found = unlockAlex();
    EXPECT_FALSE(found.anyOlder());
    EXPECT_LT(found.journalSeen, 1000000);
}

TEST_F(FreshnessTest, ForgedStateFileIsIgnored)
{
    writeEntries(1);
    {
        auto db = Database::openPlain(dir() / "keyring.db", OpenMode::Existing);
        ASSERT_TRUE(db->exec("DELETE FROM freshness;"));
    }
    std::string text;
    {
        std::ifstream in(stateFile());
        text.assign(std::istreambuf_iterator<char>(in), {});
    }
    const auto at = text.find("journal ");
    ASSERT_NE(at, std::string::npos);
    text.replace(at, text.find('\n', at) - at, "journal 1000000");
    std::ofstream(stateFile(), std::ios::trunc) << text;

    EXPECT_FALSE(unlockAlex().anyOlder());
}

TEST_F(FreshnessTest, ARecordMovedFromTheOtherPartnerIsIgnored)
{
    // Sam's authentic record, relabelled as Alex's, with numbers far above Alex's files.
    {
        Vault vault = openVault();
        auto sam = vault.findPartner("Sam");
        ASSERT_TRUE(sam.has_value());
        auto session = vault.unlock(sam->id, pw("sam-pass"));
        ASSERT_TRUE(session.has_value());
        for (int i = 0; i < 20; ++i) {
            ASSERT_TRUE(session->journal().create({.title = "sam", .body = "many words"}));
        }
        session->lock();
        fs::remove(stateFile());
        auto db = Database::openPlain(dir() / "keyring.db", OpenMode::Existing);
        ASSERT_TRUE(db->exec("DELETE FROM freshness WHERE partner_id = '" + m_alexId + "';"));
        ASSERT_TRUE(db->exec("UPDATE freshness SET partner_id = '" + m_alexId + "';"));
    }
    EXPECT_FALSE(unlockAlex().anyOlder());
}

TEST_F(FreshnessTest, ACoupleCounterRemovedByTheOtherPartnerCountsAsOlder)
{
    changeCouple();
    {
        // Sam holds the couple key and can edit couple.db directly.
        Vault vault = openVault();
        auto sam = vault.findPartner("Sam");
        auto session = vault.unlock(sam->id, pw("sam-pass"));
        ASSERT_TRUE(session.has_value());
        ASSERT_TRUE(session->coupleDatabase().exec("DELETE FROM generation;"));
        session->lock();
    }
    EXPECT_TRUE(unlockAlex().coupleOlder);
}

TEST_F(FreshnessTest, DeletingTheStateFileAloneDoesNotHideARollback)
{
    save(journalFile(), "old-journal");
    writeEntries(3);
    putBack("old-journal", journalFile());
    fs::remove(stateFile());

    EXPECT_TRUE(unlockAlex().journalOlder);
}

TEST_F(FreshnessTest, PuttingBackTheKeyringAloneDoesNotHideARollback)
{
    save(journalFile(), "old-journal");
    save(dir() / "keyring.db", "old-keyring");
    writeEntries(3);
    putBack("old-journal", journalFile());
    putBack("old-keyring", dir() / "keyring.db");

    EXPECT_TRUE(unlockAlex().journalOlder); // the state file still knows
}

TEST_F(FreshnessTest, TheJournalRemembersTheCoupleFileWithoutTheOtherRecords)
{
    save(dir() / "couple.db", "old-couple");
    changeCouple();
    unlockAlex(); // records the newer couple.db in the journal too
    putBack("old-couple", dir() / "couple.db");
    fs::remove(stateFile());
    {
        auto db = Database::openPlain(dir() / "keyring.db", OpenMode::Existing);
        ASSERT_TRUE(db->exec("DELETE FROM freshness;"));
    }

    EXPECT_TRUE(unlockAlex().coupleOlder);
}

TEST_F(FreshnessTest, AnUnacceptedRollbackStaysReportedAfterLock)
{
    save(journalFile(), "old-journal");
    writeEntries(3);
    putBack("old-journal", journalFile());

    EXPECT_TRUE(unlockAlex().journalOlder);
    EXPECT_TRUE(unlockAlex().journalOlder);
}

TEST_F(FreshnessTest, AcceptingTheOlderFilesClearsTheReport)
{
    save(journalFile(), "old-journal");
    save(dir() / "couple.db", "old-couple");
    writeEntries(3);
    changeCouple();
    putBack("old-journal", journalFile());
    putBack("old-couple", dir() / "couple.db");

    const Freshness found = asAlex([](Session& s) {
        ASSERT_TRUE(s.acceptOlderFiles());
        EXPECT_FALSE(s.freshness().anyOlder());
    });
    EXPECT_TRUE(found.journalOlder);
    EXPECT_TRUE(found.coupleOlder);
    EXPECT_FALSE(unlockAlex().anyOlder());
    // And from then on a later rollback is caught again.
    save(journalFile(), "old-journal-2");
    writeEntries(1);
    putBack("old-journal-2", journalFile());
    EXPECT_TRUE(unlockAlex().journalOlder);
}

TEST_F(FreshnessTest, StateFileIsPrivateAndAtomic)
{
    unlockAlex();
    struct stat st
    {
    };
    ASSERT_EQ(::stat(stateDir().c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0700u);
    ASSERT_EQ(::stat(stateFile().c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    EXPECT_FALSE(fs::exists(stateFile().string() + ".partial"));
}

// The documented limit (docs/SECURITY.md): every record put back with the journal, on one
// shared OS account, cannot be told from the real thing.
TEST_F(FreshnessTest, EverythingPutBackTogetherIsUndetectable)
{
    save(journalFile(), "old-journal");
    save(dir() / "keyring.db", "old-keyring");
    save(stateFile(), "old-state");
    writeEntries(3);
    putBack("old-journal", journalFile());
    putBack("old-keyring", dir() / "keyring.db");
    putBack("old-state", stateFile());

    EXPECT_FALSE(unlockAlex().anyOlder());
}
