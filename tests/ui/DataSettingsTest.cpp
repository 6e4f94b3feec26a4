// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Settings › "Your data": export, import, back up now, check the vault and the
// automatic-backup settings, driven through the real widgets with the file choosers
// answered by ui::FileChooser's seam.
#include "UiTestSupport.h"
#include "backup/AutoBackup.h"
#include "backup/Backup.h"
#include "core/import/ZipWriter.h"
#include "couple/CoupleSpace.h"
#include "prompts/ShippedPromptPacks.h"
#include "support/FastKdf.h"
#include "ui/data/DataSection.h"
#include "ui/data/ExportDialog.h"
#include "ui/data/ImportDialog.h"
#include "ui/data/SettingsPage.h"
#include "ui/data/VaultCheckDialog.h"
#include "ui/journal/EntryListModel.h"
#include "ui/journal/JournalPage.h"
#include "ui/shell/MainScreen.h"
#include "ui/widgets/FileChooser.h"
#include "vault/Vault.h"

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>

namespace twofold::test {
namespace {

const QString kAlex = QStringLiteral("alex-password");
const std::filesystem::path kImportData =
    std::filesystem::path(TWOFOLD_SOURCE_DIR) / "tests" / "data" / "import";

constexpr char kEntryText[] = "The lighthouse at dusk, and the long walk back.";
constexpr char kOtherEntryText[] = "Groceries and a quiet evening.";
constexpr char kAlexAnswer[] = "Alex: being known, slowly.";
constexpr char kSamAnswer[] = "Sam: feeling safe enough to be boring together.";
// Sam's answer to a second prompt that Sam has not agreed to reveal (Alex has).
constexpr char kSamHiddenAnswer[] = "Sam-unrevealed-marker: not yet, not even in an export.";
constexpr char kAlexSecondAnswer[] = "Alex: the second prompt, revealed.";

QString qpath(const std::filesystem::path& path)
{
    return ui::fromPath(path);
}

class UiDataSettings : public UiTest
{
protected:
    // Alex and Sam; an entry of Alex's tagged "walk", another untagged; a prompt both
    // answered and revealed.
    void makeCoupleVault(bool withPartner = true)
    {
        auto vault = Vault::create(vaultDir(), twofold::test::fastVaultOptions());
        ASSERT_TRUE(vault);
        auto alex = vault->enroll({"Alex", "#c0604d"}, SecretBuffer::fromString(kAlex.toStdString()));
        ASSERT_TRUE(alex);
        ASSERT_TRUE(alex->session.journal().create({"Lighthouse", kEntryText, 4, 0, {"walk"}, std::nullopt}));
        ASSERT_TRUE(alex->session.journal().create({"Errands", kOtherEntryText, 3, 0, {}, std::nullopt}));
        if (!withPartner) {
            return;
        }
        auto sam =
            vault->enroll({"Sam", "#3f7cac"}, SecretBuffer::fromString("sam-password"), &alex->session);
        ASSERT_TRUE(sam);
        auto alexSpace = CoupleSpace::open(alex->session, shippedPromptPacks());
        auto samSpace = CoupleSpace::open(sam->session, shippedPromptPacks());
        ASSERT_TRUE(alexSpace && samSpace);
        ASSERT_TRUE(alexSpace->beginTogether(*samSpace));
        auto prompts = alexSpace->prompts().sharedPrompts();
        ASSERT_TRUE(prompts && !prompts->empty());
        ASSERT_TRUE(alexSpace->answer(prompts->front().id, kAlexAnswer, Reveal::Yes));
        ASSERT_TRUE(samSpace->answer(prompts->front().id, kSamAnswer, Reveal::Yes));
        ASSERT_GE(prompts->size(), 2u);
        ASSERT_TRUE(alexSpace->answer((*prompts)[1].id, kAlexSecondAnswer, Reveal::Yes));
        ASSERT_TRUE(samSpace->answer((*prompts)[1].id, kSamHiddenAnswer, Reveal::NotYet));
        alexSpace->endTogether();
    }

    void openSettings()
    {
        startWindow();
        ASSERT_TRUE(unlockAs(1, kAlex));
        m_window->mainScreen()->showPage(QStringLiteral("navSettings"));
        m_settings = m_window->mainScreen()->settingsPage();
        ASSERT_NE(m_settings, nullptr);
    }

