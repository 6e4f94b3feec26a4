// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "prompts/PromptPack.h"

#include "support/TempDir.h"

#include <algorithm>
#include <fstream>
#include <regex>
#include <set>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

using namespace twofold;

namespace {

const std::filesystem::path kShippedPacks =
    std::filesystem::path(TWOFOLD_SOURCE_DIR) / "resources" / "prompts";

struct Shipped
{
    std::vector<PromptPack> packs;
    std::vector<PackProblem> problems;
};

Shipped loadShipped()
{
    Shipped shipped;
    auto packs = loadPromptPacks(kShippedPacks, shipped.problems);
    EXPECT_TRUE(packs.has_value()) << (packs ? "" : packs.error().detail);
    if (packs) {
        shipped.packs = std::move(*packs);
    }
    return shipped;
}

const PromptPack* findPack(const std::vector<PromptPack>& packs, std::string_view id)
{
    auto it = std::find_if(packs.begin(), packs.end(), [&](const PromptPack& p) { return p.id == id; });
    return it == packs.end() ? nullptr : &*it;
}

// A minimal valid pack with one prompt "<id>.first".
std::string goodPack(std::string_view id)
{
    return R"({"format": 1, "id": ")" + std::string(id) + R"(", "title": "Good",
  "prompts": [{"id": ")" +
           std::string(id) + R"(.first", "text": "What is one good thing?"}]})";
}

void writeFile(const std::filesystem::path& path, std::string_view text)
{
    std::ofstream out(path, std::ios::binary);
    out << text;
}

// The detail of a pack that must fail to parse.
std::string parseFailure(std::string_view json, ErrorCode expected = ErrorCode::InvalidArgument)
{
    auto pack = parsePromptPack(json, "test.json");
    EXPECT_FALSE(pack.has_value());
    if (pack) {
        return {};
    }
    EXPECT_EQ(pack.error().code, expected) << pack.error().detail;
    return pack.error().detail;
}

std::string allWords(const Prompt& prompt)
{
    return prompt.text + " " + prompt.followUp + " " + prompt.lowLabel + " " + prompt.highLabel;
}

} // namespace

// --- The packs we ship -------------------------------------------------------------

TEST(PromptPackShippedTest, EveryPackLoadsWithoutProblems)
{
    const Shipped shipped = loadShipped();
    for (const PackProblem& problem : shipped.problems) {
        ADD_FAILURE() << problem.describe();
    }
    std::set<std::string> ids;
    for (const PromptPack& pack : shipped.packs) {
        ids.insert(pack.id);
    }
    EXPECT_EQ(ids, (std::set<std::string>{"foundations", "needs-and-desire", "trust", "invitation", "healing",
                                          "faith", "weekly-checkin"}));
}

TEST(PromptPackShippedTest, EveryFileParsesOnItsOwn)
{
    int files = 0;
    for (const auto& item : std::filesystem::directory_iterator(kShippedPacks)) {
        ++files;
        EXPECT_EQ(item.path().extension(), ".json") << item.path();
        auto pack = parsePromptPack(test::readFile(item.path()), item.path().filename().string());
        ASSERT_TRUE(pack.has_value()) << pack.error().detail;
        // One pack per file, named after it.
        EXPECT_EQ(pack->id + ".json", item.path().filename().string());
    }
    EXPECT_EQ(files, 7);
}

TEST(PromptPackShippedTest, HoldAtLeastSixtyPrompts)
{
    const Shipped shipped = loadShipped();
    std::size_t total = 0;
    for (const PromptPack& pack : shipped.packs) {
        total += pack.prompts.size();
        if (pack.id != "weekly-checkin") {
            EXPECT_GE(pack.prompts.size(), 10U) << pack.id;
        }
    }
    EXPECT_GE(total, 60U);
}

