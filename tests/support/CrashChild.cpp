// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "support/CrashChild.h"

#include <cstdlib>
#include <sys/wait.h>
#include <unistd.h>

namespace twofold::test {

int exitStatusOfChild(const char* crashAt, const std::function<bool()>& body)
{
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::setenv("TWOFOLD_CRASH_AT", crashAt, 1);
        ::_exit(body() ? 0 : 1);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

} // namespace twofold::test
