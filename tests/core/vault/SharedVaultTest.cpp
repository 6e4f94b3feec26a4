// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "vault/SharedVault.h"

#include "backup/Backup.h"
#include "common/FileLock.h"
#include "common/FileModes.h"
#include "support/FastKdf.h"
#include "support/TempDir.h"
#include "vault/Vault.h"

#include <filesystem>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

namespace twofold {
namespace {

// Any uid works in an ACL entry; this one stands for the partner's account.
constexpr uid_t kPartnerUid = 54321;

mode_t modeOf(const std::filesystem::path& path)
{
    struct stat st = {};
    EXPECT_EQ(::stat(path.c_str(), &st), 0) << path;
    return st.st_mode & 07777;
}

SecretBuffer pw(const char* s)
{
    return SecretBuffer::fromString(s);
}

class SharedVaultTest : public ::testing::Test
{
protected:
    test::TempDir m_tmp;
    std::filesystem::path shared() const { return m_tmp.path() / "couple"; }

    void makeSharedVault()
    {
        ASSERT_EQ(::mkdir(shared().c_str(), 0700), 0);
        ASSERT_TRUE(shared::shareFolder(shared(), ::geteuid(), kPartnerUid));
        auto vault = Vault::create(shared(), test::fastVaultOptions());
        ASSERT_TRUE(vault);
        auto alex = vault->enroll({"Alex"}, pw("alex-pass"));
        ASSERT_TRUE(alex);
        auto sam = vault->enroll({"Sam"}, pw("sam-pass"), &alex->session);
        ASSERT_TRUE(sam);
        ASSERT_TRUE(alex->session.journal().create({.title = "kept", .body = "an entry"}));
    }
};

TEST_F(SharedVaultTest, EveryFileOfASharedVaultIsMadeForBothAccountsWhateverTheUmask)
{
    const mode_t old = ::umask(077);
    makeSharedVault();
    {
        // Open again under umask 000: nothing widens to others, nothing narrows the folder.
        ::umask(0);
        auto vault = Vault::open(shared(), test::fastVaultOptions());
        ASSERT_TRUE(vault);
        auto alex = vault->unlock(vault->findPartner("Alex")->id, pw("alex-pass"));
        ASSERT_TRUE(alex);
        EXPECT_TRUE(shared::isShared(shared()));
        int files = 0;
        for (const auto& file : std::filesystem::directory_iterator(shared())) {
            EXPECT_EQ(modeOf(file.path()), 0660) << file.path().filename() << " (the ACL mask is rw)";
            ++files;
        }
        EXPECT_GE(files, 5) << "keyring, two journals, couple.db, lock files, -wal/-shm";
    }
    ::umask(old);
    EXPECT_EQ(modeOf(shared()) & 0770, 0770) << "Vault::open never narrows a shared folder";
    const auto with = shared::sharedWith(shared());
    EXPECT_NE(std::find(with.begin(), with.end(), kPartnerUid), with.end());
}

TEST_F(SharedVaultTest, APrivateVaultStaysOwnerOnly)
{
    const auto dir = m_tmp.path() / "private";
    auto vault = Vault::create(dir, test::fastVaultOptions());
    ASSERT_TRUE(vault);
    ASSERT_TRUE(vault->enroll({"Alex"}, pw("alex-pass")));
    EXPECT_FALSE(shared::isShared(dir));
    EXPECT_EQ(modeOf(dir), 0700);
    for (const auto& file : std::filesystem::directory_iterator(dir)) {
        EXPECT_EQ(modeOf(file.path()), 0600) << file.path().filename();
    }
}

TEST_F(SharedVaultTest, ADeletedLockFileDoesNotLetARestoreInUnderAWriter)
{
    makeSharedVault();
    const auto backup = m_tmp.path() / "before.twofold-backup";
    ASSERT_TRUE(createBackup(shared(), backup, SystemClock::instance()));
    auto vault = Vault::open(shared(), test::fastVaultOptions());
    ASSERT_TRUE(vault);
    auto alex = vault->unlock(vault->findPartner("Alex")->id, pw("alex-pass"));
    ASSERT_TRUE(alex);
    for (const auto& file : std::filesystem::directory_iterator(shared())) {
        if (file.path().extension() == ".lock") {
            std::filesystem::remove(file.path());
        }
    }
    // Both partners agree, so only the lock can refuse it.
    RestoreRequest request{.backup = backup, .vaultDir = shared(), .overwrite = Overwrite::Yes};
    for (const auto& [name, password] : {std::pair{"Alex", "alex-pass"}, std::pair{"Sam", "sam-pass"}}) {
        auto consent =
            vault->confirmPartner(vault->findPartner(name)->id, pw(password), Credential::Password);
        ASSERT_TRUE(consent) << name;
        request.consents.push_back(std::move(*consent));
    }
    auto restored = restoreBackup(request);
    ASSERT_FALSE(restored);
    EXPECT_EQ(restored.error().code, ErrorCode::VaultInUse);
    auto id = alex->journal().create({.title = "acknowledged", .body = "after the lock file went"});
    ASSERT_TRUE(id);
    EXPECT_TRUE(alex->journal().get(*id));
}

TEST_F(SharedVaultTest, AVaultMovesIntoASharedFolderAndBack)
{
    const auto dir = m_tmp.path() / "private";
    {
        auto vault = Vault::create(dir, test::fastVaultOptions());
        ASSERT_TRUE(vault);
        ASSERT_TRUE(vault->enroll({"Alex"}, pw("alex-pass")));
    }
    auto vault = Vault::open(dir, test::fastVaultOptions());
    ASSERT_TRUE(vault);
    ASSERT_TRUE(shared::moveVault(std::move(*vault), shared(), shared::Sharing::WithPartner, kPartnerUid));
    EXPECT_FALSE(std::filesystem::exists(dir));
    EXPECT_TRUE(shared::isShared(shared()));
    for (const auto& file : std::filesystem::directory_iterator(shared())) {
        EXPECT_EQ(modeOf(file.path()), 0660) << file.path().filename();
    }
    {
        auto moved = Vault::open(shared(), test::fastVaultOptions());
        ASSERT_TRUE(moved);
        ASSERT_TRUE(moved->unlock(moved->findPartner("Alex")->id, pw("alex-pass")));
    }
    const auto back = m_tmp.path() / "again";
    auto moved = Vault::open(shared(), test::fastVaultOptions());
    ASSERT_TRUE(moved);
    ASSERT_TRUE(shared::moveVault(std::move(*moved), back, shared::Sharing::Private));
    EXPECT_FALSE(shared::isShared(back));
    EXPECT_EQ(modeOf(back), 0700);
    for (const auto& file : std::filesystem::directory_iterator(back)) {
        EXPECT_EQ(modeOf(file.path()), 0600) << file.path().filename();
    }
    auto reopened = Vault::open(back, test::fastVaultOptions());
    ASSERT_TRUE(reopened);
    EXPECT_TRUE(reopened->unlock(reopened->findPartner("Alex")->id, pw("alex-pass")));
}

TEST_F(SharedVaultTest, AFolderClosedToTheOtherAccountIsNamed)
{
    const struct passwd* nobody = ::getpwnam("nobody");
    if (nobody == nullptr || ::geteuid() == nobody->pw_uid) {
        GTEST_SKIP() << "needs the account 'nobody'";
    }
    ASSERT_EQ(::chmod(m_tmp.path().c_str(), 0711), 0); // the scratch folder itself lets others through
    const auto closed = m_tmp.path() / "home";
    ASSERT_EQ(::mkdir(closed.c_str(), 0700), 0);
    const auto reason = shared::whyUnreachable(closed / "vault", nobody->pw_uid);
    ASSERT_TRUE(reason);
    EXPECT_NE(reason->find(closed.string()), std::string::npos) << *reason;
    ASSERT_EQ(::chmod(closed.c_str(), 0711), 0);
    EXPECT_FALSE(shared::whyUnreachable(closed / "vault", nobody->pw_uid).has_value());
}

TEST(SharedPlaceTest, OnlyRootSetsItUpAndItIsRoot1733)
{
    test::TempDir tmp;
    const auto root = tmp.path() / "place";
    if (::geteuid() != 0) {
        auto refused = shared::setUpPlace(root);
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
        return;
    }
    ASSERT_TRUE(shared::setUpPlace(root));
    ASSERT_TRUE(shared::setUpPlace(root)) << "idempotent";
    EXPECT_TRUE(shared::placeIsReady(root));
    EXPECT_EQ(modeOf(root), 01733);
}

} // namespace
} // namespace twofold