    template <typename Dialog> Dialog* openDialog(const char* button, const char* name)
    {
        child<QPushButton>(m_settings, button)->click();
        auto* dialog = child<Dialog>(m_settings, name);
        EXPECT_TRUE(dialog && dialog->isVisible());
        return dialog;
    }

    // Runs an export with the partner's answers on or off and returns the file's text.
    QString exportTo(ui::ExportDialog* dialog, const std::filesystem::path& out)
    {
        ui::FileChooser::setNextPath(qpath(out));
        child<QPushButton>(dialog, "exportRun")->click();
        EXPECT_TRUE(waitUntil([dialog] { return !dialog->isBusy(); }));
        // The result grows the dialog instead of squeezing the fields above it.
        EXPECT_TRUE(waitUntil([dialog] { return dialog->height() >= dialog->sizeHint().height(); }))
            << dialog->height() << " < " << dialog->sizeHint().height();
        return child<QLabel>(dialog, "exportResult")->text();
    }

    std::int64_t entryCount()
    {
        auto count = m_window->context().session()->journal().count();
        EXPECT_TRUE(count);
        return count ? *count : -1;
    }

    QString runImport(ui::ImportDialog* dialog, int formatIndex, const std::filesystem::path& path)
    {
        child<QComboBox>(dialog, "importFormat")->setCurrentIndex(formatIndex);
        ui::FileChooser::setNextPath(qpath(path));
        child<QPushButton>(dialog, "importChoose")->click();
        EXPECT_EQ(child<QLineEdit>(dialog, "importPath")->text(), qpath(path));
        child<QPushButton>(dialog, "importRun")->click();
        EXPECT_TRUE(waitUntil([dialog] { return !dialog->isBusy(); }));
        return child<QLabel>(dialog, "importResult")->text();
    }

    QString runCheck()
    {
        auto* dialog = openDialog<ui::VaultCheckDialog>("dataCheckButton", "vaultCheckDialog");
        EXPECT_TRUE(waitUntil([dialog] { return !dialog->isBusy(); }));
        const QString summary = child<QLabel>(dialog, "vaultCheckSummary")->text();
        m_checkRows = child<QListWidget>(dialog, "vaultCheckList")->count();
        dialog->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return summary;
    }

