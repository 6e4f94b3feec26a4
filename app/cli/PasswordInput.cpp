// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "cli/PasswordInput.h"

#include "cli/TerminalText.h"

#include <cerrno>
#include <csignal>
#include <cstdint>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace twofold::cli {

std::string_view messageFor(PasswordError error)
{
    switch (error) {
    case PasswordError::NoTerminal:
        return "There is no terminal to ask for the password on; pass it with --password-fd N.";
    case PasswordError::BadDescriptor:
        return "The --password-fd descriptor is not open for reading.";
    case PasswordError::ReadFailed:
        return "The password could not be read.";
    case PasswordError::NoInput:
        return "No password was given.";
    case PasswordError::TooLong:
        return "The password is too long (at most 4096 bytes).";
    }
    return "The password could not be read.";
}

ExitCode exitCodeFor(PasswordError error)
{
    return error == PasswordError::ReadFailed ? ExitCode::IoFailure : ExitCode::Usage;
}

PasswordResult readPasswordFromFd(int fd)
{
    // One spare byte so an over-long line is noticed rather than cut silently.
    SecretBuffer scratch(kMaxPasswordBytes + 1);
    std::size_t length = 0;
    bool sawNewline = false;
    for (;;) {
        std::uint8_t byte = 0;
        const ssize_t got = ::read(fd, &byte, 1);
        if (got < 0) {
            if (errno == EINTR) {
                continue;
            }
            return std::unexpected(errno == EBADF ? PasswordError::BadDescriptor : PasswordError::ReadFailed);
        }
        if (got == 0) {
            break;
        }
        if (byte == '\n') {
            sawNewline = true;
            break;
        }
        if (length == scratch.size()) {
            return std::unexpected(PasswordError::TooLong);
        }
        scratch.data()[length++] = byte;
        byte = 0;
    }
    if (length > kMaxPasswordBytes) {
        return std::unexpected(PasswordError::TooLong);
    }
    if (length == 0 && !sawNewline) {
        return std::unexpected(PasswordError::NoInput);
    }
    if (length > 0 && scratch.data()[length - 1] == '\r') {
        --length;
    }
    return SecretBuffer::fromBytes(scratch.span().first(length));
}

namespace {

// The terminal state to restore if a signal arrives while echo is off. Only touched
// from one thread; the handler uses async-signal-safe calls only.
volatile std::sig_atomic_t g_restorePending = 0;
int g_ttyFd = -1;
struct termios g_savedTermios;

constexpr int kRestoreSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP};

extern "C" void restoreTerminalAndRaise(int signalNumber)
{
    if (g_restorePending != 0) {
        ::tcsetattr(g_ttyFd, TCSAFLUSH, &g_savedTermios);
        g_restorePending = 0;
    }
    ::signal(signalNumber, SIG_DFL);
    ::raise(signalNumber);
}

class EchoOff
{
public:
    explicit EchoOff(int fd) : m_fd(fd)
    {
        if (::tcgetattr(fd, &m_saved) != 0) {
            return;
        }
        g_ttyFd = fd;
        g_savedTermios = m_saved;
        struct sigaction action = {};
        action.sa_handler = restoreTerminalAndRaise;
        sigemptyset(&action.sa_mask);
        for (std::size_t i = 0; i < std::size(kRestoreSignals); ++i) {
            ::sigaction(kRestoreSignals[i], &action, &m_previous[i]);
        }
        g_restorePending = 1;
        m_installed = true;
        struct termios quiet = m_saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    ~EchoOff()
    {
        if (!m_installed) {
            return;
        }
        ::tcsetattr(m_fd, TCSAFLUSH, &m_saved);
        g_restorePending = 0;
        for (std::size_t i = 0; i < std::size(kRestoreSignals); ++i) {
            ::sigaction(kRestoreSignals[i], &m_previous[i], nullptr);
        }
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    int m_fd;
    bool m_installed = false;
    struct termios m_saved = {};
    struct sigaction m_previous[std::size(kRestoreSignals)] = {};
};

class FileDescriptor
{
public:
    explicit FileDescriptor(int fd) : m_fd(fd) {}
    ~FileDescriptor()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

void writeAll(int fd, std::string_view text)
{
    while (!text.empty()) {
        const ssize_t wrote = ::write(fd, text.data(), text.size());
        if (wrote < 0 && errno == EINTR) {
            continue;
        }
        if (wrote <= 0) {
            return;
        }
        text.remove_prefix(static_cast<std::size_t>(wrote));
    }
}

} // namespace

PasswordResult readPasswordFromTerminal(std::string_view prompt)
{
    const FileDescriptor tty(::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC));
    if (tty.get() < 0) {
        return std::unexpected(PasswordError::NoTerminal);
    }
    // The prompt names the partner, read from keyring.db before anything is
    // authenticated: shown, never obeyed.
    writeAll(tty.get(), escapeForTerminal(prompt));
    // ECHONL echoes the newline itself, so the next output starts on a fresh line.
    const EchoOff echoOff(tty.get());
    return readPasswordFromFd(tty.get());
}

PasswordResult SystemPasswordSource::read(std::string_view prompt, std::optional<int> fd)
{
    if (fd) {
        return readPasswordFromFd(*fd);
    }
    return readPasswordFromTerminal(prompt);
}

} // namespace twofold::cli
