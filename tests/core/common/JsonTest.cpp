// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "common/Json.h"

#include "common/JsonWriter.h"

#include <string>
#include <string_view>

#include <gtest/gtest.h>

using namespace twofold;

namespace {

// The error of a parse that must fail; fails the test if it succeeded.
json::ParseError parseError(std::string_view text)
{
    auto result = json::parse(text);
    EXPECT_FALSE(result.has_value()) << "parsed: " << text;
    return result ? json::ParseError{} : result.error();
}

std::string parseString(std::string_view text)
{
    auto result = json::parse(text);
    EXPECT_TRUE(result.has_value()) << (result ? "" : result.error().message);
    if (!result || result->ifString() == nullptr) {
        return "<not a string>";
    }
    return *result->ifString();
}

} // namespace

TEST(JsonTest, ParsesEveryKindOfValue)
{
    auto value = json::parse(R"( {"n": null, "t": true, "f": false, "i": -42, "d": 2.5e1, "s": "hi",
                                   "a": [1, [2], {}], "o": {"k": "v"}} )");
    ASSERT_TRUE(value.has_value()) << value.error().message;
    ASSERT_EQ(value->type(), json::Value::Type::Object);
    EXPECT_TRUE(value->find("n")->isNull());
    EXPECT_TRUE(*value->find("t")->ifBool());
    EXPECT_FALSE(*value->find("f")->ifBool());
    EXPECT_EQ(value->find("i")->ifNumber()->integer, -42);
    EXPECT_DOUBLE_EQ(value->find("d")->ifNumber()->value, 25.0);
    EXPECT_FALSE(value->find("d")->ifNumber()->integer.has_value());
    EXPECT_EQ(*value->find("s")->ifString(), "hi");
    ASSERT_NE(value->find("a")->ifArray(), nullptr);
    EXPECT_EQ(value->find("a")->ifArray()->size(), 3U);
    EXPECT_EQ(*value->find("o")->find("k")->ifString(), "v");
    EXPECT_EQ(value->find("missing"), nullptr);
    EXPECT_EQ(value->find("s")->find("s"), nullptr); // find on a non-object
}

TEST(JsonTest, KeepsMembersInDocumentOrder)
{
    auto value = json::parse(R"({"b": 1, "a": 2, "c": 3})");
    ASSERT_TRUE(value.has_value());
    const auto& members = *value->ifObject();
    ASSERT_EQ(members.size(), 3U);
    EXPECT_EQ(members[0].key, "b");
    EXPECT_EQ(members[1].key, "a");
    EXPECT_EQ(members[2].key, "c");
}

TEST(JsonTest, LargeIntegersStayExact)
{
    auto value = json::parse("[9007199254740993, -9223372036854775808, 9223372036854775808]");
    ASSERT_TRUE(value.has_value());
    const auto& items = *value->ifArray();
    EXPECT_EQ(items[0].ifNumber()->integer, 9007199254740993LL);
    EXPECT_EQ(items[1].ifNumber()->integer, INT64_MIN);
    // Too large for int64: still a number, but not an exact integer.
    EXPECT_FALSE(items[2].ifNumber()->integer.has_value());
    EXPECT_DOUBLE_EQ(items[2].ifNumber()->value, 9223372036854775808.0);
}

TEST(JsonTest, RejectsMalformedNumbers)
{
    for (std::string_view bad :
         {"01", "-", "1.", ".5", "1e", "1e+", "+1", "0x10", "NaN", "Infinity", "-Infinity", "1.5.2", "--1"}) {
        EXPECT_FALSE(json::parse(bad).has_value()) << bad;
    }
    EXPECT_EQ(parseError("1e999").message, "number out of range");
}

TEST(JsonTest, DecodesEscapes)
{
    EXPECT_EQ(parseString(R"("a\"b\\c\/d\b\f\n\r\t")"), "a\"b\\c/d\b\f\n\r\t");
    EXPECT_EQ(parseString(R"("\u00e9\u4E2D")"), "\u00e9\u4e2d");
    EXPECT_EQ(parseString(R"("\u0000")"), std::string(1, '\0'));
}

