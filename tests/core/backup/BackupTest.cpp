// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "backup/Backup.h"

#include "backup/VaultCheck.h"
#include "journal/detail/JournalAccess.h"
#include "support/CoupleTestSupport.h"
#include "support/TempDir.h"
#include "vault/Vault.h"

#include <atomic>
#include <fstream>
#include <thread>

#include <gtest/gtest.h>

namespace twofold::test {
namespace {

constexpr std::string_view kPrompt = "foundations.what-intimacy-means";

std::string readAll(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeAll(const std::filesystem::path& path, const std::string& data)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
}

std::vector<Entry> allEntries(Journal& journal)
{
    std::vector<Entry> out;
    auto page = journal.list({.limit = 10'000});
    EXPECT_TRUE(page);
    for (const EntrySummary& s : *page) {
        auto e = journal.get(s.id);
        EXPECT_TRUE(e);
        out.push_back(*e);
    }
    return out;
}

// Alex and Sam with a few entries each and one revealed answer; everything stays open,
// so the backup runs against a live vault whose changes sit in WAL files.
class BackupTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        for (int i = 0; i < 5; ++i) {
            ASSERT_TRUE(p.alex->journal().createAt(
                {"Alex " + std::to_string(i), "Alex's words " + std::to_string(i), 4, 1, {"walks"}, {}},
                1'700'000'000'000 + i * 1000, 1'700'000'000'000 + i * 1000));
            ASSERT_TRUE(p.sam->journal().create({"Sam " + std::to_string(i), "Sam's words", 2, 0, {}, {}}));
        }
        auto a = p.openSpace(*p.alex);
        auto s = p.openSpace(*p.sam);
        ASSERT_TRUE(a.answer(kPrompt, "ALEX-ANSWER", Reveal::Yes));
        ASSERT_TRUE(s.answer(kPrompt, "SAM-ANSWER", Reveal::Yes));
        ASSERT_TRUE(a.resolvePendingGrants());
    }

    TwoPartners p;
    TempDir out;
};

TEST_F(BackupTest, RestoredVaultUnlocksForBothPartnersWithTheSameData)
{
    const auto file = out / "vault.twofold-backup";
    auto manifest = createBackup(p.dir(), file, SystemClock::instance());
    ASSERT_TRUE(manifest) << manifest.error().detail;
    EXPECT_EQ(manifest->vaultId, p.vault().vaultId());
    EXPECT_FALSE(std::filesystem::exists(file.string() + ".partial"));
    ASSERT_TRUE(verifyBackup(file));

    const auto restored = out / "restored";
    ASSERT_TRUE(restoreBackup(file, restored));
    auto vault = Vault::open(restored, p.options());
    ASSERT_TRUE(vault) << vault.error().detail;
    auto alex = vault->unlock(p.alexId, SecretBuffer::fromString(TwoPartners::kAlexPassword));
    ASSERT_TRUE(alex);
    auto sam = vault->unlock(p.samId, SecretBuffer::fromString(TwoPartners::kSamPassword));
    ASSERT_TRUE(sam);
    EXPECT_EQ(allEntries(alex->journal()), allEntries(p.alex->journal()));
    EXPECT_EQ(allEntries(sam->journal()), allEntries(p.sam->journal()));
    EXPECT_EQ(allEntries(alex->journal()).size(), 5u);

    auto space = CoupleSpace::open(*sam, shippedPacks());
    ASSERT_TRUE(space);
    auto view = space->readAnswer(kPrompt);
    ASSERT_TRUE(view && view->partners && view->mine);
    EXPECT_EQ(view->partners->value, "ALEX-ANSWER");
    EXPECT_EQ(view->mine->value, "SAM-ANSWER");

    VaultCheckReport report;
    ASSERT_TRUE(checkUnlockedPartner(*alex, report));
    EXPECT_FALSE(report.damaged());
}

TEST_F(BackupTest, AFlippedBitAnywhereIsCaughtAndRestoresNothing)
{
    const auto file = out / "vault.twofold-backup";
    ASSERT_TRUE(createBackup(p.dir(), file, SystemClock::instance()));
    const std::string good = readAll(file);
    ASSERT_GT(good.size(), 1000u);

    // Every byte of the head and the tail (magic, manifest, length, checksum), and
    // 150 offsets spread over the files' bytes.
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < 16; ++i) {
        offsets.push_back(i);
    }
    for (std::size_t i = good.size() - 700; i < good.size(); i += 3) {
        offsets.push_back(i);
    }
    for (std::size_t k = 0; k < 150; ++k) {
        offsets.push_back(16 + (good.size() - 16) * k / 150);
    }
    const auto damaged = out / "damaged.twofold-backup";
    const auto target = out / "target";
    for (const std::size_t offset : offsets) {
        std::string bad = good;
        bad[offset] = static_cast<char>(bad[offset] ^ (1 << (offset % 8)));
        writeAll(damaged, bad);
        auto verified = verifyBackup(damaged);
        ASSERT_FALSE(verified) << "offset " << offset;
        EXPECT_EQ(verified.error().code, ErrorCode::DamagedDatabase) << "offset " << offset;
        auto restored = restoreBackup(damaged, target);
        ASSERT_FALSE(restored) << "offset " << offset;
        ASSERT_FALSE(std::filesystem::exists(target)) << "offset " << offset;
    }
    // Truncated and extended files too.
    writeAll(damaged, good.substr(0, good.size() - 1));
    EXPECT_FALSE(verifyBackup(damaged));
    writeAll(damaged, good + "x");
    EXPECT_FALSE(verifyBackup(damaged));
    // Nothing left behind next to the target.
    for (const auto& item : std::filesystem::directory_iterator(out.path())) {
        EXPECT_EQ(item.path().filename().string().find(".target."), std::string::npos) << item.path();
    }
}

TEST_F(BackupTest, RestoreRefusesANonEmptyFolderUnlessForcedAndNeverAForeignOne)
{
    const auto file = out / "b";
    ASSERT_TRUE(createBackup(p.dir(), file, SystemClock::instance()));
    const auto target = out / "target";
    ASSERT_TRUE(restoreBackup(file, target));
    auto again = restoreBackup(file, target);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::VaultExists);
    {
        // Over a vault: with the consent of both partners in it (RestoreConsentTest has the rest).
        RestoreRequest request{.backup = file, .vaultDir = target, .overwrite = Overwrite::Yes};
        {
            auto vault = Vault::open(target, p.options());
            ASSERT_TRUE(vault);
            for (const auto& [id, password] : {std::pair{p.alexId, TwoPartners::kAlexPassword},
                                               std::pair{p.samId, TwoPartners::kSamPassword}}) {
                auto consent =
                    vault->confirmPartner(id, SecretBuffer::fromString(password), Credential::Password);
                ASSERT_TRUE(consent);
                request.consents.push_back(std::move(*consent));
            }
        }
        EXPECT_TRUE(restoreBackup(request));
    }