    ui::SettingsPage* m_settings = nullptr;
    int m_checkRows = 0;
};

TEST_F(UiDataSettings, SettingsPageScrollsAndHasTheDataSection)
{
    makeCoupleVault();
    openSettings();
    EXPECT_NE(child<QScrollArea>(m_settings, "settingsScroll"), nullptr);
    for (const char* name : {"dataExportButton", "dataImportButton", "dataBackupButton", "dataCheckButton",
                             "autoBackupEnabled", "autoBackupChoose", "autoBackupKeep"}) {
        auto* widget = child<QWidget>(m_settings, name);
        ASSERT_NE(widget, nullptr);
        EXPECT_TRUE(widget->isEnabled()) << name;
    }
}

TEST_F(UiDataSettings, ExportJsonHasTheEntryAndThePartnersAnswerOnlyWhenAsked)
{
    makeCoupleVault();
    openSettings();
    auto* dialog = openDialog<ui::ExportDialog>("dataExportButton", "exportDialog");
    ASSERT_NE(dialog, nullptr);
    auto* partner = child<QCheckBox>(dialog, "exportPartnerAnswers");
    EXPECT_TRUE(partner->isEnabled());
    EXPECT_FALSE(partner->isChecked());
    EXPECT_TRUE(partner->text().contains(QStringLiteral("Sam's revealed answers")));

    const auto without = m_dir.path() / "without.json";
    const QString result = exportTo(dialog, without);
    EXPECT_TRUE(result.contains(QStringLiteral("Exported 2 entries and 2 answers"))) << result.toStdString();
    EXPECT_TRUE(result.contains(QStringLiteral("not encrypted"))) << result.toStdString();
    const std::string plain = readFile(without);
    EXPECT_NE(plain.find(kEntryText), std::string::npos);
    EXPECT_NE(plain.find(kAlexAnswer), std::string::npos);
    EXPECT_EQ(plain.find(kSamAnswer), std::string::npos);
    EXPECT_EQ(plain.find("Sam-unrevealed-marker"), std::string::npos);

    partner->setChecked(true);
    const auto with = m_dir.path() / "with.json";
    const QString withResult = exportTo(dialog, with);
    EXPECT_TRUE(withResult.contains(QStringLiteral("Sam's revealed answers"))) << withResult.toStdString();
    const std::string withText = readFile(with);
    EXPECT_NE(withText.find(kSamAnswer), std::string::npos);
    EXPECT_NE(withText.find(kAlexSecondAnswer), std::string::npos);
    // Sam has not agreed to reveal the second answer: it stays out even with the box on.
    EXPECT_EQ(withText.find("Sam-unrevealed-marker"), std::string::npos);
}

TEST_F(UiDataSettings, CtrlLInTheExportDialogLocksAndClosesIt)
{
    makeCoupleVault();
    openSettings();
    auto* dialog = openDialog<ui::ExportDialog>("dataExportButton", "exportDialog");
    ASSERT_NE(dialog, nullptr);
    QPointer<ui::ExportDialog> alive(dialog);
    // The dialog is the active window (offscreen, activation is not automatic).
    dialog->activateWindow();
    QApplication::setActiveWindow(dialog);
    ASSERT_EQ(QApplication::activeWindow(), dialog);
    QTest::keyClick(child<QLineEdit>(dialog, "exportTags"), Qt::Key_L, Qt::ControlModifier);
    EXPECT_FALSE(m_window->isUnlocked());
    EXPECT_EQ(m_window->mainScreen(), nullptr);
    EXPECT_TRUE(!alive || !alive->isVisible()) << "the dialog is closed at once";
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(alive.isNull());
}

TEST_F(UiDataSettings, ALockWhileTheExportChooserIsOpenExportsNothingAndClosesTheDialog)
{
    makeCoupleVault();
    openSettings();
    auto* dialog = openDialog<ui::ExportDialog>("dataExportButton", "exportDialog");
    ASSERT_NE(dialog, nullptr);
    QPointer<ui::ExportDialog> alive(dialog);
    child<QCheckBox>(dialog, "exportPartnerAnswers")->setChecked(true);
    const auto out = m_dir.path() / "locked.json";
    // The idle lock fires while the chooser is on screen; the user then picks a file.
    ui::FileChooser::setNextPath(qpath(out), [this] { m_window->lock(); });
    child<QPushButton>(dialog, "exportRun")->click();
    EXPECT_FALSE(m_window->isUnlocked());
    EXPECT_TRUE(!alive || !alive->isVisible());
    if (alive) {
        EXPECT_FALSE(alive->isBusy()) << "no export job was started";
    }
    settle();
    EXPECT_TRUE(alive.isNull());
    EXPECT_FALSE(std::filesystem::exists(out));
    EXPECT_EQ(m_window->context().pool.activeThreadCount(), 0);
    for (const QString& text : allVisibleText()) {
        EXPECT_FALSE(text.contains(QStringLiteral("Exported"))) << text.toStdString();
    }
    // The unlock screen works as before.
    ASSERT_TRUE(unlockAs(1, kAlex));
}

TEST_F(UiDataSettings, ALockWhileTheImportOrBackupChooserIsOpenDoesNothing)
{
    makeCoupleVault();
    openSettings();
    const std::int64_t before = entryCount();
    auto* dialog = openDialog<ui::ImportDialog>("dataImportButton", "importDialog");
    ASSERT_NE(dialog, nullptr);
    QPointer<ui::ImportDialog> alive(dialog);
    ui::FileChooser::setNextPath(qpath(kImportData / "jrnl-export.json"), [this] { m_window->lock(); });
    child<QPushButton>(dialog, "importChoose")->click();
    EXPECT_FALSE(m_window->isUnlocked());
    if (alive) {
        EXPECT_FALSE(alive->isVisible());
        EXPECT_TRUE(child<QLineEdit>(alive, "importPath")->text().isEmpty());
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(alive.isNull());
    ASSERT_TRUE(unlockAs(1, kAlex));
    EXPECT_EQ(entryCount(), before);

    // Back up now: the same lock while its chooser is open writes no backup.
    m_window->mainScreen()->showPage(QStringLiteral("navSettings"));
    m_settings = m_window->mainScreen()->settingsPage();
    const auto out = m_dir.path() / "locked.twofold-backup";
    ui::FileChooser::setNextPath(qpath(out), [this] { m_window->lock(); });
    child<QPushButton>(m_settings, "dataBackupButton")->click();
    EXPECT_FALSE(m_window->isUnlocked());
    settle();
    EXPECT_FALSE(std::filesystem::exists(out));
    EXPECT_EQ(m_window->context().pool.activeThreadCount(), 0);
}

TEST_F(UiDataSettings, ExportFiltersByTagAndDates)
{
    makeCoupleVault();
    openSettings();
    auto* dialog = openDialog<ui::ExportDialog>("dataExportButton", "exportDialog");
    ASSERT_NE(dialog, nullptr);
    child<QLineEdit>(dialog, "exportTags")->setText(QStringLiteral(" Walk , "));
    const auto tagged = m_dir.path() / "tagged.json";
    EXPECT_TRUE(exportTo(dialog, tagged).contains(QStringLiteral("Exported 1 entry")));
    const std::string text = readFile(tagged);
    EXPECT_NE(text.find(kEntryText), std::string::npos);
    EXPECT_EQ(text.find(kOtherEntryText), std::string::npos);

    // Every entry was written today: a range ending yesterday holds none of them.
    child<QLineEdit>(dialog, "exportTags")->clear();
    child<QCheckBox>(dialog, "exportWholeJournal")->setChecked(false);
    EXPECT_TRUE(child<QDateEdit>(dialog, "exportFrom")->isEnabled());
    child<QDateEdit>(dialog, "exportTo")->setDate(QDate::currentDate().addDays(-1));
    const auto past = m_dir.path() / "past.json";
    EXPECT_TRUE(exportTo(dialog, past).contains(QStringLiteral("Exported 0 entries")));
    EXPECT_EQ(readFile(past).find(kEntryText), std::string::npos);

    child<QDateEdit>(dialog, "exportFrom")->setDate(QDate::currentDate().addDays(1));
    child<QDateEdit>(dialog, "exportTo")->setDate(QDate::currentDate());
    const auto backwards = m_dir.path() / "backwards.json";
    ui::FileChooser::setNextPath(qpath(backwards));
    child<QPushButton>(dialog, "exportRun")->click();
    ui::FileChooser::setNextPath(QString()); // the chooser was not asked: clear the answer
    EXPECT_TRUE(
        child<QLabel>(dialog, "exportResult")->text().contains(QStringLiteral("first date is after")));
    EXPECT_FALSE(std::filesystem::exists(backwards));
}

TEST_F(UiDataSettings, ExportMarkdownWritesAFolderAndRefusesAFullOne)
{
    makeCoupleVault();
    openSettings();
    auto* dialog = openDialog<ui::ExportDialog>("dataExportButton", "exportDialog");
    ASSERT_NE(dialog, nullptr);
    child<QComboBox>(dialog, "exportFormat")
        ->setCurrentIndex(static_cast<int>(ui::ExportDialog::Format::Markdown));
    const auto folder = m_dir.path() / "markdown";
    EXPECT_TRUE(exportTo(dialog, folder).contains(QStringLiteral("Exported 2 entries")));
    bool found = false;
    for (const auto& file : std::filesystem::directory_iterator(folder)) {
        if (file.path().extension() == ".md" && readFile(file.path()).find(kEntryText) != std::string::npos) {
            found = true;
        }
    }
    EXPECT_TRUE(found);

    const auto full = m_dir.path() / "full";
    std::filesystem::create_directories(full);
    std::ofstream(full / "keep.txt") << "mine";
    const QString refused = exportTo(dialog, full);
    EXPECT_TRUE(refused.contains(QStringLiteral("not empty"))) << refused.toStdString();
    EXPECT_EQ(readFile(full / "keep.txt"), "mine");
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(full), std::filesystem::directory_iterator()),
              1);
}

TEST_F(UiDataSettings, ExportPdfWritesAPdfBook)
{
    makeCoupleVault();
    openSettings();
    auto* dialog = openDialog<ui::ExportDialog>("dataExportButton", "exportDialog");
    ASSERT_NE(dialog, nullptr);
    child<QComboBox>(dialog, "exportFormat")
        ->setCurrentIndex(static_cast<int>(ui::ExportDialog::Format::Pdf));
    const auto pdf = m_dir.path() / "book.pdf";
    const QString result = exportTo(dialog, pdf);
    EXPECT_TRUE(result.contains(QStringLiteral("Exported 2 entries"))) << result.toStdString();
    EXPECT_EQ(readFile(pdf).substr(0, 5), "%PDF-");
    // The words are in it (poppler's pdftotext, as PdfBookTest reads it; setup-deps installs it).
    if (std::system("command -v pdftotext >/dev/null 2>&1") == 0) {
        const auto text = m_dir.path() / "book.txt";
        ASSERT_EQ(std::system(("pdftotext '" + pdf.string() + "' '" + text.string() + "'").c_str()), 0);
        EXPECT_NE(readFile(text).find("Lighthouse"), std::string::npos);
        EXPECT_NE(readFile(text).find("The lighthouse at dusk"), std::string::npos);
    }
}

TEST_F(UiDataSettings, PartnerAnswersCannotBeChosenWithoutAPartner)
{
    makeCoupleVault(false);
    openSettings();
    auto* dialog = openDialog<ui::ExportDialog>("dataExportButton", "exportDialog");
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(child<QCheckBox>(dialog, "exportPartnerAnswers")->isEnabled());
}

TEST_F(UiDataSettings, ImportAddsEntriesTheJournalListShowsAndSkipsThemTheSecondTime)
{
    makeCoupleVault();
    openSettings();
    const std::int64_t before = entryCount();
    auto* dialog = openDialog<ui::ImportDialog>("dataImportButton", "importDialog");
    ASSERT_NE(dialog, nullptr);
    const QString first = runImport(dialog, 1, kImportData / "jrnl-export.json");
    const std::int64_t after = entryCount();
    ASSERT_GT(after, before);
    EXPECT_TRUE(first.startsWith(QStringLiteral("Imported %1 ").arg(after - before))) << first.toStdString();
    EXPECT_EQ(m_window->mainScreen()->journalPage()->listModel()->rowCount(), after);

    const QString second = runImport(dialog, 1, kImportData / "jrnl-export.json");
    EXPECT_TRUE(second.contains(QStringLiteral("Imported 0 entries"))) << second.toStdString();
    EXPECT_TRUE(second.contains(QStringLiteral("already in your journal were skipped")))
        << second.toStdString();
    EXPECT_EQ(entryCount(), after);

    const QString dayOne = runImport(dialog, 0, kImportData / "dayone-journal.json");
    EXPECT_TRUE(dayOne.startsWith(QStringLiteral("Imported"))) << dayOne.toStdString();
    EXPECT_GT(entryCount(), after);
}

TEST_F(UiDataSettings, ABrokenFileSaysWhereAndImportsNothing)
{
    makeCoupleVault();
    openSettings();
    const std::int64_t before = entryCount();
    auto* dialog = openDialog<ui::ImportDialog>("dataImportButton", "importDialog");
    ASSERT_NE(dialog, nullptr);
    const QString result = runImport(dialog, 2, kImportData / "bad-markdown");
    EXPECT_TRUE(result.contains(QStringLiteral("b-bad.md"))) << result.toStdString();
    EXPECT_TRUE(result.contains(QStringLiteral("line "))) << result.toStdString();
    EXPECT_TRUE(result.contains(QStringLiteral("Nothing was imported."))) << result.toStdString();
    EXPECT_EQ(entryCount(), before);
    EXPECT_EQ(m_window->mainScreen()->journalPage()->listModel()->rowCount(), before);
}

TEST_F(UiDataSettings, DayOnesZipAsExportedImportsFromTheDialog)
{
    makeCoupleVault();
    openSettings();
    const std::int64_t before = entryCount();
    auto slurp = [](const std::filesystem::path& path) {
        std::ifstream in(path, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), {});
    };
    const auto folder = kImportData / "dayone" / "export";
    const auto zip = m_dir.path() / "Day One export.zip";
    std::ofstream(zip, std::ios::binary)
        << test::makeZip({{.name = "Journal.json", .data = slurp(folder / "Journal.json")},
                          {.name = "Travel.json", .data = slurp(folder / "Travel.json")}});
    auto* dialog = openDialog<ui::ImportDialog>("dataImportButton", "importDialog");
    ASSERT_NE(dialog, nullptr);
    const QString result = runImport(dialog, 0, zip);
    EXPECT_TRUE(result.startsWith(QStringLiteral("Imported 3 entries"))) << result.toStdString();
    EXPECT_EQ(entryCount(), before + 3);
    EXPECT_EQ(m_window->mainScreen()->journalPage()->listModel()->rowCount(), before + 3);
}

