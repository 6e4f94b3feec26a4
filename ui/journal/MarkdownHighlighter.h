// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QPlainTextEdit;

namespace twofold::ui {

// Markdown styled while it is typed (issue 16): headings larger and bold, **bold**, *italics*,
// list markers and quotes, `code` and fenced code in a fixed font. The markers stay in the
// text, in a quieter colour. Each block (paragraph) is styled on its own, from its text and
// whether it lies inside a ``` fence, so typing restyles one block, whatever the entry's size.
// Code spans and backslash escapes are literal: no emphasis is found inside them. A paragraph
// of more than 20,000 characters keeps only its block style (heading, quote, list marker).
// Colours come from the palette, at 4.5:1 against the field (ui/widgets/Contrast.h).
class MarkdownHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    // Styles `editor`'s document, following its palette and font as they change.
    explicit MarkdownHighlighter(QPlainTextEdit* editor);
    // Styles `document` with `palette` (tests, benchmarks).
    MarkdownHighlighter(QTextDocument* document, const QPalette& palette);

    // New colours (a theme switch): every block is styled again.
    void setPalette(const QPalette& palette);

protected:
    void highlightBlock(const QString& text) override;

private:
    enum Emphasis
    {
        Italic = 1,
        Bold = 2,
    };
    // Styles text[from, to) with `base` and the emphasis found in it, nested emphasis too.
    void inlineSpans(const QString& text, const QList<bool>& literal, qsizetype from, qsizetype to,
                     const QTextCharFormat& base);

    QTextCharFormat m_marker; // #, *, >, list bullets, backticks: quieter
    QTextCharFormat m_bullet; // list markers and the quote bar: the accent colour
    QTextCharFormat m_quote;  // the text of a quote
    QTextCharFormat m_code;   // `code` and fenced code
    QColor m_text;
};

} // namespace twofold::ui
