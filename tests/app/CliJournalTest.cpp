// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// write, list, search, show in-process.
#include "CliTestSupport.h"

#include <algorithm>
#include <regex>

#include <gtest/gtest.h>

namespace twofold::test {
namespace {

TEST_F(CliTest, WritePrintsTheNewIdAndShowPrintsTheEntry)
{
    makeVault();
    const std::string id =
        writeAsAlex("We walked by the river.\n\nNobody checked a phone.\n",
                    {"--title", "Sunday", "--tag", "walks", "--mood", "4", "--kind", "emotional"});
    EXPECT_TRUE(std::regex_match(id, std::regex("[1-9][0-9]*"))) << id;

    const CliRun shown = runAs("Alex", kAlexPassword, {"show", id});
    EXPECT_EQ(shown.exitCode, 0) << shown.err;
    EXPECT_TRUE(shown.err.empty());
    EXPECT_EQ(shown.out.rfind("Sunday\n", 0), 0u) << shown.out;
    EXPECT_NE(shown.out.find("mood 4/5"), std::string::npos);
    EXPECT_NE(shown.out.find("emotional"), std::string::npos);
    EXPECT_NE(shown.out.find("[walks]"), std::string::npos);
    EXPECT_NE(shown.out.find("We walked by the river.\n\nNobody checked a phone.\n"), std::string::npos);
    EXPECT_EQ(m_passwords.prompts.back(), "Password for Alex: ");
}

TEST_F(CliTest, PartnerNamesIgnoreCase)
{
    makeVault();
    writeAsAlex("hello");
    const CliRun listed = runAs("aLeX", kAlexPassword, {"list"});
    EXPECT_EQ(listed.exitCode, 0) << listed.err;
    EXPECT_NE(listed.out.find("hello"), std::string::npos);
}

TEST_F(CliTest, ListJsonParsesAndHasEveryField)
{
    makeVault();
    writeAsAlex("first line\nsecond line", {"--title", "Quote \" and \\ backslash", "--tag", "a", "--tag",
                                            "b", "--mood", "2", "--kind", "physical,spiritual"});
    writeAsAlex("no title, no mood\n");

    const CliRun listed = runAs("Alex", kAlexPassword, {"list", "--json"});
    ASSERT_EQ(listed.exitCode, 0) << listed.err;
    const auto json = parseJson(listed.out);
    ASSERT_TRUE(json.has_value()) << listed.out;
    ASSERT_EQ(json->type, JsonValue::Type::Array);
    ASSERT_EQ(json->array.size(), 2u);

    const std::regex iso("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    for (const JsonValue& entry : json->array) {
        for (const char* key : {"id", "title", "created", "updated", "mood", "kinds", "tags", "firstLine"}) {
            EXPECT_TRUE(entry.has(key)) << key;
        }
        EXPECT_TRUE(std::regex_match(entry["created"].string, iso)) << entry["created"].string;
        EXPECT_TRUE(std::regex_match(entry["updated"].string, iso)) << entry["updated"].string;
    }
    // Newest first: the untitled one was written last.
    const JsonValue& untitled = json->array[0];
    EXPECT_EQ(untitled["title"].string, "");
    EXPECT_EQ(untitled["mood"].type, JsonValue::Type::Null);
    EXPECT_TRUE(untitled["kinds"].array.empty());

    const JsonValue& full = json->array[1];
    EXPECT_EQ(full["title"].string, "Quote \" and \\ backslash");
    EXPECT_EQ(full["mood"].number, 2);
    ASSERT_EQ(full["kinds"].array.size(), 2u);
    EXPECT_EQ(full["kinds"].array[0].string, "physical");
    EXPECT_EQ(full["kinds"].array[1].string, "spiritual");
    ASSERT_EQ(full["tags"].array.size(), 2u);
    EXPECT_EQ(full["firstLine"].string, "first line");
    EXPECT_GT(full["id"].number, 0);
}

TEST_F(CliTest, ListHonoursTheLimitAndZeroMeansAll)
{
    makeVault();
    for (int i = 0; i < 5; ++i) {
        writeAsAlex("entry " + std::to_string(i));
    }
    const auto count = [&](const std::vector<std::string>& args) {
        const CliRun listed = runAs("Alex", kAlexPassword, args);
        EXPECT_EQ(listed.exitCode, 0) << listed.err;
        const auto json = parseJson(listed.out);
        return json ? json->array.size() : 0u;
    };
    EXPECT_EQ(count({"list", "--json", "--limit", "2"}), 2u);
    EXPECT_EQ(count({"list", "--json", "--limit", "0"}), 5u);
    EXPECT_EQ(count({"list", "--json"}), 5u);
}

TEST_F(CliTest, ListPagesThroughLargeJournals)
{
    makeVault();
    {
        auto vault = Vault::open(m_vaultDir, options());
        ASSERT_TRUE(vault.has_value());
        auto session = vault->unlock(vault->findPartner("Alex")->id, SecretBuffer::fromString(kAlexPassword));
        ASSERT_TRUE(session.has_value());
        for (int i = 0; i < 620; ++i) {
            EntryFields fields;
            fields.body = "entry " + std::to_string(i);
            ASSERT_TRUE(session->journal()
                            .createAt(fields, 1'700'000'000'000 + i * 1000, 1'700'000'000'000)
                            .has_value());
        }
    }
    const CliRun listed = runAs("Alex", kAlexPassword, {"list", "--json", "--limit", "0"});
    ASSERT_EQ(listed.exitCode, 0) << listed.err;
    const auto json = parseJson(listed.out);
    ASSERT_TRUE(json.has_value());
    ASSERT_EQ(json->array.size(), 620u);
    std::vector<double> ids;
    for (const JsonValue& entry : json->array) {
        ids.push_back(entry["id"].number);
    }
    std::sort(ids.begin(), ids.end());
    EXPECT_EQ(std::adjacent_find(ids.begin(), ids.end()), ids.end()); // no entry twice
    EXPECT_EQ(json->array.front()["firstLine"].string, "entry 619");
    EXPECT_EQ(json->array.back()["firstLine"].string, "entry 0");
}

TEST_F(CliTest, AnEmptyJournalSaysSo)
{
    makeVault();
    const CliRun listed = runAs("Sam", kSamPassword, {"list"});
    EXPECT_EQ(listed.exitCode, 0);
    EXPECT_NE(listed.out.find("No entries yet"), std::string::npos);
    const CliRun json = runAs("Sam", kSamPassword, {"list", "--json"});
    EXPECT_EQ(json.out, "[]\n");
}

TEST_F(CliTest, SearchFindsEntriesAndJsonHighlightsTheMatch)
{
    makeVault();
    const std::string id = writeAsAlex("The heron stood so still by the canal.", {"--title", "Canal"});
    writeAsAlex("Nothing about birds here.");

    const CliRun text = runAs("Alex", kAlexPassword, {"search", "heron"});
    EXPECT_EQ(text.exitCode, 0) << text.err;
    EXPECT_NE(text.out.find("**heron**"), std::string::npos) << text.out;

    const CliRun found = runAs("Alex", kAlexPassword, {"search", "--json", "heron"});
    ASSERT_EQ(found.exitCode, 0) << found.err;
    const auto json = parseJson(found.out);
    ASSERT_TRUE(json.has_value()) << found.out;
    ASSERT_EQ(json->array.size(), 1u);
    const JsonValue& hit = json->array[0];
    EXPECT_EQ(std::to_string(static_cast<long long>(hit["id"].number)), id);
    EXPECT_EQ(hit["title"].string, "Canal");
    ASSERT_FALSE(hit["highlights"].array.empty());
    for (const JsonValue& range : hit["highlights"].array) {
        ASSERT_EQ(range.array.size(), 2u);
        const auto first = static_cast<std::size_t>(range.array[0].number);
        const auto second = static_cast<std::size_t>(range.array[1].number);
        ASSERT_LE(first, second);
        ASSERT_LE(second, hit["snippet"].string.size());
        EXPECT_EQ(hit["snippet"].string.substr(first, second - first), "heron");
    }

    const CliRun none = runAs("Alex", kAlexPassword, {"search", "--json", "albatross"});
    EXPECT_EQ(none.exitCode, 0);
    EXPECT_EQ(none.out, "[]\n");
}

TEST_F(CliTest, SearchIsPrivateToEachPartner)
{
    makeVault();
    writeAsAlex("marmalade sandwiches");
    const CliRun sam = runAs("Sam", kSamPassword, {"search", "--json", "marmalade"});
    EXPECT_EQ(sam.exitCode, 0);
    EXPECT_EQ(sam.out, "[]\n");
}

TEST_F(CliTest, RightToLeftTextAndEmojiSurviveTheRoundTrip)
{
    makeVault();
    const std::string title = "يا روحي 🫶";
    const std::string body =
        "يا روحي، اشتقت لك.\nשלום 👋🏽 and English in one line\n🌙❄️🎻";
    const std::string id = writeAsAlex(body, {"--title", title, "--tag", "عائلة"});

    const CliRun shown = runAs("Alex", kAlexPassword, {"show", "--json", id});
    ASSERT_EQ(shown.exitCode, 0) << shown.err;
    const auto json = parseJson(shown.out);
    ASSERT_TRUE(json.has_value()) << shown.out;
    EXPECT_EQ((*json)["title"].string, title);
    EXPECT_EQ((*json)["body"].string, body);
    ASSERT_EQ((*json)["tags"].array.size(), 1u);
    EXPECT_EQ((*json)["tags"].array[0].string, "عائلة");

    const CliRun found = runAs("Alex", kAlexPassword, {"search", "--json", "اشتقت"});
    ASSERT_EQ(found.exitCode, 0) << found.err;
    const auto hits = parseJson(found.out);
    ASSERT_TRUE(hits.has_value()) << found.out;
    EXPECT_EQ(hits->array.size(), 1u);
}

TEST_F(CliTest, AFiftyThousandWordBodyIsSavedWhole)
{
    makeVault();
    std::string body;
    body.reserve(50'000 * 8);
    for (int i = 0; i < 50'000; ++i) {
        body += (i % 1000 == 999) ? "word" + std::to_string(i) + "\n" : "word" + std::to_string(i) + " ";
    }
    body += "the-end";
    const std::string id = writeAsAlex(body, {"--title", "Long"});

    const CliRun shown = runAs("Alex", kAlexPassword, {"show", "--json", id});
    ASSERT_EQ(shown.exitCode, 0) << shown.err;
    const auto json = parseJson(shown.out);
    ASSERT_TRUE(json.has_value());
    EXPECT_EQ((*json)["body"].string, body);
}

TEST_F(CliTest, WriteTrimsTrailingNewlinesOnly)
{
    makeVault();
    const std::string id = writeAsAlex("  indented\n\n", {});
    const CliRun shown = runAs("Alex", kAlexPassword, {"show", "--json", id});
    const auto json = parseJson(shown.out);
    ASSERT_TRUE(json.has_value());
    EXPECT_EQ((*json)["body"].string, "  indented");
}

TEST_F(CliTest, WriteRefusesAnEmptyEntry)
{
    makeVault();
    const CliRun result = runAs("Alex", kAlexPassword, {"write"}, "\n\n  \n");
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(isOneLine(result.err));
    const CliRun listed = runAs("Alex", kAlexPassword, {"list", "--json"});
    EXPECT_EQ(listed.out, "[]\n");
}

TEST_F(CliTest, WriteAcceptsATitleWithoutText)
{
    makeVault();
    const std::string id = writeAsAlex("", {"--title", "Just a title"});
    EXPECT_FALSE(id.empty());
}

TEST_F(CliTest, ShowingAMissingEntryIsAUsageError)
{
    makeVault();
    const CliRun result = runAs("Alex", kAlexPassword, {"show", "999"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(isOneLine(result.err));
}

TEST_F(CliTest, PasswordFromADescriptorIsReadUpToTheNewline)
{
    makeVault();
    {
        const PipeWithText password(std::string(kAlexPassword) + "\n");
        const CliRun result = run(
            {"--partner", "Alex", "--password-fd", password.fdArg(), "write", "--title", "piped"}, "body");
        EXPECT_EQ(result.exitCode, 0) << result.err;
    }
    {
        const PipeWithText password(std::string(kAlexPassword) + "\r\n");
        const CliRun result = run({"--partner", "Alex", "--password-fd", password.fdArg(), "list"});
        EXPECT_EQ(result.exitCode, 0) << result.err;
        EXPECT_NE(result.out.find("piped"), std::string::npos);
    }
    {
        const PipeWithText password(kAlexPassword); // no newline at all: still fine
        EXPECT_EQ(run({"--partner", "Alex", "--password-fd", password.fdArg(), "list"}).exitCode, 0);
    }
    EXPECT_TRUE(m_passwords.prompts.empty()); // the terminal was never asked
}

TEST_F(CliTest, AnEmptyOrClosedPasswordDescriptorIsRefused)
{
    makeVault();
    {
        const PipeWithText nothing("");
        const CliRun result = run({"--partner", "Alex", "--password-fd", nothing.fdArg(), "list"});
        EXPECT_EQ(result.exitCode, 1);
        EXPECT_TRUE(isOneLine(result.err));
    }
    const CliRun closed = run({"--partner", "Alex", "--password-fd", "987", "list"});
    EXPECT_EQ(closed.exitCode, 1);
    EXPECT_TRUE(isOneLine(closed.err));
}

TEST_F(CliTest, NoTerminalAndNoDescriptorIsAUsageError)
{
    makeVault();
    const CliRun result = run({"--partner", "Alex", "list"}); // FakePasswords has nothing typed
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("--password-fd"), std::string::npos);
}

} // namespace
} // namespace twofold::test
