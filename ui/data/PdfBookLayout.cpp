// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/data/PdfBookLayout.h"

#include "ui/data/DocumentPdf.h"
#include "ui/widgets/Words.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextTable>

namespace twofold::ui {

namespace {

struct PdfText
{
    Q_DECLARE_TR_FUNCTIONS(PdfBook)
};

QString fromUtf8(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// A document that never loads anything from outside: a Markdown image or link in a
// journal must not make the export read files or the network.
class SealedDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl&) override { return {}; }
};

QDateTime localTime(std::int64_t utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime();
}

QString longDate(std::int64_t utcMs)
{
    return QLocale().toString(localTime(utcMs).date(), QStringLiteral("d MMMM yyyy"));
}

QString dateAndTime(std::int64_t utcMs)
{
    const QDateTime when = localTime(utcMs);
    return QLocale().toString(when.date(), QStringLiteral("dddd d MMMM yyyy")) + QStringLiteral(", ") +
           shortTime(when.time());
}

QString entryHeading(const Entry& entry)
{
    return entry.fields.title.empty() ? PdfText::tr("Untitled") : fromUtf8(entry.fields.title);
}

} // namespace

PdfBookLayout::PdfBookLayout(QPdfWriter& writer, const ExportData& data)
    : m_data(data), m_units{static_cast<double>(writer.resolution())}, m_doc(new SealedDocument)
{
    m_doc->documentLayout()->setPaintDevice(&writer);
    m_doc->setDocumentMargin(0);
    m_doc->setUndoRedoEnabled(false);
    m_baseFont = QFont(QStringLiteral("DejaVu Serif"));
    m_baseFont.setStyleHint(QFont::Serif);
    // No cosmetic ligatures ("ﬁ"): text copied or searched in the PDF stays the
    // words that were written. Scripts that need shaping (Arabic) still get it.
    m_baseFont.setStyleStrategy(QFont::PreferNoShaping);
    m_baseFont.setPointSizeF(11);
    m_doc->setDefaultFont(m_baseFont);
    m_footerHeight = m_units.mm(12);
    m_pageSize = QSizeF(writer.width(), writer.height() - m_footerHeight);
    m_doc->setPageSize(m_pageSize);
    m_cursor = QTextCursor(m_doc.get());
}

void PdfBookLayout::build()
{
    m_cursor.beginEditBlock();
    cover();
    contents();
    for (const Entry& e : m_data.entries) {
        entry(e);
    }
    if (!m_data.answers.empty()) {
        answers();
    }
    m_cursor.endEditBlock();
    fillPageNumbers();
}

PdfBookLayout::~PdfBookLayout() = default;

QTextCharFormat PdfBookLayout::textFormat(double points, bool bold, QColor colour) const
{
    QTextCharFormat format;
    QFont font = m_baseFont;
    font.setPointSizeF(points);
    font.setBold(bold);
    format.setFont(font);
    format.setForeground(colour);
    return format;
}

QTextBlockFormat PdfBookLayout::blockFormat(double topMm, double bottomMm, bool newPage,
                                            Qt::Alignment align) const
{
    QTextBlockFormat format;
    format.setTopMargin(m_units.mm(topMm));
    format.setBottomMargin(m_units.mm(bottomMm));
    format.setAlignment(align);
    format.setLayoutDirection(Qt::LayoutDirectionAuto);
    if (newPage) {
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    }
    return format;
}

QTextBlock PdfBookLayout::paragraph(const QString& text, const QTextBlockFormat& block,
                                    const QTextCharFormat& chars)
{
    if (m_started) {
        m_cursor.insertBlock(block, chars);
    } else {
        m_cursor.setBlockFormat(block);
        m_cursor.setBlockCharFormat(chars);
        m_started = true;
    }
    const QTextBlock here = m_cursor.block();
    QString plain = text;
    plain.replace(QLatin1Char('\r'), QString());
    m_cursor.insertText(plain, chars);
    return here;
}

void PdfBookLayout::plainParagraphs(const QString& text, const QTextBlockFormat& block,
                                    const QTextCharFormat& chars)
{
    QString clean = text;
    clean.replace(QLatin1Char('\r'), QString());
    const QStringList parts = clean.split(QRegularExpression(QStringLiteral("\n[ \t]*\n\\s*")));
    bool any = false;
    for (QString part : parts) {
        part = part.trimmed();
        if (part.isEmpty()) {
            continue;
        }
        part.replace(QLatin1Char('\n'), QChar::LineSeparator);
        paragraph(part, block, chars);
        any = true;
    }
    if (!any) {
        paragraph(QString(), block, chars);
    }
}

