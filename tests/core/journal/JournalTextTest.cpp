// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Tests of the journal's text helpers (core/journal/detail): preview lines, tags,
// query parsing, snippets and UTF-8 cutting.
#include "journal/detail/EntryText.h"
#include "journal/detail/SearchText.h"
#include "journal/detail/Utf8.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

using namespace twofold::detail;

namespace {

std::vector<std::string> marked(const Snippet& snippet)
{
    std::vector<std::string> out;
    for (const auto& [first, last] : snippet.highlights) {
        out.push_back(snippet.text.substr(first, last - first));
    }
    return out;
}

} // namespace

TEST(JournalTextTest, FirstLineSkipsBlankLinesAndMarkdownMarkers)
{
    EXPECT_EQ(firstLine(""), "");
    EXPECT_EQ(firstLine("\n\n   \n"), "");
    EXPECT_EQ(firstLine("# Heading"), "Heading");
    EXPECT_EQ(firstLine("\n\n###   Deep heading  \nnext"), "Deep heading");
    EXPECT_EQ(firstLine("> > quoted"), "quoted");
    EXPECT_EQ(firstLine("- item"), "item");
    EXPECT_EQ(firstLine("* star item"), "star item");
    EXPECT_EQ(firstLine("- [x] done task"), "done task");
    EXPECT_EQ(firstLine("---\n#\n> \nreal text\r\n"), "real text");
    EXPECT_EQ(firstLine("-5 degrees outside"), "-5 degrees outside");
    EXPECT_EQ(firstLine("  plain line  \nsecond"), "plain line");
}

TEST(JournalTextTest, FirstLineIsAtMost160BytesAndNeverSplitsACharacter)
{
    const std::string hebrew = [] {
        std::string s;
        for (int i = 0; i < 60; ++i) {
            s += "אב";
        }
        return s;
    }();
    const std::string line = firstLine(hebrew);
    EXPECT_LE(line.size(), kFirstLineMaxBytes);
    EXPECT_TRUE(isValidUtf8(line));
    EXPECT_TRUE(line.ends_with("\u2026"));

    std::string exact(160, 'a');
    EXPECT_EQ(firstLine(exact), exact);
    EXPECT_EQ(firstLine(exact + "b").size(), 157u + 3u);
}

TEST(JournalTextTest, CutKeepsCombiningMarksAndEmojiSequencesWhole)
{
    // e + combining acute: cutting between them would strip the accent.
    const std::string accented = "ab"
                                 "e\xCC\x81";
    EXPECT_EQ(cutAtBoundary(accented, 3), "ab");
    const std::string family = "x👨‍👩‍👧";
    for (std::size_t max = 1; max < family.size(); ++max) {
        EXPECT_EQ(cutAtBoundary(family, max), "x") << max;
    }
    EXPECT_EQ(cutAtBoundary(family, family.size()), family);
    EXPECT_EQ(cutAtBoundary("שלום", 3), "ש"); // 2-byte letters: never half of one
}

TEST(JournalTextTest, Utf8ValidationRejectsMalformedSequences)
{
    EXPECT_TRUE(isValidUtf8("plain ascii"));
    EXPECT_TRUE(isValidUtf8("שלום 🙂 café"));
    EXPECT_FALSE(isValidUtf8("\xC3"));
    EXPECT_FALSE(isValidUtf8("\xC0\xAF"));         // overlong
    EXPECT_FALSE(isValidUtf8("\xED\xA0\x80"));     // surrogate
    EXPECT_FALSE(isValidUtf8("\xF4\x90\x80\x80")); // beyond U+10FFFF
    EXPECT_FALSE(isValidUtf8("\x80"));
}

TEST(JournalTextTest, FoldingIgnoresCaseAndDiacritics)
{
    EXPECT_EQ(foldCase("ÜBER Straße ΑΒΓ ПРИВЕТ"), "über straße αβγ привет");
    EXPECT_EQ(foldForSearch("Café ÉCOLE Ångström"), "cafe ecole angstrom");
    EXPECT_EQ(foldForSearch("e\xCC\x81t\xC3\xA9"), "ete");
    EXPECT_EQ(foldForSearch("שלום"), "שלום");
}