    const auto foreign = out / "photos";
    std::filesystem::create_directories(foreign);
    writeAll(foreign / "holiday.jpg", "not a vault");
    auto refused = restoreBackup({.backup = file, .vaultDir = foreign, .overwrite = Overwrite::Yes});
    ASSERT_FALSE(refused);
    EXPECT_TRUE(std::filesystem::exists(foreign / "holiday.jpg"));

    // A vault open in a process is never replaced underneath it.
    auto inUse = restoreBackup({.backup = file, .vaultDir = p.dir(), .overwrite = Overwrite::Yes});
    ASSERT_FALSE(inUse);
    EXPECT_EQ(inUse.error().code, ErrorCode::VaultInUse);
}

TEST_F(BackupTest, ABackupInsideTheVaultFolderIsRefused)
{
    // Straight in, in a subfolder, through "..", and through a link to the vault folder.
    std::filesystem::create_directories(p.dir() / "backups");
    std::filesystem::create_directory_symlink(p.dir(), out / "vault-link");
    const std::vector<std::filesystem::path> inside{
        p.dir() / "b.twofold-backup", p.dir() / "backups" / "b.twofold-backup",
        out / "vault-link" / "backups" / ".." / "b.twofold-backup", out / "vault-link" / "b.twofold-backup",
        p.dir()};
    for (const auto& file : inside) {
        EXPECT_TRUE(isInsideVault(file, p.dir())) << file;
        auto made = createBackup(p.dir(), file, SystemClock::instance());
        ASSERT_FALSE(made) << file;
        EXPECT_EQ(made.error().code, ErrorCode::InsideVault) << file;
    }
    EXPECT_FALSE(std::filesystem::exists(p.dir() / "b.twofold-backup"));
    EXPECT_TRUE(std::filesystem::is_empty(p.dir() / "backups"));

    // Next to the vault, or in a folder whose name merely starts the same, is fine.
    EXPECT_FALSE(isInsideVault(out / "vault-backups" / "b", p.dir()));
    EXPECT_FALSE(isInsideVault(p.dir().parent_path() / "b", p.dir()));
    EXPECT_TRUE(createBackup(p.dir(), p.dir().parent_path() / "b.twofold-backup", SystemClock::instance()));

    // A restore from a file inside the folder it replaces would delete its own source.
    const auto target = out / "target";
    const auto file = out / "b.twofold-backup";
    ASSERT_TRUE(createBackup(p.dir(), file, SystemClock::instance()));
    ASSERT_TRUE(restoreBackup(file, target));
    std::filesystem::copy_file(file, target / "kept.twofold-backup");
    auto refused = restoreBackup(
        {.backup = target / "kept.twofold-backup", .vaultDir = target, .overwrite = Overwrite::Yes});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::InsideVault);
    EXPECT_TRUE(verifyBackup(target / "kept.twofold-backup"));
    EXPECT_TRUE(std::filesystem::exists(target / "keyring.db"));
    // ...also named through a trailing separator.
    auto slash = restoreBackup({.backup = target / "kept.twofold-backup",
                                .vaultDir = target.string() + "/",
                                .overwrite = Overwrite::Yes});
    ASSERT_FALSE(slash);
    EXPECT_EQ(slash.error().code, ErrorCode::InsideVault);
}

