// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "cli/ExitCodes.h"
#include "crypto/SecretBuffer.h"

#include <cstddef>
#include <expected>
#include <optional>
#include <string_view>

namespace twofold::cli {

enum class PasswordError
{
    NoTerminal,    // no --password-fd and no terminal to ask on
    BadDescriptor, // --password-fd names a descriptor that is not open for reading
    ReadFailed,    // read() failed
    NoInput,       // end of input before anything was read
    TooLong,       // longer than kMaxPasswordBytes
};

using PasswordResult = std::expected<SecretBuffer, PasswordError>;

constexpr std::size_t kMaxPasswordBytes = 4096;

std::string_view messageFor(PasswordError error);
ExitCode exitCodeFor(PasswordError error);

// Reads one line from `fd` byte by byte (so a second password on the same descriptor
// stays unread), without the trailing "\n" or "\r\n". The bytes only ever live in
// sodium_malloc memory. The descriptor is left open.
PasswordResult readPasswordFromFd(int fd);
// Asks on /dev/tty with echo off; the terminal is restored even on Ctrl-C.
PasswordResult readPasswordFromTerminal(std::string_view prompt);

// Where passwords come from; tests put in their own.
class PasswordSource
{
public:
    virtual ~PasswordSource() = default;
    // From `fd` when given, else asked on the terminal with `prompt`.
    virtual PasswordResult read(std::string_view prompt, std::optional<int> fd) = 0;
};

class SystemPasswordSource final : public PasswordSource
{
public:
    PasswordResult read(std::string_view prompt, std::optional<int> fd) override;
};

} // namespace twofold::cli
