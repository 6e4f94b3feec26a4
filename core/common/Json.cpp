// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "common/Json.h"

#include "common/Propagate.h"

#include <charconv>
#include <string>
#include <system_error>
#include <unordered_set>
#include <utility>

// json::parse: the strict reader Json.h describes.
namespace twofold::json {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

void appendUtf8(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

class Parser
{
public:
    Parser(std::string_view text, const ParseOptions& options) : m_text(text), m_options(options) {}

    std::expected<Value, ParseError> run()
    {
        if (m_text.starts_with("\xEF\xBB\xBF")) {
            m_pos = 3;
        }
        skipWhitespace();
        auto value = parseValue(0);
        if (!value) {
            return value;
        }
        skipWhitespace();
        if (m_pos != m_text.size()) {
            return error(m_pos, "unexpected characters after the value");
        }
        return value;
    }

private:
    using Expected = std::expected<Value, ParseError>;

    std::unexpected<ParseError> error(std::size_t at, std::string message) const
    {
        return std::unexpected(ParseError{at, locate(m_text, at), std::move(message)});
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return m_text[m_pos]; } // only when !atEnd()

    void skipWhitespace()
    {
        while (!atEnd()) {
            const char c = peek();
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            ++m_pos;
        }
    }

    Expected parseValue(std::size_t depth)
    {
        if (atEnd()) {
            return error(m_pos, "unexpected end of input, expected a value");
        }
        switch (peek()) {
        case '{':
            return parseObject(depth + 1);
        case '[':
            return parseArray(depth + 1);
        case '"': {
            const std::size_t start = m_pos;
            auto s = parseString();
            if (!s) {
                return propagate(std::move(s));
            }
            return Value(std::move(*s), start);
        }
        case 't':
            return parseLiteral("true", Value(true, m_pos));
        case 'f':
            return parseLiteral("false", Value(false, m_pos));
        case 'n':
            return parseLiteral("null", Value(nullptr, m_pos));
        default:
            if (peek() == '-' || isDigit(peek())) {
                return parseNumber();
            }
            return error(m_pos, "unexpected character, expected a value");
        }
    }

    Expected parseLiteral(std::string_view word, Value value)
    {
        if (m_text.substr(m_pos, word.size()) != word) {
            return error(m_pos, "unexpected character, expected a value");
        }
        m_pos += word.size();
        return value;
    }

    Expected parseObject(std::size_t depth)
    {
        const std::size_t start = m_pos;
        if (depth > m_options.maxDepth) {
            return error(start, "nesting deeper than " + std::to_string(m_options.maxDepth) + " levels");
        }
        ++m_pos; // '{'
        Value::Object members;
        std::unordered_set<std::string> keys;
        skipWhitespace();
        if (!atEnd() && peek() == '}') {
            ++m_pos;
            return Value(std::move(members), start);
        }
        while (true) {
            skipWhitespace();
            if (atEnd()) {
                return error(m_pos, "unexpected end of input in an object");
            }
            if (peek() != '"') {
                return error(m_pos, "expected a string key");
            }
            const std::size_t keyStart = m_pos;
            auto key = parseString();
            if (!key) {
                return propagate(std::move(key));
            }
            if (!keys.insert(*key).second) {
                return error(keyStart, "duplicate key in object");
            }
            skipWhitespace();
            if (atEnd() || peek() != ':') {
                return error(m_pos, "expected ':' after a key");
            }
            ++m_pos;
            skipWhitespace();
            auto value = parseValue(depth);
            if (!value) {
                return value;
            }
            members.push_back(Member{std::move(*key), std::move(*value), keyStart});
            skipWhitespace();
            if (atEnd()) {
                return error(m_pos, "unexpected end of input in an object");
            }
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == '}') {
                ++m_pos;
                return Value(std::move(members), start);
            }
            return error(m_pos, "expected ',' or '}'");
        }
    }

    Expected parseArray(std::size_t depth)
    {
        const std::size_t start = m_pos;
        if (depth > m_options.maxDepth) {
            return error(start, "nesting deeper than " + std::to_string(m_options.maxDepth) + " levels");
        }
        ++m_pos; // '['
        Value::Array elements;
        skipWhitespace();
        if (!atEnd() && peek() == ']') {
            ++m_pos;
            return Value(std::move(elements), start);
        }
        while (true) {
            skipWhitespace();
            auto value = parseValue(depth);
            if (!value) {
                return value;
            }
            elements.push_back(std::move(*value));
            skipWhitespace();
            if (atEnd()) {
                return error(m_pos, "unexpected end of input in an array");
            }
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == ']') {
                ++m_pos;
                return Value(std::move(elements), start);
            }
            return error(m_pos, "expected ',' or ']'");
        }
    }

