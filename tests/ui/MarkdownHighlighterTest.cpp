// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Markdown styled while typing (issue 16): which characters get which format for each
// construct, that code spans and escapes are literal, that fenced code carries across
// blocks, that the colours are readable in every theme, and that the editor has it.
#include "ui/journal/MarkdownHighlighter.h"

#include "UiTestSupport.h"
#include "ui/journal/EntryEditor.h"
#include "ui/widgets/Contrast.h"
#include "ui/widgets/Theme.h"

#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace twofold::test {
namespace {

using ui::MarkdownHighlighter;

class MarkdownHighlighting : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ensureApplication();
        QFont font = m_doc.defaultFont();
        font.setPointSizeF(12);
        m_doc.setDefaultFont(font);
        // As in the editor: a document tells of its changes once it has a layout.
        m_doc.setDocumentLayout(new QPlainTextDocumentLayout(&m_doc));
        m_highlighter = new MarkdownHighlighter(&m_doc, QApplication::palette());
        // QSyntaxHighlighter styles a new document's first text from the event loop.
        QCoreApplication::processEvents();
    }

    void write(const QString& text) { m_doc.setPlainText(text); }

    // The format the highlighter gave character `pos` of block `block`.
    QTextCharFormat at(int block, int pos) const
    {
        const QTextBlock b = m_doc.findBlockByNumber(block);
        for (const QTextLayout::FormatRange& range : b.layout()->formats()) {
            if (pos >= range.start && pos < range.start + range.length) {
                return range.format;
            }
        }
        return {};
    }
    bool bold(int block, int pos) const { return at(block, pos).fontWeight() >= QFont::Bold; }
    bool italic(int block, int pos) const { return at(block, pos).fontItalic(); }
    bool code(int block, int pos) const { return at(block, pos).fontFixedPitch(); }
    bool plain(int block, int pos) const { return at(block, pos).properties().isEmpty(); }
    // Quieter than the text: a marker.
    bool marker(int block, int pos) const
    {
        const QTextCharFormat f = at(block, pos);
        return f.hasProperty(QTextFormat::ForegroundBrush) && f.foreground().color() != text();
    }
    QColor text() const { return QApplication::palette().color(QPalette::Text); }

    QTextDocument m_doc;
    MarkdownHighlighter* m_highlighter = nullptr;
};

TEST_F(MarkdownHighlighting, HeadingsAreBoldAndLargerByLevel)
{
    write(QStringLiteral("# Title\n### Third\n#hashtag\n####### seven"));
    EXPECT_TRUE(marker(0, 0));
    EXPECT_TRUE(bold(0, 2));
    EXPECT_TRUE(bold(0, 6));
    EXPECT_GT(at(0, 2).fontPointSize(), at(1, 4).fontPointSize());
    EXPECT_GT(at(1, 4).fontPointSize(), 12.0);
    // No space after #, or more than six: plain text.
    EXPECT_TRUE(plain(2, 0));
    EXPECT_TRUE(plain(2, 3));
    EXPECT_TRUE(plain(3, 8));
}

TEST_F(MarkdownHighlighting, BoldItalicsAndBothWithTheirMarkers)
{
    write(QStringLiteral("a **bold** b *it* c ***both*** d __under__ _line_"));
    // "a **bold** b": markers at 2-3 and 8-9, bold 4-7.
    EXPECT_TRUE(plain(0, 0));
    EXPECT_TRUE(marker(0, 2));
    EXPECT_TRUE(marker(0, 3));
    for (int i = 4; i <= 7; ++i) {
        EXPECT_TRUE(bold(0, i)) << i;
        EXPECT_FALSE(italic(0, i)) << i;
    }
    EXPECT_TRUE(marker(0, 8));
    EXPECT_TRUE(plain(0, 11));
    // "*it*" at 13..16
    EXPECT_TRUE(marker(0, 13));
    EXPECT_TRUE(italic(0, 14));
    EXPECT_FALSE(bold(0, 14));
    EXPECT_TRUE(marker(0, 16));
    // "***both***" at 20..29
    EXPECT_TRUE(bold(0, 23));
    EXPECT_TRUE(italic(0, 23));
    // "__under__" at 33..41, "_line_" at 43..48
    EXPECT_TRUE(bold(0, 35));
    EXPECT_TRUE(italic(0, 44));
    EXPECT_TRUE(plain(0, 42));
}

TEST_F(MarkdownHighlighting, NestedEmphasis)
{
    write(QStringLiteral("**bold *both* bold**"));
    EXPECT_TRUE(bold(0, 2));
    EXPECT_FALSE(italic(0, 2));
    EXPECT_TRUE(bold(0, 8));
    EXPECT_TRUE(italic(0, 8));
    EXPECT_TRUE(bold(0, 15));
    EXPECT_FALSE(italic(0, 15));
}

TEST_F(MarkdownHighlighting, LoneStarsSnakeCaseAndSpacesAreNotEmphasis)
{
    write(QStringLiteral("2 * 3 * 4 and snake_case_name and * not * and **open"));
    for (int i = 0; i < m_doc.firstBlock().length() - 1; ++i) {
        EXPECT_FALSE(italic(0, i)) << i;
        EXPECT_FALSE(bold(0, i)) << i;
    }
}