TEST(PromptPackShippedTest, FoundationsComesFirstAndBeginsWithWhatIntimacyMeans)
{
    const Shipped shipped = loadShipped();
    ASSERT_FALSE(shipped.packs.empty());
    const PromptPack& first = shipped.packs.front();
    EXPECT_EQ(first.id, "foundations");
    ASSERT_FALSE(first.prompts.empty());
    EXPECT_EQ(first.prompts.front().id, "foundations.what-intimacy-means");
    EXPECT_EQ(first.prompts.front().text, "What does intimacy mean to you?");
    EXPECT_EQ(first.prompts.front().followUp, "What would it look like on an ordinary Tuesday?");
    EXPECT_EQ(first.prompts.front().visibility, Visibility::Shared);
    EXPECT_TRUE(first.defaultEnabled);
}

TEST(PromptPackShippedTest, HealingPromptsArePrivateByDefault)
{
    const Shipped shipped = loadShipped();
    const PromptPack* healing = findPack(shipped.packs, "healing");
    ASSERT_NE(healing, nullptr);
    EXPECT_EQ(healing->defaultVisibility, Visibility::Private);
    for (const Prompt& prompt : healing->prompts) {
        EXPECT_EQ(prompt.visibility, Visibility::Private) << prompt.id;
    }
    // Healing points to people who can help, not only to the partner.
    const bool mentionsHelp =
        std::any_of(healing->prompts.begin(), healing->prompts.end(),
                    [](const Prompt& p) { return allWords(p).find("counselor") != std::string::npos; });
    EXPECT_TRUE(mentionsHelp);
}

TEST(PromptPackShippedTest, SafetyComesFirst)
{
    // DESIGN.md §6: someone who is not safe is pointed to safety, not to trying harder.
    const Shipped shipped = loadShipped();
    const PromptPack* healing = findPack(shipped.packs, "healing");
    ASSERT_NE(healing, nullptr);
    ASSERT_FALSE(healing->prompts.empty());
    EXPECT_EQ(healing->prompts.front().id, "healing.feeling-safe");
    EXPECT_NE(healing->prompts.front().followUp.find("Safety page"), std::string::npos);
}

TEST(PromptPackShippedTest, FaithIsOffByDefaultAndEveryOtherPackIsOn)
{
    const Shipped shipped = loadShipped();
    ASSERT_EQ(shipped.packs.size(), 7U);
    for (const PromptPack& pack : shipped.packs) {
        EXPECT_EQ(pack.defaultEnabled, pack.id != "faith") << pack.id;
    }
}

TEST(PromptPackShippedTest, OnlyTheFaithPackAssumesFaith)
{
    const std::regex religious(R"(\b(God|pray|prayer|praying|church|Jesus|Christ|scripture|Bible|sin)\b)",
                               std::regex::icase);
    const Shipped shipped = loadShipped();
    for (const PromptPack& pack : shipped.packs) {
        if (pack.id == "faith") {
            continue;
        }
        for (const Prompt& prompt : pack.prompts) {
            EXPECT_FALSE(std::regex_search(allWords(prompt), religious)) << prompt.id;
        }
    }
}

TEST(PromptPackShippedTest, PromptsAreGenderNeutral)
{
    const std::regex gendered(
        R"(\b(he|she|him|her|his|hers|husband|wife|man|woman|boyfriend|girlfriend|marriage|married|spouse)\b)",
        std::regex::icase);
    const Shipped shipped = loadShipped();
    for (const PromptPack& pack : shipped.packs) {
        EXPECT_FALSE(std::regex_search(pack.title + " " + pack.description, gendered)) << pack.id;
        for (const Prompt& prompt : pack.prompts) {
            EXPECT_FALSE(std::regex_search(allWords(prompt), gendered)) << prompt.id;
        }
    }
}

TEST(PromptPackShippedTest, AllIdsAreUniqueAndWellFormed)
{
    const Shipped shipped = loadShipped();
    std::set<std::string> ids;
    for (const PromptPack& pack : shipped.packs) {
        EXPECT_TRUE(isValidPackId(pack.id)) << pack.id;
        for (const Prompt& prompt : pack.prompts) {
            EXPECT_TRUE(ids.insert(prompt.id).second) << "duplicate " << prompt.id;
            EXPECT_TRUE(isValidPromptId(prompt.id, pack.id)) << prompt.id;
            EXPECT_EQ(prompt.packId, pack.id);
            EXPECT_FALSE(prompt.text.empty());
        }
    }
}

