// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Every file Twofold writes outside the vault (exports, PDFs, backups, a printed recovery
// code) is 0600 whatever the umask, and every PDF is dark ink on white whatever the theme.
#include "UiTestSupport.h"
#include "backup/AutoBackup.h"
#include "backup/Backup.h"
#include "crypto/SecretBuffer.h"
#include "export/Export.h"
#include "ui/access/RecoveryCodePage.h"
#include "ui/data/DocumentPdf.h"
#include "ui/data/PdfBook.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/Theme.h"

#include <filesystem>
#include <memory>
#include <string>
#include <sys/stat.h>
#include <vector>

#include <QColor>
#include <QFile>
#include <QRegularExpression>
#include <QTextDocument>

#ifdef TWOFOLD_HAVE_PRINTSUPPORT
#include <QPrinter>
#endif

namespace twofold::test {
namespace {

namespace fs = std::filesystem;

unsigned modeOf(const fs::path& path)
{
    struct stat st
    {
    };
    EXPECT_EQ(::lstat(path.c_str(), &st), 0) << path;
    return st.st_mode & 07777;
}

// The umask most desktops run with: what a file gets when nobody asks for less.
class PermissiveUmask
{
public:
    PermissiveUmask() : m_old(::umask(022)) {}
    ~PermissiveUmask() { ::umask(m_old); }
    PermissiveUmask(const PermissiveUmask&) = delete;
    PermissiveUmask& operator=(const PermissiveUmask&) = delete;

private:
    mode_t m_old;
};

// The fill colour in force at every piece of text in the PDF's page streams: the
// colour set by "r g b scn" / "r g b rg" before each BT (text object).
std::vector<QColor> textColours(const fs::path& pdf)
{
    QFile file(QString::fromStdString(pdf.string()));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    std::vector<QColor> colours;
    qsizetype at = 0;
    while ((at = bytes.indexOf("stream", at)) >= 0) {
        const qsizetype dictStart = bytes.lastIndexOf("obj", at);
        const bool flate = bytes.mid(dictStart, at - dictStart).contains("FlateDecode");
        qsizetype start = at + 6;
        if (start < bytes.size() && bytes[start] == '\r') {
            ++start;
        }
        if (start < bytes.size() && bytes[start] == '\n') {
            ++start;
        }
        const qsizetype end = bytes.indexOf("endstream", start);
        if (end < 0) {
            break;
        }
        at = end + 9;
        QByteArray content = bytes.mid(start, end - start);
        if (flate) {
            // qUncompress wants the size first; it grows the buffer when the guess is short.
            content = qUncompress(QByteArray("\x00\x10\x00\x00", 4) + content);
        }
        if (!content.contains("BT")) {
            continue;
        }
        const QStringList tokens = QString::fromLatin1(content).split(
            QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        QColor fill(Qt::black); // the PDF default
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const QString& op = tokens.at(i);
            if ((op == QLatin1String("scn") || op == QLatin1String("rg")) && i >= 3) {
                bool r = false;
                bool g = false;
                bool b = false;
                const double red = tokens.at(i - 3).toDouble(&r);
                const double green = tokens.at(i - 2).toDouble(&g);
                const double blue = tokens.at(i - 1).toDouble(&b);
                if (r && g && b) {
                    fill = QColor::fromRgbF(static_cast<float>(red), static_cast<float>(green),
                                            static_cast<float>(blue));
                }
            } else if (op == QLatin1String("BT")) {
                colours.push_back(fill);
            }
        }
    }
    return colours;
}

void expectDarkInkOnWhite(const fs::path& pdf)
{
    const std::vector<QColor> colours = textColours(pdf);
    ASSERT_FALSE(colours.empty()) << "no text found in " << pdf;
    for (const QColor& colour : colours) {
        EXPECT_GE(ui::contrastRatio(colour, Qt::white), 4.5)
            << "text in " << colour.name().toStdString() << " on white in " << pdf;
    }
}

ExportData sampleExport()
{
    ExportData data;
    data.partnerName = "Alex";
    data.exportedMs = 1'700'000'000'000;
    Entry entry;
    entry.id = 1;
    entry.createdMs = data.exportedMs - 86'400'000;
    entry.updatedMs = entry.createdMs;
    entry.fields.title = "Sunday walk";
    entry.fields.body = "We walked by the **river**, past [our bench](https://example.org/bench).\n\n> quiet";
    data.entries.push_back(entry);
    return data;
}

class UiPrivateFiles : public UiTest
{
protected:
    void TearDown() override
    {
        ui::applyTheme(ui::ThemeChoice::System);
        UiTest::TearDown();
    }

