// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace twofold::test {

// The real `twofold` binary as a child: stdin fed from a string, stdout collected,
// stderr to a string too. Move-only; the destructor kills and reaps a child still running.
class ChildProcess
{
public:
    struct Exit
    {
        bool killed = false; // ended by our SIGKILL
        int code = -1;       // exit code when it exited by itself
        int signal = 0;
    };

    // env: extra "NAME=value" entries on top of this process's environment.
    static ChildProcess start(const std::string& program, const std::vector<std::string>& args,
                              const std::string& input, const std::vector<std::string>& env = {});

    ChildProcess(ChildProcess&& other) noexcept;
    ChildProcess& operator=(ChildProcess&&) = delete;
    ~ChildProcess();

    // Waits until the child exits or the deadline passes, collecting output meanwhile.
    // Returns the exit when it ended in time.
    std::optional<Exit> waitUntil(std::chrono::steady_clock::time_point deadline);
    // SIGKILL now, then reap; collects whatever output was written before.
    Exit kill();
    Exit wait();

    const std::string& out() const { return m_out; }
    const std::string& err() const { return m_err; }
    pid_t pid() const { return m_pid; }

private:
    ChildProcess() = default;
    void drain(int timeoutMs);
    Exit reap(bool block);

    pid_t m_pid = -1;
    int m_outFd = -1;
    int m_errFd = -1;
    std::string m_out;
    std::string m_err;
    std::optional<Exit> m_exit;
};

// Runs to completion (no deadline) and returns exit code, stdout and stderr.
struct RunResult
{
    int code = -1;
    std::string out;
    std::string err;
};
RunResult runToEnd(const std::string& program, const std::vector<std::string>& args, const std::string& input,
                   const std::vector<std::string>& env = {});

} // namespace twofold::test
