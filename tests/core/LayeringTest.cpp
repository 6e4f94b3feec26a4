// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include <filesystem>
#include <fstream>
#include <functional>
#include <initializer_list>
#include <regex>
#include <string>

#include <gtest/gtest.h>

namespace {

enum class Files
{
    All,     // every file, build files included
    Sources, // .cpp and .h only
};

// Calls `check(path, lineNumber, line)` for every line of the files under each of `dirs`
// (relative to the source tree; a missing one is skipped). Returns how many files it read.
int forEachLine(std::initializer_list<const char*> dirs, Files files,
                const std::function<void(const std::filesystem::path&, int, const std::string&)>& check)
{
    int filesChecked = 0;
    for (const char* dir : dirs) {
        const std::filesystem::path root = std::filesystem::path(TWOFOLD_SOURCE_DIR) / dir;
        if (!std::filesystem::exists(root)) {
            continue;
        }
        for (const auto& item : std::filesystem::recursive_directory_iterator(root)) {
            const auto extension = item.path().extension();
            if (!item.is_regular_file() ||
                (files == Files::Sources && extension != ".cpp" && extension != ".h")) {
                continue;
            }
            ++filesChecked;
            std::ifstream in(item.path());
            std::string line;
            int lineNumber = 0;
            while (std::getline(in, line)) {
                ++lineNumber;
                check(item.path(), lineNumber, line);
            }
        }
    }
    return filesChecked;
}

} // namespace

// DESIGN.md §2: core/ is Qt-free. A Qt include there would drag GUI types into the
// layer that must stay testable and portable.
TEST(LayeringTest, CoreIncludesNoQtHeader)
{
    const std::regex qtInclude(R"(^\s*#\s*include\s*[<"](Q[A-Za-z]|qt))");
    const int filesChecked =
        forEachLine({"core"}, Files::All,
                    [&](const std::filesystem::path& path, int lineNumber, const std::string& line) {
                        EXPECT_FALSE(std::regex_search(line, qtInclude))
                            << path.string() << ":" << lineNumber << " includes a Qt header";
                    });
    EXPECT_GT(filesChecked, 10);
}

// DESIGN.md §2: QtSql links the system libsqlite3, whose symbols clash with SQLCipher's.
TEST(LayeringTest, NothingUsesQtSql)
{
    // Assembled from pieces so this file does not itself match the pattern it checks.
    const std::string sql = "Sql";
    const std::regex qtSql("QSql"
                           "Database|Qt6?::" +
                           sql + "|Qt" + sql);
    forEachLine({"core", "ui", "app"}, Files::All,
                [&](const std::filesystem::path& path, int, const std::string& line) {
                    EXPECT_FALSE(std::regex_search(line, qtSql)) << path.string() << " uses QtSql";
                });
}

// DESIGN.md §2 and docs/ARCHITECTURE.md, "Layers": ui/ and app/ reach core through its public
// headers only. A header under a detail/ folder (couple/detail, journal/detail, ...) is an
// internal of its module; storage/ (Database, Statement, Transaction, migrations) is how core
// keeps its files, never something a shell opens for itself. (Tests may include both.)
TEST(LayeringTest, UiAndAppIncludeNoCoreInternals)
{
    const std::regex internalInclude(R"(^\s*#\s*include\s*["<]([^">]*/)?(detail|storage)/)");
    const int filesChecked =
        forEachLine({"ui", "app"}, Files::Sources,
                    [&](const std::filesystem::path& path, int lineNumber, const std::string& line) {
                        EXPECT_FALSE(std::regex_search(line, internalInclude))
                            << path.string() << ":" << lineNumber
                            << " includes one of core's internals: " << line;
                    });
    EXPECT_GT(filesChecked, 10);
}

// STYLE.md, "Time and randomness are injected": the screens ask the vault's Clock
// (VaultContext::clock(), ui/widgets/LocalTime.h), never the system clock, so that every
// date they show or name a file after comes from the one clock tests can set.
TEST(LayeringTest, UiReadsTimeOnlyFromTheInjectedClock)
{
    const std::regex systemTime(R"(QDate::currentDate|QDateTime::currentDateTime|QTime::currentTime|)"
                                R"(current(M)?SecsSinceEpoch|system_clock)");
    const int filesChecked =
        forEachLine({"ui"}, Files::Sources,
                    [&](const std::filesystem::path& path, int lineNumber, const std::string& line) {
                        EXPECT_FALSE(std::regex_search(line, systemTime))
                            << path.string() << ":" << lineNumber
                            << " reads the system clock (use LocalTime.h): " << line;
                    });
    EXPECT_GT(filesChecked, 10);
}

// DESIGN.md §1, promise 5 "Local only": nothing in Twofold opens a network connection. Qt
// Network is linked for the single-instance QLocalServer (a Unix socket in
// $XDG_RUNTIME_DIR) and nothing else; no file may name an IP socket, a resolver or an HTTP
// client.
TEST(LayeringTest, NothingOpensANetworkConnection)
{
    // Assembled from pieces so this file does not itself match the pattern it checks.
    const std::string q = "Q";
    const std::regex network(q + "(Tcp|Udp|Ssl|Dtls|Sctp)(Socket|Server)|" + q +
                             "Network(AccessManager|Request|Reply)|" + q + "HostAddress|" + q + "HostInfo|" +
                             q + "WebSocket|" + q + "Http|\\bAF_INET6?\\b|\\bgetaddrinfo\\b|" +
                             "\\bgethostbyname\\b|\\bcurl_");
    const int filesChecked =
        forEachLine({"core", "ui", "app"}, Files::All,
                    [&](const std::filesystem::path& path, int lineNumber, const std::string& line) {
                        EXPECT_FALSE(std::regex_search(line, network))
                            << path.string() << ":" << lineNumber << " reaches for the network: " << line;
                    });
    EXPECT_GT(filesChecked, 100);
}
