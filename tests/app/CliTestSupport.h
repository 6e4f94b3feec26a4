// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "cli/Cli.h"
#include "cli/PasswordInput.h"
#include "support/FastKdf.h"
#include "support/TempDir.h"
#include "vault/Vault.h"

#include <deque>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace twofold::test {

// Answers terminal prompts from a script; --password-fd still reads the real descriptor.
class FakePasswords final : public cli::PasswordSource
{
public:
    cli::PasswordResult read(std::string_view prompt, std::optional<int> fd) override;

    std::deque<std::string> typed;    // what the "user" types at each prompt, in order
    std::vector<std::string> prompts; // the prompts that were shown
};

struct CliRun
{
    int exitCode = -1;
    std::string out;
    std::string err;
};

// The real `twofold` binary as a child process (TWOFOLD_EXECUTABLE): its exit code and what it
// printed on stdout and stderr.
struct ChildRun
{
    int exitCode = -1;
    std::string out;
    std::string err;
};

enum class Stdout
{
    File,
    Terminal, // a pseudo-terminal (openpty), so the binary's isatty(1) is true
};

// The descriptor on which runTwofold hands the child `passwordLines` (say --password-fd 3).
inline constexpr int kChildPasswordFd = 3;

// Runs the binary with `args`, `input` on stdin and, when given, `passwordLines` on
// descriptor 3. Output goes through files (or stdout to a pseudo-terminal that is read
// while the child runs), so nothing can deadlock on a full pipe.
ChildRun runTwofold(const std::filesystem::path& workDir, const std::vector<std::string>& args,
                    const std::string& input, const std::optional<std::string>& passwordLines,
                    Stdout stdoutKind = Stdout::File);

// A pipe whose read end carries `text` (already written, write end closed).
class PipeWithText
{
public:
    explicit PipeWithText(std::string_view text);
    ~PipeWithText();
    PipeWithText(const PipeWithText&) = delete;
    PipeWithText& operator=(const PipeWithText&) = delete;
    int readFd() const { return m_readFd; }
    std::string fdArg() const { return std::to_string(m_readFd); }

private:
    int m_readFd = -1;
};

class CliTest : public ::testing::Test
{
protected:
    static constexpr std::string_view kAlexPassword = "alex-pass";
    static constexpr std::string_view kSamPassword = "sam-pass";

    VaultOptions options() const { return twofold::test::fastVaultOptions(); }
    // Runs `twofold --vault <vaultDir> <args>` in-process.
    CliRun run(const std::vector<std::string>& args, const std::string& input = {});
    // Runs as a partner, typing `password` at the terminal prompt.
    CliRun runAs(std::string_view partner, std::string_view password, const std::vector<std::string>& args,
                 const std::string& input = {});
    // A vault with Alex and Sam (kAlexPassword, kSamPassword), made through core.
    void makeVault();
    // Writes an entry as Alex and returns its id.
    std::string writeAsAlex(const std::string& body, const std::vector<std::string>& options = {});

    TempDir m_temp;
    // Passed to the command line as CliIo::writePdf (empty: a build without PDFs).
    std::function<Result<ExportSummary>(const ExportData&, const std::filesystem::path&)> m_writePdf;
    std::filesystem::path m_vaultDir = m_temp.path() / "vault";
    FakePasswords m_passwords;
    // Whether run() tells the command line that stdout and stderr are terminals.
    bool m_outputIsTerminal = false;
};

// Exactly one line, ending in a newline.
::testing::AssertionResult isOneLine(const std::string& text);

// A small strict JSON reader, so the tests check that output really parses.
struct JsonValue
{
    enum class Type
    {
        Null,
        Bool,
        Number,
        String,
        Array,
        Object
    };
    Type type = Type::Null;
    bool boolean = false;
    double number = 0;
    std::string string;
    std::vector<JsonValue> array;
    std::vector<std::pair<std::string, JsonValue>> object;

    const JsonValue& operator[](std::string_view key) const;
    bool has(std::string_view key) const;
};
std::optional<JsonValue> parseJson(std::string_view text);
bool isValidUtf8(std::string_view text);

} // namespace twofold::test