TEST(PromptPackShippedTest, WeeklyCheckInAsksTheReviewQuestions)
{
    const Shipped shipped = loadShipped();
    const PromptPack* checkIn = findPack(shipped.packs, "weekly-checkin");
    ASSERT_NE(checkIn, nullptr);
    std::vector<std::string> ratings;
    std::vector<std::string> texts;
    for (const Prompt& prompt : checkIn->prompts) {
        (prompt.kind == PromptKind::Rating ? ratings : texts).push_back(prompt.id);
    }
    EXPECT_EQ(ratings, (std::vector<std::string>{
                           "weekly-checkin.emotional-connection", "weekly-checkin.physical-connection",
                           "weekly-checkin.spiritual-connection", "weekly-checkin.trust"}));
    EXPECT_EQ(texts, (std::vector<std::string>{"weekly-checkin.appreciated", "weekly-checkin.need"}));
    const Prompt& appreciated =
        *std::find_if(checkIn->prompts.begin(), checkIn->prompts.end(),
                      [](const Prompt& p) { return p.id == "weekly-checkin.appreciated"; });
    EXPECT_EQ(appreciated.text, "One thing I appreciated this week");
}

// --- Parsing one pack --------------------------------------------------------------

TEST(PromptPackParseTest, ReadsEveryField)
{
    auto pack = parsePromptPack(R"({
  "format": 1, "id": "sample", "title": "Sample", "description": "For tests.",
  "defaultEnabled": false, "defaultVisibility": "private", "order": 7,
  "prompts": [
    {"id": "sample.one", "text": "First?", "followUp": "And then?", "visibility": "shared"},
    {"id": "sample.two", "text": "Second?"},
    {"id": "sample.rate-it", "text": "How close?", "kind": "rating", "lowLabel": "Far", "highLabel": "Near"}
  ]})",
                                "sample.json");
    ASSERT_TRUE(pack.has_value()) << pack.error().detail;
    EXPECT_EQ(pack->id, "sample");
    EXPECT_EQ(pack->title, "Sample");
    EXPECT_EQ(pack->description, "For tests.");
    EXPECT_FALSE(pack->defaultEnabled);
    EXPECT_EQ(pack->defaultVisibility, Visibility::Private);
    EXPECT_EQ(pack->order, 7);
    ASSERT_EQ(pack->prompts.size(), 3U);
    EXPECT_EQ(pack->prompts[0].followUp, "And then?");
    EXPECT_EQ(pack->prompts[0].visibility, Visibility::Shared);
    EXPECT_EQ(pack->prompts[0].kind, PromptKind::Text);
    EXPECT_EQ(pack->prompts[1].visibility, Visibility::Private); // inherited from the pack
    EXPECT_EQ(pack->prompts[1].followUp, "");
    EXPECT_EQ(pack->prompts[2].kind, PromptKind::Rating);
    EXPECT_EQ(pack->prompts[2].lowLabel, "Far");
    EXPECT_EQ(pack->prompts[2].highLabel, "Near");
    EXPECT_EQ(pack->prompts[2].packId, "sample");
}

TEST(PromptPackParseTest, OptionalFieldsHaveSafeDefaults)
{
    auto pack = parsePromptPack(goodPack("plain"), "plain.json");
    ASSERT_TRUE(pack.has_value()) << pack.error().detail;
    EXPECT_TRUE(pack->defaultEnabled);
    EXPECT_EQ(pack->defaultVisibility, Visibility::Shared);
    EXPECT_EQ(pack->description, "");
    EXPECT_EQ(pack->order, 1000);
}

TEST(PromptPackParseTest, TruncatedJsonIsReportedWithFileLineAndColumn)
{
    const std::string text = goodPack("cut");
    EXPECT_EQ(parseFailure(std::string_view(text).substr(0, 60)), "test.json:2:16: unterminated string");
}

