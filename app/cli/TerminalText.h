// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <streambuf>
#include <string>
#include <string_view>

namespace twofold::cli {

// What the command line prints to a terminal comes partly from the other partner
// (entries, titles, tags, names, revealed answers, offered entries), and a terminal
// acts on some characters instead of showing them: ESC/CSI/OSC sequences can move the
// cursor, rewrite lines or relabel whose words are whose; bidi overrides reorder text.
// These functions turn every such character into visible, unambiguous text:
//
//   C0 controls except \n and \t (ESC, CR, BS, ...), DEL  ->  \x1b, \x0d, \x08, \x7f
//   C1 controls U+0080..U+009F                             ->  \u0085, \u009b
//   bidi embeddings/overrides/isolates U+202A..U+202E,
//   U+2066..U+2069                                         ->  \u202e, \u2066
//   a byte that is not part of valid UTF-8                 ->  \xff
//   a backslash                                            ->  \\ (two of them)
//
// Doubling the backslash keeps it unambiguous: "\x1b" typed by someone shows as
// "\\x1b". Everything else (any language, emoji, \n, \t) is unchanged.
// docs/CLI.md, "Terminal output".
std::string escapeForTerminal(std::string_view text);

// escapeForTerminal for text that arrives in pieces: a UTF-8 sequence split between
// two pieces is held back until it is complete (or shown as \xNN by finish()).
class TerminalEscaper
{
public:
    std::string feed(std::string_view piece);
    std::string finish();

private:
    std::string m_pending;
};

// A streambuf that escapes everything written through it (TerminalEscaper) into
// `target`; the CLI puts it in front of stdout and stderr when they are terminals.
// Unbuffered: each write reaches `target` at once, apart from an incomplete UTF-8
// sequence, which finish() (called by the destructor) flushes.
class TerminalSafeStreambuf : public std::streambuf
{
public:
    explicit TerminalSafeStreambuf(std::streambuf* target) noexcept : m_target(target) {}
    ~TerminalSafeStreambuf() override;
    TerminalSafeStreambuf(const TerminalSafeStreambuf&) = delete;
    TerminalSafeStreambuf& operator=(const TerminalSafeStreambuf&) = delete;

    // Writes what is held back; false if the target refused it.
    bool finish();

protected:
    int_type overflow(int_type c) override;
    std::streamsize xsputn(const char* data, std::streamsize count) override;
    int sync() override;

private:
    bool put(const std::string& escaped);

    std::streambuf* m_target;
    TerminalEscaper m_escaper;
};

} // namespace twofold::cli
