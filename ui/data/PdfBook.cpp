// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/data/PdfBook.h"

#include "common/AtomicFile.h"
#include "ui/data/PdfBookLayout.h"
#include "ui/widgets/Theme.h"

#include <memory>

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

namespace twofold::ui {

namespace {

struct PdfText
{
    Q_DECLARE_TR_FUNCTIONS(PdfBook)
};

// Without an application (the command line), a QGuiApplication on the offscreen
// platform for the duration; its chatter (font and platform warnings) is not shown.
class GuiForPdf
{
public:
    GuiForPdf()
    {
        if (QCoreApplication::instance() != nullptr) {
            return;
        }
        m_previousHandler = qInstallMessageHandler(&GuiForPdf::quiet);
        m_app = std::make_unique<QGuiApplication>(m_argc, m_argv);
    }
    ~GuiForPdf()
    {
        if (m_app) {
            m_app.reset();
            qInstallMessageHandler(m_previousHandler);
        }
    }
    GuiForPdf(const GuiForPdf&) = delete;
    GuiForPdf& operator=(const GuiForPdf&) = delete;

    static bool usable() { return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr; }

private:
    static void quiet(QtMsgType type, const QMessageLogContext&, const QString&)
    {
        if (type == QtFatalMsg) {
            std::abort();
        }
    }

    char m_name[8] = "twofold";
    char m_platformOption[10] = "-platform";
    char m_platform[10] = "offscreen";
    char* m_argv[4] = {m_name, m_platformOption, m_platform, nullptr};
    int m_argc = 3;
    QtMessageHandler m_previousHandler = nullptr;
    std::unique_ptr<QGuiApplication> m_app;
};

// Each page of `book`, clipped to its text area, with its number in the footer.
void paintPages(const PdfBookLayout& book, QPdfWriter& writer, QPainter& painter)
{
    const int pages = book.pageCount();
    const double pageHeight = book.pageSize().height();
    QFont footerFont = book.baseFont();
    footerFont.setPointSizeF(9);
    for (int page = 0; page < pages; ++page) {
        if (page > 0) {
            writer.newPage();
        }
        painter.save();
        painter.setClipRect(QRectF(0, 0, book.pageSize().width(), pageHeight));
        painter.translate(0, -page * pageHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * pageHeight, book.pageSize().width(), pageHeight);
        context.palette = printPalette(); // dark ink on white, whatever the window's theme
        book.document().documentLayout()->draw(&painter, context);
        painter.restore();
        if (page > 0) { // the cover has no number
            painter.save();
            painter.setFont(footerFont);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.drawText(QRectF(0, pageHeight, book.pageSize().width(), book.footerHeight()),
                             Qt::AlignHCenter | Qt::AlignBottom,
                             PdfText::tr("%1 of %2").arg(page + 1).arg(pages));
            painter.restore();
        }
    }
}

} // namespace

Result<ExportSummary> writePdfExport(const ExportData& data, const std::filesystem::path& out)
{
    if (out.empty()) {
        return fail(ErrorCode::InvalidArgument, "no path for the PDF export");
    }
    // Fail before the slow part when the folder is missing or not writable.
    auto file = AtomicFile::begin(out);
    if (!file) {
        return std::unexpected(file.error());
    }

    GuiForPdf gui;
    if (!GuiForPdf::usable()) {
        return fail(ErrorCode::Internal, "PDF export needs a QGuiApplication");
    }

    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        if (!buffer.open(QIODevice::WriteOnly)) {
            return fail(ErrorCode::Internal, "could not open a buffer for the PDF");
        }
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(22, 20, 22, 14), QPageLayout::Millimeter);
        writer.setTitle(PdfText::tr("Twofold journal"));
        writer.setCreator(QStringLiteral("Twofold"));

        PdfBookLayout book(writer, data);
        book.build();
        QPainter painter;
        if (!painter.begin(&writer)) {
            return fail(ErrorCode::Internal, "could not start painting the PDF");
        }
        paintPages(book, writer, painter);
        if (!painter.end()) {
            return fail(ErrorCode::Internal, "could not finish the PDF");
        }
    }
    if (bytes.isEmpty()) {
        return fail(ErrorCode::Internal, "the PDF came out empty");
    }
    if (auto st = file->write(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
        !st) {
        return std::unexpected(st.error());
    }
    if (auto st = file->commit(); !st) {
        return std::unexpected(st.error());
    }
    return ExportSummary{data.entries.size(), data.answers.size(), 1};
}

} // namespace twofold::ui
