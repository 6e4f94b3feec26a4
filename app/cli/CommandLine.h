// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <cstdint>
#include <expected>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace twofold::cli {

struct OptionSpec
{
    std::string_view name;      // without the leading "--"
    std::string_view valueName; // empty for a flag
};

// One subcommand: its options, how many positional arguments it takes, its help.
struct CommandSpec
{
    std::string_view name;
    std::string_view synopsis; // after "twofold [global options] "
    std::string_view summary;  // one line for the overall help
    std::string_view details;  // the rest of `twofold <command> --help`
    std::span<const OptionSpec> options;
    std::size_t minArguments = 0;
    std::size_t maxArguments = 0;
    std::string_view missingArguments = {}; // "an entry id": what fewer than minArguments lacks
};

std::span<const CommandSpec> commandSpecs();
const CommandSpec* findCommand(std::string_view name);

// What the user asked for. Global options (--vault, --partner, --password-fd,
// --help, --version) are accepted before or after the subcommand.
struct CommandLine
{
    std::optional<std::filesystem::path> vaultDir;
    std::optional<std::string> partner;
    std::optional<int> passwordFd;
    bool help = false;
    bool version = false;
    const CommandSpec* command = nullptr;
    std::vector<std::string> arguments;                       // positional, after the subcommand
    std::vector<std::pair<std::string, std::string>> options; // the subcommand's, in order; "" for flags

    bool has(std::string_view name) const;
    // The last value given for `name`.
    std::optional<std::string> value(std::string_view name) const;
    std::vector<std::string> values(std::string_view name) const;
};

// A usage error is a one-line message that never repeats what the user typed, except
// option names (a mistyped password must not end up in a terminal log).
std::expected<CommandLine, std::string> parseCommandLine(const std::vector<std::string>& args);

// Whether `args` (argv without the program name) ask for the command line rather than
// the GUI: any subcommand or positional word, --help, --version, or a command-line
// option other than --vault. Qt's own single-dash options (-platform X, -style X,
// -reverse, ...) are left to the GUI.
bool isCliInvocation(const std::vector<std::string>& args);
// --vault DIR (or --vault=DIR) from argv, for the GUI.
std::optional<std::filesystem::path> vaultDirFromArgs(const std::vector<std::string>& args);

// A non-negative decimal integer (digits only, fits in 63 bits), or nothing.
std::optional<std::int64_t> parseNonNegative(std::string_view text);

std::string overallHelp();
std::string commandHelp(const CommandSpec& command);
std::string versionText();

} // namespace twofold::cli