    fs::path out(const std::string& name) const { return m_dir.path() / name; }
    PermissiveUmask m_umask;
};

TEST_F(UiPrivateFiles, TheJournalPdfIsPrivateAndDarkOnWhiteInTheDarkTheme)
{
    ui::applyTheme(ui::ThemeChoice::Dark);
    const fs::path pdf = out("journal.pdf");
    ASSERT_TRUE(ui::writePdfExport(sampleExport(), pdf).has_value());
    EXPECT_EQ(modeOf(pdf), 0600u);
    expectDarkInkOnWhite(pdf);
}

TEST_F(UiPrivateFiles, TheReviewPdfIsPrivateAndDarkOnWhiteInTheDarkTheme)
{
    ui::applyTheme(ui::ThemeChoice::Dark);
    // The weekly review's PDF is written through this (TogetherPage::exportPdf).
    QTextDocument review;
    review.setHtml(QStringLiteral("<h2>Weekly review</h2><p><b>Alex:</b> the walk</p><p>Sam: the tea, "
                                  "<a href=\"https://example.org\">a link</a></p>"));
    const fs::path pdf = out("review.pdf");
    ASSERT_TRUE(ui::writeDocumentPdf(review, QStringLiteral("Weekly review"), pdf).has_value());
    EXPECT_EQ(modeOf(pdf), 0600u);
    expectDarkInkOnWhite(pdf);
}

TEST_F(UiPrivateFiles, JsonAndMarkdownExportsArePrivate)
{
    const ExportData data = sampleExport();
    const fs::path json = out("export.json");
    ASSERT_TRUE(writeJsonExport(data, json).has_value());
    EXPECT_EQ(modeOf(json), 0600u);

    const fs::path folder = out("export-md");
    ASSERT_TRUE(writeMarkdownExport(data, folder).has_value());
    EXPECT_EQ(modeOf(folder), 0700u) << "the file names say what the entries are called";
    int files = 0;
    for (const auto& item : fs::recursive_directory_iterator(folder)) {
        EXPECT_EQ(modeOf(item.path()), item.is_directory() ? 0700u : 0600u) << item.path();
        ++files;
    }
    EXPECT_GT(files, 0);
}

TEST_F(UiPrivateFiles, BackupsAndTheAutomaticBackupFolderArePrivate)
{
    makeVault(vaultDir(), {{"Alex", "alex-demo-password", {}}});
    const fs::path backup = out("now.twofold-backup");
    ASSERT_TRUE(createBackup(vaultDir(), backup, SystemClock::instance()).has_value());
    EXPECT_EQ(modeOf(backup), 0600u);

    const fs::path folder = out("Documents") / "Twofold backups";
    auto made = runAutoBackup(vaultDir(), folder, 3, SystemClock::instance());
    ASSERT_TRUE(made.has_value());
    EXPECT_EQ(modeOf(folder), 0700u);
    for (const auto& item : fs::directory_iterator(folder)) {
        EXPECT_EQ(modeOf(item.path()), 0600u) << item.path();
    }
}

#ifdef TWOFOLD_HAVE_PRINTSUPPORT
class UiPrintRecoveryCode : public UiPrivateFiles
{
protected:
    void SetUp() override
    {
        UiPrivateFiles::SetUp();
        ui::Dialogs::setAlwaysAnswer(std::nullopt);
        m_page = std::make_unique<ui::RecoveryCodePage>(QStringLiteral("test"));
        m_page->setCode(QStringLiteral("Alex"), SecretBuffer::fromString("ABCD1234EFGH5678IJKL9012MNOP3456"));
        // Made here, not as a member: a QPrinter needs the application, which SetUp makes.
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        m_printer->setOutputFormat(QPrinter::PdfFormat);
        m_printer->setOutputFileName(QString::fromStdString(out("print.pdf").string()));
    }
    void TearDown() override
    {
        m_page.reset();
        m_printer.reset();
        UiPrivateFiles::TearDown();
    }

    std::unique_ptr<ui::RecoveryCodePage> m_page;
    std::unique_ptr<QPrinter> m_printer;
};

TEST_F(UiPrintRecoveryCode, PrintToFileSaysWhoCouldReadItAndWritesAPrivateFile)
{
    const int asked = ui::Dialogs::shownCount();
    ui::Dialogs::setNextAnswer(QMessageBox::Save);
    EXPECT_EQ(m_page->printTo(*m_printer), ui::RecoveryCodePage::PrintOutcome::SavedToFile);
    EXPECT_EQ(ui::Dialogs::shownCount(), asked + 1) << "asked before writing";
    EXPECT_TRUE(ui::Dialogs::lastText().contains(QStringLiteral("Anyone who can use this computer")))
        << ui::Dialogs::lastText().toStdString();
    EXPECT_EQ(ui::Dialogs::lastDefault(), QMessageBox::Cancel) << "not writing is the default";
    ASSERT_TRUE(fs::exists(out("print.pdf")));
    EXPECT_EQ(modeOf(out("print.pdf")), 0600u);
    expectDarkInkOnWhite(out("print.pdf"));
}

TEST_F(UiPrintRecoveryCode, DecliningWritesNothing)
{
    ui::Dialogs::setNextAnswer(QMessageBox::Cancel);
    EXPECT_EQ(m_page->printTo(*m_printer), ui::RecoveryCodePage::PrintOutcome::NotPrinted);
    EXPECT_FALSE(fs::exists(out("print.pdf")));
    for (const auto& item : fs::directory_iterator(m_dir.path())) {
        EXPECT_EQ(item.path().filename().string().find("print"), std::string::npos) << item.path();
    }
}
#endif

} // namespace
} // namespace twofold::test
