// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

// UTF-8 helpers for the journal: validation, code point decoding, a word-character
// test that approximates FTS5's unicode61 tokenizer, and case/diacritic folding.
// No ICU: the tables cover Latin, Greek, Cyrillic and Armenian case, Latin
// diacritics and combining marks; other scripts (Hebrew, Arabic, CJK...) have no
// case and pass through unchanged.
namespace twofold::detail {

struct CodePoint
{
    char32_t value = 0;
    std::size_t length = 0; // bytes; 0 only at the end of the text
};

bool isValidUtf8(std::string_view text);
// Valid UTF-8 of at most `maxBytes` bytes: the check every stored text of the couple
// space passes (answers, check-in notes, review steps, notes, intentions).
inline bool fitsUtf8(std::string_view text, std::size_t maxBytes)
{
    return text.size() <= maxBytes && isValidUtf8(text);
}
// Decodes the code point at `offset` of valid UTF-8 text.
CodePoint decodeAt(std::string_view text, std::size_t offset);
void appendUtf8(std::string& out, char32_t cp);

// A letter, digit or combining mark: part of a word as FTS5's unicode61 tokenizer
// (with remove_diacritics) sees it. Punctuation, symbols, emoji and spaces are not.
bool isWordChar(char32_t cp);
bool isSpace(char32_t cp);
// Combining marks, variation selectors and joiners: never cut text just before one.
bool isExtendingChar(char32_t cp);

// Lower case, for comparing tags case-insensitively.
std::string foldCase(std::string_view text);
// Lower case without diacritics, for finding search terms in text.
std::string foldForSearch(std::string_view text);

// The longest prefix of `text` of at most `maxBytes` bytes that ends on a code point
// boundary and does not split a base character from its combining marks or an
// emoji sequence.
std::string_view cutAtBoundary(std::string_view text, std::size_t maxBytes);

} // namespace twofold::detail
