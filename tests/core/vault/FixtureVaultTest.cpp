// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Vaults made by every released format live under tests/data/ and must keep opening
// (and migrating) in every later build. Format 1 (tests/data/vault-format-1/) is what
// the first release writes: journal migration 0001, couple migrations 0001-0002.
#include "journal/detail/JournalAccess.h"
#include "storage/Migrations.h"
#include "support/FastKdf.h"
#include "support/TempDir.h"
#include "vault/Vault.h"

#include <cstdlib>
#include <filesystem>

#include <gtest/gtest.h>

using namespace twofold;

namespace {

const std::filesystem::path kFixture =
    std::filesystem::path(TWOFOLD_SOURCE_DIR) / "tests/data/vault-format-1";

// Copies the fixture so the test's WAL and migrations never touch the committed files.
std::filesystem::path copyOfFixture(const test::TempDir& tmp)
{
    const auto dir = tmp.path() / "vault";
    std::filesystem::copy(kFixture, dir, std::filesystem::copy_options::recursive);
    return dir;
}

} // namespace

TEST(FixtureVaultTest, Format1VaultOpensMigratesAndReadsEveryEntry)
{
    ASSERT_TRUE(std::filesystem::exists(kFixture / "keyring.db")) << "fixture missing: " << kFixture;
    test::TempDir tmp;
    // The fixture's vault id is the same on every run: its freshness records live with
    // this copy, not in a state folder another run has already written.
    VaultOptions options = twofold::test::fastVaultOptions();
    options.stateDirectory = tmp.path() / "state";
    auto vault = Vault::open(copyOfFixture(tmp), options);
    ASSERT_TRUE(vault) << vault.error().detail;
    auto partners = vault->partners();
    ASSERT_TRUE(partners);
    ASSERT_EQ(partners->size(), 2u);
    EXPECT_EQ((*partners)[0].name, "Alex");
    EXPECT_EQ((*partners)[1].name, "Sam");

    auto alex = vault->unlock((*partners)[0].id, SecretBuffer::fromString("alex-fixture"));
    ASSERT_TRUE(alex) << alex.error().detail;
    EXPECT_EQ(*twofold::detail::JournalAccess::database(alex->journal()).userVersion(),
              latestVersion(Schema::Journal));
    EXPECT_EQ(*alex->coupleDatabase().userVersion(), latestVersion(Schema::Couple));
    auto page = alex->journal().list({});
    ASSERT_TRUE(page);
    ASSERT_EQ(page->size(), 3u);
    auto rtl = alex->journal().get((*page)[0].id);
    ASSERT_TRUE(rtl);
    EXPECT_EQ(rtl->fields.title, "שלום");
    EXPECT_EQ(rtl->fields.tags, (std::vector<std::string>{"hebrew", "emoji"}));
    auto hits = alex->journal().search("tuesday");
    ASSERT_TRUE(hits);
    EXPECT_EQ(hits->size(), 1u);

    auto sam = vault->unlock((*partners)[1].id, SecretBuffer::fromString("sam-fixture"));
    ASSERT_TRUE(sam) << sam.error().detail;
    EXPECT_EQ(*sam->journal().count(), 1);
}

// Run by hand to make the fixture of a new format:
//   TWOFOLD_WRITE_FIXTURE=1 build-tests/tests/twofold_core_tests --gtest_filter=FixtureVaultTest.*Write*
//     --gtest_also_run_disabled_tests
TEST(FixtureVaultTest, DISABLED_WriteFormat1Fixture)
{
    ASSERT_NE(std::getenv("TWOFOLD_WRITE_FIXTURE"), nullptr);
    std::filesystem::remove_all(kFixture);
    {
        auto vault = Vault::create(kFixture, twofold::test::fastVaultOptions());
        ASSERT_TRUE(vault);
        auto alex = vault->enroll({"Alex", "#b5651d"}, SecretBuffer::fromString("alex-fixture"));
        ASSERT_TRUE(alex);
        auto sam = vault->enroll({"Sam", "#2e6f95"}, SecretBuffer::fromString("sam-fixture"), &alex->session);
        ASSERT_TRUE(sam);
        Journal& j = alex->session.journal();
        ASSERT_TRUE(j.createAt({.title = "First",
                                .body = "What intimacy means to me on an ordinary Tuesday.",
                                .mood = 4,
                                .kinds = kindBit(IntimacyKind::Emotional),
                                .tags = {"foundations"}},
                               1'767'225'600'000, 1'767'225'600'000));
        ASSERT_TRUE(j.createAt({.title = "Second", .body = "Long talk tonight.", .mood = 3},
                               1'767'312'000'000, 1'767'312'000'000));
        ASSERT_TRUE(j.createAt({.title = "שלום",
                                .body = "ערב טוב 🌙 a mixed line",
                                .mood = 5,
                                .kinds = kindBit(IntimacyKind::Spiritual) | kindBit(IntimacyKind::Physical),
                                .tags = {"hebrew", "emoji"}},
                               1'767'398'400'000, 1'767'398'400'000));
        ASSERT_TRUE(sam->session.journal().create({.title = "Sam's note", .body = "Quiet week."}));
        ASSERT_TRUE(twofold::detail::JournalAccess::database(j).checkpoint());
        ASSERT_TRUE(twofold::detail::JournalAccess::database(sam->session.journal()).checkpoint());
        ASSERT_TRUE(sam->session.coupleDatabase().checkpoint());
    }
    for (const auto& item : std::filesystem::directory_iterator(kFixture)) {
        const std::string name = item.path().filename().string();
        if (name.ends_with("-wal") || name.ends_with("-shm") || name.ends_with(".lock")) {
            std::filesystem::remove(item.path());
        }
    }
}