    // Four hex digits at m_pos; -1 if they are not there.
    long readHex4()
    {
        if (m_text.size() - m_pos < 4) {
            return -1;
        }
        long value = 0;
        for (std::size_t i = 0; i < 4; ++i) {
            const int digit = hexValue(m_text[m_pos + i]);
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        m_pos += 4;
        return value;
    }

    std::expected<void, ParseError> parseEscape(std::string& out)
    {
        const std::size_t escapeStart = m_pos;
        ++m_pos; // '\\'
        if (atEnd()) {
            return error(escapeStart, "unterminated escape sequence");
        }
        const char c = peek();
        ++m_pos;
        switch (c) {
        case '"':
            out.push_back('"');
            return {};
        case '\\':
            out.push_back('\\');
            return {};
        case '/':
            out.push_back('/');
            return {};
        case 'b':
            out.push_back('\b');
            return {};
        case 'f':
            out.push_back('\f');
            return {};
        case 'n':
            out.push_back('\n');
            return {};
        case 'r':
            out.push_back('\r');
            return {};
        case 't':
            out.push_back('\t');
            return {};
        case 'u':
            break;
        default:
            return error(escapeStart, "invalid escape sequence");
        }
        const long unit = readHex4();
        if (unit < 0) {
            return error(escapeStart, "\\u must be followed by four hex digits");
        }
        if (unit >= 0xDC00 && unit <= 0xDFFF) {
            return error(escapeStart, "lone low surrogate in \\u escape");
        }
        if (unit < 0xD800 || unit > 0xDBFF) {
            appendUtf8(out, static_cast<char32_t>(unit));
            return {};
        }
        // A high surrogate must be followed at once by an escaped low surrogate.
        if (m_text.substr(m_pos, 2) != "\\u") {
            return error(escapeStart, "high surrogate not followed by a low surrogate");
        }
        m_pos += 2;
        const long low = readHex4();
        if (low < 0xDC00 || low > 0xDFFF) {
            return error(escapeStart, "high surrogate not followed by a low surrogate");
        }
        appendUtf8(out, static_cast<char32_t>(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)));
        return {};
    }

    // Validates one UTF-8 encoded character at m_pos (RFC 3629: no overlong forms, no
    // surrogates, nothing above U+10FFFF) and copies it to out.
    std::expected<void, ParseError> copyUtf8(std::string& out)
    {
        const std::size_t start = m_pos;
        const auto lead = static_cast<unsigned char>(m_text[start]);
        std::size_t length = 0;
        unsigned char secondMin = 0x80;
        unsigned char secondMax = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0) {
                secondMin = 0xA0; // overlong
            } else if (lead == 0xED) {
                secondMax = 0x9F; // UTF-16 surrogates
            }
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0) {
                secondMin = 0x90; // overlong
            } else if (lead == 0xF4) {
                secondMax = 0x8F; // above U+10FFFF
            }
        } else {
            return error(start, "invalid UTF-8");
        }
        if (m_text.size() - start < length) {
            return error(start, "invalid UTF-8");
        }
        for (std::size_t i = 1; i < length; ++i) {
            const auto byte = static_cast<unsigned char>(m_text[start + i]);
            const unsigned char min = i == 1 ? secondMin : 0x80;
            const unsigned char max = i == 1 ? secondMax : 0xBF;
            if (byte < min || byte > max) {
                return error(start, "invalid UTF-8");
            }
        }
        out.append(m_text.substr(start, length));
        m_pos += length;
        return {};
    }

    std::expected<std::string, ParseError> parseString()
    {
        const std::size_t start = m_pos;
        ++m_pos; // '"'
        std::string out;
        while (true) {
            if (atEnd()) {
                return error(start, "unterminated string");
            }
            const auto byte = static_cast<unsigned char>(peek());
            if (byte == '"') {
                ++m_pos;
                return out;
            }
            if (byte == '\\') {
                if (auto escaped = parseEscape(out); !escaped) {
                    return propagate(std::move(escaped));
                }
            } else if (byte < 0x20) {
                return error(m_pos, "control character in string (it must be escaped)");
            } else if (byte < 0x80) {
                out.push_back(static_cast<char>(byte));
                ++m_pos;
            } else if (auto copied = copyUtf8(out); !copied) {
                return propagate(std::move(copied));
            }
        }
    }

    Expected parseNumber()
    {
        const std::size_t start = m_pos;
        bool isInteger = true;
        if (peek() == '-') {
            ++m_pos;
        }
        if (atEnd() || !isDigit(peek())) {
            return error(start, "invalid number");
        }
        if (peek() == '0') {
            ++m_pos;
            if (!atEnd() && isDigit(peek())) {
                return error(start, "leading zero in number");
            }
        } else {
            while (!atEnd() && isDigit(peek())) {
                ++m_pos;
            }
        }
        if (!atEnd() && peek() == '.') {
            isInteger = false;
            ++m_pos;
            if (atEnd() || !isDigit(peek())) {
                return error(start, "invalid number: digits must follow '.'");
            }
            while (!atEnd() && isDigit(peek())) {
                ++m_pos;
            }
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            isInteger = false;
            ++m_pos;
            if (!atEnd() && (peek() == '+' || peek() == '-')) {
                ++m_pos;
            }
            if (atEnd() || !isDigit(peek())) {
                return error(start, "invalid number: digits must follow the exponent");
            }
            while (!atEnd() && isDigit(peek())) {
                ++m_pos;
            }
        }
        const std::string_view lexeme = m_text.substr(start, m_pos - start);
        const char* first = lexeme.data();
        const char* last = lexeme.data() + lexeme.size();

        Value::Number number;
        const auto parsed = std::from_chars(first, last, number.value);
        if (parsed.ec == std::errc::result_out_of_range) {
            return error(start, "number out of range");
        }
        if (parsed.ec != std::errc() || parsed.ptr != last) {
            return error(start, "invalid number");
        }
        if (isInteger) {
            std::int64_t integer = 0;
            const auto exact = std::from_chars(first, last, integer);
            if (exact.ec == std::errc() && exact.ptr == last) {
                number.integer = integer;
            }
        }
        return Value(number, start);
    }

    std::string_view m_text;
    const ParseOptions& m_options;
    std::size_t m_pos = 0;
};

} // namespace

std::expected<Value, ParseError> parse(std::string_view text, const ParseOptions& options)
{
    return Parser(text, options).run();
}

} // namespace twofold::json
