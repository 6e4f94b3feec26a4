// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// The demo vault's couple space: every reveal state, seen from both sides, and an
// offered entry waiting in each inbox.
#include "CliTestSupport.h"
#include "cli/DemoVault.h"

#include <map>
#include <set>

#include <gtest/gtest.h>

namespace twofold::test {
namespace {

class CliDemoCoupleTest : public CliTest
{
protected:
    void SetUp() override
    {
        const CliRun demo = run({"demo"});
        ASSERT_EQ(demo.exitCode, 0) << demo.err;
    }

    static std::string_view passwordOf(std::string_view partner)
    {
        return partner == "Alex" ? "alex-demo" : "sam-demo";
    }

    // prompt id -> its `prompts --json` object, as `partner` sees it.
    std::map<std::string, JsonValue> promptsOf(std::string_view partner)
    {
        const CliRun listed = runAs(partner, passwordOf(partner), {"prompts", "--json"});
        EXPECT_EQ(listed.exitCode, 0) << listed.err;
        const auto json = parseJson(listed.out);
        EXPECT_TRUE(json.has_value()) << listed.out;
        std::map<std::string, JsonValue> byId;
        if (json) {
            for (const JsonValue& item : json->array) {
                byId.emplace(item["id"].string, item);
            }
        }
        return byId;
    }

    JsonValue readAs(std::string_view partner, const std::string& prompt)
    {
        const CliRun read = runAs(partner, passwordOf(partner), {"read", "--json", prompt});
        EXPECT_EQ(read.exitCode, 0) << read.err;
        return parseJson(read.out).value_or(JsonValue{});
    }
};

TEST_F(CliDemoCoupleTest, BothPartnersSeeEveryRevealState)
{
    for (const std::string_view partner : {"Alex", "Sam"}) {
        std::set<std::string> states;
        for (const auto& [id, item] : promptsOf(partner)) {
            states.insert(item["state"].string);
        }
        EXPECT_EQ(states, (std::set<std::string>{"not-answered", "waiting-for-you", "waiting-for-partner",
                                                 "revealed"}))
            << partner;
    }
}

TEST_F(CliDemoCoupleTest, EachDemoPromptIsInTheStateItsAnswersDescribe)
{
    const auto alex = promptsOf("Alex");
    const auto sam = promptsOf("Sam");
    for (const cli::DemoAnswer& answer : cli::demoAnswers()) {
        const std::string id(answer.promptId);
        ASSERT_TRUE(alex.contains(id) && sam.contains(id)) << id << " is not a prompt both partners see";
        const JsonValue& a = alex.at(id);
        const JsonValue& s = sam.at(id);
        EXPECT_EQ(a["answeredByMe"].boolean, !answer.alex.empty()) << id;
        EXPECT_EQ(s["answeredByMe"].boolean, !answer.sam.empty()) << id;
        EXPECT_EQ(a["agreedByMe"].boolean, answer.alexReveal == Reveal::Yes) << id;
        EXPECT_EQ(s["agreedByMe"].boolean, answer.samReveal == Reveal::Yes) << id;
    }

    // Both answered and agreed: revealed, and each reads both answers.
    EXPECT_EQ(alex.at("foundations.what-intimacy-means")["state"].string, "revealed");
    EXPECT_EQ(sam.at("foundations.what-intimacy-means")["state"].string, "revealed");
    for (const std::string_view partner : {"Alex", "Sam"}) {
        const JsonValue view = readAs(partner, "foundations.what-intimacy-means");
        EXPECT_FALSE(view["mine"]["text"].string.empty()) << partner;
        EXPECT_FALSE(view["partner"]["text"].string.empty()) << partner;
        EXPECT_NE(view["mine"]["text"].string, view["partner"]["text"].string) << partner;
    }

    // Alex answered and agreed; Sam has not answered: Alex waits, it waits for Sam.
    EXPECT_EQ(alex.at("invitation.how-i-like-to-be-invited")["state"].string, "waiting-for-partner");
    EXPECT_EQ(sam.at("invitation.how-i-like-to-be-invited")["state"].string, "waiting-for-you");
    EXPECT_TRUE(sam.at("invitation.how-i-like-to-be-invited")["answeredByPartner"].boolean);
    EXPECT_EQ(readAs("Sam", "invitation.how-i-like-to-be-invited")["partner"].type, JsonValue::Type::Null);

    // Both answered, only Sam agreed: it waits for Alex; neither reads the other's.
    EXPECT_EQ(alex.at("foundations.cared-for")["state"].string, "waiting-for-you");
    EXPECT_EQ(sam.at("foundations.cared-for")["state"].string, "waiting-for-partner");
    EXPECT_EQ(readAs("Sam", "foundations.cared-for")["partner"].type, JsonValue::Type::Null);
    EXPECT_EQ(readAs("Alex", "foundations.cared-for")["partner"].type, JsonValue::Type::Null);

    // Only Sam answered, not agreed yet: for Alex it is exactly as if Sam had not answered.
    EXPECT_EQ(sam.at("needs-and-desire.caring-touch")["state"].string, "waiting-for-you");
    EXPECT_EQ(alex.at("needs-and-desire.caring-touch")["state"].string, "not-answered");
    EXPECT_FALSE(alex.at("needs-and-desire.caring-touch")["answeredByMe"].boolean);
    EXPECT_FALSE(alex.at("needs-and-desire.caring-touch")["answeredByPartner"].boolean);
}

TEST_F(CliDemoCoupleTest, AnOfferedEntryWaitsInEachInbox)
{
    for (const std::string_view partner : {"Sam", "Alex"}) {
        const CliRun inbox = runAs(partner, passwordOf(partner), {"inbox", "--json"});
        ASSERT_EQ(inbox.exitCode, 0) << inbox.err;
        const auto json = parseJson(inbox.out);
        ASSERT_TRUE(json.has_value()) << inbox.out;
        ASSERT_EQ(json->array.size(), 1u) << partner;
        EXPECT_EQ(json->array[0]["response"].string, "new");

        const CliRun accepted =
            runAs(partner, passwordOf(partner), {"accept", "--json", json->array[0]["id"].string});
        ASSERT_EQ(accepted.exitCode, 0) << accepted.err;
        const auto entry = parseJson(accepted.out);
        ASSERT_TRUE(entry.has_value()) << accepted.out;
        EXPECT_EQ((*entry)["title"].string, partner == "Sam" ? "If I were married to me" : "Thursday drives");
        EXPECT_FALSE((*entry)["body"].string.empty());
    }
}

TEST_F(CliDemoCoupleTest, TheTextListingShowsStatesInWords)
{
    const CliRun listed = runAs("Sam", "sam-demo", {"prompts"});
    ASSERT_EQ(listed.exitCode, 0) << listed.err;
    for (const std::string_view words :
         {"foundations.what-intimacy-means  · revealed", "foundations.cared-for  · waiting for your partner",
          "invitation.how-i-like-to-be-invited  · waiting for you: Alex has answered",
          "needs-and-desire.caring-touch  · waiting for you: you answered", "  · not answered",
          "2 revealed · 2 waiting for you · 1 waiting for your partner"}) {
        EXPECT_NE(listed.out.find(words), std::string::npos) << words << "\n" << listed.out;
    }
}

} // namespace
} // namespace twofold::test