void PdfBookLayout::cover()
{
    const QColor grey(0x55, 0x55, 0x55);
    paragraph(PdfText::tr("%1's journal").arg(fromUtf8(m_data.partnerName)),
              blockFormat(70, 6, false, Qt::AlignHCenter), textFormat(28, true));
    const auto& entries = m_data.entries;
    QString range;
    if (!entries.empty()) {
        const QString first = longDate(entries.front().createdMs);
        const QString last = longDate(entries.back().createdMs);
        range = first == last ? first : PdfText::tr("%1 to %2").arg(first, last);
    }
    paragraph(range.isEmpty() ? PdfText::tr("There is nothing in this range: no entries.") : range,
              blockFormat(0, 10, false, Qt::AlignHCenter), textFormat(14));
    // Spelled out rather than %n: the command line draws the book with no translator
    // loaded, where "%n entries" would print "1 entries".
    const auto entryCount = static_cast<qsizetype>(entries.size());
    const auto answerCount = static_cast<qsizetype>(m_data.answers.size());
    const QString counts =
        (entryCount == 1 ? PdfText::tr("1 entry") : PdfText::tr("%1 entries").arg(entryCount)) +
        QStringLiteral(" · ") +
        (answerCount == 1 ? PdfText::tr("1 answer") : PdfText::tr("%1 answers").arg(answerCount));
    paragraph(counts, blockFormat(0, 2, false, Qt::AlignHCenter), textFormat(12));
    paragraph(PdfText::tr("Exported %1").arg(longDate(m_data.exportedMs)),
              blockFormat(0, 30, false, Qt::AlignHCenter), textFormat(12, false, grey));
    QString privacy =
        PdfText::tr("This book is not encrypted. Keep it somewhere private, as you would a paper diary.");
    if (m_data.filter.partnerAnswers == PartnerAnswers::Include) {
        privacy += QLatin1Char(' ') + PdfText::tr("It includes %1's revealed answers, which they agreed to "
                                                  "share with you.")
                                          .arg(fromUtf8(m_data.partnerLabel));
    }
    paragraph(privacy, blockFormat(0, 0, false, Qt::AlignHCenter), textFormat(10, false, grey));
}

void PdfBookLayout::contents()
{
    paragraph(PdfText::tr("Contents"), blockFormat(0, 6, true), textFormat(20, true));
    const int rows = static_cast<int>(m_data.entries.size()) + (m_data.answers.empty() ? 0 : 1);
    if (rows == 0) {
        paragraph(PdfText::tr("Nothing was exported."), blockFormat(0, 0), textFormat(11));
        return;
    }
    QTextTableFormat table;
    table.setBorder(0);
    table.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    table.setCellPadding(m_units.pt(2));
    table.setCellSpacing(0);
    table.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    table.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 24),
                                     QTextLength(QTextLength::PercentageLength, 64),
                                     QTextLength(QTextLength::PercentageLength, 12)});
    table.setHeaderRowCount(0);
    m_cursor.insertBlock(blockFormat(0, 0), textFormat(11));
    m_toc = m_cursor.insertTable(rows, 3, table);
    const QTextCharFormat small = textFormat(10, false, QColor(0x55, 0x55, 0x55));
    const QTextCharFormat normal = textFormat(11);
    auto fill = [&](int row, const QString& when, const QString& title) {
        QTextCursor c = m_toc->cellAt(row, 0).firstCursorPosition();
        c.setBlockFormat(blockFormat(0, 0));
        c.insertText(when, small);
        c = m_toc->cellAt(row, 1).firstCursorPosition();
        c.setBlockFormat(blockFormat(0, 0));
        c.insertText(title, normal);
        c = m_toc->cellAt(row, 2).firstCursorPosition();
        QTextBlockFormat right = blockFormat(0, 0, false, Qt::AlignRight | Qt::AlignAbsolute);
        right.setLayoutDirection(Qt::LeftToRight);
        c.setBlockFormat(right);
        c.insertText(QStringLiteral("0"), normal); // placeholder; the number cell has a fixed width
    };
    for (int i = 0; i < static_cast<int>(m_data.entries.size()); ++i) {
        const Entry& e = m_data.entries[static_cast<std::size_t>(i)];
        fill(i, QLocale().toString(localTime(e.createdMs).date(), QLocale::ShortFormat), entryHeading(e));
    }
    if (!m_data.answers.empty()) {
        fill(rows - 1, QString(), PdfText::tr("Prompts we answered"));
    }
    m_cursor.movePosition(QTextCursor::End);
}

void PdfBookLayout::entry(const Entry& e)
{
    const QColor grey(0x55, 0x55, 0x55);
    paragraph(dateAndTime(e.createdMs), blockFormat(0, 1, true), textFormat(10, false, grey));
    m_targets.push_back(paragraph(entryHeading(e), blockFormat(0, 3), textFormat(18, true)));
    QStringList about;
    if (e.fields.mood) {
        about << PdfText::tr("Mood: %1").arg(moodName(*e.fields.mood));
    }
    if (e.fields.kinds != 0) {
        about << PdfText::tr("Closeness: %1").arg(kindsText(e.fields.kinds));
    }
    if (!e.fields.tags.empty()) {
        QStringList tags;
        for (const std::string& tag : e.fields.tags) {
            tags << fromUtf8(tag);
        }
        about << PdfText::tr("Tags: %1").arg(tags.join(QStringLiteral(", ")));
    }
    if (e.updatedMs > e.createdMs + 60'000) {
        about << PdfText::tr("Last changed %1").arg(dateAndTime(e.updatedMs));
    }
    if (!about.isEmpty()) {
        paragraph(about.join(QStringLiteral(" · ")), blockFormat(0, 4), textFormat(10, false, grey));
    }
    markdownBody(e.fields.body);
}