TEST_F(UiDataSettings, BackUpNowWritesABackupThatVerifies)
{
    makeCoupleVault();
    openSettings();
    const auto out = m_dir.path() / "now.twofold-backup";
    ui::FileChooser::setNextPath(qpath(out));
    child<QPushButton>(m_settings, "dataBackupButton")->click();
    EXPECT_TRUE(ui::FileChooser::lastSuggested().endsWith(
        QStringLiteral("twofold-backup-%1.twofold-backup").arg(QDate::currentDate().toString(Qt::ISODate))));
    auto* section = child<ui::DataSection>(m_settings, "dataSection");
    ASSERT_TRUE(waitUntil([section] { return !section->isBusy(); }));
    const QString message = child<QLabel>(m_settings, "dataMessage")->text();
    EXPECT_TRUE(message.startsWith(QStringLiteral("Backed up "))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("still encrypted"))) << message.toStdString();
    auto verified = verifyBackup(out);
    ASSERT_TRUE(verified) << verified.error().detail;
    EXPECT_TRUE(message.contains(QStringLiteral("%1 files").arg(verified->files.size())));
}

TEST_F(UiDataSettings, CheckTheVaultIsSoundThenFindsAFlippedByteInCoupleDb)
{
    makeCoupleVault();
    openSettings();
    const QString sound = runCheck();
    EXPECT_TRUE(sound.startsWith(QStringLiteral("Everything checked is sound"))) << sound.toStdString();
    EXPECT_GT(m_checkRows, 3);

    // One flipped byte in every page of couple.db (whatever the WAL holds, some page is read
    // from the main file). The app has it open; this is what a failing disk does too.
    const auto couple = vaultDir() / "couple.db";
    const auto size = std::filesystem::file_size(couple);
    {
        std::fstream file(couple, std::ios::in | std::ios::out | std::ios::binary);
        for (std::uintmax_t offset = 1000; offset < size; offset += 4096) {
            file.seekg(static_cast<std::streamoff>(offset));
            char byte = 0;
            file.read(&byte, 1);
            byte = static_cast<char>(byte ^ 0x5a);
            file.seekp(static_cast<std::streamoff>(offset));
            file.write(&byte, 1);
        }
    }
    const QString damaged = runCheck();
    EXPECT_TRUE(damaged.startsWith(QStringLiteral("Damage found"))) << damaged.toStdString();
    EXPECT_TRUE(damaged.contains(QStringLiteral("couple.db"))) << damaged.toStdString();
    EXPECT_TRUE(damaged.contains(QStringLiteral("backup"))) << damaged.toStdString();
}