TEST_F(MarkdownHighlighting, ListsAndQuotes)
{
    write(QStringLiteral("- one\n  * two\n12. twelve\n3) three\n> quoted *it*\n-not a list"));
    EXPECT_TRUE(bold(0, 0)); // the bullet: accent colour, bold
    EXPECT_TRUE(marker(0, 0));
    EXPECT_TRUE(plain(0, 2));
    EXPECT_TRUE(marker(1, 2));
    EXPECT_TRUE(plain(1, 0));
    EXPECT_TRUE(marker(2, 0));
    EXPECT_TRUE(marker(2, 2));
    EXPECT_TRUE(plain(2, 4));
    EXPECT_TRUE(marker(3, 1));
    // The quote: its bar in the accent, its text italic and quieter, emphasis inside still bold/italic.
    EXPECT_TRUE(marker(4, 0));
    EXPECT_TRUE(italic(4, 3));
    EXPECT_TRUE(marker(4, 3));
    EXPECT_TRUE(italic(4, 10));
    EXPECT_TRUE(plain(5, 0));
}

TEST_F(MarkdownHighlighting, CodeSpansAndEscapesAreLiteral)
{
    write(QStringLiteral("`a*b*c` and ``x ` *y* z`` then \\*not\\* and *yes*"));
    // The first code span, 0..6: fixed font, no italics inside.
    for (int i = 0; i <= 6; ++i) {
        EXPECT_TRUE(code(0, i)) << i;
        EXPECT_FALSE(italic(0, i)) << i;
    }
    // A double-backtick span holding a single backtick: 12..24, literal.
    for (int i = 12; i <= 24; ++i) {
        EXPECT_TRUE(code(0, i)) << i;
        EXPECT_FALSE(italic(0, i)) << i;
    }
    // "\*not\*" at 31..37: the backslashes quiet, nothing italic.
    EXPECT_TRUE(marker(0, 31));
    for (int i = 31; i <= 37; ++i) {
        EXPECT_FALSE(italic(0, i)) << i;
    }
    // and emphasis after them still works: "*yes*" at 43..47.
    EXPECT_TRUE(italic(0, 44));
}

TEST_F(MarkdownHighlighting, AnUnclosedBacktickDoesNotSwallowTheLine)
{
    write(QStringLiteral("it`s *fine*"));
    EXPECT_FALSE(code(0, 0));
    EXPECT_TRUE(italic(0, 6));
}

TEST_F(MarkdownHighlighting, AHugeParagraphKeepsOnlyItsBlockStyle)
{
    // Over 20,000 characters without a line break: typing in it must stay fast.
    write(QStringLiteral("# *a* ") + QString(25'000, QLatin1Char('w')) + QStringLiteral("\n*b*"));
    EXPECT_TRUE(bold(0, 3));    // the heading's own style
    EXPECT_FALSE(italic(0, 3)); // but no emphasis found
    EXPECT_TRUE(italic(1, 1));
    EXPECT_TRUE(marker(1, 0));
}

TEST_F(MarkdownHighlighting, FencedCodeSpansBlocksAndEnds)
{
    write(QStringLiteral("before\n```\n# not a heading *no*\n```\n# heading"));
    EXPECT_TRUE(plain(0, 0));
    EXPECT_TRUE(code(1, 0));
    EXPECT_TRUE(code(2, 0));
    EXPECT_FALSE(italic(2, 20));
    EXPECT_EQ(at(2, 3).fontWeight() >= QFont::Bold, false);
    EXPECT_TRUE(code(3, 0));
    EXPECT_TRUE(bold(4, 3));
    EXPECT_FALSE(code(4, 3));
    // Typing a fence opens code below it: the blocks after are restyled.
    QTextCursor cursor(m_doc.findBlockByNumber(0));
    cursor.insertText(QStringLiteral("```\n"));
    EXPECT_TRUE(code(1, 0));
}

TEST_F(MarkdownHighlighting, ColoursAreReadableInEveryTheme)
{
    for (ui::ThemeChoice theme : {ui::ThemeChoice::System, ui::ThemeChoice::Light, ui::ThemeChoice::Dark}) {
        ui::applyTheme(theme);
        const QPalette palette = QApplication::palette();
        m_highlighter->setPalette(palette);
        write(QStringLiteral("# h\n- a\n> q\n`c` **b**"));
        const QColor paper = palette.color(QPalette::Base);
        for (auto [block, pos] : {std::pair{0, 0}, {1, 0}, {2, 0}, {2, 2}, {3, 5}}) {
            const QColor ink = at(block, pos).foreground().color();
            EXPECT_GE(ui::contrastRatio(ink, paper), ui::kTextContrast) << block << ":" << pos;
        }
        const QTextCharFormat c = at(3, 1);
        EXPECT_GE(ui::contrastRatio(c.foreground().color(), c.background().color()), ui::kTextContrast);
    }
    ui::applyTheme(ui::ThemeChoice::System);
}

TEST(MarkdownInEditor, TheEntryEditorStylesWhatIsTyped)
{
    ensureApplication();
    ManualClock clock;
    ui::EntryEditor editor(clock);
    auto* body = editor.findChild<QPlainTextEdit*>(QStringLiteral("entryBody"));
    ASSERT_NE(body, nullptr);
    ASSERT_NE(editor.findChild<MarkdownHighlighter*>(QStringLiteral("markdownHighlighter")), nullptr);
    QTest::keyClicks(body, QStringLiteral("**hello**"));
    bool boldSeen = false;
    for (const QTextLayout::FormatRange& range : body->document()->firstBlock().layout()->formats()) {
        boldSeen = boldSeen || (range.start <= 3 && range.start + range.length > 3 &&
                                range.format.fontWeight() >= QFont::Bold);
    }
    EXPECT_TRUE(boldSeen);
}

} // namespace
} // namespace twofold::test
