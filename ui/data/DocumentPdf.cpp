// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/data/DocumentPdf.h"

#include "common/AtomicFile.h"
#include "ui/widgets/Theme.h"

#include <string_view>
#include <vector>

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace twofold::ui {

void useInkOnPaper(QTextDocument& document)
{
    struct Coloured
    {
        int position;
        int length;
        QColor ink;
    };
    const QPalette paper = printPalette();
    std::vector<Coloured> changes;
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().hasProperty(QTextFormat::ForegroundBrush)) {
                continue;
            }
            const QTextCharFormat format = fragment.charFormat();
            const QColor colour = format.foreground().color();
            if (format.isAnchor()) {
                changes.push_back({fragment.position(), fragment.length(), paper.color(QPalette::Link)});
            } else if (contrastRatio(colour, Qt::white) < 4.5) {
                changes.push_back({fragment.position(), fragment.length(), paper.color(QPalette::Text)});
            }
        }
    }
    for (const Coloured& change : changes) {
        QTextCursor cursor(&document);
        cursor.setPosition(change.position);
        cursor.setPosition(change.position + change.length, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setForeground(change.ink);
        cursor.mergeCharFormat(format);
    }
}

Status writeDocumentPdf(QTextDocument& document, const QString& title, const std::filesystem::path& out)
{
    useInkOnPaper(document);
    // Fail before the work when the folder is missing or not writable.
    auto file = AtomicFile::begin(out);
    if (!file) {
        return std::unexpected(file.error());
    }
    // The PDF is made in memory and written by AtomicFile: QPdfWriter's own file would be
    // created with the default mode (0644), readable by every account on the computer.
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        if (!buffer.open(QIODevice::WriteOnly)) {
            return fail(ErrorCode::Internal, "could not open a buffer for the PDF");
        }
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Twofold"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            return fail(ErrorCode::IoError, "could not start painting the PDF");
        }
        const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
        const qreal scale = writer.resolution() / 96.0;
        const qreal width = page.width() / scale;
        const qreal height = page.height() / scale;
        document.setPageSize(QSizeF(width, height));
        const int pages = document.pageCount();
        for (int i = 0; i < pages; ++i) {
            if (i > 0) {
                writer.newPage();
            }
            painter.save();
            painter.scale(scale, scale);
            painter.translate(0, -i * height);
            QAbstractTextDocumentLayout::PaintContext context;
            context.palette = printPalette(); // not the window's: its text may be near-white
            context.clip = QRectF(0, i * height, width, height);
            painter.setClipRect(context.clip);
            document.documentLayout()->draw(&painter, context);
            painter.restore();
        }
        if (!painter.end()) {
            return fail(ErrorCode::IoError, "could not finish the PDF");
        }
    }
    if (bytes.isEmpty()) {
        return fail(ErrorCode::Internal, "the PDF came out empty");
    }
    if (auto st = file->write(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
        !st) {
        return st;
    }
    return file->commit();
}

} // namespace twofold::ui
