// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "common/Json.h"

#include <utility>

// json::Value and its accessors; where a byte offset is in the text.
namespace twofold::json {

// Order must match the variant in Value.
static_assert(static_cast<int>(Value::Type::Object) == 5);

Value::Value() = default;
Value::Value(std::nullptr_t, std::size_t offset) : m_data(nullptr), m_offset(offset) {}
Value::Value(bool b, std::size_t offset) : m_data(b), m_offset(offset) {}
Value::Value(Number n, std::size_t offset) : m_data(n), m_offset(offset) {}
Value::Value(std::string s, std::size_t offset) : m_data(std::move(s)), m_offset(offset) {}
Value::Value(Array a, std::size_t offset) : m_data(std::move(a)), m_offset(offset) {}
Value::Value(Object o, std::size_t offset) : m_data(std::move(o)), m_offset(offset) {}
Value::~Value() = default;
Value::Value(const Value&) = default;
Value::Value(Value&&) noexcept = default;
Value& Value::operator=(const Value&) = default;
Value& Value::operator=(Value&&) noexcept = default;

Value::Type Value::type() const
{
    return static_cast<Type>(m_data.index());
}

const bool* Value::ifBool() const
{
    return std::get_if<bool>(&m_data);
}

const Value::Number* Value::ifNumber() const
{
    return std::get_if<Number>(&m_data);
}

const std::string* Value::ifString() const
{
    return std::get_if<std::string>(&m_data);
}

const Value::Array* Value::ifArray() const
{
    return std::get_if<Array>(&m_data);
}

const Value::Object* Value::ifObject() const
{
    return std::get_if<Object>(&m_data);
}

const Value* Value::find(std::string_view key) const
{
    const Object* object = ifObject();
    if (object == nullptr) {
        return nullptr;
    }
    for (const Member& member : *object) {
        if (member.key == key) {
            return &member.value;
        }
    }
    return nullptr;
}

std::string_view typeName(Value::Type type)
{
    switch (type) {
    case Value::Type::Null:
        return "null";
    case Value::Type::Bool:
        return "boolean";
    case Value::Type::Number:
        return "number";
    case Value::Type::String:
        return "string";
    case Value::Type::Array:
        return "array";
    case Value::Type::Object:
        return "object";
    }
    return "unknown";
}

Position locate(std::string_view text, std::size_t offset)
{
    Position position;
    const std::size_t end = offset < text.size() ? offset : text.size();
    for (std::size_t i = 0; i < end; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            // Continuation bytes belong to the character before them.
            ++position.column;
        }
    }
    return position;
}

} // namespace twofold::json
