// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/journal/MarkdownHighlighter.h"

#include "ui/widgets/Contrast.h"
#include "ui/widgets/Theme.h"

#include <array>

#include <QApplication>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QTextDocument>

namespace twofold::ui {

namespace {

// Block states: whether the block lies inside a ``` (or ~~~) fence.
constexpr int kOutside = 0;
constexpr int kInFence = 1;

// A paragraph longer than this (about 3,000 words without a line break) gets its block style
// only, no inline emphasis: restyling it on every key would make typing in it slow.
constexpr qsizetype kInlineLimit = 20'000;

// Heading sizes, level 1 to 6, against the body's size.
constexpr std::array<qreal, 6> kHeadingScale{1.5, 1.3, 1.15, 1.05, 1.0, 1.0};

bool isFence(const QString& text)
{
    const QString t = text.trimmed();
    return t.startsWith(QLatin1String("```")) || t.startsWith(QLatin1String("~~~"));
}

bool isSpace(const QString& text, qsizetype i)
{
    return i < 0 || i >= text.size() || text.at(i).isSpace();
}

bool isWordChar(const QString& text, qsizetype i)
{
    return i >= 0 && i < text.size() && text.at(i).isLetterOrNumber();
}

// The length of the run of `c` at `i`, none of it literal, not past `to`.
qsizetype runAt(const QString& text, const QList<bool>& literal, qsizetype i, qsizetype to, QChar c)
{
    qsizetype j = i;
    while (j < to && text.at(j) == c && !literal.at(j)) {
        ++j;
    }
    return j - i;
}

} // namespace

MarkdownHighlighter::MarkdownHighlighter(QPlainTextEdit* editor)
    : MarkdownHighlighter(editor->document(), editor->palette())
{
    onPaletteChange(this, [this] { setPalette(QApplication::palette()); });
}

MarkdownHighlighter::MarkdownHighlighter(QTextDocument* document, const QPalette& palette)
    : QSyntaxHighlighter(document)
{
    setObjectName(QStringLiteral("markdownHighlighter"));
    setPalette(palette);
}

void MarkdownHighlighter::setPalette(const QPalette& palette)
{
    const QColor paper = palette.color(QPalette::Base);
    m_text = palette.color(QPalette::Text);
    m_marker = QTextCharFormat();
    m_marker.setForeground(readableOn(blend(m_text, paper, 0.55), paper));
    m_bullet = QTextCharFormat();
    m_bullet.setForeground(readableOn(palette.color(QPalette::Link), paper));
    m_bullet.setFontWeight(QFont::Bold);
    m_quote = QTextCharFormat();
    m_quote.setForeground(readableOn(blend(m_text, paper, 0.75), paper));
    m_quote.setFontItalic(true);
    m_code = QTextCharFormat();
    const QColor codePaper = blend(m_text, paper, 0.07);
    m_code.setBackground(codePaper);
    m_code.setForeground(readableOn(m_text, codePaper, paper));
    m_code.setFontFamilies({QFontDatabase::systemFont(QFontDatabase::FixedFont).family()});
    m_code.setFontFixedPitch(true);
    rehighlight();
}

void MarkdownHighlighter::highlightBlock(const QString& text)
{
    const bool inFence = previousBlockState() == kInFence;
    if (isFence(text)) {
        setFormat(0, static_cast<int>(text.size()), m_code);
        setCurrentBlockState(inFence ? kOutside : kInFence);
        return;
    }
    if (inFence) {
        setFormat(0, static_cast<int>(text.size()), m_code);
        setCurrentBlockState(kInFence);
        return;
    }
    setCurrentBlockState(kOutside);

    // What is literal: escaped characters and code spans. Styled here, skipped by emphasis.
    const qsizetype n = text.size();
    QList<bool> literal(n, false);
    struct Span
    {
        qsizetype start, length;
        bool code;
    };
    QList<Span> spans;
    const bool inlineToo = n <= kInlineLimit;
    for (qsizetype i = 0; inlineToo && i < n;) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < n && text.at(i + 1).isPunct()) {
            literal[i] = literal[i + 1] = true;
            spans.push_back({i, 1, false});
            i += 2;
        } else if (c == QLatin1Char('`')) {
            qsizetype run = 0;
            while (i + run < n && text.at(i + run) == QLatin1Char('`')) {
                ++run;
            }
            // The closing run has exactly as many backticks.
            qsizetype close = -1;
            for (qsizetype j = i + run; j < n;) {
                if (text.at(j) != QLatin1Char('`')) {
                    ++j;
                    continue;
                }
                qsizetype other = 0;
                while (j + other < n && text.at(j + other) == QLatin1Char('`')) {
                    ++other;
                }
                if (other == run) {
                    close = j;
                    break;
                }
                j += other;
            }
            const qsizetype end = close < 0 ? i + run : close + run;
            for (qsizetype k = i; k < end; ++k) {
                literal[k] = true;
            }
            if (close >= 0) {
                spans.push_back({i, end - i, true});
            }
            i = end;
        } else {
            ++i;
        }
    }

    // The block's own kind, from its first characters.
    QTextCharFormat base;
    qsizetype content = 0;
    qsizetype indent = 0;
    while (indent < n && indent < 4 && text.at(indent) == QLatin1Char(' ')) {
        ++indent;
    }
    if (indent < 4 && indent < n && text.at(indent) == QLatin1Char('#')) {
        qsizetype level = 0;
        while (indent + level < n && text.at(indent + level) == QLatin1Char('#')) {
            ++level;
        }
        if (level <= 6 && isSpace(text, indent + level)) {
            base.setFontWeight(QFont::Bold);
            const qreal size = document()->defaultFont().pointSizeF();
            if (size > 0) {
                base.setFontPointSize(size * kHeadingScale.at(static_cast<std::size_t>(level - 1)));
            }
            QTextCharFormat marker = base;
            marker.merge(m_marker);
            content = std::min(n, indent + level + 1);
            setFormat(0, static_cast<int>(content), marker);
        }
    } else if (indent < 4 && indent < n && text.at(indent) == QLatin1Char('>')) {
        base = m_quote;
        content = indent + 1;
        // Nested quotes: "> > text".
        while (content < n &&
               (text.at(content) == QLatin1Char('>') || text.at(content) == QLatin1Char(' '))) {
            ++content;
        }
        for (qsizetype k = 0; k < content; ++k) {
            if (text.at(k) == QLatin1Char('>')) {
                setFormat(static_cast<int>(k), 1, m_bullet);
            }
        }
    } else {
        // A list item: "- ", "* ", "+ " or "1. " / "1) " after any indent.
        qsizetype lead = 0;
        while (lead < n && (text.at(lead) == QLatin1Char(' ') || text.at(lead) == QLatin1Char('\t'))) {
            ++lead;
        }
        qsizetype marker = lead;
        if (marker < n && QStringView(u"-*+").contains(text.at(marker))) {
            ++marker;
        } else {
            while (marker < n && marker - lead < 9 && text.at(marker).isDigit()) {
                ++marker;
            }
            if (marker > lead && marker < n &&
                (text.at(marker) == QLatin1Char('.') || text.at(marker) == QLatin1Char(')'))) {
                ++marker;
            } else {
                marker = lead;
            }
        }
        if (marker > lead && marker < n && text.at(marker).isSpace() && !literal.at(lead)) {
            setFormat(static_cast<int>(lead), static_cast<int>(marker - lead), m_bullet);
            content = marker + 1;
        }
    }

    if (inlineToo) {
        inlineSpans(text, literal, content, n, base);
    } else if (!base.properties().isEmpty()) {
        setFormat(static_cast<int>(content), static_cast<int>(n - content), base);
    }

    // Code spans and escapes over whatever emphasis holds them.
    for (const Span& span : spans) {
        QTextCharFormat f = format(static_cast<int>(span.start));
        if (span.code) {
            f.merge(m_code);
            setFormat(static_cast<int>(span.start), static_cast<int>(span.length), f);
        } else {
            f.merge(m_marker);
            setFormat(static_cast<int>(span.start), 1, f);
        }
    }
}

