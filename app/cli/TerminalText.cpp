// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "cli/TerminalText.h"

#include <cstdint>

namespace twofold::cli {

namespace {

constexpr char kHex[] = "0123456789abcdef";

void appendByteEscape(std::string& out, std::uint8_t byte)
{
    out += "\\x";
    out += kHex[byte >> 4];
    out += kHex[byte & 0xF];
}

void appendCodePointEscape(std::string& out, std::uint32_t codePoint)
{
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4) {
        out += kHex[(codePoint >> shift) & 0xF];
    }
}

bool actsOnTerminal(std::uint32_t codePoint)
{
    return (codePoint >= 0x80 && codePoint <= 0x9F) || (codePoint >= 0x202A && codePoint <= 0x202E) ||
           (codePoint >= 0x2066 && codePoint <= 0x2069);
}

enum class Sequence
{
    Valid,
    Invalid,
    Incomplete, // valid so far, but `text` ends before it does
};

// Decodes the UTF-8 sequence at text[i] (a byte >= 0x80): its length and code point.
// Overlong forms, surrogates and code points above U+10FFFF are invalid.
Sequence decode(std::string_view text, std::size_t i, std::size_t& length, std::uint32_t& codePoint)
{
    const auto byte = [&](std::size_t k) {
        return static_cast<std::uint8_t>(text[k]);
    };
    const std::uint8_t lead = byte(i);
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        codePoint = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        codePoint = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        codePoint = lead & 0x07;
    } else {
        return Sequence::Invalid;
    }
    for (std::size_t k = 1; k < length; ++k) {
        if (i + k >= text.size()) {
            return Sequence::Incomplete;
        }
        if ((byte(i + k) & 0xC0) != 0x80) {
            return Sequence::Invalid;
        }
        codePoint = (codePoint << 6) | (byte(i + k) & 0x3F);
    }
    constexpr std::uint32_t kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
    if (codePoint < kMinimum[length] || codePoint > 0x10FFFF ||
        (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
        return Sequence::Invalid;
    }
    return Sequence::Valid;
}

// Escapes text[0..] into out; stops before an incomplete sequence at the end unless
// `final`, and returns how many bytes it consumed.
std::size_t escapeInto(std::string& out, std::string_view text, bool final)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<std::uint8_t>(text[i]);
        if (c < 0x80) {
            if (c == '\\') {
                out += "\\\\";
            } else if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
                appendByteEscape(out, c);
            } else {
                out += static_cast<char>(c);
            }
            ++i;
            continue;
        }
        std::size_t length = 0;
        std::uint32_t codePoint = 0;
        switch (decode(text, i, length, codePoint)) {
        case Sequence::Incomplete:
            if (!final) {
                return i;
            }
            [[fallthrough]];
        case Sequence::Invalid:
            appendByteEscape(out, c);
            ++i;
            break;
        case Sequence::Valid:
            if (actsOnTerminal(codePoint)) {
                appendCodePointEscape(out, codePoint);
            } else {
                out.append(text.substr(i, length));
            }
            i += length;
            break;
        }
    }
    return i;
}

} // namespace

std::string escapeForTerminal(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    escapeInto(out, text, true);
    return out;
}

std::string TerminalEscaper::feed(std::string_view piece)
{
    m_pending.append(piece);
    std::string out;
    const std::size_t used = escapeInto(out, m_pending, false);
    m_pending.erase(0, used);
    return out;
}

std::string TerminalEscaper::finish()
{
    std::string out = escapeForTerminal(m_pending);
    m_pending.clear();
    return out;
}

TerminalSafeStreambuf::~TerminalSafeStreambuf()
{
    finish();
}

bool TerminalSafeStreambuf::put(const std::string& escaped)
{
    const auto size = static_cast<std::streamsize>(escaped.size());
    return escaped.empty() || m_target->sputn(escaped.data(), size) == size;
}

bool TerminalSafeStreambuf::finish()
{
    return put(m_escaper.finish());
}

TerminalSafeStreambuf::int_type TerminalSafeStreambuf::overflow(int_type c)
{
    if (traits_type::eq_int_type(c, traits_type::eof())) {
        return traits_type::not_eof(c);
    }
    const char ch = traits_type::to_char_type(c);
    return put(m_escaper.feed(std::string_view(&ch, 1))) ? c : traits_type::eof();
}

std::streamsize TerminalSafeStreambuf::xsputn(const char* data, std::streamsize count)
{
    return put(m_escaper.feed(std::string_view(data, static_cast<std::size_t>(count)))) ? count : 0;
}

int TerminalSafeStreambuf::sync()
{
    return m_target->pubsync();
}

} // namespace twofold::cli