TEST(PromptPackParseTest, WrongTypeIsReportedAtTheValue)
{
    EXPECT_EQ(parseFailure("{\"format\": 1, \"id\": \"p\", \"title\": \"T\",\n"
                           "  \"prompts\": [{\"id\": \"p.a\", \"text\": 5}]}"),
              "test.json:2:37: \"text\" must be a string, not number");
    EXPECT_EQ(parseFailure(R"({"format": 1, "id": "p", "title": "T", "prompts": {}})"),
              "test.json:1:51: \"prompts\" must be an array");
    EXPECT_EQ(
        parseFailure(R"({"format": 1, "id": "p", "title": "T", "defaultEnabled": "yes", "prompts": []})"),
        "test.json:1:58: \"defaultEnabled\" must be true or false");
    EXPECT_EQ(parseFailure(R"({"format": 1, "id": "p", "title": "T", "prompts": [3]})"),
              "test.json:1:52: a prompt must be an object, not number");
    EXPECT_EQ(parseFailure("[]"), "test.json:1:1: a pack must be an object, not array");
    EXPECT_EQ(parseFailure(R"({"format": "1"})"), "test.json:1:12: \"format\" must be a whole number");
}

TEST(PromptPackParseTest, MissingFieldsAreReported)
{
    EXPECT_EQ(parseFailure(R"({"format": 1, "title": "T", "prompts": []})"),
              "test.json:1:1: the pack is missing \"id\"");
    EXPECT_EQ(parseFailure(R"({"id": "p"})"), "test.json:1:1: the pack is missing \"format\"");
    EXPECT_EQ(parseFailure(R"({"format": 1, "id": "p", "title": "T", "prompts": [{"text": "Hi?"}]})"),
              "test.json:1:52: a prompt is missing \"id\"");
    EXPECT_EQ(parseFailure(R"({"format": 1, "id": "p", "title": "T", "prompts": [{"id": "p.a"}]})"),
              "test.json:1:52: prompt \"p.a\" is missing \"text\"");
    EXPECT_EQ(parseFailure(R"({"format": 1, "id": "p", "title": "T"})"),
              "test.json:1:1: the pack is missing \"prompts\"");
}

TEST(PromptPackParseTest, EmptyTextAndEmptyPacksAreRefused)
{
    EXPECT_EQ(
        parseFailure(R"({"format": 1, "id": "p", "title": "T", "prompts": [{"id": "p.a", "text": "  "}]})"),
        "test.json:1:74: \"text\" must not be empty");
    EXPECT_EQ(parseFailure(R"({"format": 1, "id": "p", "title": "T", "prompts": []})"),
              "test.json:1:51: \"prompts\" must not be empty");
}

TEST(PromptPackParseTest, DuplicatePromptIdIsReported)
{
    EXPECT_EQ(parseFailure("{\"format\": 1, \"id\": \"p\", \"title\": \"T\", \"prompts\": [\n"
                           "  {\"id\": \"p.a\", \"text\": \"One?\"},\n"
                           "  {\"id\": \"p.a\", \"text\": \"Two?\"}]}"),
              "test.json:3:10: duplicate prompt id \"p.a\"");
}

TEST(PromptPackParseTest, BadEscapeIsReported)
{
    EXPECT_EQ(parseFailure(R"({"format": 1, "id": "p", "title": "Bad \q escape", "prompts": []})"),
              "test.json:1:40: invalid escape sequence");
}

TEST(PromptPackParseTest, DeepNestingIsReported)
{
    const std::string deep = R"({"format": 1, "id": "p", "title": "T", "extra": )" + std::string(100, '[') +
                             std::string(100, ']') + "}";
    EXPECT_EQ(parseFailure(deep), "test.json:1:112: nesting deeper than 64 levels");
}