TEST(JournalTextTest, TagsNormalisationTrimsDeduplicatesAndKeepsOrder)
{
    EXPECT_EQ(normalizeTags({" b ", "A", "", "a", "B", "c\u00A0", "\u00A0", "x \n y"}),
              (std::vector<std::string>{"b", "A", "c", "x y"}));
}

TEST(JournalTextTest, DraftTagListRoundTripsAnyText)
{
    const std::vector<std::string> tags = {"", "a:b", "12:34", " spaced ", "שלום", "\n"};
    auto decoded = decodeTagList(encodeTagList(tags));
    ASSERT_TRUE(decoded.has_value());
    EXPECT_EQ(*decoded, tags);
    EXPECT_EQ(decodeTagList(""), std::vector<std::string>{});
    EXPECT_FALSE(decodeTagList("5:ab").has_value());
    EXPECT_FALSE(decodeTagList("x:ab").has_value());
    EXPECT_FALSE(decodeTagList("abc").has_value());
}

TEST(JournalTextTest, QueryBecomesQuotedPhrasesWithAPrefixOnTheLast)
{
    EXPECT_EQ(parseSearchQuery("hello world").matchExpression, "\"hello\" \"world\"*");
    EXPECT_EQ(parseSearchQuery("  AND (  ").matchExpression, "\"AND\"*");
    EXPECT_EQ(parseSearchQuery("say \"hi\"").matchExpression, "\"say\" \"\"\"hi\"\"\"*");
    EXPECT_EQ(parseSearchQuery("NEAR(a").matchExpression, "\"NEAR(a\"*");
    EXPECT_TRUE(parseSearchQuery("\" ( ) * : ^ -").empty());
    EXPECT_TRUE(parseSearchQuery("").empty());
    EXPECT_TRUE(parseSearchQuery("🎉 🙂").empty());
    EXPECT_EQ(parseSearchQuery("Café don't").terms, (std::vector<std::string>{"cafe", "don", "t"}));
}

TEST(JournalTextTest, SnippetMarksEveryMatchInTheWindow)
{
    const auto query = parseSearchQuery("love gard");
    const Snippet s = buildSnippet("# We\n\nLove the *garden*, love it. Gardens!", query);
    EXPECT_EQ(s.text, "We Love the garden, love it. Gardens!");
    EXPECT_EQ(marked(s), (std::vector<std::string>{"Love", "garden", "love", "Gardens"}));
}

TEST(JournalTextTest, SnippetWindowHasEllipsesOnlyWhereCut)
{
    std::string text;
    for (int i = 0; i < 100; ++i) {
        text += "w" + std::to_string(i) + " ";
    }
    const Snippet s = buildSnippet(text, parseSearchQuery("w50"), 30);
    EXPECT_EQ(s.text.substr(0, 3), "\u2026");
    EXPECT_TRUE(s.text.ends_with("\u2026"));
    EXPECT_NE(s.text.find("w40 "), std::string::npos);
    EXPECT_EQ(s.text.find("w39 "), std::string::npos);
    EXPECT_NE(s.text.find("w69"), std::string::npos);
    EXPECT_EQ(s.text.find("w70"), std::string::npos);
    EXPECT_EQ(marked(s), std::vector<std::string>{"w50"});

    const Snippet start = buildSnippet("w1 w2 match w3", parseSearchQuery("match"), 30);
    EXPECT_EQ(start.text, "w1 w2 match w3");
}

TEST(JournalTextTest, SnippetOfRightToLeftTextMarksWholeWords)
{
    const std::string text = "مرحبا بالعالم، كيف حالك؟ שלום, עולם!";
    const Snippet s = buildSnippet(text, parseSearchQuery("حالك עולם"));
    EXPECT_EQ(s.text, text);
    EXPECT_EQ(marked(s), (std::vector<std::string>{"حالك", "עולם"}));
    EXPECT_TRUE(isValidUtf8(s.text));
}

TEST(JournalTextTest, SnippetOfEmptyTextIsEmpty)
{
    const Snippet s = buildSnippet("", parseSearchQuery("x"));
    EXPECT_TRUE(s.text.empty());
    EXPECT_TRUE(s.highlights.empty());
    EXPECT_TRUE(buildSnippet("🎉 🎉", parseSearchQuery("x")).text.empty());
}
