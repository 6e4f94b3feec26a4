// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// The editor's live Markdown styling (ui/journal/MarkdownHighlighter) on a 50,000-word entry:
// styling it all once (opening the entry), and what one key costs (a character typed into a
// paragraph restyles that block, and the blocks after it only if its fence state changed).
// Also the worst case: the whole entry as one paragraph. Offscreen: QT_QPA_PLATFORM=offscreen.
#include "ui/journal/MarkdownHighlighter.h"

#include <cstdlib>
#include <optional>

#include <QApplication>
#include <QPalette>
#include <QPlainTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <benchmark/benchmark.h>

namespace {

using twofold::ui::MarkdownHighlighter;

// About `words` words of Markdown in paragraphs of `perParagraph` words: headings, lists,
// quotes, emphasis, code spans and the odd lone star, as journals hold them.
QString entryOf(int words, int perParagraph)
{
    static const char* const kWords[] = {"today",      "**we**", "walked",     "by",    "the",
                                         "*river*",    "and",    "talked",     "about", "`plans`",
                                         "for",        "2",      "*",          "3",     "weeks",
                                         "snake_case", "quiet",  "__really__", "good",  "\\*not\\*"};
    QString text;
    text.reserve(words * 8);
    int inParagraph = 0;
    int paragraph = 0;
    for (int i = 0; i < words; ++i) {
        if (inParagraph == 0) {
            switch (paragraph++ % 5) {
            case 0:
                text += QStringLiteral("## ");
                break;
            case 1:
                text += QStringLiteral("- ");
                break;
            case 2:
                text += QStringLiteral("> ");
                break;
            default:
                break;
            }
        }
        text += QLatin1String(kWords[i % std::size(kWords)]);
        if (++inParagraph == perParagraph) {
            text += QStringLiteral("\n\n");
            inParagraph = 0;
        } else {
            text += QLatin1Char(' ');
        }
    }
    return text;
}

// Styling a whole 50,000-word entry, as when it is opened. Arg: words per paragraph.
void BM_HighlightWholeEntry(benchmark::State& state)
{
    const QString text = entryOf(50'000, static_cast<int>(state.range(0)));
    QTextDocument document;
    document.setDocumentLayout(new QPlainTextDocumentLayout(&document)); // as in the editor
    document.setPlainText(text);
    MarkdownHighlighter highlighter(&document, QApplication::palette());
    for (auto _ : state) {
        highlighter.rehighlight();
    }
    state.counters["blocks"] = document.blockCount();
}
BENCHMARK(BM_HighlightWholeEntry)->Arg(100)->Arg(50'000)->Unit(benchmark::kMillisecond);

// One key typed in the middle of a 50,000-word entry (restyling included).
void BM_TypeIntoLongEntry(benchmark::State& state)
{
    QTextDocument document;
    document.setDocumentLayout(new QPlainTextDocumentLayout(&document)); // as in the editor
    document.setPlainText(entryOf(50'000, static_cast<int>(state.range(0))));
    // Arg 2 = 0: no highlighter, the baseline of Qt's own text layout.
    std::optional<MarkdownHighlighter> highlighter;
    if (state.range(1) != 0) {
        highlighter.emplace(&document, QApplication::palette());
    }
    // Styled once, as when the entry is opened; from then on each change restyles its blocks.
    QCoreApplication::processEvents();
    // In the middle of the text: inside a paragraph (the one paragraph, with Arg 50,000).
    QTextCursor cursor(document.findBlock(document.characterCount() / 2));
    cursor.movePosition(QTextCursor::EndOfBlock);
    bool insert = true;
    for (auto _ : state) {
        if (insert) {
            cursor.insertText(QStringLiteral("x"));
        } else {
            cursor.deletePreviousChar();
        }
        insert = !insert;
    }
}
BENCHMARK(BM_TypeIntoLongEntry)
    ->Args({100, 1})
    ->Args({100, 0})
    ->Args({50'000, 1})
    ->Args({50'000, 0})
    ->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char** argv)
{
    ::setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
