// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "export/Export.h"

#include <memory>
#include <vector>

#include <QColor>
#include <QFont>
#include <QSizeF>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFormat>

class QPdfWriter;
class QTextTable;

namespace twofold::ui {

// Millimetres and points to the writer's device pixels.
struct PdfUnits
{
    double dpi;
    double mm(double v) const { return v * dpi / 25.4; }
    double pt(double v) const { return v * dpi / 72.0; }
};

// The PDF book's text (PdfBook.h), laid out on A4 pages for `writer`: the cover, the
// table of contents with true page numbers, the entries (Markdown, HTML kept as text)
// and "Prompts we answered". Drawing the pages and their footers is PdfBook.cpp's.
class PdfBookLayout
{
public:
    PdfBookLayout(QPdfWriter& writer, const ExportData& data);
    ~PdfBookLayout();
    PdfBookLayout(const PdfBookLayout&) = delete;
    PdfBookLayout& operator=(const PdfBookLayout&) = delete;

    // One edit block each for building and for the page numbers: the document is laid
    // out once at its end, not after every insertion (1,000 entries: seconds, not minutes).
    void build();

    const QTextDocument& document() const { return *m_doc; }
    int pageCount() const { return m_doc->pageCount(); }
    // One page's text area (the footer is below it) and the footer's height.
    QSizeF pageSize() const { return m_pageSize; }
    double footerHeight() const { return m_footerHeight; }
    const QFont& baseFont() const { return m_baseFont; }

private:
    QTextCharFormat textFormat(double points, bool bold = false, QColor colour = Qt::black) const;
    QTextBlockFormat blockFormat(double topMm, double bottomMm, bool newPage = false,
                                 Qt::Alignment align = Qt::AlignLeading) const;

    // A paragraph of plain text (never HTML, never Markdown). The first paragraph of
    // the document reuses the empty block every document starts with.
    QTextBlock paragraph(const QString& text, const QTextBlockFormat& block, const QTextCharFormat& chars);

    // Plain text with blank lines between paragraphs (answers): one paragraph each,
    // single line breaks kept as line breaks.
    void plainParagraphs(const QString& text, const QTextBlockFormat& block, const QTextCharFormat& chars);
    void cover();
    void contents();
    void entry(const Entry& e);

    // The body as Markdown, with raw HTML switched off so "<b>" stays the text "<b>",
    // and images shown as their address (nothing is loaded).
    void markdownBody(const std::string& body);
    void answers();
    static QString stateText(const std::string& state, const QString& partner);
    int pageOf(const QTextBlock& block) const;

    // The TOC's rows have a fixed height whatever their numbers, so filling them in
    // cannot move anything; checked again anyway.
    void fillPageNumbers();

    const ExportData& m_data;
    PdfUnits m_units;
    std::unique_ptr<QTextDocument> m_doc;
    QFont m_baseFont;
    double m_footerHeight = 0;
    QSizeF m_pageSize;
    QTextCursor m_cursor;
    bool m_started = false;
    QTextTable* m_toc = nullptr;
    std::vector<QTextBlock> m_targets; // TOC row i points at m_targets[i]
};

} // namespace twofold::ui
