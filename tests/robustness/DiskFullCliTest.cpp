// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// A full disk, seen from the command line (issue 6): the one-line message says what
// happened and what to do, the exit code is the I/O one, and the entry written before
// is still there. The failing-write VFS stands in for the disk, in-process.
#include "RobustSupport.h"
#include "cli/Cli.h"
#include "cli/ExitCodes.h"
#include "support/FailingVfs.h"
#include "support/FastKdf.h"
#include "support/TempDir.h"

#include <fcntl.h>
#include <sstream>
#include <unistd.h>

#include <gtest/gtest.h>

using namespace twofold;
using namespace twofold::test;

namespace {

class NoTerminal final : public cli::PasswordSource
{
public:
    cli::PasswordResult read(std::string_view, std::optional<int> fd) override
    {
        if (!fd) {
            return std::unexpected(cli::PasswordError::NoTerminal);
        }
        return cli::readPasswordFromFd(*fd);
    }
};

struct Run
{
    int code;
    std::string out;
    std::string err;
};

Run runCli(const std::filesystem::path& vault, const std::vector<std::string>& args, const std::string& text)
{
    int fds[2];
    if (::pipe(fds) != 0) {
        return {-1, {}, {}};
    }
    const std::string password = std::string(kAlexPassword) + "\n";
    (void)!::write(fds[1], password.data(), password.size());
    ::close(fds[1]);
    std::vector<std::string> all{"--vault", vault.string(),  "--partner",
                                 "Alex",    "--password-fd", std::to_string(fds[0])};
    all.insert(all.end(), args.begin(), args.end());
    std::istringstream in(text);
    std::ostringstream out;
    std::ostringstream err;
    NoTerminal passwords;
    cli::CliIo io{in, out, err, passwords, vault};
    io.vaultOptions = twofold::test::fastVaultOptions();
    const int code = cli::runCli(all, io);
    ::close(fds[0]);
    return {code, out.str(), err.str()};
}

} // namespace

TEST(DiskFullCliTest, WriteOnAFullDiskSaysSoAndKeepsWhatWasSaved)
{
    TempDir tmp;
    const MadeVault made = makeVault(tmp / "vault");
    ASSERT_TRUE(FailingVfs::install(FailingVfs::AsDefault::Yes));
    const auto before = runCli(made.dir, {"write", "--title", "kept"}, "saved before the disk filled");
    ASSERT_EQ(before.code, 0) << before.err;

    int refused = 0;
    for (std::uint64_t budget : {0ull, 100ull, 4096ull, 9000ull, 20'000ull}) {
        FailingVfs::failWritesAfter(budget);
        const auto full = runCli(made.dir, {"write", "--title", "lost"}, sampleText(5, 30'000));
        FailingVfs::disarm();
        if (full.code == 0) {
            continue; // the budget was enough after all
        }
        ++refused;
        EXPECT_EQ(full.code, static_cast<int>(cli::ExitCode::IoFailure)) << full.err;
        EXPECT_EQ(full.err,
                  "twofold: The disk is full, so nothing was saved. Free some space and try again.\n");
        EXPECT_TRUE(full.out.empty()) << "printed an id for an entry it did not save";
    }
    EXPECT_GE(refused, 3);
    FailingVfs::uninstall();

    const auto list = runCli(made.dir, {"list", "--json"}, "");
    ASSERT_EQ(list.code, 0) << list.err;
    EXPECT_NE(list.out.find("\"kept\""), std::string::npos);
    EXPECT_EQ(list.out.find("\"lost\""), std::string::npos);
}

// Reading needs no free byte, even when the -shm index files are gone (a WAL database
// must otherwise make one before its first read): list and search work on a full disk.
TEST(DiskFullCliTest, ListAndSearchWorkOnAFullDiskWithoutShmFiles)
{
    TempDir tmp;
    const MadeVault made = makeVault(tmp / "vault");
    ASSERT_TRUE(FailingVfs::install(FailingVfs::AsDefault::Yes));
    const auto before = runCli(made.dir, {"write", "--title", "kept"}, "saved before the disk filled");
    ASSERT_EQ(before.code, 0) << before.err;
    for (const auto& file : std::filesystem::directory_iterator(made.dir)) {
        if (file.path().string().ends_with("-shm")) {
            std::filesystem::remove(file.path());
        }
    }

    FailingVfs::failWritesAfter(0);
    const auto list = runCli(made.dir, {"list", "--json"}, "");
    const auto search = runCli(made.dir, {"search", "filled"}, "");
    const auto write = runCli(made.dir, {"write", "--title", "lost"}, "no room for this");
    FailingVfs::disarm();
    FailingVfs::uninstall();

    ASSERT_EQ(list.code, 0) << list.err;
    EXPECT_TRUE(list.err.empty()) << list.err;
    EXPECT_NE(list.out.find("\"kept\""), std::string::npos) << list.out;
    ASSERT_EQ(search.code, 0) << search.err;
    EXPECT_NE(search.out.find("kept"), std::string::npos) << search.out;
    EXPECT_EQ(write.code, static_cast<int>(cli::ExitCode::IoFailure)) << write.err;
    EXPECT_EQ(write.err, "twofold: The disk is full, so nothing was saved. Free some space and try again.\n");
}
