// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// Turning what a person typed into a safe FTS5 query, and building snippets.
// The FTS table is contentless, so FTS5's snippet() cannot be used: snippets are
// cut from the entry's own text here.
namespace twofold::detail {

struct SearchQuery
{
    // The FTS5 MATCH expression: one double-quoted phrase per space-separated chunk
    // that has a word in it, the last one a prefix ("dear" "diar"*). Empty when
    // the query has no words, so there is nothing to search for.
    std::string matchExpression;
    // The words to highlight, folded (lower case, no diacritics).
    std::vector<std::string> terms;
    // The last term matches as a prefix (the person may still be typing it).
    bool lastIsPrefix = true;

    bool empty() const { return matchExpression.empty(); }
};

SearchQuery parseSearchQuery(std::string_view query);

struct Snippet
{
    std::string text;
    std::vector<std::pair<std::size_t, std::size_t>> highlights; // byte ranges of text
};

constexpr std::size_t kSnippetWords = 30;

// A plain-text window of about `windowWords` words of a Markdown text around the
// first word that matches the query ("…" where cut), with the matching words
// marked. With no match, the beginning of the text.
Snippet buildSnippet(std::string_view text, const SearchQuery& query,
                     std::size_t windowWords = kSnippetWords);

// The number of words in `text`, as near to FTS5's token count as this file's
// word test gets: the document length for ranking.
std::size_t countWords(std::string_view text);

// Whether any word of `text` matches the query.
bool containsMatch(std::string_view text, const SearchQuery& query);

} // namespace twofold::detail
