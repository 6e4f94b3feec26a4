// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "vault/Vault.h"

#include "common/FileLock.h"
#include "journal/detail/JournalAccess.h"
#include "storage/Statement.h"
#include "support/FastKdf.h"
#include "support/TempDir.h"

#include <filesystem>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace twofold;

namespace {

SecretBuffer pw(std::string_view text)
{
    return SecretBuffer::fromString(text);
}

// A vault with Alex (and optionally Sam) enrolled, using the fast test KDF.
class VaultTest : public ::testing::Test
{
protected:
    std::filesystem::path dir() const { return m_tmp.path() / "vault"; }

    Vault createVault()
    {
        auto vault = Vault::create(dir(), twofold::test::fastVaultOptions());
        EXPECT_TRUE(vault.has_value()) << (vault ? "" : vault.error().detail);
        return std::move(*vault);
    }

    Vault openVault()
    {
        auto vault = Vault::open(dir(), twofold::test::fastVaultOptions());
        EXPECT_TRUE(vault.has_value()) << (vault ? "" : vault.error().detail);
        return std::move(*vault);
    }

    // Alex and Sam enrolled; returns their ids and recovery codes; the vault is closed after.
    void enrollBoth()
    {
        Vault vault = createVault();
        auto alex = vault.enroll({"Alex", "#aa5500"}, pw("alex-pass"));
        ASSERT_TRUE(alex.has_value()) << alex.error().detail;
        auto sam = vault.enroll({"Sam", "#0055aa"}, pw("sam-pass"), &alex->session);
        ASSERT_TRUE(sam.has_value()) << sam.error().detail;
        m_alexId = alex->session.partner().id;
        m_samId = sam->session.partner().id;
        m_alexRecovery = std::string(alex->recoveryCode.view());
        auto id = alex->session.journal().create({.title = "first", .body = "hello from alex"});
        ASSERT_TRUE(id.has_value());
    }

    // Runs SQL against keyring.db directly, as a partner with a text editor could.
    void editKeyring(std::string_view sql)
    {
        auto db = Database::openPlain(dir() / "keyring.db", OpenMode::Existing);
        ASSERT_TRUE(db.has_value());
        ASSERT_TRUE(db->exec(sql)) << sql;
    }

    ErrorCode unlockError(std::string_view id, std::string_view password)
    {
        Vault vault = openVault();
        auto session = vault.unlock(id, pw(password));
        EXPECT_FALSE(session.has_value());
        return session ? ErrorCode::Internal : session.error().code;
    }

    test::TempDir m_tmp;
    std::string m_alexId;
    std::string m_samId;
    std::string m_alexRecovery;
};

} // namespace

