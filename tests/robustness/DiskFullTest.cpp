// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// A full disk is a clear DiskFull, the vault stays openable and nothing saved earlier
// is lost (issue 6). The failing-write VFS (FailingVfs, test-only, in this folder) lets each write
// operation through a range of byte budgets; a size-limited tmpfs (where the machine
// lets us mount one) and RLIMIT_FSIZE are the real thing.
#include "RobustSupport.h"
#include "couple/CoupleSpace.h"
#include "journal/detail/JournalAccess.h"
#include "storage/Database.h"
#include "support/FailingVfs.h"
#include "support/TempDir.h"
#include "vault/Session.h"

#include <csignal>
#include <cstring>
#include <functional>
#include <iostream>
#include <limits>
#include <optional>
#include <sstream>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

using namespace twofold;
using namespace twofold::test;

namespace {

// What the vault must hold, updated only when an operation reports success.
struct Model
{
    std::map<EntryId, EntryFields> entries;
    std::string password{kAlexPassword};
    std::optional<std::string> draftBody;
    std::optional<std::string> setting;
    std::optional<std::string> answer;
};

struct World
{
    std::optional<Vault> vault;
    std::optional<Session> alex;
    std::optional<CoupleSpace> space;

    void close()
    {
        space.reset();
        alex.reset();
        vault.reset();
    }
};

struct Operation
{
    std::string name;
    bool needsCouple = false;
    // Performs the change; updates the model only when it reports success.
    std::function<Status(World&, Model&, int step)> run;
};

std::string sharedPromptId()
{
    for (const auto& pack : shippedPacks()) {
        for (const auto& prompt : pack.prompts) {
            if (prompt.visibility == Visibility::Shared && prompt.kind == PromptKind::Text) {
                return prompt.id;
            }
        }
    }
    return {};
}

std::vector<Operation> operations(const std::string& promptId)
{
    std::vector<Operation> ops;
    ops.push_back({"create entry", false, [](World& w, Model& m, int step) -> Status {
                       EntryFields fields{.title = "new " + std::to_string(step),
                                          .body = sampleText(1000 + step, 6000),
                                          .mood = 1 + step % 5,
                                          .tags = {"tag" + std::to_string(step % 3)}};
                       auto id = w.alex->journal().create(fields);
                       if (!id) {
                           return std::unexpected(id.error());
                       }
                       m.entries[*id] = fields;
                       return {};
                   }});
    ops.push_back({"update entry", false, [](World& w, Model& m, int step) -> Status {
                       const EntryId id = m.entries.begin()->first;
                       EntryFields fields{.title = "edited " + std::to_string(step),
                                          .body = sampleText(2000 + step, 3000),
                                          .tags = {"edited"}};
                       if (auto st = w.alex->journal().update(id, fields); !st) {
                           return st;
                       }
                       m.entries[id] = fields;
                       return {};
                   }});
    ops.push_back({"remove entry", false, [](World& w, Model& m, int) -> Status {
                       const EntryId id = m.entries.rbegin()->first;
                       auto removed = w.alex->journal().remove(id);
                       if (!removed) {
                           return std::unexpected(removed.error());
                       }
                       m.entries.erase(id);
                       return {};
                   }});
    ops.push_back({"save draft", false, [](World& w, Model& m, int step) -> Status {
                       const std::string body = sampleText(3000 + step, 2500);
                       if (auto st = w.alex->journal().saveDraft({.fields = {.body = body}}); !st) {
                           return st;
                       }
                       m.draftBody = body;
                       return {};
                   }});
    ops.push_back({"set setting", false, [](World& w, Model& m, int step) -> Status {
                       const std::string value = "value " + std::to_string(step);
                       if (auto st = w.alex->journal().setSetting("robust.setting", value); !st) {
                           return st;
                       }
                       m.setting = value;
                       return {};
                   }});
    ops.push_back({"change password", false, [](World& w, Model& m, int step) -> Status {
                       const std::string password = "password " + std::to_string(step);
                       if (auto st = w.alex->changePassword(secret(password)); !st) {
                           return st;
                       }
                       m.password = password;
                       return {};
                   }});
    ops.push_back({"answer a prompt", true, [promptId](World& w, Model& m, int step) -> Status {
                       const std::string text = sampleText(4000 + step, 1500);
                       auto id = w.space->answer(promptId, text, Reveal::Yes);
                       if (!id) {
                           return std::unexpected(id.error());
                       }
                       m.answer = text;
                       return {};
                   }});
    return ops;
}

// Opens the vault afresh (nothing armed) and checks it holds exactly the model.
void verify(const MadeVault& made, const Model& model, const std::string& promptId, const std::string& where)
{
    SCOPED_TRACE(where);
    {
        auto keyring = Database::openPlain(made.dir / "keyring.db", OpenMode::Existing);
        ASSERT_TRUE(keyring);
        EXPECT_TRUE(keyring->checkIntegrity());
    }
    auto vault = openVault(made.dir);
    ASSERT_TRUE(vault) << vault.error().detail;
    auto alex = unlock(*vault, made.alexId, model.password);
    ASSERT_TRUE(alex) << errorCodeName(alex.error().code) << " " << alex.error().detail;
    EXPECT_TRUE(twofold::detail::JournalAccess::database(alex->journal()).checkIntegrity());
    EXPECT_TRUE(alex->coupleDatabase().checkIntegrity());
    auto entries = allEntries(alex->journal());
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), model.entries.size());
    for (const auto& [id, fields] : model.entries) {
        auto found = entries->find(id);
        ASSERT_NE(found, entries->end()) << "entry " << id << " lost";
        EXPECT_EQ(found->second.fields, fields) << "entry " << id << " changed";
    }
    auto draft = alex->journal().draft(std::nullopt);
    ASSERT_TRUE(draft);
    EXPECT_EQ(draft->has_value(), model.draftBody.has_value());
    if (*draft && model.draftBody) {
        EXPECT_EQ((*draft)->fields.body, *model.draftBody);
    }
    auto setting = alex->journal().setting("robust.setting");
    ASSERT_TRUE(setting);
    EXPECT_EQ(*setting, model.setting);
    if (model.answer) {
        auto space = CoupleSpace::open(*alex, shippedPacks());
        ASSERT_TRUE(space);
        auto read = space->readAnswer(promptId);
        ASSERT_TRUE(read);
        ASSERT_TRUE(read->mine.has_value());
        ASSERT_TRUE(read->mine->readable());
        EXPECT_EQ(read->mine->value, *model.answer);
    }
}

class DiskFullTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(FailingVfs::install(FailingVfs::AsDefault::Yes)); }
    void TearDown() override { FailingVfs::uninstall(); }
};

} // namespace

TEST_F(DiskFullTest, EveryWriteFailsCleanlyAtEveryBudget)
{
    TempDir tmp;
    const MadeVault made = makeVault(tmp / "vault");
    const std::string promptId = sharedPromptId();
    ASSERT_FALSE(promptId.empty());
    Model model;
    {
        auto vault = openVault(made.dir);
        ASSERT_TRUE(vault);
        auto alex = unlock(*vault, made.alexId, model.password);
        ASSERT_TRUE(alex);
        for (int i = 0; i < 60; ++i) {
            EntryFields fields{.title = "kept " + std::to_string(i), .body = sampleText(i, 800)};
            auto id = alex->journal().create(fields);
            ASSERT_TRUE(id);
            model.entries[*id] = fields;
        }
    }

    constexpr int kPoints = 18;
    int pointsTried = 0;
    int step = 0;
    for (const Operation& op : operations(promptId)) {
        SCOPED_TRACE(op.name);
        // The first run measures how many bytes the operation writes; then budgets from
        // nothing to just short of that, and one that is plenty.
        std::uint64_t needed = 0;
        std::vector<std::uint64_t> budgets;
        for (int round = 0; round < 1 || !budgets.empty(); ++round) {
            World w;
            w.vault.emplace(*openVault(made.dir));
            auto alex = unlock(*w.vault, made.alexId, model.password);
            ASSERT_TRUE(alex) << alex.error().detail;
            w.alex.emplace(std::move(*alex));
            if (op.needsCouple) {
                auto space = CoupleSpace::open(*w.alex, shippedPacks());
                ASSERT_TRUE(space) << space.error().detail;
                w.space.emplace(std::move(*space));
            }
            const bool measuring = round == 0;
            const std::uint64_t budget =
                measuring ? std::numeric_limits<std::uint64_t>::max() : budgets.back();
            if (!measuring) {
                budgets.pop_back();
            }
            FailingVfs::failWritesAfter(budget);
            const auto countBefore = model.entries.size();
            const Status result = op.run(w, model, ++step);
            const std::uint64_t written = FailingVfs::bytesWritten();
            if (!result) {
                EXPECT_EQ(result.error().code, ErrorCode::DiskFull)
                    << "budget " << budget << ": " << errorCodeName(result.error().code) << " "
                    << result.error().detail;
                EXPECT_FALSE(result.error().detail.empty());
                EXPECT_GT(FailingVfs::refusedWrites(), 0u);
                // Reading still works while the disk is full.
                auto count = w.alex->journal().count();
                ASSERT_TRUE(count) << count.error().detail;
                EXPECT_EQ(static_cast<std::size_t>(*count), countBefore);
            }
            FailingVfs::disarm();
            if (measuring) {
                ASSERT_TRUE(result) << result.error().detail;
                needed = written;
                ASSERT_GT(needed, 0u);
                budgets.push_back(needed + 64 * 1024); // plenty: must succeed
                for (int k = kPoints - 1; k >= 0; --k) {
                    budgets.push_back(needed * static_cast<std::uint64_t>(k) / kPoints);
                }
                budgets.insert(budgets.begin() + 1, needed - 1);
                // popped from the back: 0 first, then upwards
            } else {
                ++pointsTried;
                if (budget == 0) {
                    EXPECT_FALSE(result) << "nothing could be written, yet it succeeded";
                }
                if (budget > needed + 4096) {
                    EXPECT_TRUE(result) << "budget " << budget << " of " << needed;
                }
            }
            w.close();
            verify(made, model, promptId, op.name + " at budget " + std::to_string(budget));
            if (HasFatalFailure()) {
                return;
            }
        }
    }
    RecordProperty("disk_full_points", pointsTried);
    std::cout << "[ disk full ] " << pointsTried << " budgets tried across " << operations(promptId).size()
              << " operations\n";
}

