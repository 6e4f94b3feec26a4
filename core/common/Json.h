// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <cstddef>
#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

// A small, strict JSON reader (RFC 8259) for prompt packs and, later, import files.
// Strict means: no comments, no trailing commas, no NaN/Infinity, no duplicate keys
// in an object, no raw control characters or invalid UTF-8 in strings, no lone
// surrogates in \u escapes, nothing but whitespace after the value. The one leniency
// is a leading UTF-8 byte order mark, which some editors add. Input is untrusted:
// every malformed text yields a ParseError, never undefined behaviour, and nesting
// is bounded so recursion cannot exhaust the stack.
namespace twofold::json {

// Where something is in the text: 1-based line, and 1-based column counted in
// Unicode code points (what an editor shows), not bytes.
struct Position
{
    std::size_t line = 1;
    std::size_t column = 1;
};

// The position of a byte offset inside text. Offsets past the end give the position
// just after the last character.
Position locate(std::string_view text, std::size_t offset);

struct ParseError
{
    std::size_t offset = 0; // byte offset into the text
    Position position;
    std::string message; // never quotes the text itself, so it is safe to log
};

struct ParseOptions
{
    std::size_t maxDepth = 64; // arrays and objects nested deeper than this are refused
};

class Value;

struct Member;

class Value
{
public:
    enum class Type
    {
        Null,
        Bool,
        Number,
        String,
        Array,
        Object,
    };

    struct Number
    {
        double value = 0.0;
        // Set when the literal had no fraction or exponent and fits in 64 bits, so
        // integers such as timestamps survive exactly.
        std::optional<std::int64_t> integer;
    };

    using Array = std::vector<Value>;
    using Object = std::vector<Member>; // in document order; keys are unique

    Value();
    Value(std::nullptr_t, std::size_t offset);
    Value(bool b, std::size_t offset);
    Value(Number n, std::size_t offset);
    Value(std::string s, std::size_t offset);
    Value(Array a, std::size_t offset);
    Value(Object o, std::size_t offset);
    ~Value();
    Value(const Value&);
    Value(Value&&) noexcept;
    Value& operator=(const Value&);
    Value& operator=(Value&&) noexcept;

    Type type() const;
    // Byte offset of the value's first character in the text it was parsed from;
    // pass it to locate() to report a problem with this value.
    std::size_t offset() const { return m_offset; }

    bool isNull() const { return type() == Type::Null; }
    // Each returns nullptr when the value is of another type.
    const bool* ifBool() const;
    const Number* ifNumber() const;
    const std::string* ifString() const;
    const Array* ifArray() const;
    const Object* ifObject() const;

    // The member named key of an object; nullptr if absent or if this is no object.
    const Value* find(std::string_view key) const;

private:
    std::variant<std::nullptr_t, bool, Number, std::string, Array, Object> m_data;
    std::size_t m_offset = 0;
};

struct Member
{
    std::string key;
    Value value;
    std::size_t keyOffset = 0; // byte offset of the key's opening quote
};

std::expected<Value, ParseError> parse(std::string_view text, const ParseOptions& options = {});

// "Array", "Object", ... for messages.
std::string_view typeName(Value::Type type);

} // namespace twofold::json
