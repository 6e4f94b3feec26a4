// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// The couple-space subcommands in-process: prompts, answer, reveal, hold, retract,
// read, offer, inbox, accept, not-now, with their exit codes and JSON.
#include "CliTestSupport.h"
#include "couple/CoupleSpace.h"
#include "storage/Database.h"

#include <tuple>

#include <gtest/gtest.h>

namespace twofold::test {
namespace {

constexpr std::string_view kPrompt = "foundations.what-intimacy-means";
constexpr std::string_view kOtherPrompt = "trust.count-on";

bool contains(const std::string& text, std::string_view part)
{
    return text.find(part) != std::string::npos;
}

class CliCoupleTest : public CliTest
{
protected:
    void SetUp() override { makeVault(); }

    CliRun alex(const std::vector<std::string>& args, const std::string& input = {})
    {
        return runAs("Alex", kAlexPassword, args, input);
    }
    CliRun sam(const std::vector<std::string>& args, const std::string& input = {})
    {
        return runAs("Sam", kSamPassword, args, input);
    }

    // `read --json` as one partner, parsed.
    JsonValue readJson(bool asAlex, std::string_view prompt)
    {
        const CliRun result = (asAlex ? alex({"read", "--json", std::string(prompt)})
                                      : sam({"read", "--json", std::string(prompt)}));
        EXPECT_EQ(result.exitCode, 0) << result.err;
        auto json = parseJson(result.out);
        EXPECT_TRUE(json.has_value()) << result.out;
        return json.value_or(JsonValue{});
    }

    // The state of one prompt in `prompts --json`.
    std::string stateOf(bool asAlex, std::string_view prompt)
    {
        const CliRun result = asAlex ? alex({"prompts", "--json"}) : sam({"prompts", "--json"});
        EXPECT_EQ(result.exitCode, 0) << result.err;
        const auto json = parseJson(result.out);
        EXPECT_TRUE(json.has_value()) << result.out;
        if (json) {
            for (const JsonValue& item : json->array) {
                if (item["id"].string == prompt) {
                    return item["state"].string;
                }
            }
        }
        return "(missing)";
    }

    std::string alexId()
    {
        auto vault = Vault::open(m_vaultDir, options());
        EXPECT_TRUE(vault.has_value());
        const auto info = vault->findPartner("Alex");
        EXPECT_TRUE(info.has_value());
        return info ? info->id : std::string();
    }

    // Runs SQL on couple.db as Alex (the couple key opens it), to damage an item.
    void tamper(const std::string& sql)
    {
        auto vault = Vault::open(m_vaultDir, options());
        ASSERT_TRUE(vault.has_value());
        const auto alexInfo = vault->findPartner("Alex");
        ASSERT_TRUE(alexInfo.has_value());
        auto session = vault->unlock(alexInfo->id, SecretBuffer::fromString(kAlexPassword));
        ASSERT_TRUE(session.has_value());
        ASSERT_TRUE(session->coupleDatabase().exec(sql));
    }