TEST(PromptPackParseTest, UnknownFormatIsRefused)
{
    EXPECT_EQ(parseFailure(R"({"format": 2, "id": "p", "whatever": true})", ErrorCode::UnsupportedFormat),
              "test.json:1:12: unsupported format 2 (this build reads 1)");
    parseFailure(R"({"format": 0, "id": "p"})", ErrorCode::UnsupportedFormat);
}

TEST(PromptPackParseTest, IdsMustBeLowercaseSlugsUnderTheirPack)
{
    for (std::string_view badPackId : {"Foundations", "a b", "-a", "a-", "a--b", "a.b", "é", ""}) {
        const std::string json =
            R"({"format": 1, "id": ")" + std::string(badPackId) + R"(", "title": "T", "prompts": []})";
        EXPECT_FALSE(parsePromptPack(json, "x.json").has_value()) << badPackId;
    }
    for (std::string_view badPromptId : {"p", "p.", "q.a", "p.A", "p.a.b", "pa", "p.a_b", ".a", "p.-a"}) {
        const std::string json = R"({"format": 1, "id": "p", "title": "T", "prompts": [{"id": ")" +
                                 std::string(badPromptId) + R"(", "text": "Hi?"}]})";
        EXPECT_FALSE(parsePromptPack(json, "x.json").has_value()) << badPromptId;
    }
    EXPECT_TRUE(isValidPromptId("needs-and-desire.what-2-say", "needs-and-desire"));
    EXPECT_FALSE(isValidPromptId("p." + std::string(kMaxIdLength, 'a'), "p"));
}

TEST(PromptPackParseTest, OverlongTextIsRefused)
{
    const std::string longText(kMaxPromptTextLength + 1, 'a');
    const std::string json = R"({"format": 1, "id": "p", "title": "T", "prompts": [{"id": "p.a", "text": ")" +
                             longText + R"("}]})";
    EXPECT_EQ(parseFailure(json), "test.json:1:74: \"text\" is longer than 600 bytes");

    const std::string longTitle(kMaxTitleLength + 1, 't');
    EXPECT_FALSE(parsePromptPack(R"({"format": 1, "id": "p", "title": ")" + longTitle +
                                     R"(", "prompts": [{"id": "p.a", "text": "Hi?"}]})",
                                 "x.json")
                     .has_value());
}

TEST(PromptPackParseTest, UnknownFieldsAndBadEnumsAreRefused)
{
    EXPECT_EQ(
        parseFailure(
            R"({"format": 1, "id": "p", "title": "T", "prompts": [{"id": "p.a", "text": "Hi?", "folowUp": "x"}]})"),
        "test.json:1:81: unknown field \"folowUp\" in a prompt");
    parseFailure(
        R"({"format": 1, "id": "p", "title": "T", "prompts": [{"id": "p.a", "text": "Hi?", "visibility": "secret"}]})");
    parseFailure(
        R"({"format": 1, "id": "p", "title": "T", "prompts": [{"id": "p.a", "text": "Hi?", "kind": "slider"}]})");
    parseFailure(
        R"({"format": 1, "id": "p", "title": "T", "prompts": [{"id": "p.a", "text": "Hi?", "lowLabel": "Low"}]})");
    parseFailure(
        R"({"format": 1, "id": "p", "title": "T", "prompts": [{"id": "p.a", "text": "Line\nbreak"}]})");
    parseFailure(
        R"({"format": 1, "id": "p", "title": "T", "order": -1, "prompts": [{"id": "p.a", "text": "Hi?"}]})");
}

// --- Loading a directory -----------------------------------------------------------