TEST_F(VaultTest, CreatesPrivateDirectoryAndFiles)
{
    enrollBoth();
    struct stat st
    {
    };
    ASSERT_EQ(::stat(dir().c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0700);
    for (const char* name : {"keyring.db", "couple.db"}) {
        ASSERT_EQ(::stat((dir() / name).c_str(), &st), 0) << name;
        EXPECT_EQ(st.st_mode & 0777, 0600) << name;
    }
    EXPECT_TRUE(std::filesystem::exists(dir() / ("partner-" + m_alexId + ".db")));
    EXPECT_TRUE(std::filesystem::exists(dir() / ("partner-" + m_samId + ".db")));
}

TEST_F(VaultTest, ListsTwoPartnersAndRefusesAThird)
{
    Vault vault = createVault();
    auto alex = vault.enroll({"Alex", "#aa5500"}, pw("a"));
    ASSERT_TRUE(alex);
    auto sam = vault.enroll({"Sam", "#0055aa"}, pw("s"), &alex->session);
    ASSERT_TRUE(sam);
    auto partners = vault.partners();
    ASSERT_TRUE(partners);
    ASSERT_EQ(partners->size(), 2u);
    EXPECT_EQ((*partners)[0].name, "Alex");
    EXPECT_EQ((*partners)[0].slot, 1);
    EXPECT_EQ((*partners)[1].name, "Sam");
    auto third = vault.enroll({"Kim"}, pw("k"), &alex->session);
    ASSERT_FALSE(third);
    EXPECT_EQ(third.error().code, ErrorCode::PartnerLimit);
    EXPECT_EQ(vault.findPartner("sam")->id, sam->session.partner().id);
    EXPECT_EQ(vault.findPartner("nobody").error().code, ErrorCode::UnknownPartner);
}

TEST_F(VaultTest, SecondPartnerNeedsTheFirstUnlocked)
{
    Vault vault = createVault();
    auto alex = vault.enroll({"Alex"}, pw("a"));
    ASSERT_TRUE(alex);
    auto sam = vault.enroll({"Sam"}, pw("s"));
    ASSERT_FALSE(sam);
    EXPECT_EQ(sam.error().code, ErrorCode::NotUnlocked);
    alex->session.lock();
    auto late = vault.enroll({"Sam"}, pw("s"), &alex->session);
    ASSERT_FALSE(late);
    EXPECT_EQ(late.error().code, ErrorCode::NotUnlocked);
}

TEST_F(VaultTest, UnlocksWithTheRightPasswordOnly)
{
    enrollBoth();
    Vault vault = openVault();
    auto alex = vault.unlock(m_alexId, pw("alex-pass"));
    ASSERT_TRUE(alex) << alex.error().detail;
    EXPECT_EQ(alex->partner().name, "Alex");
    EXPECT_EQ(*alex->journal().count(), 1);
    auto wrong = vault.unlock(m_alexId, pw("alex-pas"));
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().code, ErrorCode::WrongPassword);
    auto empty = vault.unlock(m_alexId, pw(""));
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().code, ErrorCode::WrongPassword);
    // Sam's password does not open Alex's journal.
    EXPECT_EQ(vault.unlock(m_alexId, pw("sam-pass")).error().code, ErrorCode::WrongPassword);
    EXPECT_EQ(vault.unlock("0123456789abcdef", pw("alex-pass")).error().code, ErrorCode::UnknownPartner);
}

TEST_F(VaultTest, EmptyAndNonAsciiPasswordsWork)
{
    Vault vault = createVault();
    auto a = vault.enroll({"Alex"}, pw("מילה סודית 🔑 ñandú"));
    ASSERT_TRUE(a);
    auto b = vault.enroll({"Sam"}, pw(""), &a->session);
    ASSERT_TRUE(b);
    const std::string alexId = a->session.partner().id;
    const std::string samId = b->session.partner().id;
    a->session.lock();
    b->session.lock();
    EXPECT_TRUE(vault.unlock(alexId, pw("מילה סודית 🔑 ñandú")));
    EXPECT_EQ(vault.unlock(alexId, pw("מילה סודית 🔑 nandu")).error().code, ErrorCode::WrongPassword);
    EXPECT_TRUE(vault.unlock(samId, pw("")));
}

