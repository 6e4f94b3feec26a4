// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "vault/VaultLocation.h"

#include "support/FastKdf.h"
#include "support/TempDir.h"
#include "vault/Vault.h"

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

using namespace twofold;

namespace {

// $XDG_DATA_HOME as a scratch folder: the old default place and the new one inside it.
class VaultLocationTest : public ::testing::Test
{
protected:
    std::filesystem::path oldDir() const { return m_tmp.path() / "Twofold" / "twofold" / "vault"; }
    std::filesystem::path newDir() const { return m_tmp.path() / "twofold" / "vault"; }

    void makeVault(const std::filesystem::path& dir)
    {
        auto vault = Vault::create(dir, test::fastVaultOptions());
        ASSERT_TRUE(vault.has_value()) << vault.error().detail;
        auto enrolled = vault->enroll({.name = "Alex"}, SecretBuffer::fromString("alex-pass"));
        ASSERT_TRUE(enrolled.has_value()) << enrolled.error().detail;
    }

    test::TempDir m_tmp;
};

TEST_F(VaultLocationTest, AVaultOnlyAtTheOldPlaceMovesInOneRenameAndStillOpens)
{
    makeVault(oldDir());
    const auto inode = std::filesystem::status(oldDir()).type();
    ASSERT_EQ(inode, std::filesystem::file_type::directory);

    const VaultMoveOutcome moved = moveVaultFromOldDefault(oldDir(), newDir());

    EXPECT_EQ(moved.what, VaultMove::Moved);
    EXPECT_EQ(moved.use, newDir());
    EXPECT_FALSE(std::filesystem::exists(oldDir()));
    EXPECT_FALSE(std::filesystem::exists(m_tmp.path() / "Twofold")) << "the emptied old folders are removed";
    EXPECT_EQ(std::filesystem::status(newDir().parent_path()).permissions() & std::filesystem::perms::all,
              std::filesystem::perms::owner_all);
    auto vault = Vault::open(newDir(), test::fastVaultOptions());
    ASSERT_TRUE(vault.has_value()) << vault.error().detail;
    auto partner = vault->findPartner("Alex");
    ASSERT_TRUE(partner.has_value());
    EXPECT_TRUE(vault->unlock(partner->id, SecretBuffer::fromString("alex-pass")).has_value());
}

TEST_F(VaultLocationTest, AnEmptyFolderAtTheNewPlaceIsReplaced)
{
    makeVault(oldDir());
    std::filesystem::create_directories(newDir());
    EXPECT_EQ(moveVaultFromOldDefault(oldDir(), newDir()).what, VaultMove::Moved);
    EXPECT_TRUE(Vault::exists(newDir()));
}

TEST_F(VaultLocationTest, WithAVaultAtBothPlacesNeitherIsTouched)
{
    makeVault(oldDir());
    makeVault(newDir());
    const auto oldKeyring = std::filesystem::file_size(oldDir() / "keyring.db");

    const VaultMoveOutcome moved = moveVaultFromOldDefault(oldDir(), newDir());

    EXPECT_EQ(moved.what, VaultMove::BothExist);
    EXPECT_TRUE(Vault::exists(oldDir()));
    EXPECT_TRUE(Vault::exists(newDir()));
    EXPECT_EQ(std::filesystem::file_size(oldDir() / "keyring.db"), oldKeyring);
}

TEST_F(VaultLocationTest, AnythingElseAtTheNewPlaceAlsoStopsTheMove)
{
    makeVault(oldDir());
    std::filesystem::create_directories(newDir());
    std::ofstream(newDir() / "notes.txt") << "not a vault";
    EXPECT_EQ(moveVaultFromOldDefault(oldDir(), newDir()).what, VaultMove::BothExist);
    EXPECT_TRUE(Vault::exists(oldDir()));
    EXPECT_TRUE(std::filesystem::exists(newDir() / "notes.txt"));
}

TEST_F(VaultLocationTest, AnOldVaultOpenInARunningTwofoldStaysWhereItIs)
{
    makeVault(oldDir());
    auto running = Vault::open(oldDir(), test::fastVaultOptions()); // holds the vault lock
    ASSERT_TRUE(running.has_value());

    const VaultMoveOutcome moved = moveVaultFromOldDefault(oldDir(), newDir());

    EXPECT_EQ(moved.what, VaultMove::InUse);
    EXPECT_EQ(moved.use, oldDir());
    EXPECT_TRUE(Vault::exists(oldDir()));
    EXPECT_FALSE(std::filesystem::exists(newDir()));
}

TEST_F(VaultLocationTest, NoOldVaultMeansNothingToMove)
{
    std::filesystem::create_directories(oldDir()); // a folder, but no keyring.db in it
    const VaultMoveOutcome moved = moveVaultFromOldDefault(oldDir(), newDir());
    EXPECT_EQ(moved.what, VaultMove::NothingToMove);
    EXPECT_EQ(moved.use, newDir());
    EXPECT_FALSE(std::filesystem::exists(newDir()));
}

} // namespace
