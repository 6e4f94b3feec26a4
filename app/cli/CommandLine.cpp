// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Parsing argv: global options, the subcommand, its options and arguments.
#include "cli/CommandLine.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <limits>

namespace twofold::cli {

namespace {

bool isSafeOptionName(std::string_view name)
{
    // Only echo option names that look like option names; anything else might be a
    // password typed in the wrong place.
    if (name.empty() || name.size() > 32) {
        return false;
    }
    return std::all_of(name.begin(), name.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

std::string unknownOption(std::string_view name, const CommandSpec* command)
{
    std::string message = "unknown option";
    if (isSafeOptionName(name)) {
        message += " --";
        message += name;
    }
    message += command ? " for '" + std::string(command->name) + "'" : std::string();
    message += " (see 'twofold ";
    message += command ? std::string(command->name) + " --help')." : std::string("--help').");
    return message;
}

std::string withHelpHint(std::string message, const CommandSpec* command)
{
    message += " (see 'twofold ";
    message += command ? std::string(command->name) + " --help')." : std::string("--help').");
    return message;
}

enum class GlobalOption
{
    Vault,
    Partner,
    PasswordFd,
    Help,
    Version,
};

std::optional<GlobalOption> globalOption(std::string_view name)
{
    if (name == "vault") {
        return GlobalOption::Vault;
    }
    if (name == "partner") {
        return GlobalOption::Partner;
    }
    if (name == "password-fd") {
        return GlobalOption::PasswordFd;
    }
    if (name == "help") {
        return GlobalOption::Help;
    }
    if (name == "version") {
        return GlobalOption::Version;
    }
    return std::nullopt;
}

bool globalTakesValue(GlobalOption option)
{
    return option == GlobalOption::Vault || option == GlobalOption::Partner ||
           option == GlobalOption::PasswordFd;
}

} // namespace

bool CommandLine::has(std::string_view name) const
{
    return std::any_of(options.begin(), options.end(),
                       [&](const auto& option) { return option.first == name; });
}

std::optional<std::string> CommandLine::value(std::string_view name) const
{
    std::optional<std::string> last;
    for (const auto& [optionName, optionValue] : options) {
        if (optionName == name) {
            last = optionValue;
        }
    }
    return last;
}

std::vector<std::string> CommandLine::values(std::string_view name) const
{
    std::vector<std::string> all;
    for (const auto& [optionName, optionValue] : options) {
        if (optionName == name) {
            all.push_back(optionValue);
        }
    }
    return all;
}

std::optional<std::int64_t> parseNonNegative(std::string_view text)
{
    if (text.empty() || text.size() > 18) {
        return std::nullopt;
    }
    std::int64_t number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc() || end != text.data() + text.size() || number < 0) {
        return std::nullopt;
    }
    return number;
}

std::expected<CommandLine, std::string> parseCommandLine(const std::vector<std::string>& args)
{
    CommandLine line;
    bool optionsEnded = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const bool looksLikeOption = !optionsEnded && arg.size() > 1 && arg[0] == '-';
        if (!looksLikeOption) {
            if (line.command == nullptr) {
                line.command = findCommand(arg);
                if (line.command == nullptr) {
                    return std::unexpected(withHelpHint("unknown command", nullptr));
                }
            } else {
                line.arguments.push_back(arg);
            }
            continue;
        }
        if (arg == "--") {
            optionsEnded = true;
            continue;
        }
        if (arg == "-h") {
            line.help = true;
            continue;
        }
        if (arg[1] != '-') {
            return std::unexpected(unknownOption({}, line.command));
        }

        std::string_view body = std::string_view(arg).substr(2);
        std::optional<std::string> inlineValue;
        if (const auto equals = body.find('='); equals != std::string_view::npos) {
            inlineValue = std::string(body.substr(equals + 1));
            body = body.substr(0, equals);
        }
        const std::string name(body);

        const auto takeValue = [&](std::string_view valueName) -> std::expected<std::string, std::string> {
            if (inlineValue) {
                return *inlineValue;
            }
            if (i + 1 >= args.size()) {
                return std::unexpected(withHelpHint(
                    "--" + name + " needs a value (" + std::string(valueName) + ")", line.command));
            }
            return args[++i];
        };

        if (const auto global = globalOption(name)) {
            if (!globalTakesValue(*global) && inlineValue) {
                return std::unexpected(withHelpHint("--" + name + " takes no value", line.command));
            }
            switch (*global) {
            case GlobalOption::Help:
                line.help = true;
                break;
            case GlobalOption::Version:
                line.version = true;
                break;
            case GlobalOption::Vault: {
                auto dir = takeValue("DIR");
                if (!dir) {
                    return std::unexpected(dir.error());
                }
                if (dir->empty()) {
                    return std::unexpected(withHelpHint("--vault needs a folder", line.command));
                }
                line.vaultDir = std::filesystem::path(*dir);
                break;
            }
            case GlobalOption::Partner: {
                auto partner = takeValue("NAME");
                if (!partner) {
                    return std::unexpected(partner.error());
                }
                line.partner = *partner;
                break;
            }
            case GlobalOption::PasswordFd: {
                auto fd = takeValue("N");
                if (!fd) {
                    return std::unexpected(fd.error());
                }
                const auto number = parseNonNegative(*fd);
                if (!number || *number > std::numeric_limits<int>::max()) {
                    return std::unexpected(
                        withHelpHint("--password-fd needs a file descriptor number", line.command));
                }
                line.passwordFd = static_cast<int>(*number);
                break;
            }
            }
            continue;
        }

        if (line.command == nullptr) {
            return std::unexpected(unknownOption(name, nullptr));
        }
        const auto spec = std::find_if(line.command->options.begin(), line.command->options.end(),
                                       [&](const OptionSpec& option) { return option.name == name; });
        if (spec == line.command->options.end()) {
            return std::unexpected(unknownOption(name, line.command));
        }
        if (spec->valueName.empty()) {
            if (inlineValue) {
                return std::unexpected(withHelpHint("--" + name + " takes no value", line.command));
            }
            line.options.emplace_back(name, std::string());
        } else {
            auto value = takeValue(spec->valueName);
            if (!value) {
                return std::unexpected(value.error());
            }
            line.options.emplace_back(name, std::move(*value));
        }
    }

