// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "CliTestSupport.h"
#include "cli/DemoVault.h"

#include <fstream>
#include <set>

#include <gtest/gtest.h>

namespace twofold::test {
namespace {

class CliDemoTest : public CliTest
{
protected:
    std::optional<JsonValue> entriesOf(std::string_view partner, std::string_view password)
    {
        const CliRun listed = runAs(partner, password, {"list", "--json", "--limit", "0"});
        EXPECT_EQ(listed.exitCode, 0) << listed.err;
        return parseJson(listed.out);
    }
};

TEST_F(CliDemoTest, MakesTwoPartnersWithDozensOfEntriesEach)
{
    const CliRun demo = run({"demo"});
    ASSERT_EQ(demo.exitCode, 0) << demo.err;
    EXPECT_NE(demo.out.find("alex-demo"), std::string::npos);
    EXPECT_NE(demo.out.find("sam-demo"), std::string::npos);
    EXPECT_NE(demo.out.find("demo"), std::string::npos);

    {
        auto vault = Vault::open(m_vaultDir, options());
        ASSERT_TRUE(vault.has_value());
        const auto partners = vault->partners();
        ASSERT_TRUE(partners.has_value());
        ASSERT_EQ(partners->size(), 2u);
        EXPECT_EQ((*partners)[0].name, "Alex");
        EXPECT_EQ((*partners)[1].name, "Sam");
    }

    for (const auto& [name, password] : {std::pair{"Alex", "alex-demo"}, std::pair{"Sam", "sam-demo"}}) {
        const auto entries = entriesOf(name, password);
        ASSERT_TRUE(entries.has_value()) << name;
        EXPECT_GE(entries->array.size(), 30u) << name;

        std::set<double> moods;
        std::set<std::string> kinds;
        std::set<std::string> tags;
        std::set<std::string> days;
        for (const JsonValue& entry : entries->array) {
            if (entry["mood"].type == JsonValue::Type::Number) {
                moods.insert(entry["mood"].number);
            }
            for (const JsonValue& kind : entry["kinds"].array) {
                kinds.insert(kind.string);
            }
            for (const JsonValue& tag : entry["tags"].array) {
                tags.insert(tag.string);
            }
            days.insert(entry["created"].string.substr(0, 10));
        }
        EXPECT_GE(moods.size(), 4u) << name;
        EXPECT_EQ(kinds.size(), 4u) << name;
        EXPECT_GE(tags.size(), 15u) << name;
        EXPECT_GE(days.size(), 25u) << name; // spread over weeks, not written in one sitting
    }
}

TEST_F(CliDemoTest, EntriesSpanAboutThreeMonthsAndNoneIsInTheFuture)
{
    const std::int64_t now = 1'767'225'600'000; // 2026-01-01
    for (const cli::DemoPartner& partner : cli::demoPartners()) {
        std::int64_t oldest = now;
        for (const cli::DemoEntry& entry : partner.entries) {
            const auto [created, updated] = cli::demoTimes(entry, now);
            EXPECT_LT(created, now);
            EXPECT_LE(updated, now);
            EXPECT_LE(created, updated);
            oldest = std::min(oldest, created);
        }
        EXPECT_GT(now - oldest, 80LL * 24 * 3600 * 1000) << partner.name;
        EXPECT_LT(now - oldest, 100LL * 24 * 3600 * 1000) << partner.name;
    }
}

TEST_F(CliDemoTest, IncludesRightToLeftTextAndEmoji)
{
    bool rtl = false;
    bool emoji = false;
    for (const cli::DemoPartner& partner : cli::demoPartners()) {
        for (const cli::DemoEntry& entry : partner.entries) {
            const std::string text = std::string(entry.title) + std::string(entry.body);
            rtl = rtl || text.find("\xD9") != std::string::npos; // Arabic block U+0640..U+067F lead byte
            emoji = emoji || text.find("\xF0\x9F") != std::string::npos;
        }
    }
    EXPECT_TRUE(rtl);
    EXPECT_TRUE(emoji);
}

TEST_F(CliDemoTest, SearchWorksOnTheDemo)
{
    ASSERT_EQ(run({"demo"}).exitCode, 0);
    const CliRun found = runAs("Sam", "sam-demo", {"search", "--json", "heron"});
    ASSERT_EQ(found.exitCode, 0) << found.err;
    const auto hits = parseJson(found.out);
    ASSERT_TRUE(hits.has_value());
    EXPECT_GE(hits->array.size(), 1u);
}

TEST_F(CliDemoTest, RefusesToReplaceAVaultWithoutForce)
{
    ASSERT_EQ(run({"demo"}).exitCode, 0);
    const CliRun wrote = runAs("Alex", "alex-demo", {"write", "--title", "kept"}, "an extra entry");
    ASSERT_EQ(wrote.exitCode, 0) << wrote.err;

    const CliRun again = run({"demo"});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(isOneLine(again.err));
    EXPECT_NE(again.err.find("--force"), std::string::npos);
    const auto kept = entriesOf("Alex", "alex-demo");
    ASSERT_TRUE(kept.has_value());
    EXPECT_EQ(kept->array.front()["title"].string, "kept");

    const CliRun forced = run({"demo", "--force"});
    EXPECT_EQ(forced.exitCode, 0) << forced.err;
    const auto fresh = entriesOf("Alex", "alex-demo");
    ASSERT_TRUE(fresh.has_value());
    EXPECT_EQ(fresh->array.size(), cli::demoPartners()[0].entries.size());
    EXPECT_NE(fresh->array.front()["title"].string, "kept");
}

TEST_F(CliDemoTest, NeverDeletesAFolderThatIsNotAVault)
{
    std::filesystem::create_directories(m_vaultDir);
    std::ofstream(m_vaultDir / "thesis.tex") << "years of work";
    const CliRun forced = run({"demo", "--force"});
    EXPECT_EQ(forced.exitCode, 1);
    EXPECT_TRUE(isOneLine(forced.err));
    EXPECT_EQ(readFile(m_vaultDir / "thesis.tex"), "years of work");
}

TEST_F(CliDemoTest, WorksInAnEmptyExistingFolder)
{
    std::filesystem::create_directories(m_vaultDir);
    EXPECT_EQ(run({"demo"}).exitCode, 0);
}

TEST_F(CliDemoTest, DoesNotReplaceAVaultThatIsOpen)
{
    ASSERT_EQ(run({"demo"}).exitCode, 0);
    auto held = Vault::open(m_vaultDir, options());
    ASSERT_TRUE(held.has_value());
    const CliRun forced = run({"demo", "--force"});
    EXPECT_EQ(forced.exitCode, 4);
    EXPECT_TRUE(std::filesystem::exists(m_vaultDir / "keyring.db"));
}

} // namespace
} // namespace twofold::test
