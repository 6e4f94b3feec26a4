// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// The strict JSON reader on arbitrary bytes: never undefined behaviour, bounded
// recursion, and an error offset that lies inside the text.
#include "common/Json.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

// Walks the whole value, touching every accessor.
std::size_t walk(const twofold::json::Value& value, std::size_t depth)
{
    if (depth > 70) {
        std::abort(); // deeper than maxDepth allowed
    }
    std::size_t count = 1;
    if (const auto* array = value.ifArray()) {
        for (const auto& item : *array) {
            count += walk(item, depth + 1);
        }
    } else if (const auto* object = value.ifObject()) {
        for (const auto& member : *object) {
            if (value.find(member.key) == nullptr) {
                std::abort(); // a key that is there must be found
            }
            count += walk(member.value, depth + 1);
        }
    } else if (const auto* number = value.ifNumber()) {
        if (number->integer && static_cast<double>(*number->integer) != number->value) {
            std::abort();
        }
    }
    (void)twofold::json::typeName(value.type());
    return count;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto parsed = twofold::json::parse(text);
    if (parsed) {
        (void)walk(*parsed, 0);
    } else {
        if (parsed.error().offset > size) {
            std::abort();
        }
        (void)twofold::json::locate(text, parsed.error().offset);
    }
    (void)twofold::json::parse(text, {.maxDepth = 3});
    return 0;
}