TEST(JsonTest, DecodesSurrogatePairs)
{
    EXPECT_EQ(parseString(R"("\ud83d\ude00")"), "\U0001F600");
    EXPECT_EQ(parseString(R"("\uDBFF\uDFFF")"), "\U0010FFFF");
}

TEST(JsonTest, RejectsBadEscapes)
{
    EXPECT_EQ(parseError(R"("\x")").message, "invalid escape sequence");
    EXPECT_EQ(parseError(R"("\u12")").message, "\\u must be followed by four hex digits");
    EXPECT_EQ(parseError(R"("\u12G4")").message, "\\u must be followed by four hex digits");
    EXPECT_EQ(parseError(R"("\ud83d")").message, "high surrogate not followed by a low surrogate");
    EXPECT_EQ(parseError(R"("\ud83dx")").message, "high surrogate not followed by a low surrogate");
    EXPECT_EQ(parseError(R"("\ud83d\u0041")").message, "high surrogate not followed by a low surrogate");
    EXPECT_EQ(parseError(R"("\ude00")").message, "lone low surrogate in \\u escape");
    EXPECT_EQ(parseError("\"\\").message, "unterminated escape sequence");
}

TEST(JsonTest, AcceptsValidUtf8)
{
    EXPECT_EQ(parseString("\"caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x92\x9B\""), "caf\u00e9 \u2014 \U0001F49B");
}

TEST(JsonTest, RejectsInvalidUtf8)
{
    for (std::string_view bad : {
             "\"\x80\"",             // lone continuation byte
             "\"\xC0\xAF\"",         // overlong '/'
             "\"\xE0\x80\xAF\"",     // overlong, three bytes
             "\"\xED\xA0\x80\"",     // UTF-16 surrogate encoded in UTF-8
             "\"\xF4\x90\x80\x80\"", // above U+10FFFF
             "\"\xF5\x80\x80\x80\"", // invalid lead byte
             "\"\xC3\"",             // truncated
             "\"\xE2\x82\"",         // truncated
             "\"\xFF\"",
         }) {
        EXPECT_EQ(parseError(bad).message, "invalid UTF-8");
    }
}

TEST(JsonTest, RejectsRawControlCharactersInStrings)
{
    EXPECT_EQ(parseError("\"a\nb\"").message, "control character in string (it must be escaped)");
    EXPECT_EQ(parseError(std::string_view("\"a\0b\"", 5)).message,
              "control character in string (it must be escaped)");
}

TEST(JsonTest, RejectsTrailingGarbage)
{
    EXPECT_EQ(parseError("{} x").message, "unexpected characters after the value");
    EXPECT_EQ(parseError("[1] [2]").message, "unexpected characters after the value");
    EXPECT_EQ(parseError("truex").message, "unexpected characters after the value");
    EXPECT_EQ(parseError(std::string_view("1\0", 2)).message, "unexpected characters after the value");
}

