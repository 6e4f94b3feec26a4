// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "journal/detail/Utf8.h"

namespace twofold::detail {

namespace {

// Base letters of U+0100..U+017F (Latin Extended-A); '.' keeps the letter as it is.
constexpr std::string_view kLatinExtendedABase = "AaAaAa"
                                                 "CcCcCcCc"
                                                 "DdDd"
                                                 "EeEeEeEeEe"
                                                 "GgGgGgGg"
                                                 "HhHh"
                                                 "IiIiIiIiIi"
                                                 ".."
                                                 "Jj"
                                                 "Kkk"
                                                 "LlLlLlLlLl"
                                                 "NnNnNnnNn"
                                                 "OoOoOo"
                                                 ".."
                                                 "RrRrRr"
                                                 "SsSsSsSs"
                                                 "TtTtTt"
                                                 "UuUuUuUuUuUu"
                                                 "Ww"
                                                 "YyY"
                                                 "ZzZzZz"
                                                 "s";
static_assert(kLatinExtendedABase.size() == 0x80);

// Base letters of U+00E0..U+00FF (lower-case Latin-1); '.' keeps the letter.
constexpr std::string_view kLatin1LowerBase = "aaaaaa.ceeeeiiii"
                                              ".nooooo.ouuuuy.y";
static_assert(kLatin1LowerBase.size() == 0x20);

constexpr bool in(char32_t cp, char32_t first, char32_t last)
{
    return cp >= first && cp <= last;
}

bool isCombiningMark(char32_t cp)
{
    return in(cp, 0x0300, 0x036F) || in(cp, 0x0483, 0x0489) || in(cp, 0x0591, 0x05BD) || cp == 0x05BF ||
           in(cp, 0x05C1, 0x05C2) || in(cp, 0x05C4, 0x05C5) || cp == 0x05C7 || in(cp, 0x0610, 0x061A) ||
           in(cp, 0x064B, 0x065F) || cp == 0x0670 || in(cp, 0x06D6, 0x06DC) || in(cp, 0x06DF, 0x06E4) ||
           in(cp, 0x06E7, 0x06E8) || in(cp, 0x06EA, 0x06ED) || in(cp, 0x0900, 0x0903) ||
           in(cp, 0x093A, 0x094F) || in(cp, 0x1AB0, 0x1AFF) || in(cp, 0x1DC0, 0x1DFF) ||
           in(cp, 0x20D0, 0x20FF) || in(cp, 0xFE20, 0xFE2F);
}

char32_t toLower(char32_t cp)
{
    if (cp < 0x80) {
        return (cp >= 'A' && cp <= 'Z') ? cp + 0x20 : cp;
    }
    if (in(cp, 0xC0, 0xDE) && cp != 0xD7) {
        return cp + 0x20;
    }
    if (in(cp, 0x0100, 0x017F)) {
        if (cp == 0x0130) {
            return U'i';
        }
        if (cp == 0x0178) {
            return 0xFF;
        }
        const bool oddUpper = in(cp, 0x0139, 0x0148) || in(cp, 0x0179, 0x017E);
        const bool evenUpper = in(cp, 0x0100, 0x012F) || in(cp, 0x0132, 0x0137) || in(cp, 0x014A, 0x0177);
        if ((oddUpper && cp % 2 == 1) || (evenUpper && cp % 2 == 0)) {
            return cp + 1;
        }
        return cp;
    }
    if (in(cp, 0x0391, 0x03AB) && cp != 0x03A2) {
        return cp + 0x20;
    }
    switch (cp) {
    case 0x0386:
        return 0x03AC;
    case 0x0388:
    case 0x0389:
    case 0x038A:
        return cp + 0x25;
    case 0x038C:
        return 0x03CC;
    case 0x038E:
    case 0x038F:
        return cp + 0x3F;
    default:
        break;
    }
    if (in(cp, 0x0400, 0x040F)) {
        return cp + 0x50;
    }
    if (in(cp, 0x0410, 0x042F)) {
        return cp + 0x20;
    }
    if ((in(cp, 0x0460, 0x0481) || in(cp, 0x048A, 0x04BF)) && cp % 2 == 0) {
        return cp + 1;
    }
    if (in(cp, 0x0531, 0x0556)) {
        return cp + 0x30;
    }
    if ((in(cp, 0x1E00, 0x1E95) || in(cp, 0x1EA0, 0x1EFF)) && cp % 2 == 0) {
        return cp + 1;
    }
    if (in(cp, 0xFF21, 0xFF3A)) {
        return cp + 0x20;
    }
    return cp;
}

// The letter without its diacritic, for an already lower-cased code point.
char32_t withoutDiacritic(char32_t cp)
{
    if (in(cp, 0xE0, 0xFF) && kLatin1LowerBase[cp - 0xE0] != '.') {
        return static_cast<char32_t>(kLatin1LowerBase[cp - 0xE0]);
    }
    if (in(cp, 0x0100, 0x017F) && kLatinExtendedABase[cp - 0x0100] != '.') {
        return toLower(static_cast<char32_t>(kLatinExtendedABase[cp - 0x0100]));
    }
    switch (cp) {
    case 0x03AC:
        return 0x03B1;
    case 0x03AD:
        return 0x03B5;
    case 0x03AE:
        return 0x03B7;
    case 0x03AF:
    case 0x03CA:
    case 0x0390:
        return 0x03B9;
    case 0x03CC:
        return 0x03BF;
    case 0x03CD:
    case 0x03CB:
    case 0x03B0:
        return 0x03C5;
    case 0x03CE:
        return 0x03C9;
    case 0x03C2:
        return 0x03C3; // final sigma
    default:
        return cp;
    }
}

template <typename Map> std::string foldWith(std::string_view text, Map map)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const CodePoint cp = decodeAt(text, i);
        i += cp.length;
        map(out, cp.value);
    }
    return out;
}

} // namespace

