// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "journal/detail/SearchText.h"

#include "journal/detail/Utf8.h"

#include <algorithm>
#include <optional>

namespace twofold::detail {

namespace {

constexpr std::string_view kEllipsis = "\u2026";
// Words of context shown before the first match.
constexpr std::size_t kWordsBeforeMatch = 10;

struct WordSpan
{
    std::size_t begin = 0;
    std::size_t end = 0;
};

// Finds words (runs of word characters) one by one.
class WordScanner
{
public:
    explicit WordScanner(std::string_view text) : m_text(text) {}

    std::optional<WordSpan> next()
    {
        while (m_pos < m_text.size()) {
            const CodePoint cp = decodeAt(m_text, m_pos);
            if (isWordChar(cp.value)) {
                break;
            }
            m_pos += cp.length;
        }
        if (m_pos >= m_text.size()) {
            return std::nullopt;
        }
        WordSpan word{m_pos, m_pos};
        while (m_pos < m_text.size()) {
            const CodePoint cp = decodeAt(m_text, m_pos);
            if (!isWordChar(cp.value)) {
                break;
            }
            m_pos += cp.length;
        }
        word.end = m_pos;
        return word;
    }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
};

bool wordMatches(std::string_view word, const SearchQuery& query)
{
    const std::string folded = foldForSearch(word);
    for (std::size_t i = 0; i < query.terms.size(); ++i) {
        const std::string& term = query.terms[i];
        const bool prefix = query.lastIsPrefix && i + 1 == query.terms.size();
        if (prefix ? folded.starts_with(term) : folded == term) {
            return true;
        }
    }
    return false;
}

// Characters dropped from snippets: Markdown emphasis and code marks.
bool isInlineMarkup(char c)
{
    return c == '*' || c == '`';
}

// Copies text[from, to) as plain text: line markers and emphasis dropped, white
// space collapsed; records where the highlighted words land.
Snippet renderPlain(std::string_view text, std::size_t from, std::size_t to,
                    const std::vector<WordSpan>& marks)
{
    Snippet out;
    out.text.reserve(to - from + 8);
    std::size_t nextMark = 0;
    bool pendingSpace = false;
    bool atLineStart = true;
    std::size_t i = from;
    while (i < to) {
        if (atLineStart) {
            // Skip the line's block markers ("# ", "> ", "- ") like the list's preview does.
            std::size_t j = i;
            while (j < to && (text[j] == ' ' || text[j] == '\t' || text[j] == '#' || text[j] == '>' ||
                              ((text[j] == '-' || text[j] == '+') && j + 1 < to && text[j + 1] == ' '))) {
                ++j;
            }
            if (j > i) {
                pendingSpace = true;
            }
            i = j;
            atLineStart = false;
            continue;
        }
        while (nextMark < marks.size() && marks[nextMark].begin < i) {
            ++nextMark; // cannot happen with well-formed spans; never loop on it
        }
        if (nextMark < marks.size() && i == marks[nextMark].begin) {
            if (pendingSpace && !out.text.empty()) {
                out.text += ' ';
            }
            pendingSpace = false;
            const std::size_t start = out.text.size();
            out.text.append(text.substr(i, marks[nextMark].end - i));
            out.highlights.emplace_back(start, out.text.size());
            i = marks[nextMark].end;
            ++nextMark;
            continue;
        }
        const CodePoint cp = decodeAt(text, i);
        if (cp.value == '\n') {
            atLineStart = true;
            pendingSpace = true;
        } else if (isSpace(cp.value)) {
            pendingSpace = true;
        } else if (cp.length == 1 && isInlineMarkup(text[i])) {
            // dropped
        } else {
            if (pendingSpace && !out.text.empty()) {
                out.text += ' ';
            }
            pendingSpace = false;
            out.text.append(text.substr(i, cp.length));
        }
        i += cp.length;
    }
    return out;
}

// The end of the run of non-space characters that contains text[pos - 1].
std::size_t extendToSpace(std::string_view text, std::size_t pos)
{
    while (pos < text.size()) {
        const CodePoint cp = decodeAt(text, pos);
        if (isSpace(cp.value)) {
            break;
        }
        pos += cp.length;
    }
    return pos;
}

// The start of the run of non-space characters that contains text[pos].
std::size_t extendBackToSpace(std::string_view text, std::size_t pos)
{
    while (pos > 0) {
        std::size_t prev = pos - 1;
        while (prev > 0 && (static_cast<unsigned char>(text[prev]) & 0xC0) == 0x80) {
            --prev;
        }
        if (isSpace(decodeAt(text, prev).value)) {
            break;
        }
        pos = prev;
    }
    return pos;
}

} // namespace

SearchQuery parseSearchQuery(std::string_view query)
{
    SearchQuery result;
    std::vector<std::string> phrases;
    std::size_t i = 0;
    while (i < query.size()) {
        // One chunk: a run of non-space characters.
        while (i < query.size() && isSpace(decodeAt(query, i).value)) {
            i += decodeAt(query, i).length;
        }
        const std::size_t begin = i;
        while (i < query.size() && !isSpace(decodeAt(query, i).value)) {
            i += decodeAt(query, i).length;
        }
        const std::string_view chunk = query.substr(begin, i - begin);
        WordScanner words(chunk);
        bool hasWord = false;
        while (auto word = words.next()) {
            hasWord = true;
            result.terms.push_back(foldForSearch(chunk.substr(word->begin, word->end - word->begin)));
        }
        if (!hasWord) {
            continue; // only punctuation or symbols: nothing FTS5 could match
        }
        // Inside double quotes FTS5 reads everything as text; a quote is doubled.
        std::string phrase = "\"";
        for (const char c : chunk) {
            phrase += c;
            if (c == '"') {
                phrase += '"';
            }
        }
        phrase += '"';
        phrases.push_back(std::move(phrase));
    }
    for (std::size_t k = 0; k < phrases.size(); ++k) {
        if (k > 0) {
            result.matchExpression += ' ';
        }
        result.matchExpression += phrases[k];
    }
    if (!result.matchExpression.empty()) {
        result.matchExpression += '*';
    }
    return result;
}

std::size_t countWords(std::string_view text)
{
    std::size_t count = 0;
    WordScanner scanner(text);
    while (scanner.next()) {
        ++count;
    }
    return count;
}

bool containsMatch(std::string_view text, const SearchQuery& query)
{
    WordScanner scanner(text);
    while (auto word = scanner.next()) {
        if (wordMatches(text.substr(word->begin, word->end - word->begin), query)) {
            return true;
        }
    }
    return false;
}

Snippet buildSnippet(std::string_view text, const SearchQuery& query, std::size_t windowWords)
{
    windowWords = std::max<std::size_t>(windowWords, 1);

    // First pass: the index of the first matching word (a long body is scanned only
    // up to its first match).
    std::optional<std::size_t> firstMatch;
    {
        WordScanner scanner(text);
        for (std::size_t index = 0; auto word = scanner.next(); ++index) {
            if (wordMatches(text.substr(word->begin, word->end - word->begin), query)) {
                firstMatch = index;
                break;
            }
        }
    }
    const std::size_t start =
        (firstMatch && *firstMatch > kWordsBeforeMatch) ? *firstMatch - kWordsBeforeMatch : 0;

    // Second pass: the window's words, the word before it and one word after it.
    std::vector<WordSpan> window;
    std::optional<WordSpan> before;
    std::optional<WordSpan> after;
    {
        WordScanner scanner(text);
        for (std::size_t index = 0; auto word = scanner.next(); ++index) {
            if (index + 1 == start) {
                before = word;
            } else if (index >= start + windowWords) {
                after = word;
                break;
            } else if (index >= start) {
                window.push_back(*word);
            }
        }
    }
    if (window.empty()) {
        return {};
    }

    // Keep punctuation attached to the window's first and last words ("(so", "yes!").
    std::size_t from = extendBackToSpace(text, window.front().begin);
    if (before) {
        from = std::max(from, before->end);
    }
    std::size_t to = extendToSpace(text, window.back().end);
    if (after) {
        to = std::min(to, after->begin);
    }

    std::vector<WordSpan> marks;
    for (const auto& word : window) {
        if (wordMatches(text.substr(word.begin, word.end - word.begin), query)) {
            marks.push_back(word);
        }
    }
    Snippet plain = renderPlain(text, from, to, marks);
    if (plain.text.empty()) {
        return {};
    }
    Snippet out;
    if (before) {
        out.text = kEllipsis;
    }
    const std::size_t shift = out.text.size();
    out.text += plain.text;
    if (after) {
        out.text += kEllipsis;
    }
    out.highlights.reserve(plain.highlights.size());
    for (const auto& [first, last] : plain.highlights) {
        out.highlights.emplace_back(first + shift, last + shift);
    }
    return out;
}

} // namespace twofold::detail