TEST(PromptPackLoadTest, MalformedPacksAreReportedAndSkippedWhileGoodOnesLoad)
{
    test::TempDir dir;
    writeFile(dir / "good.json", goodPack("good"));
    writeFile(dir / "also-good.json", goodPack("also-good"));
    const std::string good = goodPack("truncated");
    writeFile(dir / "truncated.json", std::string_view(good).substr(0, good.size() / 2));
    writeFile(dir / "wrong-type.json", R"({"format": 1, "id": "w", "title": ["T"], "prompts": []})");
    writeFile(dir / "missing-id.json", R"({"format": 1, "title": "T", "prompts": []})");
    writeFile(dir / "bad-escape.json", R"({"format": 1, "id": "b", "title": "\u12", "prompts": []})");
    writeFile(dir / "deep.json", std::string(1000, '[') + std::string(1000, ']'));
    writeFile(dir / "empty.json", "");
    writeFile(dir / "binary.json", std::string("\x00\xFF\xFE{", 4));
    writeFile(dir / "readme.txt", "not a pack");

    std::vector<PackProblem> problems;
    auto packs = loadPromptPacks(dir.path(), problems);
    ASSERT_TRUE(packs.has_value()) << packs.error().detail;
    ASSERT_EQ(packs->size(), 2U);
    EXPECT_EQ((*packs)[0].id, "also-good");
    EXPECT_EQ((*packs)[1].id, "good");

    std::set<std::string> reported;
    for (const PackProblem& problem : problems) {
        reported.insert(problem.fileName);
        EXPECT_GE(problem.line, 1U) << problem.describe();
        EXPECT_GE(problem.column, 1U) << problem.describe();
        EXPECT_FALSE(problem.what.empty());
        // "file:line:col: what"
        EXPECT_TRUE(std::regex_match(problem.describe(), std::regex(R"([a-z-]+\.json:\d+:\d+: .+)")))
            << problem.describe();
    }
    EXPECT_EQ(reported, (std::set<std::string>{"truncated.json", "wrong-type.json", "missing-id.json",
                                               "bad-escape.json", "deep.json", "empty.json", "binary.json"}));
    EXPECT_EQ(problems.size(), 7U);
}

TEST(PromptPackLoadTest, DuplicateIdsAcrossPacksKeepTheFirstFile)
{
    test::TempDir dir;
    writeFile(dir / "a.json", goodPack("same"));
    writeFile(dir / "b.json", goodPack("same"));
    std::vector<PackProblem> problems;
    auto packs = loadPromptPacks(dir.path(), problems);
    ASSERT_TRUE(packs.has_value());
    ASSERT_EQ(packs->size(), 1U);
    ASSERT_EQ(problems.size(), 1U);
    EXPECT_EQ(problems[0].describe(), "b.json:1:21: pack id \"same\" is already used by a.json");
}

TEST(PromptPackLoadTest, PacksAreOrderedByOrderThenId)
{
    test::TempDir dir;
    writeFile(dir / "a.json", goodPack("a"));
    writeFile(
        dir / "b.json",
        R"({"format": 1, "id": "b", "title": "B", "order": 1, "prompts": [{"id": "b.x", "text": "X?"}]})");
    writeFile(dir / "c.json", goodPack("c"));
    std::vector<PackProblem> problems;
    auto packs = loadPromptPacks(dir.path(), problems);
    ASSERT_TRUE(packs.has_value());
    EXPECT_TRUE(problems.empty());
    ASSERT_EQ(packs->size(), 3U);
    EXPECT_EQ((*packs)[0].id, "b");
    EXPECT_EQ((*packs)[1].id, "a");
    EXPECT_EQ((*packs)[2].id, "c");
}

TEST(PromptPackLoadTest, OversizedFileIsReportedWithoutPosition)
{
    test::TempDir dir;
    writeFile(dir / "huge.json", std::string(kMaxPackFileBytes + 1, ' '));
    std::vector<PackProblem> problems;
    auto packs = loadPromptPacks(dir.path(), problems);
    ASSERT_TRUE(packs.has_value());
    EXPECT_TRUE(packs->empty());
    ASSERT_EQ(problems.size(), 1U);
    EXPECT_EQ(problems[0].describe(), "huge.json: is larger than 1048576 bytes");
}

TEST(PromptPackLoadTest, MissingDirectoryIsAnIoError)
{
    test::TempDir dir;
    std::vector<PackProblem> problems;
    auto packs = loadPromptPacks(dir / "nowhere", problems);
    ASSERT_FALSE(packs.has_value());
    EXPECT_EQ(packs.error().code, ErrorCode::IoError);
}
