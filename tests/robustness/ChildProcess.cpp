// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ChildProcess.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>
#include <utility>

extern char** environ;

namespace twofold::test {

namespace {

void closeFd(int& fd)
{
    if (fd >= 0) {
        ::close(fd);
        fd = -1;
    }
}

} // namespace

ChildProcess ChildProcess::start(const std::string& program, const std::vector<std::string>& args,
                                 const std::string& input, const std::vector<std::string>& env)
{
    int in[2];
    int out[2];
    int err[2];
    if (::pipe2(in, O_CLOEXEC) != 0 || ::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0) {
        throw std::runtime_error("pipe failed");
    }
    // Everything exec needs is built before fork: the child only calls async-signal-safe functions.
    std::vector<std::string> argStrings{program};
    argStrings.insert(argStrings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argStrings) {
        argv.push_back(a.data());
    }
    argv.push_back(nullptr);
    std::vector<std::string> envStrings;
    for (char** e = environ; *e != nullptr; ++e) {
        envStrings.emplace_back(*e);
    }
    envStrings.insert(envStrings.end(), env.begin(), env.end());
    std::vector<char*> envp;
    for (auto& e : envStrings) {
        envp.push_back(e.data());
    }
    envp.push_back(nullptr);

    const pid_t pid = ::fork();
    if (pid < 0) {
        throw std::runtime_error("fork failed");
    }
    if (pid == 0) {
        ::dup2(in[0], STDIN_FILENO);
        ::dup2(out[1], STDOUT_FILENO);
        ::dup2(err[1], STDERR_FILENO);
        ::execve(program.c_str(), argv.data(), envp.data());
        ::_exit(127);
    }
    ::close(in[0]);
    ::close(out[1]);
    ::close(err[1]);
    // The input is small (below the pipe's 64 KiB): write it all, then end it.
    std::signal(SIGPIPE, SIG_IGN);
    const char* p = input.data();
    std::size_t left = input.size();
    while (left > 0) {
        const ssize_t n = ::write(in[1], p, left);
        if (n <= 0) {
            break; // the child died before reading: fine
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    ::close(in[1]);
    ChildProcess child;
    child.m_pid = pid;
    child.m_outFd = out[0];
    child.m_errFd = err[0];
    return child;
}

ChildProcess::ChildProcess(ChildProcess&& other) noexcept
    : m_pid(std::exchange(other.m_pid, -1)), m_outFd(std::exchange(other.m_outFd, -1)),
      m_errFd(std::exchange(other.m_errFd, -1)), m_out(std::move(other.m_out)), m_err(std::move(other.m_err)),
      m_exit(other.m_exit)
{}

ChildProcess::~ChildProcess()
{
    if (m_pid > 0 && !m_exit) {
        ::kill(m_pid, SIGKILL);
        (void)reap(true);
    }
    closeFd(m_outFd);
    closeFd(m_errFd);
}

void ChildProcess::drain(int timeoutMs)
{
    pollfd fds[2] = {{m_outFd, POLLIN, 0}, {m_errFd, POLLIN, 0}};
    const int nfds = 2;
    if (m_outFd < 0 && m_errFd < 0) {
        if (timeoutMs > 0) {
            ::usleep(static_cast<useconds_t>(std::min(timeoutMs, 5) * 1000));
        }
        return;
    }
    if (::poll(fds, nfds, timeoutMs) <= 0) {
        return;
    }
    char buffer[8192];
    for (int i = 0; i < nfds; ++i) {
        if (fds[i].fd < 0 || (fds[i].revents & (POLLIN | POLLHUP | POLLERR)) == 0) {
            continue;
        }
        const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
        if (n > 0) {
            (i == 0 ? m_out : m_err).append(buffer, static_cast<std::size_t>(n));
        } else if (n == 0 || errno != EINTR) {
            closeFd(i == 0 ? m_outFd : m_errFd);
        }
    }
}

ChildProcess::Exit ChildProcess::reap(bool block)
{
    int status = 0;
    pid_t r;
    do {
        r = ::waitpid(m_pid, &status, block ? 0 : WNOHANG);
    } while (r < 0 && errno == EINTR);
    if (r != m_pid) {
        return {};
    }
    Exit exit;
    if (WIFEXITED(status)) {
        exit.code = WEXITSTATUS(status);
    } else if (WIFSIGNALED(status)) {
        exit.signal = WTERMSIG(status);
        exit.killed = exit.signal == SIGKILL;
    }
    m_exit = exit;
    return exit;
}

std::optional<ChildProcess::Exit> ChildProcess::waitUntil(std::chrono::steady_clock::time_point deadline)
{
    while (!m_exit) {
        const auto now = std::chrono::steady_clock::now();
        if (now >= deadline) {
            return std::nullopt;
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - now).count();
        // Short polls: the child may exit without closing anything we watch (it holds none).
        drain(static_cast<int>(std::min<long long>(left, 2)) + 0);
        (void)reap(false);
    }
    // Collect what is still in the pipes.
    while (m_outFd >= 0 || m_errFd >= 0) {
        drain(100);
    }
    return m_exit;
}

ChildProcess::Exit ChildProcess::kill()
{
    if (!m_exit) {
        ::kill(m_pid, SIGKILL);
        (void)reap(true);
    }
    while (m_outFd >= 0 || m_errFd >= 0) {
        drain(100);
    }
    return *m_exit;
}

ChildProcess::Exit ChildProcess::wait()
{
    return *waitUntil(std::chrono::steady_clock::time_point::max());
}

RunResult runToEnd(const std::string& program, const std::vector<std::string>& args, const std::string& input,
                   const std::vector<std::string>& env)
{
    ChildProcess child = ChildProcess::start(program, args, input, env);
    const ChildProcess::Exit exit = child.wait();
    return {exit.killed ? -SIGKILL : exit.code, child.out(), child.err()};
}

} // namespace twofold::test