void PdfBookLayout::markdownBody(const std::string& body)
{
    SealedDocument md;
    md.setDefaultFont(m_baseFont);
    md.setMarkdown(fromUtf8(body), QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                                   QTextDocument::MarkdownNoHTML));
    // Replace image objects by their address as text, from the end so positions hold.
    struct Image
    {
        int position;
        int length;
        QString name;
    };
    std::vector<Image> images;
    for (QTextBlock b = md.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid() && fragment.charFormat().isImageFormat()) {
                images.push_back(
                    {fragment.position(), fragment.length(), fragment.charFormat().toImageFormat().name()});
            }
        }
    }
    for (auto image = images.rbegin(); image != images.rend(); ++image) {
        QTextCursor c(&md);
        c.setPosition(image->position);
        c.setPosition(image->position + image->length, QTextCursor::KeepAnchor);
        c.insertText(PdfText::tr("[image: %1]").arg(image->name), QTextCharFormat());
    }
    // The Markdown reader colours links from the window's palette: on paper, ink.
    useInkOnPaper(md);
    for (QTextBlock b = md.begin(); b.isValid(); b = b.next()) {
        QTextCursor c(b);
        QTextBlockFormat format = b.blockFormat();
        format.setLayoutDirection(Qt::LayoutDirectionAuto);
        format.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
        if (format.bottomMargin() < m_units.mm(2)) {
            format.setBottomMargin(m_units.mm(2));
        }
        c.setBlockFormat(format);
    }
    m_cursor.insertBlock(blockFormat(0, 2), textFormat(11));
    if (!md.isEmpty()) {
        m_cursor.insertFragment(QTextDocumentFragment(&md));
    }
}

void PdfBookLayout::answers()
{
    const QColor grey(0x55, 0x55, 0x55);
    m_targets.push_back(
        paragraph(PdfText::tr("Prompts we answered"), blockFormat(0, 6, true), textFormat(20, true)));
    const QString me = fromUtf8(m_data.partnerName);
    const QString partner = fromUtf8(m_data.partnerLabel);
    for (const ExportedAnswer& a : m_data.answers) {
        paragraph(a.promptText.empty() ? PdfText::tr("(A prompt this version of Twofold no longer has.)")
                                       : fromUtf8(a.promptText),
                  blockFormat(7, 2), textFormat(12, true));
        paragraph(stateText(a.state, partner), blockFormat(0, 2), textFormat(9, false, grey));
        if (a.mine || a.mineDamaged) {
            paragraph(PdfText::tr("%1's answer").arg(me), blockFormat(1, 1), textFormat(10, true, grey));
            plainParagraphs(a.mineDamaged ? PdfText::tr("(This answer could not be read: it is damaged.)")
                                          : fromUtf8(*a.mine),
                            blockFormat(0, 2), textFormat(11));
        }
        if (a.partners) {
            QString label = PdfText::tr("%1's answer").arg(partner);
            if (a.partnersIsEarlierVersion) {
                label += QLatin1Char(' ') + PdfText::tr("(an earlier version; they have changed it since)");
            }
            paragraph(label, blockFormat(1, 1), textFormat(10, true, grey));
            plainParagraphs(fromUtf8(*a.partners), blockFormat(0, 2), textFormat(11));
        }
    }
}

QString PdfBookLayout::stateText(const std::string& state, const QString& partner)
{
    if (state == "revealed") {
        return PdfText::tr("Revealed to both of you");
    }
    if (state == "waiting-for-partner") {
        return PdfText::tr("Waiting for %1").arg(partner);
    }
    if (state == "waiting-for-you") {
        return PdfText::tr("%1 is waiting for you").arg(partner);
    }
    return PdfText::tr("Not answered");
}

int PdfBookLayout::pageOf(const QTextBlock& block) const
{
    const QRectF rect = m_doc->documentLayout()->blockBoundingRect(block);
    return static_cast<int>(rect.top() / m_pageSize.height()) + 1;
}

void PdfBookLayout::fillPageNumbers()
{
    if (m_toc == nullptr) {
        return;
    }
    for (int pass = 0; pass < 3; ++pass) {
        std::vector<QString> numbers;
        numbers.reserve(m_targets.size());
        for (const QTextBlock& target : m_targets) {
            numbers.push_back(QString::number(pageOf(target)));
        }
        bool changed = false;
        QTextCursor edit(m_doc.get());
        edit.beginEditBlock();
        for (int row = 0; row < static_cast<int>(numbers.size()); ++row) {
            const QString& number = numbers[static_cast<std::size_t>(row)];
            const QTextTableCell cell = m_toc->cellAt(row, 2);
            QTextCursor c = cell.firstCursorPosition();
            c.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
            if (c.selectedText() != number) {
                const QTextCharFormat format = c.charFormat();
                c.insertText(number, format);
                changed = true;
            }
        }
        edit.endEditBlock();
        if (!changed) {
            return;
        }
    }
}

} // namespace twofold::ui