    if (line.help || line.version || line.command == nullptr) {
        return line;
    }
    if (line.arguments.size() < line.command->minArguments) {
        return std::unexpected(withHelpHint("'" + std::string(line.command->name) + "' needs " +
                                                std::string(line.command->missingArguments),
                                            line.command));
    }
    if (line.arguments.size() > line.command->maxArguments) {
        return std::unexpected(
            withHelpHint("too many arguments for '" + std::string(line.command->name) + "'", line.command));
    }
    return line;
}

bool isCliInvocation(const std::vector<std::string>& args)
{
    // Qt's options that take a value (QGuiApplication / QApplication).
    constexpr std::string_view kQtValueOptions[] = {
        "-platform",     "-platformpluginpath", "-platformtheme", "-plugin",  "-qmljsdebugger",
        "-style",        "-stylesheet",         "-session",       "-display", "-qwindowgeometry",
        "-qwindowtitle", "-qwindowicon"};
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string_view arg = args[i];
        if (arg == "--vault") {
            ++i;
            continue;
        }
        if (arg.starts_with("--vault=")) {
            continue;
        }
        if (std::find(std::begin(kQtValueOptions), std::end(kQtValueOptions), arg) !=
            std::end(kQtValueOptions)) {
            ++i;
            continue;
        }
        if (arg == "-h" || arg.starts_with("--")) {
            return true; // --help, --version, --partner, a typo: all answered by the command line
        }
        if (!arg.starts_with("-")) {
            return true; // a subcommand (or a mistyped one, which gets a usage error)
        }
    }
    return false;
}

std::optional<std::filesystem::path> vaultDirFromArgs(const std::vector<std::string>& args)
{
    std::optional<std::filesystem::path> dir;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string_view arg = args[i];
        if (arg == "--vault" && i + 1 < args.size()) {
            dir = std::filesystem::path(args[++i]);
        } else if (arg.starts_with("--vault=")) {
            dir = std::filesystem::path(std::string(arg.substr(8)));
        }
    }
    return dir;
}

} // namespace twofold::cli