TEST(JsonTest, RejectsStructuralErrors)
{
    EXPECT_EQ(parseError("").message, "unexpected end of input, expected a value");
    EXPECT_EQ(parseError("   ").message, "unexpected end of input, expected a value");
    EXPECT_EQ(parseError("[1,]").message, "unexpected character, expected a value");
    EXPECT_EQ(parseError(R"({"a":1,})").message, "expected a string key");
    EXPECT_EQ(parseError(R"({a:1})").message, "expected a string key");
    EXPECT_EQ(parseError(R"({"a" 1})").message, "expected ':' after a key");
    EXPECT_EQ(parseError(R"({"a":1 "b":2})").message, "expected ',' or '}'");
    EXPECT_EQ(parseError("[1 2]").message, "expected ',' or ']'");
    EXPECT_EQ(parseError(R"({"a":1)").message, "unexpected end of input in an object");
    EXPECT_EQ(parseError("[1").message, "unexpected end of input in an array");
    EXPECT_EQ(parseError(R"("abc)").message, "unterminated string");
    EXPECT_EQ(parseError("tru").message, "unexpected character, expected a value");
    EXPECT_EQ(parseError("// comment\n{}").message, "unexpected character, expected a value");
}

TEST(JsonTest, RejectsDuplicateKeys)
{
    const auto e = parseError(R"({"a": 1, "a": 2})");
    EXPECT_EQ(e.message, "duplicate key in object");
    EXPECT_EQ(e.position.column, 10U);
}

TEST(JsonTest, LimitsNestingDepth)
{
    const std::string ok = std::string(64, '[') + std::string(64, ']');
    EXPECT_TRUE(json::parse(ok).has_value());

    const std::string tooDeep = std::string(65, '[') + std::string(65, ']');
    const auto e = parseError(tooDeep);
    EXPECT_EQ(e.message, "nesting deeper than 64 levels");
    EXPECT_EQ(e.position.column, 65U);

    // Far deeper than any stack could recurse: refused quickly, no crash.
    EXPECT_FALSE(json::parse(std::string(1'000'000, '[')).has_value());
    std::string objects;
    for (int i = 0; i < 100'000; ++i) {
        objects += R"({"a":)";
    }
    EXPECT_FALSE(json::parse(objects).has_value());

    json::ParseOptions shallow;
    shallow.maxDepth = 2;
    EXPECT_TRUE(json::parse("[[1]]", shallow).has_value());
    EXPECT_FALSE(json::parse("[[[1]]]", shallow).has_value());
}

TEST(JsonTest, ReportsLineAndColumnInCharacters)
{
    const auto e = parseError("{\n  \"a\": 1,\n  \"\xC3\xA9\xC3\xA9\": tru\n}");
    EXPECT_EQ(e.message, "unexpected character, expected a value");
    EXPECT_EQ(e.position.line, 3U);
    EXPECT_EQ(e.position.column, 9U); // two-byte characters count once
    EXPECT_EQ(e.offset, 22U);
}

TEST(JsonTest, ValuesRememberWhereTheyStart)
{
    const std::string_view text = "{\n  \"a\": [true,\n    \"x\"]\n}";
    auto value = json::parse(text);
    ASSERT_TRUE(value.has_value());
    const auto& items = *value->find("a")->ifArray();
    const json::Position position = json::locate(text, items[1].offset());
    EXPECT_EQ(position.line, 3U);
    EXPECT_EQ(position.column, 5U);
    EXPECT_EQ(value->ifObject()->front().keyOffset, 4U);
}

TEST(JsonTest, SkipsALeadingByteOrderMarkOnly)
{
    EXPECT_TRUE(json::parse("\xEF\xBB\xBF{}").has_value());
    EXPECT_FALSE(json::parse("{}\xEF\xBB\xBF").has_value());
    EXPECT_FALSE(json::parse("\xEF\xBB{}").has_value());
}

TEST(JsonTest, EveryTruncationOfADocumentFailsCleanly)
{
    const std::string_view text =
        R"({"id": "x", "list": [1, -2.5e3, true, null, "\u00e9\ud83d\ude00"], "o": {}})";
    ASSERT_TRUE(json::parse(text).has_value());
    for (std::size_t length = 0; length < text.size(); ++length) {
        auto result = json::parse(text.substr(0, length));
        EXPECT_FALSE(result.has_value()) << length;
        if (!result) {
            EXPECT_LE(result.error().offset, length);
        }
    }
}

// What a terminal would act on is written as \uXXXX (C0 and DEL already were; C1
// controls and bidi overrides too), so JSON printed on a terminal cannot drive it,
// and the value read back is exactly the text.
TEST(JsonWriterTest, EscapesTerminalControlsAndBidiOverridesExactly)
{
    const std::string text = "\x1b[2J\x7f \xc2\x9b \xc2\x85 \xe2\x80\xaa\xe2\x80\xae "
                             "\xe2\x81\xa6\xe2\x81\xa9 \xc2\xa0\xe2\x80\xaf";
    const std::string written = json::jsonString(text);
    EXPECT_EQ(written,
              "\"\\u001b[2J\\u007f \\u009b \\u0085 \\u202a\\u202e \\u2066\\u2069 \xc2\xa0\xe2\x80\xaf\"");
    EXPECT_EQ(parseString(written), text);
}