TEST_F(VaultTest, RecoveryCodeUnlocksAsTypedByHand)
{
    enrollBoth();
    std::string typed;
    for (char c : m_alexRecovery) {
        typed += (c == '-') ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    Vault vault = openVault();
    auto session = vault.unlockWithRecoveryCode(m_alexId, pw(typed));
    ASSERT_TRUE(session) << session.error().detail;
    EXPECT_EQ(*session->journal().count(), 1);
    std::string wrongCode = m_alexRecovery;
    wrongCode[0] = wrongCode[0] == 'A' ? 'B' : 'A';
    EXPECT_EQ(vault.unlockWithRecoveryCode(m_alexId, pw(wrongCode)).error().code, ErrorCode::WrongPassword);
    EXPECT_EQ(vault.unlockWithRecoveryCode(m_alexId, pw("not a code")).error().code,
              ErrorCode::WrongPassword);
}

TEST_F(VaultTest, RecoveryCodeThenNewPasswordIsTheForgotPasswordPath)
{
    enrollBoth();
    Vault vault = openVault();
    auto session = vault.unlockWithRecoveryCode(m_alexId, pw(m_alexRecovery));
    ASSERT_TRUE(session);
    ASSERT_TRUE(session->changePassword(pw("brand new")));
    session->lock();
    EXPECT_TRUE(vault.unlock(m_alexId, pw("brand new")));
    EXPECT_EQ(vault.unlock(m_alexId, pw("alex-pass")).error().code, ErrorCode::WrongPassword);
}

TEST_F(VaultTest, PasswordChangeKeepsEveryEntryAndRetiresTheOldPassword)
{
    enrollBoth();
    {
        Vault vault = openVault();
        auto alex = vault.unlock(m_alexId, pw("alex-pass"));
        ASSERT_TRUE(alex);
        for (int i = 0; i < 20; ++i) {
            ASSERT_TRUE(alex->journal().create({.title = "entry " + std::to_string(i), .body = "text"}));
        }
        const auto journalBefore = std::filesystem::file_size(dir() / ("partner-" + m_alexId + ".db"));
        (void)journalBefore;
        ASSERT_TRUE(alex->changePassword(pw("new-pass")));
    }
    EXPECT_EQ(unlockError(m_alexId, "alex-pass"), ErrorCode::WrongPassword);
    Vault vault = openVault();
    auto alex = vault.unlock(m_alexId, pw("new-pass"));
    ASSERT_TRUE(alex) << alex.error().detail;
    EXPECT_EQ(*alex->journal().count(), 21);
    // The recovery code still works after a password change.
    alex->lock();
    EXPECT_TRUE(vault.unlockWithRecoveryCode(m_alexId, pw(m_alexRecovery)));
}

TEST_F(VaultTest, ResetRecoveryCodeRetiresTheOldOne)
{
    enrollBoth();
    Vault vault = openVault();
    auto alex = vault.unlock(m_alexId, pw("alex-pass"));
    ASSERT_TRUE(alex);
    auto fresh = alex->resetRecoveryCode();
    ASSERT_TRUE(fresh);
    alex->lock();
    EXPECT_EQ(vault.unlockWithRecoveryCode(m_alexId, pw(m_alexRecovery)).error().code,
              ErrorCode::WrongPassword);
    EXPECT_TRUE(vault.unlockWithRecoveryCode(m_alexId, *fresh));
}

TEST_F(VaultTest, FailedAttemptsAreShownToTheOwnerAtNextUnlockThenCleared)
{
    enrollBoth();
    Vault vault = openVault();
    EXPECT_FALSE(vault.unlock(m_alexId, pw("guess1")));
    EXPECT_FALSE(vault.unlock(m_alexId, pw("guess2")));
    EXPECT_FALSE(vault.unlock(m_samId, pw("guess3")));
    auto alex = vault.unlock(m_alexId, pw("alex-pass"));
    ASSERT_TRUE(alex);
    EXPECT_EQ(alex->failedAttemptsSinceLastUnlock().size(), 2u);
    alex->lock();
    auto again = vault.unlock(m_alexId, pw("alex-pass"));
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->failedAttemptsSinceLastUnlock().empty());
    auto sam = vault.unlock(m_samId, pw("sam-pass"));
    ASSERT_TRUE(sam);
    EXPECT_EQ(sam->failedAttemptsSinceLastUnlock().size(), 1u);
}

TEST_F(VaultTest, LockWipesTheSession)
{
    enrollBoth();
    Vault vault = openVault();
    auto alex = vault.unlock(m_alexId, pw("alex-pass"));
    ASSERT_TRUE(alex);
    EXPECT_TRUE(alex->isUnlocked());
    alex->lock();
    EXPECT_FALSE(alex->isUnlocked());
    EXPECT_EQ(alex->changePassword(pw("x")).error().code, ErrorCode::NotUnlocked);
}

