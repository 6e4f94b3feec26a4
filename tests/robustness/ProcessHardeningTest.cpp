// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Process hardening (issue 6): no core dumps, not dumpable, memory locking allowed as
// far as the OS grants. Checked in a child process so the test runner keeps its own
// settings (LeakSanitizer needs ptrace).
#include "common/ProcessHardening.h"

#include "crypto/SecretBuffer.h"

#include <csignal>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

using namespace twofold;

namespace {

// Runs fn in a child; its exit code comes back.
template <typename Fn> int inChild(Fn fn)
{
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::_exit(fn());
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

} // namespace

TEST(RobustnessHardeningTest, DisablesCoreDumpsAndPtrace)
{
    EXPECT_EQ(inChild([] {
                  const HardeningReport report = hardenProcess();
                  if (!report.coreDumpsDisabled || !report.notDumpable) {
                      return 1;
                  }
                  rlimit core{};
                  if (::getrlimit(RLIMIT_CORE, &core) != 0 || core.rlim_cur != 0 || core.rlim_max != 0) {
                      return 2;
                  }
                  if (::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0) {
                      return 3;
                  }
                  return 0;
              }),
              0);
}

TEST(RobustnessHardeningTest, ACrashAfterHardeningLeavesNoCoreFile)
{
    // SIGABRT would dump core; after hardening the kernel must not (WCOREDUMP clear).
    const pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
        const rlimit some{RLIM_INFINITY, RLIM_INFINITY};
        (void)::setrlimit(RLIMIT_CORE, &some);
        (void)hardenProcess();
        std::signal(SIGABRT, SIG_DFL);
        ::abort();
    }
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    ASSERT_TRUE(WIFSIGNALED(status));
    EXPECT_FALSE(WCOREDUMP(status));
}

TEST(RobustnessHardeningTest, MemoryLockingDegradesGracefully)
{
    // With no lockable memory at all, hardening still succeeds and secrets still work.
    EXPECT_EQ(inChild([] {
                  const rlimit none{0, 0};
                  if (::getuid() != 0 && ::setrlimit(RLIMIT_MEMLOCK, &none) != 0) {
                      return 1;
                  }
                  const HardeningReport report = hardenProcess();
                  if (!report.coreDumpsDisabled) {
                      return 2;
                  }
                  SecretBuffer secret = SecretBuffer::fromString("still usable");
                  return secret.size() == 12 ? 0 : 3;
              }),
              0);
    EXPECT_EQ(inChild([] { return hardenProcess().memoryLockable || ::getuid() != 0 ? 0 : 1; }), 0);
}