bool isValidUtf8(std::string_view text)
{
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return false;
        }
        if (i + len > n) {
            return false;
        }
        for (std::size_t k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80) {
                return false;
            }
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || in(cp, 0xD800, 0xDFFF)) {
            return false;
        }
        i += len;
    }
    return true;
}

CodePoint decodeAt(std::string_view text, std::size_t offset)
{
    if (offset >= text.size()) {
        return {};
    }
    const auto* p = reinterpret_cast<const unsigned char*>(text.data()) + offset;
    const std::size_t left = text.size() - offset;
    const unsigned char c = p[0];
    // Lenient on malformed input (core validates text before storing it): a bad
    // byte decodes as U+FFFD of length 1, so callers always advance.
    if (c < 0x80) {
        return {c, 1};
    }
    std::size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0 || len > left) {
        return {0xFFFD, 1};
    }
    char32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
    for (std::size_t k = 1; k < len; ++k) {
        if ((p[k] & 0xC0) != 0x80) {
            return {0xFFFD, 1};
        }
        cp = (cp << 6) | (p[k] & 0x3F);
    }
    return {cp, len};
}

void appendUtf8(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool isSpace(char32_t cp)
{
    return cp == ' ' || in(cp, 0x09, 0x0D) || cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
           in(cp, 0x2000, 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F ||
           cp == 0x3000;
}

bool isExtendingChar(char32_t cp)
{
    return isCombiningMark(cp) || cp == 0x200C || cp == 0x200D || in(cp, 0xFE00, 0xFE0F) ||
           in(cp, 0x1F3FB, 0x1F3FF) || in(cp, 0xE0020, 0xE007F) || in(cp, 0xE0100, 0xE01EF);
}

bool isWordChar(char32_t cp)
{
    if (cp < 0x80) {
        return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    }
    if (isCombiningMark(cp)) {
        return true;
    }
    if (in(cp, 0x80, 0xBF)) {
        // Latin-1 punctuation and symbols, apart from the letters and digits among them.
        switch (cp) {
        case 0xAA:
        case 0xB2:
        case 0xB3:
        case 0xB5:
        case 0xB9:
        case 0xBA:
        case 0xBC:
        case 0xBD:
        case 0xBE:
            return true;
        default:
            return false;
        }
    }
    if (cp == 0xD7 || cp == 0xF7) {
        return false;
    }
    switch (cp) {
    case 0x037E: // Greek question mark
    case 0x0387:
    case 0x055C: // Armenian punctuation
    case 0x055D:
    case 0x055E:
    case 0x0589:
    case 0x05BE: // Hebrew maqaf and punctuation
    case 0x05C0:
    case 0x05C3:
    case 0x05C6:
    case 0x05F3:
    case 0x05F4:
    case 0x060C: // Arabic comma, semicolon, question mark, full stop
    case 0x061B:
    case 0x061F:
    case 0x066A:
    case 0x066B:
    case 0x066C:
    case 0x066D:
    case 0x06D4:
    case 0x0964: // Devanagari danda
    case 0x0965:
        return false;
    default:
        break;
    }
    if (isSpace(cp) || isExtendingChar(cp)) {
        return false;
    }
    // General punctuation, currency, arrows, maths, technical, box drawing, shapes,
    // miscellaneous symbols, dingbats; CJK punctuation; specials; emoji and pictographs.
    if (in(cp, 0x2000, 0x206F) || in(cp, 0x20A0, 0x20CF) || in(cp, 0x2190, 0x2BFF) ||
        in(cp, 0x2E00, 0x2E7F) || in(cp, 0x3000, 0x3004) || in(cp, 0x3008, 0x3020) || cp == 0x3030 ||
        in(cp, 0xFE10, 0xFE1F) || in(cp, 0xFE30, 0xFE6F) || in(cp, 0xFF01, 0xFF0F) ||
        in(cp, 0xFF1A, 0xFF20) || in(cp, 0xFF3B, 0xFF40) || in(cp, 0xFF5B, 0xFF65) ||
        in(cp, 0xFFF0, 0xFFFF) || in(cp, 0x1F000, 0x1FBFF)) {
        return false;
    }
    return true;
}

std::string foldCase(std::string_view text)
{
    return foldWith(text, [](std::string& out, char32_t cp) { appendUtf8(out, toLower(cp)); });
}

std::string foldForSearch(std::string_view text)
{
    return foldWith(text, [](std::string& out, char32_t cp) {
        if (!isCombiningMark(cp)) {
            appendUtf8(out, withoutDiacritic(toLower(cp)));
        }
    });
}

std::string_view cutAtBoundary(std::string_view text, std::size_t maxBytes)
{
    if (text.size() <= maxBytes) {
        return text;
    }
    std::size_t cut = maxBytes;
    // Back up to the start of a code point.
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
        --cut;
    }
    // Keep a base character together with the marks and joiners that extend it.
    while (cut > 0) {
        const CodePoint next = decodeAt(text, cut);
        std::size_t prevStart = cut - 1;
        while (prevStart > 0 && (static_cast<unsigned char>(text[prevStart]) & 0xC0) == 0x80) {
            --prevStart;
        }
        const CodePoint prev = decodeAt(text, prevStart);
        const bool splitsCluster = isExtendingChar(next.value) || prev.value == 0x200D;
        if (!splitsCluster) {
            break;
        }
        cut = prevStart;
    }
    return text.substr(0, cut);
}

} // namespace twofold::detail