// Opening and reading must not need a single free byte: a full disk is no reason to
// lose access to what is saved. Failed unlock attempts recorded earlier cannot be
// cleared then, and that must not lock the partner out.
TEST_F(DiskFullTest, UnlockAndReadNeedNoFreeSpace)
{
    TempDir tmp;
    const MadeVault made = makeVault(tmp / "vault");
    {
        auto vault = openVault(made.dir);
        ASSERT_TRUE(vault);
        auto alex = unlock(*vault, made.alexId, kAlexPassword);
        ASSERT_TRUE(alex);
        ASSERT_TRUE(alex->journal().create({.title = "saved", .body = "still here"}));
        alex->lock();
        auto wrong = unlock(*vault, made.alexId, "not the password");
        ASSERT_FALSE(wrong);
        EXPECT_EQ(wrong.error().code, ErrorCode::WrongPassword);
    }
    FailingVfs::failWritesAfter(0);
    auto vault = openVault(made.dir);
    ASSERT_TRUE(vault) << vault.error().detail;
    auto wrong = unlock(*vault, made.samId, "not the password either");
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().code, ErrorCode::WrongPassword);
    auto alex = unlock(*vault, made.alexId, kAlexPassword);
    ASSERT_TRUE(alex) << errorCodeName(alex.error().code) << " " << alex.error().detail;
    // The wrong password tried before the disk filled is still reported.
    EXPECT_EQ(alex->failedAttemptsSinceLastUnlock().size(), 1u);
    auto entries = allEntries(alex->journal());
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), 1u);
    EXPECT_EQ(entries->begin()->second.fields.body, "still here");
    auto hits = alex->journal().search("still");
    ASSERT_TRUE(hits);
    EXPECT_EQ(hits->size(), 1u);
    auto space = CoupleSpace::open(*alex, shippedPacks());
    EXPECT_TRUE(space) << (space ? "" : space.error().detail);
    auto failed = alex->journal().create({.title = "no room", .body = "x"});
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error().code, ErrorCode::DiskFull);
}