TEST_F(VaultTest, ASecondProcessMayOpenTheVaultButNotTheSamePartnersJournal)
{
    enrollBoth();
    Vault first = openVault();
    auto alex = first.unlock(first.findPartner("Alex")->id, pw("alex-pass"));
    ASSERT_TRUE(alex);
    // Another process (a child): the vault opens, Sam unlocks, Alex is refused while this
    // process has Alex unlocked (docs/ARCHITECTURE.md, "Locks").
    const pid_t child = ::fork();
    if (child == 0) {
        auto second = Vault::open(dir(), twofold::test::fastVaultOptions());
        if (!second) {
            ::_exit(10);
        }
        auto again = second->unlock(second->findPartner("Alex")->id, pw("alex-pass"));
        if (again || again.error().code != ErrorCode::VaultInUse) {
            ::_exit(11);
        }
        auto sam = second->unlock(second->findPartner("Sam")->id, pw("sam-pass"));
        ::_exit(sam ? 0 : 12);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0);
    // A restore or move (the folder held exclusively) is refused while a Vault lives.
    auto exclusive = FolderLock::take(dir(), FolderLock::Kind::Exclusive);
    ASSERT_FALSE(exclusive);
    EXPECT_EQ(exclusive.error().code, ErrorCode::VaultInUse);
    auto created = Vault::create(dir(), twofold::test::fastVaultOptions());
    ASSERT_FALSE(created);
    EXPECT_EQ(created.error().code, ErrorCode::VaultExists);
}

TEST_F(VaultTest, MissingVaultIsNotFound)
{
    auto vault = Vault::open(dir(), twofold::test::fastVaultOptions());
    ASSERT_FALSE(vault);
    EXPECT_EQ(vault.error().code, ErrorCode::VaultNotFound);
}

TEST_F(VaultTest, EditedKeyringRowIsRefused)
{
    enrollBoth();
    editKeyring("UPDATE partners SET name = 'Mallory' WHERE id = '" + m_alexId + "';");
    EXPECT_EQ(unlockError(m_alexId, "alex-pass"), ErrorCode::DamagedKeyring);
}

TEST_F(VaultTest, FlippedByteInAWrappedKeyIsRefused)
{
    enrollBoth();
    editKeyring("UPDATE partners SET couple_key_wrapped = "
                "substr(couple_key_wrapped, 1, 30) || x'00' || substr(couple_key_wrapped, 32) "
                "WHERE id = '" +
                m_alexId + "';");
    EXPECT_EQ(unlockError(m_alexId, "alex-pass"), ErrorCode::DamagedKeyring);
}

TEST_F(VaultTest, KeyringRowsSwappedBetweenPartnersAreRefused)
{
    enrollBoth();
    // Give Sam's id Alex's key material: Alex's password must not open "Sam".
    editKeyring(
        "CREATE TEMP TABLE a AS SELECT * FROM partners WHERE id = '" + m_alexId +
        "';"
        "UPDATE partners SET pw_salt = (SELECT pw_salt FROM a), pw_ops = (SELECT pw_ops FROM a), "
        "pw_mem = (SELECT pw_mem FROM a), pw_wrapped_master = (SELECT pw_wrapped_master FROM a), "
        "box_public = (SELECT box_public FROM a), box_secret_wrapped = (SELECT box_secret_wrapped FROM a), "
        "couple_key_wrapped = (SELECT couple_key_wrapped FROM a), row_mac = (SELECT row_mac FROM a) "
        "WHERE id = '" +
        m_samId + "';");
    EXPECT_EQ(unlockError(m_samId, "alex-pass"), ErrorCode::WrongPassword);
    EXPECT_EQ(unlockError(m_samId, "sam-pass"), ErrorCode::WrongPassword);
}

