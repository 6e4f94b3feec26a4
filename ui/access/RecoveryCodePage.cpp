// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/access/RecoveryCodePage.h"

#include "common/AtomicFile.h"
#include "ui/access/RecoveryCodeView.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/ErrorMessages.h"
#include "ui/widgets/FileChooser.h"
#include "ui/widgets/Theme.h"

#include <string_view>

#include <QBuffer>
#include <QCheckBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

#ifdef TWOFOLD_HAVE_PRINTSUPPORT
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#endif

namespace twofold::ui {

RecoveryCodePage::RecoveryCodePage(const QString& objectPrefix, QWidget* parent)
    : QWidget(parent), m_heading(new QLabel(tr("Your recovery code"), this)), m_explanation(new QLabel(this)),
      m_view(new RecoveryCodeView(this)),
      m_wroteItDown(new QCheckBox(tr("I &wrote it down and will keep it somewhere safe"), this)),
      m_print(new QPushButton(tr("&Print…"), this)), m_continue(new QPushButton(tr("C&ontinue"), this))
{
    setObjectName(objectPrefix + QStringLiteral("RecoveryPage"));
    makeHeadline(m_heading);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_view->setObjectName(objectPrefix + QStringLiteral("RecoveryCode"));
    m_wroteItDown->setObjectName(objectPrefix + QStringLiteral("WroteItDown"));
    m_wroteItDown->setAccessibleName(tr("I wrote it down"));
    m_print->setObjectName(objectPrefix + QStringLiteral("PrintButton"));
    m_print->setAccessibleName(tr("Print the recovery code"));
    m_print->setVisible(canPrint());
    m_continue->setObjectName(objectPrefix + QStringLiteral("RecoveryContinue"));
    m_continue->setAccessibleName(tr("Continue"));
    m_continue->setEnabled(false);
    m_continue->setDefault(true);

    auto* layout = new QVBoxLayout(addCentredColumn(this));
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(14);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    layout->addSpacing(8);
    auto* centred = new QHBoxLayout;
    centred->addStretch();
    centred->addWidget(m_view);
    centred->addStretch();
    layout->addLayout(centred);
    layout->addSpacing(8);
    layout->addWidget(m_wroteItDown);
    layout->addStretch();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addStretch();
    buttons->addWidget(m_continue);
    layout->addLayout(buttons);

    connect(m_wroteItDown, &QCheckBox::toggled, m_continue, &QPushButton::setEnabled);
    connect(m_print, &QPushButton::clicked, this, &RecoveryCodePage::print);
    connect(m_continue, &QPushButton::clicked, this, [this] {
        clear();
        Q_EMIT continued();
    });
}

void RecoveryCodePage::setCode(const QString& partnerName, SecretBuffer code)
{
    m_partnerName = partnerName;
    m_explanation->setText(
        tr("%1, if you ever forget your password, this code is the only other way into your journal. "
           "Nobody can reset it for you, not even your partner. Write it on paper now and keep it "
           "somewhere your partner will not look. It is shown only this once.")
            .arg(partnerName));
    m_view->setCode(std::move(code));
    m_wroteItDown->setChecked(false);
}

void RecoveryCodePage::setHeading(const QString& heading)
{
    m_heading->setText(heading);
}

void RecoveryCodePage::clear()
{
    m_view->clear();
    m_wroteItDown->setChecked(false);
}

bool RecoveryCodePage::canPrint()
{
#ifdef TWOFOLD_HAVE_PRINTSUPPORT
    return true;
#else
    return false;
#endif
}

void RecoveryCodePage::print()
{
#ifdef TWOFOLD_HAVE_PRINTSUPPORT
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print recovery code"));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    (void)printTo(printer);
#endif
}

RecoveryCodePage::PrintOutcome RecoveryCodePage::printTo(QPrinter& printer)
{
#ifdef TWOFOLD_HAVE_PRINTSUPPORT
    const bool toFile = printer.outputFormat() == QPrinter::PdfFormat || !printer.outputFileName().isEmpty();
    if (!toFile) {
        // A virtual printer ("PDF", "Print to file") may save a file somewhere we cannot see.
        const QString name = printer.printerName();
        if (name.contains(QLatin1String("pdf"), Qt::CaseInsensitive) ||
            name.contains(QLatin1String("file"), Qt::CaseInsensitive)) {
            const auto answer = Dialogs::question(
                this,
                tr("The printer \u201c%1\u201d may save your recovery code as a file instead of printing "
                   "it on paper. Anyone who can use this computer, your partner too, could open that file "
                   "and read the code, and with it your journal.\n\nPrint anyway?")
                    .arg(name),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Yes) {
                return PrintOutcome::NotPrinted;
            }
        }
        QPainter painter;
        if (!painter.begin(&printer)) {
            Dialogs::warning(this, tr("The recovery code could not be printed."));
            return PrintOutcome::NotPrinted;
        }
        paintCode(painter);
        painter.end();
        return PrintOutcome::OnPaper;
    }

    // "Print to file": the code would sit in a file that every program, and anyone who can
    // use this computer, could read. Say so, and write it ourselves: 0600, atomically.
    const QString path =
        QFileInfo(printer.outputFileName().isEmpty() ? QStringLiteral("print.pdf") : printer.outputFileName())
            .absoluteFilePath();
    const auto answer = Dialogs::question(
        this,
        tr("This saves your recovery code in a file, not on paper:\n%1\n\nAnyone who can use this "
           "computer, your partner too, could open that file and read the code, and with it your "
           "journal. Paper kept somewhere private is safer.\n\nSave the file anyway?")
            .arg(path),
        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Save) {
        return PrintOutcome::NotPrinted;
    }
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageLayout(printer.pageLayout());
        writer.setResolution(300);
        writer.setTitle(tr("Twofold recovery code"));
        writer.setCreator(QStringLiteral("Twofold"));
        QPainter painter;
        if (painter.begin(&writer)) {
            paintCode(painter);
            painter.end();
        }
    }
    Status written = fail(ErrorCode::Internal, "the PDF came out empty");
    if (!bytes.isEmpty()) {
        written = writeFileAtomically(
            toPath(path), std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    }
    // The code's bytes in the PDF are ordinary memory: wipe our copy at least.
    bytes.fill('\0');
    if (!written) {
        Dialogs::warning(this, describe(written.error()).text());
        return PrintOutcome::NotPrinted;
    }
    return PrintOutcome::SavedToFile;
#else
    (void)printer;
    return PrintOutcome::NotPrinted;
#endif
}

void RecoveryCodePage::paintCode(QPainter& painter) const
{
    // Dark ink on white: QPainter's own pen, never the window's theme.
    painter.setPen(Qt::black);
    const QRect page = painter.viewport();
    QFont body = font();
    body.setPointSize(12);
    painter.setFont(body);
    const int margin = page.width() / 12;
    QRect area = page.adjusted(margin, margin, -margin, -margin);
    const QString intro = tr("Twofold recovery code for %1\n\nIf you forget your password, this code opens "
                             "your journal. Keep this paper somewhere safe and private.")
                              .arg(m_partnerName);
    QRect used;
    painter.drawText(area, Qt::TextWordWrap, intro, &used);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSize(20);
    painter.setFont(mono);
    area.setTop(used.bottom() + painter.fontMetrics().height() * 2);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop,
                     RecoveryCodeView::lines(m_view->code()).join(QLatin1Char('\n')));
}

} // namespace twofold::ui
