// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "cli/Cli.h"

#include "cli/Commands.h"
#include "cli/ExitCodes.h"
#include "cli/TerminalText.h"

#include <exception>
#include <filesystem>
#include <new>
#include <ostream>
#include <string_view>
#include <utility>

namespace twofold::cli {

namespace {

int dispatch(const CommandLine& line, CliIo& io)
{
    if (line.version) {
        io.out << versionText();
        return toInt(ExitCode::Ok);
    }
    if (line.help) {
        io.out << (line.command != nullptr && line.command->name != "help" ? commandHelp(*line.command)
                                                                           : overallHelp());
        return toInt(ExitCode::Ok);
    }
    if (line.command == nullptr) {
        return reportUsage(io.err, "no command given (see 'twofold --help').");
    }
    const std::string_view name = line.command->name;
    if (name == "help") {
        if (line.arguments.empty()) {
            io.out << overallHelp();
            return toInt(ExitCode::Ok);
        }
        const CommandSpec* topic = findCommand(line.arguments.front());
        if (topic == nullptr) {
            return reportUsage(io.err, "unknown command (see 'twofold --help').");
        }
        io.out << commandHelp(*topic);
        return toInt(ExitCode::Ok);
    }

    const Invocation invocation{line, io, line.vaultDir.value_or(io.defaultVaultDir)};
    if (invocation.vaultDir.empty()) {
        return reportUsage(io.err, "no vault folder; give one with --vault DIR.");
    }
    if (name == "demo") {
        return runDemo(invocation);
    }
    if (name == "write") {
        return runWrite(invocation);
    }
    if (name == "list") {
        return runList(invocation);
    }
    if (name == "search") {
        return runSearch(invocation);
    }
    if (name == "show") {
        return runShow(invocation);
    }
    if (name == "attach") {
        return runAttach(invocation);
    }
    if (name == "passwd") {
        return runPasswd(invocation);
    }
    if (name == "leave") {
        return runLeave(invocation);
    }
    if (name == "backup") {
        return runBackup(invocation);
    }
    if (name == "restore") {
        return runRestore(invocation);
    }
    if (name == "verify") {
        return runVerify(invocation);
    }
    if (name == "export") {
        return runExport(invocation);
    }
    if (name == "import") {
        return runImport(invocation);
    }
    // Two accounts, one vault.
    constexpr std::pair<std::string_view, int (*)(const Invocation&)> kShareCommands[] = {
        {"setup-shared", runSetupShared},
        {"create", runCreate},
        {"enrol", runEnrol},
        {"share", runShare},
        {"unshare", runUnshare}};
    for (const auto& [commandName, run] : kShareCommands) {
        if (name == commandName) {
            return run(invocation);
        }
    }
    // The couple space.
    constexpr std::pair<std::string_view, int (*)(const Invocation&)> kCoupleCommands[] = {
        {"prompts", runPrompts}, {"answer", runAnswer}, {"reveal", runReveal}, {"hold", runHold},
        {"retract", runRetract}, {"read", runRead},     {"offer", runOffer},   {"inbox", runInbox},
        {"accept", runAccept},   {"not-now", runNotNow}};
    for (const auto& [commandName, run] : kCoupleCommands) {
        if (name == commandName) {
            return run(invocation);
        }
    }
    return reportUsage(io.err, "unknown command (see 'twofold --help').");
}

int runEscaped(const CommandLine& line, CliIo& io)
{
    // Core reports errors as values; what can still throw is the standard library
    // (filesystem calls, allocation). Turn that into one line and an exit code too.
    try {
        const int code = dispatch(line, io);
        io.out.flush();
        if (code == toInt(ExitCode::Ok) && io.out.fail()) {
            // stdout went to a full disk or a closed file: the output is incomplete.
            return reportError(io.err, Error{ErrorCode::IoError, {}});
        }
        return code;
    } catch (const std::filesystem::filesystem_error&) {
        return reportError(io.err, Error{ErrorCode::IoError, {}});
    } catch (const std::bad_alloc&) {
        io.err << "twofold: There is not enough memory to do that.\n";
        return toInt(ExitCode::IoFailure);
    } catch (const std::exception&) {
        return reportError(io.err, Error{ErrorCode::Internal, {}});
    }
}

} // namespace

int runCli(const std::vector<std::string>& args, CliIo& io)
{
    const auto line = parseCommandLine(args);
    if (!line) {
        return reportUsage(io.err, line.error());
    }
    // On a terminal, the other partner's text is shown, never obeyed (TerminalText.h).
    // JSON is left exact: its writer already escapes every such character as \uXXXX.
    TerminalSafeStreambuf safeOutBuffer(io.out.rdbuf());
    TerminalSafeStreambuf safeErrBuffer(io.err.rdbuf());
    std::ostream safeOut(&safeOutBuffer);
    std::ostream safeErr(&safeErrBuffer);
    const bool escapeOut = io.outputIsTerminal && !line->has("json");
    CliIo shownIo{io.in,
                  escapeOut ? safeOut : io.out,
                  io.errorIsTerminal ? safeErr : io.err,
                  io.passwords,
                  io.defaultVaultDir,
                  io.vaultOptions,
                  io.inputIsTerminal,
                  io.outputIsTerminal,
                  io.errorIsTerminal,
                  io.writePdf};
    const int code = runEscaped(*line, shownIo);
    safeOutBuffer.finish();
    safeErrBuffer.finish();
    if (code == toInt(ExitCode::Ok) && (io.out.flush().fail() || shownIo.out.fail())) {
        // stdout went to a full disk or a closed file: the output is incomplete.
        return reportError(io.err, Error{ErrorCode::IoError, {}});
    }
    io.err.flush();
    return code;
}

} // namespace twofold::cli