TEST_F(BackupTest, RestoreCreatesMissingParentFoldersForTheOwnerOnly)
{
    const auto file = out / "b.twofold-backup";
    ASSERT_TRUE(createBackup(p.dir(), file, SystemClock::instance()));
    // The app's default vault on a computer where Twofold never ran.
    const auto fresh = out / "fresh";
    const auto target = fresh / "Twofold" / "twofold" / "vault";
    auto restored = restoreBackup(file, target);
    ASSERT_TRUE(restored) << restored.error().detail;
    for (const auto& folder : {fresh, fresh / "Twofold", fresh / "Twofold" / "twofold"}) {
        const auto perms = std::filesystem::status(folder).permissions();
        EXPECT_EQ(perms & std::filesystem::perms::all, std::filesystem::perms::owner_all) << folder;
    }
    // Nothing left beside the vault, and it opens.
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(target.parent_path()),
                            std::filesystem::directory_iterator()),
              1);
    EXPECT_TRUE(Vault::open(target));

    // A damaged backup creates no folders at all.
    const auto damagedFile = out / "damaged.twofold-backup";
    std::filesystem::copy_file(file, damagedFile);
    std::string bytes = readAll(damagedFile);
    bytes[bytes.size() / 2] ^= 0x10;
    writeAll(damagedFile, bytes);
    auto refused = restoreBackup(damagedFile, out / "other" / "deep" / "vault");
    ASSERT_FALSE(refused);
    EXPECT_FALSE(std::filesystem::exists(out / "other"));
}