// Without its -shm index a WAL database needs room to make one (SQLite maps and grows
// the file before the first read). A full disk is no reason to lose access to what is
// saved: Database falls back to locking_mode=EXCLUSIVE, whose WAL index lives in
// memory. Checked with every -shm file gone, including uncheckpointed commits in a
// -wal file that must be read back.
TEST_F(DiskFullTest, ReadsWorkOnAFullDiskWhenTheShmFilesAreMissing)
{
    TempDir tmp;
    const MadeVault made = makeVault(tmp / "vault");
    const auto copy = tmp / "copy";
    {
        auto vault = openVault(made.dir);
        ASSERT_TRUE(vault);
        auto alex = unlock(*vault, made.alexId, kAlexPassword);
        ASSERT_TRUE(alex);
        ASSERT_TRUE(alex->journal().create({.title = "saved", .body = "still here"}));
        // A copy taken now, as a crash would leave the files: each database with its
        // -wal (the new entry is not checkpointed yet), and no -shm.
        std::filesystem::create_directory(copy);
        for (const auto& file : std::filesystem::directory_iterator(made.dir)) {
            if (!file.path().string().ends_with("-shm")) {
                std::filesystem::copy_file(file.path(), copy / file.path().filename());
            }
        }
    }
    int walFiles = 0;
    for (const auto& file : std::filesystem::directory_iterator(copy)) {
        walFiles +=
            file.path().string().ends_with("-wal") && std::filesystem::file_size(file.path()) > 0 ? 1 : 0;
    }
    EXPECT_GE(walFiles, 1);

    {
        FailingVfs::failWritesAfter(0);
        auto vault = openVault(copy);
        ASSERT_TRUE(vault) << errorCodeName(vault.error().code) << " " << vault.error().detail;
        auto alex = unlock(*vault, made.alexId, kAlexPassword);
        ASSERT_TRUE(alex) << errorCodeName(alex.error().code) << " " << alex.error().detail;
        auto entries = allEntries(alex->journal());
        ASSERT_TRUE(entries) << entries.error().detail;
        ASSERT_EQ(entries->size(), 1u);
        EXPECT_EQ(entries->begin()->second.fields.body, "still here");
        auto hits = alex->journal().search("still");
        ASSERT_TRUE(hits);
        EXPECT_EQ(hits->size(), 1u);
        auto space = CoupleSpace::open(*alex, shippedPacks());
        EXPECT_TRUE(space) << (space ? "" : space.error().detail);
        // No -shm file could be grown: none holds even one 32 KiB region of the index
        // (SQLite may make one and truncate it to 3 bytes before it asks for room).
        for (const auto& file : std::filesystem::directory_iterator(copy)) {
            if (file.path().string().ends_with("-shm")) {
                EXPECT_LT(std::filesystem::file_size(file.path()), 32'768u) << file.path();
            }
        }
        auto failed = alex->journal().create({.title = "no room", .body = "x"});
        ASSERT_FALSE(failed);
        EXPECT_EQ(failed.error().code, ErrorCode::DiskFull);

        // Once there is room again, the same session saves and the vault opens normally.
        FailingVfs::disarm();
        ASSERT_TRUE(alex->journal().create({.title = "room again", .body = "y"}));
    }
    auto reopened = openVault(copy);
    ASSERT_TRUE(reopened);
    auto again = unlock(*reopened, made.alexId, kAlexPassword);
    ASSERT_TRUE(again);
    auto all = allEntries(again->journal());
    ASSERT_TRUE(all);
    EXPECT_EQ(all->size(), 2u);
    EXPECT_TRUE(twofold::detail::JournalAccess::database(again->journal()).checkIntegrity());
}

namespace {

// Writes entries until the disk says no; returns the bodies that were acknowledged.
// Used by both real-disk tests below.
struct FillResult
{
    std::map<EntryId, std::string> saved;
    std::optional<ErrorCode> stoppedBy;
    std::string detail;
};

FillResult fillUp(const MadeVault& made)
{
    FillResult result;
    auto vault = openVault(made.dir);
    if (!vault) {
        result.stoppedBy = vault.error().code;
        result.detail = "open: " + vault.error().detail;
        return result;
    }
    auto alex = unlock(*vault, made.alexId, kAlexPassword);
    if (!alex) {
        result.stoppedBy = alex.error().code;
        result.detail = "unlock: " + alex.error().detail;
        return result;
    }
    for (int i = 0; i < 5000; ++i) {
        const std::string body = sampleText(static_cast<std::uint64_t>(i), 20'000);
        auto id = alex->journal().create({.title = "fill " + std::to_string(i), .body = body});
        if (!id) {
            result.stoppedBy = id.error().code;
            result.detail = id.error().detail;
            return result;
        }
        result.saved[*id] = body;
    }
    return result;
}

void expectAllSaved(const MadeVault& made, const std::map<EntryId, std::string>& saved)
{
    auto vault = openVault(made.dir);
    ASSERT_TRUE(vault) << vault.error().detail;
    auto alex = unlock(*vault, made.alexId, kAlexPassword);
    ASSERT_TRUE(alex) << alex.error().detail;
    EXPECT_TRUE(twofold::detail::JournalAccess::database(alex->journal()).checkIntegrity());
    auto entries = allEntries(alex->journal());
    ASSERT_TRUE(entries) << entries.error().detail;
    ASSERT_EQ(entries->size(), saved.size());
    for (const auto& [id, body] : saved) {
        ASSERT_TRUE(entries->contains(id));
        EXPECT_EQ(entries->at(id).fields.body, body);
    }
}

} // namespace

// The real thing: a 3 MiB tmpfs filled to the brim. Needs mount(2) (root, or a
// user namespace); skipped where the machine does not allow it.
TEST(DiskFullRealTest, SmallTmpfsFillsUpCleanly)
{
    TempDir tmp;
    const auto mountPoint = tmp / "small";
    std::filesystem::create_directories(mountPoint);
    if (::mount("twofold-test", mountPoint.c_str(), "tmpfs", MS_NOSUID | MS_NODEV, "size=3m,mode=0700") !=
        0) {
        GTEST_SKIP() << "cannot mount a small tmpfs here (" << std::strerror(errno) << ")";
    }
    struct Unmount
    {
        std::filesystem::path at;
        ~Unmount() { ::umount2(at.c_str(), MNT_DETACH); }
    } unmount{mountPoint};

    const MadeVault made = makeVault(mountPoint / "vault");
    const FillResult filled = fillUp(made);
    ASSERT_TRUE(filled.stoppedBy.has_value()) << "3 MiB never filled up";
    EXPECT_EQ(*filled.stoppedBy, ErrorCode::DiskFull)
        << errorCodeName(*filled.stoppedBy) << " " << filled.detail;
    EXPECT_GT(filled.saved.size(), 10u);
    // The disk is still full: the vault opens and every saved entry is there.
    expectAllSaved(made, filled.saved);
    std::cout << "[ disk full ] tmpfs took " << filled.saved.size() << " entries before DiskFull\n";
}

// The other real limit: RLIMIT_FSIZE in a child process (works without root).
TEST(DiskFullRealTest, FileSizeLimitIsDiskFull)
{
    TempDir tmp;
    const MadeVault made = makeVault(tmp / "vault");
    int pipeFds[2];
    ASSERT_EQ(::pipe(pipeFds), 0);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        ::close(pipeFds[0]);
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{2 * 1024 * 1024, 2 * 1024 * 1024};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        const FillResult filled = fillUp(made);
        // Report: the code, then each saved id and the seed-derived body's index.
        std::string report = filled.stoppedBy ? std::string(errorCodeName(*filled.stoppedBy)) : "none";
        report += "\n";
        for (const auto& [id, body] : filled.saved) {
            report += std::to_string(id) + " " + std::to_string(body.size()) + "\n";
        }
        const char* p = report.data();
        std::size_t left = report.size();
        while (left > 0) {
            const ssize_t n = ::write(pipeFds[1], p, left);
            if (n <= 0) {
                break;
            }
            p += n;
            left -= static_cast<std::size_t>(n);
        }
        ::_exit(0);
    }
    ::close(pipeFds[1]);
    std::string report;
    char buffer[4096];
    ssize_t n = 0;
    while ((n = ::read(pipeFds[0], buffer, sizeof buffer)) > 0) {
        report.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(pipeFds[0]);
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "the child crashed";
    std::istringstream lines(report);
    std::string code;
    std::getline(lines, code);
    EXPECT_EQ(code, "DiskFull");
    // The child wrote bodies sampleText(i, 20000) in order; rebuild them.
    std::map<EntryId, std::string> saved;
    EntryId id = 0;
    std::size_t size = 0;
    int index = 0;
    while (lines >> id >> size) {
        saved[id] = sampleText(static_cast<std::uint64_t>(index++), 20'000);
        EXPECT_EQ(saved[id].size(), size);
    }
    EXPECT_GT(saved.size(), 10u);
    expectAllSaved(made, saved);
}