TEST_F(VaultTest, KeyringRowCopiedFromAnotherVaultIsRefused)
{
    enrollBoth();
    // A second vault whose Alex has a password the attacker knows.
    test::TempDir other;
    {
        auto vault = Vault::create(other.path(), twofold::test::fastVaultOptions());
        ASSERT_TRUE(vault);
        ASSERT_TRUE(vault->enroll({"Alex"}, pw("attacker-knows")));
    }
    editKeyring(
        "ATTACH '" + (other.path() / "keyring.db").string() +
        "' AS o;"
        "UPDATE partners SET (pw_salt, pw_ops, pw_mem, pw_wrapped_master, box_public, box_secret_wrapped, "
        "couple_key_wrapped, row_mac) = (SELECT pw_salt, pw_ops, pw_mem, pw_wrapped_master, box_public, "
        "box_secret_wrapped, couple_key_wrapped, row_mac FROM o.partners) WHERE id = '" +
        m_alexId + "';");
    EXPECT_EQ(unlockError(m_alexId, "attacker-knows"), ErrorCode::WrongPassword);
}

TEST_F(VaultTest, LoweredArgon2ParametersAreRefused)
{
    enrollBoth();
    // Opened with the production floor, the test vault's minimum cost is below it.
    auto vault = Vault::open(dir(), VaultOptions{});
    ASSERT_TRUE(vault);
    auto session = vault->unlock(m_alexId, pw("alex-pass"));
    ASSERT_FALSE(session);
    EXPECT_EQ(session.error().code, ErrorCode::WeakKdfParameters);
}

TEST_F(VaultTest, GarbageKeyringIsDamageNotACrash)
{
    enrollBoth();
    {
        std::FILE* f = std::fopen((dir() / "keyring.db").c_str(), "wb");
        ASSERT_NE(f, nullptr);
        std::fputs("this is not a database at all, just some text that is long enough", f);
        std::fclose(f);
    }
    auto vault = Vault::open(dir(), twofold::test::fastVaultOptions());
    ASSERT_FALSE(vault);
    EXPECT_EQ(vault.error().code, ErrorCode::DamagedKeyring);
}

TEST_F(VaultTest, PlaintextDatabaseInPlaceOfAJournalIsRefused)
{
    enrollBoth();
    const auto journal = dir() / ("partner-" + m_alexId + ".db");
    std::filesystem::remove(journal);
    std::filesystem::remove(journal.string() + "-wal");
    std::filesystem::remove(journal.string() + "-shm");
    {
        auto plain = Database::openPlain(journal, OpenMode::CreateIfMissing);
        ASSERT_TRUE(plain);
        ASSERT_TRUE(plain->exec("CREATE TABLE entries(id INTEGER PRIMARY KEY, title TEXT);"));
    }
    EXPECT_EQ(unlockError(m_alexId, "alex-pass"), ErrorCode::NotEncrypted);
}

TEST_F(VaultTest, MissingJournalIsDamageNotAnEmptyJournal)
{
    enrollBoth();
    std::filesystem::remove(dir() / ("partner-" + m_alexId + ".db"));
    EXPECT_EQ(unlockError(m_alexId, "alex-pass"), ErrorCode::DamagedDatabase);
    EXPECT_FALSE(std::filesystem::exists(dir() / ("partner-" + m_alexId + ".db")));
}

TEST_F(VaultTest, PartnerBsKeysCannotOpenAsJournal)
{
    enrollBoth();
    // Put Alex's journal where Sam's should be: Sam's key must not open it.
    const auto alexFile = dir() / ("partner-" + m_alexId + ".db");
    const auto samFile = dir() / ("partner-" + m_samId + ".db");
    {
        Vault vault = openVault(); // checkpoint both journals into their main files
        auto alex = vault.unlock(m_alexId, pw("alex-pass"));
        ASSERT_TRUE(alex);
        ASSERT_TRUE(twofold::detail::JournalAccess::database(alex->journal()).checkpoint());
    }
    for (const char* suffix : {"", "-wal", "-shm"}) {
        std::filesystem::remove(samFile.string() + suffix);
    }
    std::filesystem::copy_file(alexFile, samFile);
    EXPECT_EQ(unlockError(m_samId, "sam-pass"), ErrorCode::WrongKey);
}