void MarkdownHighlighter::inlineSpans(const QString& text, const QList<bool>& literal, qsizetype from,
                                      qsizetype to, const QTextCharFormat& base)
{
    if (from >= to) {
        return;
    }
    if (!base.properties().isEmpty()) {
        setFormat(static_cast<int>(from), static_cast<int>(to - from), base);
    }
    // A search for a closer that failed fails again from any later opener: it is not repeated,
    // so a block is scanned a bounded number of times however many lone * it holds.
    bool noCloser[2][4] = {};
    for (qsizetype i = from; i < to;) {
        const QChar c = text.at(i);
        if (literal.at(i) || (c != QLatin1Char('*') && c != QLatin1Char('_'))) {
            ++i;
            continue;
        }
        const qsizetype run = runAt(text, literal, i, to, c);
        const bool underscore = c == QLatin1Char('_');
        // An opener is followed by text, and (for _) not inside a word: snake_case stays.
        const bool opens =
            !isSpace(text, i + run) && i + run < to && !(underscore && isWordChar(text, i - 1));
        if (!opens) {
            i += run;
            continue;
        }
        bool matched = false;
        for (qsizetype want = std::min<qsizetype>(run, 3); want >= 1 && !matched; --want) {
            if (noCloser[underscore][want]) {
                continue;
            }
            for (qsizetype j = i + run; j < to;) {
                if (literal.at(j) || text.at(j) != c) {
                    ++j;
                    continue;
                }
                const qsizetype other = runAt(text, literal, j, to, c);
                const bool closes = !isSpace(text, j - 1) && !(underscore && isWordChar(text, j + other)) &&
                                    (other == want || other >= 3);
                if (!closes) {
                    j += other;
                    continue;
                }
                QTextCharFormat inner = base;
                if (want != 2) {
                    inner.setFontItalic(true);
                }
                if (want >= 2) {
                    inner.setFontWeight(QFont::Bold);
                }
                const qsizetype open = i + run - want;
                QTextCharFormat innerMarker = inner;
                innerMarker.merge(m_marker);
                setFormat(static_cast<int>(open), static_cast<int>(want), innerMarker);
                setFormat(static_cast<int>(j), static_cast<int>(want), innerMarker);
                inlineSpans(text, literal, i + run, j, inner);
                i = j + other;
                matched = true;
                break;
            }
            if (!matched) {
                noCloser[underscore][want] = true;
            }
        }
        if (!matched) {
            i += run;
        }
    }
}

} // namespace twofold::ui