TEST_F(UiDataSettings, AutomaticBackupSettingsAreSavedForBothPartners)
{
    makeCoupleVault();
    openSettings();
    auto* enabled = child<QCheckBox>(m_settings, "autoBackupEnabled");
    auto* keep = child<QSpinBox>(m_settings, "autoBackupKeep");
    EXPECT_FALSE(enabled->isChecked());
    EXPECT_EQ(keep->value(), kAutoBackupDefaultKeep);
    EXPECT_TRUE(
        child<QLabel>(m_settings, "autoBackupFolder")->text().endsWith(QStringLiteral("Twofold backups")));

    const auto folder = m_dir.path() / "auto backups";
    ui::FileChooser::setNextPath(qpath(folder));
    child<QPushButton>(m_settings, "autoBackupChoose")->click();
    enabled->setChecked(true);
    keep->setValue(12);

    auto stored = loadAutoBackupSettings(*m_window->context().couple());
    ASSERT_TRUE(stored);
    EXPECT_TRUE(stored->enabled);
    EXPECT_EQ(stored->folder, folder);
    EXPECT_EQ(stored->keep, 12);

    // Sam sees the same settings: they are couple-wide.
    lockAndFlush();
    ASSERT_TRUE(unlockAs(2, QStringLiteral("sam-password")));
    m_window->mainScreen()->showPage(QStringLiteral("navSettings"));
    auto* page = m_window->mainScreen()->settingsPage();
    EXPECT_TRUE(child<QCheckBox>(page, "autoBackupEnabled")->isChecked());
    EXPECT_EQ(child<QSpinBox>(page, "autoBackupKeep")->value(), 12);
    EXPECT_EQ(child<QLabel>(page, "autoBackupFolder")->text(), qpath(folder));

    child<QCheckBox>(page, "autoBackupEnabled")->setChecked(false);
    auto off = loadAutoBackupSettings(*m_window->context().couple());
    ASSERT_TRUE(off);
    EXPECT_FALSE(off->enabled);
    EXPECT_EQ(off->keep, 12);
}

} // namespace
} // namespace twofold::test
