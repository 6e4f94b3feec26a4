// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "common/ProcessHardening.h"

#include <cstddef>
#include <sys/prctl.h>
#include <sys/resource.h>

#include <sodium.h>

namespace twofold {

namespace {

// Raises the soft RLIMIT_MEMLOCK to the hard limit (never above it: that needs
// privileges and would only fail), then checks that a page can really be locked.
bool allowMemoryLocking()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_MEMLOCK, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        (void)::setrlimit(RLIMIT_MEMLOCK, &limit);
    }
    if (sodium_init() < 0) {
        return false;
    }
    alignas(64) unsigned char probe[256] = {};
    if (sodium_mlock(probe, sizeof probe) != 0) {
        return false;
    }
    sodium_munlock(probe, sizeof probe); // also wipes it
    return true;
}

} // namespace

HardeningReport hardenProcess()
{
    HardeningReport report;
    const rlimit none{0, 0};
    report.coreDumpsDisabled = ::setrlimit(RLIMIT_CORE, &none) == 0;
    report.notDumpable =
        ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
    report.memoryLockable = allowMemoryLocking();
    return report;
}

} // namespace twofold
