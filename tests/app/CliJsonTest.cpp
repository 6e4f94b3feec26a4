// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "CliTestSupport.h"
#include "cli/Json.h"

#include <gtest/gtest.h>

namespace twofold::test {
namespace {

using cli::jsonString;

std::string decoded(const std::string& literal)
{
    const auto value = parseJson(literal);
    EXPECT_TRUE(value.has_value()) << literal;
    return value ? value->string : std::string();
}

TEST(CliJsonTest, EscapesQuotesBackslashesAndControlCharacters)
{
    EXPECT_EQ(jsonString("plain"), "\"plain\"");
    EXPECT_EQ(jsonString("say \"hi\" \\ there"), "\"say \\\"hi\\\" \\\\ there\"");
    EXPECT_EQ(jsonString("a\nb\tc\rd\be\ff"), "\"a\\nb\\tc\\rd\\be\\ff\"");
    EXPECT_EQ(jsonString(std::string("nul\0x\x01\x1f\x7f", 8)), "\"nul\\u0000x\\u0001\\u001f\\u007f\"");
}

TEST(CliJsonTest, PassesValidUtf8ThroughUnchanged)
{
    const std::string text = "يا روحي 🫶 naïve 日本 ❄️";
    EXPECT_EQ(jsonString(text), "\"" + text + "\"");
    EXPECT_EQ(decoded(jsonString(text)), text);
}

TEST(CliJsonTest, ReplacesInvalidUtf8SoTheOutputAlwaysParses)
{
    for (const std::string& bad :
         {std::string("\xff"), std::string("a\xc3"), std::string("\xc0\xaf"), std::string("\xed\xa0\x80"),
          std::string("\xf4\x90\x80\x80"), std::string("\xe2\x82"), std::string("ok\x80ok")}) {
        const std::string literal = jsonString(bad);
        EXPECT_TRUE(isValidUtf8(literal)) << literal;
        EXPECT_NE(decoded(literal).find("\xEF\xBF\xBD"), std::string::npos) << literal;
    }
}

TEST(CliJsonTest, EscapesJavaScriptLineSeparators)
{
    EXPECT_EQ(jsonString("a\xE2\x80\xA8"
                         "b\xE2\x80\xA9"),
              "\"a\\u2028b\\u2029\"");
}

TEST(CliJsonTest, RoundTripsEveryByteValueThatIsText)
{
    std::string all;
    for (int c = 1; c < 0x80; ++c) {
        all += static_cast<char>(c);
    }
    EXPECT_EQ(decoded(jsonString(all)), all);
}

} // namespace
} // namespace twofold::test
