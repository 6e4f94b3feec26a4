// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

namespace twofold {

// What hardenProcess() managed to do; nothing it tries is fatal.
struct HardeningReport
{
    bool coreDumpsDisabled = false; // RLIMIT_CORE is 0
    bool notDumpable = false;       // PR_SET_DUMPABLE 0: no core file, no ptrace by same-user processes
    bool memoryLockable = false;    // secure memory (SecretBuffer) can be locked out of swap
};

// DESIGN.md §3, docs/SECURITY.md: a process holding keys and plaintext writes no core
// dump, cannot be ptrace-read by other processes of the same user, and has the
// largest memory-lock allowance the OS grants, so that libsodium's sodium_malloc
// (every SecretBuffer) can mlock its pages. Where the OS refuses any of these the
// process carries on without it: a journal that does not open helps no one.
// Release builds call this first thing in main(); sanitizer builds do not (LeakSanitizer
// needs ptrace).
HardeningReport hardenProcess();

} // namespace twofold