TEST_F(BackupTest, BackupsTakenWhileAPartnerWritesAreConsistent)
{
    std::atomic<bool> stop = false;
    std::atomic<int> written = 0;
    std::thread writer([&] {
        while (!stop) {
            if (p.alex->journal().create({"busy", std::string(3000, 'x'), {}, 0, {}, {}})) {
                ++written;
            }
            if (written % 7 == 0) {
                (void)twofold::detail::JournalAccess::database(p.alex->journal()).checkpoint();
            }
        }
    });
    std::vector<std::filesystem::path> backups;
    for (int i = 0; i < 6; ++i) {
        backups.push_back(out / ("live-" + std::to_string(i)));
        auto made = createBackup(p.dir(), backups.back(), SystemClock::instance());
        ASSERT_TRUE(made) << made.error().detail;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    stop = true;
    writer.join();
    EXPECT_GT(written.load(), 0);

    std::int64_t previous = 0;
    for (std::size_t i = 0; i < backups.size(); ++i) {
        const auto target = out / ("restored-" + std::to_string(i));
        ASSERT_TRUE(restoreBackup(backups[i], target));
        auto vault = Vault::open(target, p.options());
        ASSERT_TRUE(vault);
        auto alex = vault->unlock(p.alexId, SecretBuffer::fromString(TwoPartners::kAlexPassword));
        ASSERT_TRUE(alex) << i;
        EXPECT_TRUE(twofold::detail::JournalAccess::database(alex->journal()).checkIntegrity()) << i;
        auto count = alex->journal().count();
        ASSERT_TRUE(count);
        EXPECT_GE(*count, previous) << i;
        previous = *count;
    }
}

TEST_F(BackupTest, VerifyFindsADamagedJournalAndAPlaintextDatabase)
{
    auto clean = checkVaultFiles(p.dir());
    ASSERT_TRUE(clean);
    EXPECT_FALSE(clean->damaged());
    EXPECT_GE(clean->items.size(), 4u); // keyring, two journals, couple.db

    // A copy of the vault made by backup and restore, then damaged on disk.
    const auto file = out / "b";
    ASSERT_TRUE(createBackup(p.dir(), file, SystemClock::instance()));
    const auto copy = out / "copy";
    ASSERT_TRUE(restoreBackup(file, copy));
    {
        auto vault = Vault::open(copy, p.options());
        ASSERT_TRUE(vault);
        auto alex = vault->unlock(p.alexId, SecretBuffer::fromString(TwoPartners::kAlexPassword));
        ASSERT_TRUE(alex);
        ASSERT_TRUE(twofold::detail::JournalAccess::database(alex->journal()).checkpoint());
    }
    const auto journal = copy / ("partner-" + p.alexId + ".db");
    std::string bytes = readAll(journal);
    bytes[bytes.size() - 100] ^= 0x10; // inside the last page
    writeAll(journal, bytes);
    auto vault = Vault::open(copy, p.options());
    ASSERT_TRUE(vault);
    auto alex = vault->unlock(p.alexId, SecretBuffer::fromString(TwoPartners::kAlexPassword));
    if (alex) {
        VaultCheckReport report;
        ASSERT_TRUE(checkUnlockedPartner(*alex, report));
        EXPECT_TRUE(report.damaged());
    } else {
        EXPECT_EQ(alex.error().code, ErrorCode::DamagedDatabase);
    }

    writeAll(copy / ("partner-" + p.samId + ".db"),
             std::string("SQLite format 3\0", 16) + std::string(4080, 'a'));
    auto files = checkVaultFiles(copy);
    ASSERT_TRUE(files);
    EXPECT_TRUE(files->damaged());
}

} // namespace
} // namespace twofold::test