TEST_F(VaultTest, ACoupleDatabaseFromAnotherVaultIsRefused)
{
    enrollBoth();
    test::TempDir other;
    {
        auto vault = Vault::create(other.path(), twofold::test::fastVaultOptions());
        ASSERT_TRUE(vault);
        ASSERT_TRUE(vault->enroll({"Alex"}, pw("alex-pass")));
    }
    for (const char* suffix : {"", "-wal", "-shm"}) {
        std::filesystem::remove(dir() / (std::string("couple.db") + suffix));
    }
    std::filesystem::copy_file(other.path() / "couple.db", dir() / "couple.db");
    EXPECT_EQ(unlockError(m_alexId, "alex-pass"), ErrorCode::WrongKey);
}

TEST_F(VaultTest, NoPlaintextMarkerAnywhereInTheVaultDirectory)
{
    const std::string marker = "zanzibarquokka";
    {
        Vault vault = createVault();
        auto alex = vault.enroll({"Alex"}, pw("alex-pass"));
        ASSERT_TRUE(alex);
        for (int i = 0; i < 50; ++i) {
            ASSERT_TRUE(alex->session.journal().create(
                {.title = "About the " + marker,
                 .body = "Some words and the " + marker + " again " + std::to_string(i),
                 .tags = {marker + "tag"}}));
        }
        ASSERT_TRUE(alex->session.journal().saveDraft({.fields = {.title = marker, .body = marker}}));
        auto hits = alex->session.journal().search(marker);
        ASSERT_TRUE(hits);
        EXPECT_FALSE(hits->empty());
        // Look while the databases are open too (WAL and shm hold recent pages).
        const std::string live = test::concatenateAllFiles(dir());
        EXPECT_THAT(test::plaintextFormsIn(live, marker), ::testing::IsEmpty());
    }
    const std::string all = test::concatenateAllFiles(dir());
    ASSERT_GT(all.size(), 4096u);
    EXPECT_THAT(test::plaintextFormsIn(all, marker), ::testing::IsEmpty());
    EXPECT_EQ(all.find(marker.substr(0, 8)), std::string::npos);
}

TEST(VaultOptionsTest, DefaultsAreProductionArgon2AndFloor)
{
    VaultOptions options;
    EXPECT_EQ(options.kdf, KdfParams::production());
    EXPECT_EQ(options.floor, KdfParams::productionFloor());
}

TEST(VaultOptionsTest, RealVaultUsesProductionArgon2id)
{
    // One slow test with the real cost, so a change of defaults cannot slip by.
    test::TempDir tmp;
    auto vault = Vault::create(tmp.path() / "v");
    ASSERT_TRUE(vault);
    auto alex = vault->enroll({"Alex"}, pw("production"));
    ASSERT_TRUE(alex);
    auto db = Database::openPlain(tmp.path() / "v" / "keyring.db", OpenMode::Existing);
    ASSERT_TRUE(db);
    auto stmt = db->prepare("SELECT pw_ops, pw_mem, rc_ops, rc_mem FROM partners;");
    ASSERT_TRUE(stmt);
    ASSERT_TRUE(*stmt->step());
    EXPECT_EQ(static_cast<std::uint64_t>(stmt->columnInt(0)), KdfParams::production().opsLimit);
    EXPECT_EQ(static_cast<std::size_t>(stmt->columnInt(1)), KdfParams::production().memLimit);
    EXPECT_EQ(static_cast<std::uint64_t>(stmt->columnInt(2)), KdfParams::production().opsLimit);
    EXPECT_EQ(static_cast<std::size_t>(stmt->columnInt(3)), KdfParams::production().memLimit);
}