    // The id of the first offer in Sam's inbox.
    std::string firstOfferForSam()
    {
        const CliRun inbox = sam({"inbox", "--json"});
        EXPECT_EQ(inbox.exitCode, 0) << inbox.err;
        const auto json = parseJson(inbox.out);
        EXPECT_TRUE(json.has_value() && !json->array.empty()) << inbox.out;
        return json && !json->array.empty() ? json->array[0]["id"].string : std::string();
    }
};

TEST_F(CliCoupleTest, FullRevealFlowNeedsBothAnswersAndBothConsents)
{
    const std::string prompt(kPrompt);
    EXPECT_EQ(stateOf(true, kPrompt), "not-answered");

    const CliRun a = alex({"answer", prompt}, "Alex's words about closeness.\n");
    ASSERT_EQ(a.exitCode, 0) << a.err;
    EXPECT_TRUE(contains(a.out, "Only you can read it")) << a.out;
    EXPECT_EQ(stateOf(true, kPrompt), "waiting-for-you");
    // Answered but not agreed: Sam cannot tell it from not answered (DESIGN.md §1.4).
    EXPECT_EQ(stateOf(false, kPrompt), "not-answered");

    ASSERT_EQ(sam({"answer", prompt}, "Sam's words, in Sam's own time.").exitCode, 0);
    ASSERT_EQ(alex({"reveal", prompt}).exitCode, 0);
    EXPECT_EQ(stateOf(true, kPrompt), "waiting-for-partner");
    EXPECT_EQ(stateOf(false, kPrompt), "waiting-for-you");

    // Sam has answered but not agreed: Alex's words stay sealed to Alex alone.
    const CliRun samReads = sam({"read", prompt});
    ASSERT_EQ(samReads.exitCode, 0) << samReads.err;
    EXPECT_TRUE(contains(samReads.out, "Sam's words, in Sam's own time.")) << samReads.out;
    EXPECT_TRUE(contains(samReads.out, "not revealed yet")) << samReads.out;
    EXPECT_FALSE(contains(samReads.out, "Alex's words")) << samReads.out;
    EXPECT_FALSE(contains(samReads.out, "declined")) << samReads.out;
    const JsonValue samView = readJson(false, kPrompt);
    EXPECT_EQ(samView["partner"].type, JsonValue::Type::Null);
    EXPECT_EQ(samView["mine"]["text"].string, "Sam's words, in Sam's own time.");

    // Sam agrees. Sam's session seals Sam's answer to Alex at once; Alex's answer can be
    // sealed to Sam only by Alex's own session, which does it the next time Alex opens
    // Twofold, before showing anything.
    const CliRun agreed = sam({"reveal", prompt});
    ASSERT_EQ(agreed.exitCode, 0) << agreed.err;
    EXPECT_TRUE(contains(agreed.out, "You have both agreed. Alex's answer opens for you the next time Alex"))
        << agreed.out;
    EXPECT_EQ(readJson(false, kPrompt)["partner"].type, JsonValue::Type::Null);

    // Both read both: Alex first (Alex's pending grant is written on unlock), then Sam.
    for (const bool asAlex : {true, false}) {
        const JsonValue view = readJson(asAlex, kPrompt);
        EXPECT_EQ(view["state"].string, "revealed");
        EXPECT_EQ(view["mine"]["text"].string,
                  asAlex ? "Alex's words about closeness." : "Sam's words, in Sam's own time.");
        EXPECT_EQ(view["partner"]["text"].string,
                  asAlex ? "Sam's words, in Sam's own time." : "Alex's words about closeness.");
        EXPECT_FALSE(view["partner"]["damaged"].boolean);
    }
    EXPECT_EQ(stateOf(true, kPrompt), "revealed");
    EXPECT_EQ(stateOf(false, kPrompt), "revealed");
    const CliRun alexReads = alex({"read", prompt});
    EXPECT_TRUE(contains(alexReads.out, "Alex (you):\nAlex's words about closeness.")) << alexReads.out;
    EXPECT_TRUE(contains(alexReads.out, "Sam:\nSam's words, in Sam's own time.")) << alexReads.out;
    EXPECT_TRUE(contains(alexReads.out, " · revealed")) << alexReads.out;
}

TEST_F(CliCoupleTest, WhoeverAgreesLastSeesTheRevealAfterThePartnerNextOpensTwofold)
{
    const std::string prompt(kPrompt);
    ASSERT_EQ(sam({"answer", "--reveal", prompt}, "Sam first.").exitCode, 0);
    ASSERT_EQ(alex({"answer", prompt}, "Alex second.").exitCode, 0);
    const CliRun agreed = alex({"reveal", prompt});
    ASSERT_EQ(agreed.exitCode, 0) << agreed.err;
    EXPECT_TRUE(contains(agreed.out,
                         "You have both agreed. Sam's answer opens for you the next time Sam opens "
                         "Twofold"))
        << agreed.out;
    EXPECT_FALSE(contains(agreed.out, "has answered")) << "never 'once Sam has answered': Sam has";
    // Sam's words are sealed to Alex only by Sam's own session.
    EXPECT_EQ(readJson(true, kPrompt)["partner"].type, JsonValue::Type::Null);
    // Sam opens Twofold: Sam's grant is written first, then Sam reads Alex's answer.
    EXPECT_EQ(readJson(false, kPrompt)["partner"]["text"].string, "Alex second.");
    EXPECT_EQ(readJson(true, kPrompt)["partner"]["text"].string, "Sam first.");
    EXPECT_EQ(stateOf(true, kPrompt), "revealed");
}

TEST_F(CliCoupleTest, PromptsNeverShowThePartnersWords)
{
    ASSERT_EQ(alex({"answer", "--reveal", std::string(kPrompt)}, "A secret sentence from Alex.").exitCode, 0);
    for (const auto& args :
         {std::vector<std::string>{"prompts"}, std::vector<std::string>{"prompts", "--json"}}) {
        const CliRun listed = sam(args);
        ASSERT_EQ(listed.exitCode, 0) << listed.err;
        EXPECT_FALSE(contains(listed.out, "secret sentence")) << listed.out;
    }
    const CliRun text = sam({"prompts", "--state", "waiting-for-you"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_TRUE(contains(text.out, std::string(kPrompt) + "  · waiting for you: Alex has answered"))
        << text.out;
    EXPECT_FALSE(contains(text.out, std::string(kOtherPrompt))) << text.out;

    const CliRun mine = alex({"prompts", "--state", "waiting-for-partner"});
    EXPECT_TRUE(contains(mine.out, std::string(kPrompt) + "  · waiting for your partner")) << mine.out;
}

// keyring.db is plain SQLite: a name there that Alex's session did not sign is never
// printed as Alex's (docs/ARCHITECTURE.md, "Signed records (protocol v2)").
TEST_F(CliCoupleTest, APartnerNameEditedInTheKeyringIsNotPrinted)
{
    ASSERT_EQ(alex({"answer", "--reveal", std::string(kPrompt)}, "Alex's answer.").exitCode, 0);
    const std::string state = std::string(kPrompt) + "  · waiting for you: ";
    CliRun text = sam({"prompts", "--state", "waiting-for-you"});
    EXPECT_TRUE(contains(text.out, state + "Alex has answered")) << text.out;

    const std::string id = alexId();
    {
        auto keyring = Database::openPlain(m_vaultDir / "keyring.db", OpenMode::Existing);
        ASSERT_TRUE(keyring.has_value());
        ASSERT_TRUE(keyring->exec("UPDATE partners SET name = 'Mallory' WHERE id = '" + id + "';"));
    }
    text = sam({"prompts", "--state", "waiting-for-you"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_TRUE(contains(text.out, state + "your partner has answered")) << text.out;
    EXPECT_FALSE(contains(text.out, "Mallory")) << text.out;
}

TEST_F(CliCoupleTest, PromptsJsonListsEverySharedPromptWithItsState)
{
    ASSERT_EQ(alex({"answer", std::string(kPrompt)}, "Mine.").exitCode, 0);
    const CliRun listed = alex({"prompts", "--json"});
    ASSERT_EQ(listed.exitCode, 0) << listed.err;
    const auto json = parseJson(listed.out);
    ASSERT_TRUE(json.has_value()) << listed.out;
    EXPECT_GE(json->array.size(), 50u); // the shipped packs, less Faith (off unless chosen) and the check-in
    bool found = false;
    for (const JsonValue& item : json->array) {
        EXPECT_FALSE(item["id"].string.starts_with("weekly-checkin.")) << item["id"].string;
        EXPECT_FALSE(item["id"].string.starts_with("faith.")) << item["id"].string;
        EXPECT_FALSE(item["text"].string.empty());
        if (item["id"].string == kPrompt) {
            found = true;
            EXPECT_EQ(item["pack"].string, "foundations");
            EXPECT_EQ(item["text"].string, "What does intimacy mean to you?");
            EXPECT_EQ(item["state"].string, "waiting-for-you");
            EXPECT_TRUE(item["answeredByMe"].boolean);
            EXPECT_FALSE(item["agreedByMe"].boolean);
            EXPECT_FALSE(item["answeredByPartner"].boolean);
        }
    }
    EXPECT_TRUE(found);

    const CliRun filtered = alex({"prompts", "--json", "--state", "waiting-for-you"});
    const auto only = parseJson(filtered.out);
    ASSERT_TRUE(only.has_value()) << filtered.out;
    ASSERT_EQ(only->array.size(), 1u);
    EXPECT_EQ(only->array[0]["id"].string, kPrompt);

    const CliRun none = alex({"prompts", "--json", "--state", "revealed"});
    EXPECT_EQ(none.out, "[]\n");
}

TEST_F(CliCoupleTest, HoldBeforeRevealKeepsTheAnswerSealed)
{
    const std::string prompt(kPrompt);
    ASSERT_EQ(alex({"answer", "--reveal", prompt}, "Alex, held back.").exitCode, 0);
    EXPECT_EQ(stateOf(true, kPrompt), "waiting-for-partner");

    const CliRun held = alex({"hold", prompt});
    ASSERT_EQ(held.exitCode, 0) << held.err;
    EXPECT_TRUE(contains(held.out, "Held back")) << held.out;
    EXPECT_EQ(stateOf(true, kPrompt), "waiting-for-you");

    // Sam answers and agrees: still nothing of Alex's reaches Sam.
    ASSERT_EQ(sam({"answer", "--reveal", prompt}, "Sam, agreeing.").exitCode, 0);
    EXPECT_EQ(stateOf(false, kPrompt), "waiting-for-partner");
    EXPECT_EQ(readJson(false, kPrompt)["partner"].type, JsonValue::Type::Null);
    EXPECT_EQ(readJson(true, kPrompt)["partner"].type, JsonValue::Type::Null);

    const CliRun again = alex({"hold", prompt});
    ASSERT_EQ(again.exitCode, 0) << again.err;
    EXPECT_TRUE(contains(again.out, "Nothing to hold back")) << again.out;

    ASSERT_EQ(alex({"reveal", prompt}).exitCode, 0);
    EXPECT_EQ(readJson(false, kPrompt)["partner"]["text"].string, "Alex, held back.");
}

TEST_F(CliCoupleTest, HoldAfterRevealPointsToRetractWhichSaysWhatCannotBeUnread)
{
    const std::string prompt(kPrompt);
    ASSERT_EQ(alex({"answer", "--reveal", prompt}, "Alex's revealed answer.").exitCode, 0);
    ASSERT_EQ(sam({"answer", "--reveal", prompt}, "Sam's revealed answer.").exitCode, 0);
    EXPECT_EQ(stateOf(true, kPrompt), "revealed"); // Alex's session writes Alex's grant
    EXPECT_EQ(readJson(false, kPrompt)["partner"]["text"].string, "Alex's revealed answer.");

    const CliRun held = alex({"hold", prompt});
    EXPECT_EQ(held.exitCode, 1);
    EXPECT_TRUE(isOneLine(held.err)) << held.err;
    EXPECT_TRUE(contains(held.err, "already revealed")) << held.err;
    EXPECT_TRUE(contains(held.err, "twofold retract " + prompt)) << held.err;
    EXPECT_TRUE(held.out.empty()) << held.out;
    EXPECT_EQ(stateOf(true, kPrompt), "revealed");

    const CliRun retracted = alex({"retract", prompt});
    ASSERT_EQ(retracted.exitCode, 0) << retracted.err;
    EXPECT_TRUE(contains(retracted.out, "cannot be unread")) << retracted.out;
    EXPECT_EQ(readJson(false, kPrompt)["partner"].type, JsonValue::Type::Null);
    EXPECT_EQ(readJson(true, kPrompt)["partner"].type, JsonValue::Type::Null);
    EXPECT_EQ(stateOf(true, kPrompt), "waiting-for-you");
    EXPECT_EQ(stateOf(false, kPrompt), "waiting-for-partner");

    // Nothing was revealed any more: retracting again says so plainly.
    const CliRun again = alex({"retract", prompt});
    ASSERT_EQ(again.exitCode, 0) << again.err;
    EXPECT_TRUE(contains(again.out, "had not been revealed")) << again.out;
}

TEST_F(CliCoupleTest, EditingARevealedAnswerMakesANewVersionThatNeedsConsentAgain)
{
    const std::string prompt(kPrompt);
    ASSERT_EQ(alex({"answer", "--reveal", prompt}, "First version.").exitCode, 0);
    ASSERT_EQ(sam({"answer", "--reveal", prompt}, "Sam's answer.").exitCode, 0);
    ASSERT_EQ(stateOf(true, kPrompt), "revealed");

    const CliRun edited = alex({"answer", prompt}, "Second version.");
    ASSERT_EQ(edited.exitCode, 0) << edited.err;
    EXPECT_TRUE(contains(edited.out, "new version")) << edited.out;
    EXPECT_TRUE(contains(edited.out, "can still read your earlier answer")) << edited.out;

    const JsonValue samView = readJson(false, kPrompt);
    EXPECT_EQ(samView["partner"]["text"].string, "First version.");
    // An edit Alex has not agreed to is invisible to Sam (DESIGN.md §1.4): nothing says
    // that a newer version exists.
    EXPECT_FALSE(samView["partnerIsEarlierVersion"].boolean);
    EXPECT_EQ(readJson(true, kPrompt)["mine"]["text"].string, "Second version.");

    ASSERT_EQ(alex({"reveal", prompt}).exitCode, 0);
    const JsonValue after = readJson(false, kPrompt);
    EXPECT_EQ(after["partner"]["text"].string, "Second version.");
    EXPECT_FALSE(after["partnerIsEarlierVersion"].boolean);
}

TEST_F(CliCoupleTest, AnswerRefusesEmptyTextAndUnknownPrompts)
{
    const CliRun empty = alex({"answer", std::string(kPrompt)}, "  \n\n");
    EXPECT_EQ(empty.exitCode, 1);
    EXPECT_TRUE(isOneLine(empty.err)) << empty.err;

    const CliRun unknown = alex({"answer", "foundations.no-such-prompt"}, "Words.");
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(isOneLine(unknown.err)) << unknown.err;
    EXPECT_FALSE(contains(unknown.err, "no-such-prompt")) << unknown.err; // never echoes what was typed

    // Faith is off unless both choose it: not a prompt they share.
    const CliRun notShared = alex({"answer", "faith.spiritual-closeness"}, "Words.");
    EXPECT_EQ(notShared.exitCode, 1);
    EXPECT_TRUE(contains(notShared.err, "pack")) << notShared.err;

    // The weekly check-in is not answered prompt by prompt.
    EXPECT_EQ(alex({"answer", "weekly-checkin.need"}, "Words.").exitCode, 1);

    for (const char* command : {"reveal", "hold", "retract", "read"}) {
        const CliRun result = alex({command, "nope.nothing"});
        EXPECT_EQ(result.exitCode, 1) << command;
        EXPECT_TRUE(isOneLine(result.err)) << command << ": " << result.err;
    }
    const CliRun missing = alex({"answer"});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(contains(missing.err, "prompt id")) << missing.err;
}

TEST_F(CliCoupleTest, RevealWithoutAnAnswerIsAUsageError)
{
    const CliRun result = sam({"reveal", std::string(kPrompt)});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(isOneLine(result.err)) << result.err;
    EXPECT_TRUE(contains(result.err, "not answered")) << result.err;
}

TEST_F(CliCoupleTest, WrongPasswordAndUnknownPartnerExitTwoBeforeAnythingIsRead)
{
    const CliRun wrong = runAs("Alex", "not-the-password", {"answer", std::string(kPrompt)}, "Never saved.");
    EXPECT_EQ(wrong.exitCode, 2);
    EXPECT_TRUE(isOneLine(wrong.err)) << wrong.err;
    EXPECT_EQ(stateOf(true, kPrompt), "not-answered");

    const CliRun nobody = runAs("Robin", "whatever", {"prompts"});
    EXPECT_EQ(nobody.exitCode, 2);
    EXPECT_TRUE(isOneLine(nobody.err)) << nobody.err;

    const CliRun noPartner = run({"inbox"});
    EXPECT_EQ(noPartner.exitCode, 1);
}

TEST_F(CliCoupleTest, ADamagedAnswerIsReportedAsDamagedAndExitsThree)
{
    const std::string prompt(kPrompt);
    ASSERT_EQ(alex({"answer", "--reveal", prompt}, "Alex's words.").exitCode, 0);
    ASSERT_EQ(sam({"answer", "--reveal", prompt}, "Sam's words.").exitCode, 0);
    ASSERT_EQ(stateOf(true, kPrompt), "revealed");
    // Flip the bytes of Alex's ciphertext: Sam's grant still exists, but it opens nothing.
    tamper("UPDATE envelopes SET ciphertext = randomblob(length(ciphertext)) WHERE author_id = '" + alexId() +
           "';");

    const CliRun read = sam({"read", prompt});
    EXPECT_EQ(read.exitCode, 3);
    EXPECT_TRUE(contains(read.out, "this item is damaged")) << read.out;
    EXPECT_TRUE(contains(read.out, "Sam's words.")) << read.out; // Sam's own answer still shows
    EXPECT_FALSE(contains(read.out, "Alex's words.")) << read.out;
    EXPECT_TRUE(isOneLine(read.err)) << read.err;
    EXPECT_TRUE(contains(read.err, "this item is damaged")) << read.err;

    const CliRun json = sam({"read", "--json", prompt});
    EXPECT_EQ(json.exitCode, 3);
    const auto parsed = parseJson(json.out);
    ASSERT_TRUE(parsed.has_value()) << json.out;
    EXPECT_TRUE((*parsed)["partner"]["damaged"].boolean);
    EXPECT_EQ((*parsed)["partner"]["text"].type, JsonValue::Type::Null);

    // Other prompts, and the list, still work.
    EXPECT_EQ(sam({"prompts"}).exitCode, 0);
    EXPECT_EQ(sam({"read", std::string(kOtherPrompt)}).exitCode, 0);
}

TEST_F(CliCoupleTest, OfferInboxNotNowAcceptRead)
{
    const std::string entry = writeAsAlex("Something I wrote on my own.", {"--title", "For Sam"});
    ASSERT_FALSE(entry.empty());
    EXPECT_EQ(sam({"inbox", "--json"}).out, "[]\n");
    EXPECT_TRUE(contains(sam({"inbox"}).out, "Nothing offered")) << sam({"inbox"}).out;

    const CliRun offered = alex({"offer", entry});
    ASSERT_EQ(offered.exitCode, 0) << offered.err;
    EXPECT_TRUE(contains(offered.out, "Offered \"For Sam\" to Sam")) << offered.out;

    const auto authorView = [&] {
        auto vault = Vault::open(m_vaultDir, options());
        EXPECT_TRUE(vault.has_value());
        auto session = vault->unlock(vault->findPartner("Alex")->id, SecretBuffer::fromString(kAlexPassword));
        EXPECT_TRUE(session.has_value());
        auto space = CoupleSpace::open(*session, {});
        EXPECT_TRUE(space.has_value());
        auto offers = space->myOffers();
        EXPECT_TRUE(offers.has_value());
        std::vector<std::tuple<std::string, std::int64_t, std::string>> view;
        for (const MyOffer& offer : *offers) {
            view.emplace_back(offer.id, offer.offeredMs, offer.title.value);
        }
        return view;
    };
    const auto before = authorView();
    ASSERT_EQ(before.size(), 1u);

    const CliRun inbox = sam({"inbox", "--json"});
    ASSERT_EQ(inbox.exitCode, 0) << inbox.err;
    const auto items = parseJson(inbox.out);
    ASSERT_TRUE(items.has_value()) << inbox.out;
    ASSERT_EQ(items->array.size(), 1u);
    const std::string id = items->array[0]["id"].string;
    EXPECT_EQ(id.size(), 32u);
    EXPECT_EQ(items->array[0]["from"].string, "Alex");
    EXPECT_EQ(items->array[0]["response"].string, "new");
    EXPECT_FALSE(contains(inbox.out, "For Sam")); // no words before "Read now"

    const CliRun later = sam({"not-now", id});
    ASSERT_EQ(later.exitCode, 0) << later.err;
    EXPECT_EQ(parseJson(sam({"inbox", "--json"}).out)->array[0]["response"].string, "not-now");
    EXPECT_TRUE(contains(sam({"inbox"}).out, "not now"));
    EXPECT_EQ(authorView(), before); // "not now" looks exactly like "not seen yet" to Alex

    const CliRun accepted = sam({"accept", id.substr(0, 8)}); // a unique start is enough
    ASSERT_EQ(accepted.exitCode, 0) << accepted.err;
    EXPECT_TRUE(contains(accepted.out, "For Sam\nWritten by Alex")) << accepted.out;
    EXPECT_TRUE(contains(accepted.out, "Something I wrote on my own.")) << accepted.out;
    EXPECT_EQ(parseJson(sam({"inbox", "--json"}).out)->array[0]["response"].string, "read");

    const CliRun again = sam({"accept", "--json", id});
    ASSERT_EQ(again.exitCode, 0) << again.err;
    const auto json = parseJson(again.out);
    ASSERT_TRUE(json.has_value()) << again.out;
    EXPECT_EQ((*json)["title"].string, "For Sam");
    EXPECT_EQ((*json)["body"].string, "Something I wrote on my own.");
    EXPECT_EQ((*json)["from"].string, "Alex");
    EXPECT_EQ((*json)["promptId"].type, JsonValue::Type::Null);

    // Alex's own inbox is empty: nothing was offered to Alex.
    EXPECT_EQ(alex({"inbox", "--json"}).out, "[]\n");
}

TEST_F(CliCoupleTest, OfferAndAcceptErrors)
{
    EXPECT_EQ(alex({"offer", "999"}).exitCode, 1); // no such entry
    // Refused before unlocking, so nothing asks for a password.
    EXPECT_EQ(run({"--partner", "Alex", "offer", "first"}).exitCode, 1);
    const CliRun unknown = sam({"accept", "0123456789abcdef0123456789abcdef"});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(isOneLine(unknown.err)) << unknown.err;
    EXPECT_EQ(sam({"not-now", "zz"}).exitCode, 1);
    EXPECT_EQ(sam({"accept", "ab"}).exitCode, 1); // too short to name one
    EXPECT_TRUE(m_passwords.typed.empty());
}

TEST_F(CliCoupleTest, ADamagedOfferExitsThree)
{
    const std::string entry = writeAsAlex("Offered, then damaged.");
    ASSERT_EQ(alex({"offer", entry}).exitCode, 0);
    const std::string id = firstOfferForSam();
    tamper("UPDATE envelopes SET ciphertext = randomblob(length(ciphertext)) WHERE kind = 3;");
    const CliRun accepted = sam({"accept", id});
    EXPECT_EQ(accepted.exitCode, 3);
    EXPECT_TRUE(isOneLine(accepted.err)) << accepted.err;
    EXPECT_TRUE(contains(accepted.err, "this item is damaged")) << accepted.err;
    EXPECT_FALSE(contains(accepted.out, "Offered, then damaged.")) << accepted.out;
}

TEST_F(CliCoupleTest, HelpListsTheCoupleCommands)
{
    const CliRun help = run({"--help"});
    for (const char* command :
         {"prompts", "answer", "reveal", "hold", "retract", "read", "offer", "inbox", "accept", "not-now"}) {
        EXPECT_TRUE(contains(help.out, std::string("  ") + command + " ")) << command;
        const CliRun commandHelp = run({command, "--help"});
        EXPECT_EQ(commandHelp.exitCode, 0) << command;
        EXPECT_TRUE(contains(commandHelp.out, "--partner NAME")) << command;
    }
}

} // namespace
} // namespace twofold::test
