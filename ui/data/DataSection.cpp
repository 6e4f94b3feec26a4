// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/data/DataSection.h"

#include "backup/AutoBackup.h"
#include "backup/Backup.h"
#include "ui/data/ExportDialog.h"
#include "ui/data/ImportDialog.h"
#include "ui/data/VaultCheckDialog.h"
#include "ui/shell/OffThread.h"
#include "ui/shell/VaultContext.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/ErrorMessages.h"
#include "ui/widgets/FileChooser.h"
#include "ui/widgets/LocalTime.h"
#include "ui/widgets/Theme.h"

#include <QCheckBox>
#include <QDate>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {

QString documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

QPushButton* actionButton(const QString& text, const char* name, const QString& accessible, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(QString::fromLatin1(name));
    button->setAccessibleName(accessible);
    return button;
}

// Opens a dialog window-modally with open(), not exec(), and deletes it when it closes.
// The dialog itself adds no nested event loop, but the file choosers and message boxes
// it opens do (QFileDialog/QMessageBox exec): a lock can fire inside them, so every
// caller checks the session again after one. Lock closes these dialogs (AppWindow), and
// Ctrl+L locks while one of them is the active window.
void openModeless(QDialog* dialog)
{
    Dialogs::shareLockShortcut(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

} // namespace

DataSection::DataSection(VaultContext& context, QWidget* parent)
    : QWidget(parent), m_context(context),
      m_export(actionButton(tr("E&xport…"), "dataExportButton", tr("Export your journal"), this)),
      m_import(actionButton(tr("Impo&rt…"), "dataImportButton", tr("Import entries"), this)),
      m_backup(actionButton(tr("&Back up now…"), "dataBackupButton", tr("Back up now"), this)),
      m_check(actionButton(tr("Chec&k the vault…"), "dataCheckButton", tr("Check the vault"), this)),
      m_busy(new QProgressBar(this)), m_message(new QLabel(this)), m_autoBox(new QWidget(this)),
      m_autoEnabled(new QCheckBox(tr("Back up after each &weekly review"), m_autoBox)),
      m_autoFolder(new QLabel(m_autoBox)),
      m_autoChoose(
          actionButton(tr("C&hoose…"), "autoBackupChoose", tr("Choose the backup folder"), m_autoBox)),
      m_autoKeep(new QSpinBox(m_autoBox)), m_autoMessage(new QLabel(m_autoBox)), m_leaveBox(new QWidget(this))
{
    setObjectName(QStringLiteral("dataSection"));
    auto* heading = new QLabel(tr("Your data"), this);
    makeHeadline(heading, 1.15);
    auto* note = new QLabel(tr("Your words are yours: take them out, bring them in, and keep a backup "
                               "somewhere safe. A backup stays encrypted; an export does not."),
                            this);
    note->setWordWrap(true);
    makeMuted(note);
    m_busy->setObjectName(QStringLiteral("dataBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->setAccessibleName(tr("Backing up"));
    m_busy->hide();
    m_message->setObjectName(QStringLiteral("dataMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto* autoHeading = new QLabel(tr("Automatic backups"), this);
    makeHeadline(autoHeading, 1.05);
    auto* autoNote = new QLabel(tr("Applies to both of you: either of you can change it. Each backup is the "
                                   "whole vault, still encrypted."),
                                m_autoBox);
    autoNote->setWordWrap(true);
    makeMuted(autoNote);
    m_autoEnabled->setObjectName(QStringLiteral("autoBackupEnabled"));
    m_autoEnabled->setAccessibleName(tr("Back up after each weekly review"));
    m_autoFolder->setObjectName(QStringLiteral("autoBackupFolder"));
    m_autoFolder->setWordWrap(true);
    m_autoFolder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_autoKeep->setObjectName(QStringLiteral("autoBackupKeep"));
    m_autoKeep->setAccessibleName(tr("How many backups to keep"));
    m_autoKeep->setRange(kAutoBackupMinKeep, kAutoBackupMaxKeep);
    m_autoKeep->setValue(kAutoBackupDefaultKeep);
    m_autoKeep->setMaximumWidth(120);
    m_autoMessage->setObjectName(QStringLiteral("autoBackupMessage"));
    m_autoMessage->setWordWrap(true);
    m_autoMessage->hide();

    auto* grid = new QGridLayout(m_autoBox);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_autoEnabled, 0, 0, 1, 3);
    auto* folderLabel = new QLabel(tr("Folder"), m_autoBox);
    grid->addWidget(folderLabel, 1, 0);
    grid->addWidget(m_autoFolder, 1, 1);
    grid->addWidget(m_autoChoose, 1, 2);
    auto* keepLabel = new QLabel(tr("Keep the la&st"), m_autoBox);
    keepLabel->setBuddy(m_autoKeep);
    auto* keepRow = new QHBoxLayout;
    keepRow->addWidget(m_autoKeep);
    keepRow->addWidget(new QLabel(tr("backups (older ones are deleted)"), m_autoBox));
    keepRow->addStretch();
    grid->addWidget(keepLabel, 2, 0);
    grid->addLayout(keepRow, 2, 1, 1, 2);
    grid->addWidget(autoNote, 3, 0, 1, 3);
    grid->addWidget(m_autoMessage, 4, 0, 1, 3);
    grid->setColumnStretch(1, 1);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_export, m_import, m_backup, m_check}) {
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(note);
    layout->addLayout(buttons);
    layout->addWidget(m_busy);
    layout->addWidget(m_message);
    layout->addSpacing(4);
    layout->addWidget(autoHeading);
    layout->addWidget(m_autoBox);
    layout->addSpacing(4);
    layout->addWidget(m_leaveBox);

    // Leaving (DESIGN.md §6: asks for the password, in its dialog): only while there is a
    // partner, and never in Together mode (the Settings page is unreachable then).
    auto* leaveHeading = new QLabel(tr("Leaving"), m_leaveBox);
    makeHeadline(leaveHeading, 1.05);
    auto* leaveNote =
        new QLabel(tr("If this couple space is no longer right for you, you can leave it on your "
                      "own: your journal and your part of the shared space are deleted, after "
                      "an export if you want one. Your partner's journal stays theirs."),
                   m_leaveBox);
    leaveNote->setWordWrap(true);
    makeMuted(leaveNote);
    auto* leave =
        actionButton(tr("Lea&ve this couple…"), "leaveCoupleButton", tr("Leave this couple"), m_leaveBox);
    auto* leaveLayout = new QVBoxLayout(m_leaveBox);
    leaveLayout->setContentsMargins(0, 0, 0, 0);
    leaveLayout->addWidget(leaveHeading);
    leaveLayout->addWidget(leaveNote);
    leaveLayout->addWidget(leave, 0, Qt::AlignLeft);
    m_leaveBox->setVisible(m_context.couple() && !m_context.couple()->partnerId().empty());
    connect(leave, &QPushButton::clicked, this, &DataSection::leaveRequested);

    connect(m_export, &QPushButton::clicked, this, &DataSection::openExport);
    connect(m_import, &QPushButton::clicked, this, &DataSection::openImport);
    connect(m_backup, &QPushButton::clicked, this, &DataSection::backUpNow);
    connect(m_check, &QPushButton::clicked, this, &DataSection::openCheck);
    connect(m_autoChoose, &QPushButton::clicked, this, &DataSection::chooseAutoFolder);
    connect(m_autoEnabled, &QCheckBox::toggled, this, &DataSection::saveAuto);
    connect(m_autoKeep, &QSpinBox::valueChanged, this, &DataSection::saveAuto);
    reload();
}

void DataSection::reload()
{
    m_loading = true;
    const bool unlocked = m_context.session() != nullptr;
    for (QPushButton* button : {m_export, m_import, m_check}) {
        button->setEnabled(unlocked && !isBusy());
    }
    m_autoBox->setEnabled(m_context.couple() != nullptr);
    AutoBackupSettings settings;
    if (m_context.couple()) {
        if (auto stored = loadAutoBackupSettings(*m_context.couple())) {
            settings = *stored;
            m_autoMessage->hide();
        } else {
            m_autoMessage->setText(describe(stored.error()).text());
            m_autoMessage->show();
        }
    }
    m_folder = settings.folder.empty()
                   ? QDir::toNativeSeparators(documentsFolder() + QStringLiteral("/Twofold backups"))
                   : QDir::toNativeSeparators(fromPath(settings.folder));
    m_autoFolder->setText(m_folder);
    m_autoEnabled->setChecked(settings.enabled);
    m_autoKeep->setValue(settings.keep);
    m_loading = false;
}

bool DataSection::isBusy() const
{
    return !m_busy->isHidden();
}

void DataSection::openExport()
{
    if (!m_context.session()) {
        return;
    }
    openModeless(new ExportDialog(m_context, this));
}

void DataSection::openImport()
{
    if (!m_context.session()) {
        return;
    }
    auto* dialog = new ImportDialog(m_context, this);
    connect(dialog, &ImportDialog::imported, this, &DataSection::journalChanged);
    openModeless(dialog);
}

void DataSection::openCheck()
{
    auto* dialog = new VaultCheckDialog(m_context, this);
    openModeless(dialog);
    dialog->start();
}

void DataSection::backUpNow()
{
    if (isBusy()) {
        return;
    }
    const QString suggested = documentsFolder() + QStringLiteral("/twofold-backup-") +
                              localToday(m_context.clock()).toString(Qt::ISODate) +
                              QStringLiteral(".twofold-backup");
    // The chooser runs a nested event loop: a lock inside it ends the session and takes
    // this section away. Note who asked, and check again after it.
    const std::string partnerId = m_context.session() ? m_context.session()->partner().id : std::string();
    const QPointer<DataSection> alive(this);
    const QString chosen =
        FileChooser::saveFile(this, tr("Back up to"), suggested, tr("Twofold backups (*.twofold-backup)"));
    if (!alive || !m_context.unlockedAs(partnerId) || chosen.isEmpty()) {
        return;
    }
    const std::filesystem::path dir = m_context.dir;
    const std::filesystem::path out = toPath(chosen);
    if (isInsideVault(out, dir)) {
        // A restore replaces the vault folder and would delete the backup with it.
        m_message->setText(describe(ErrorCode::InsideVault).text() + QLatin1Char(' ') +
                           tr("No backup was written."));
        m_message->show();
        return;
    }
    setBusy(true);
    // The backup copies the files as they are on disk (still encrypted); it needs no key.
    runOffThread<Result<BackupManifest>>(
        this, &m_context.pool,
        [dir, out, clock = m_context.options.clock] { return createBackup(dir, out, *clock); },
        [this, chosen](Result<BackupManifest> manifest) {
            setBusy(false);
            m_message->show();
            if (!manifest) {
                m_message->setText(describe(manifest.error()).text() + QLatin1Char(' ') +
                                   tr("No backup was written."));
                Q_EMIT backupFinished(false);
                return;
            }
            const auto files = manifest->files.size();
            m_message->setText(
                tr("Backed up %1 (%2) to %3. The backup is still encrypted: each of you needs your own "
                   "password (or recovery code) to read it.")
                    .arg(files == 1 ? tr("1 file") : tr("%1 files").arg(files),
                         QLocale().formattedDataSize(static_cast<qint64>(manifest->totalBytes())),
                         QDir::toNativeSeparators(chosen)));
            Q_EMIT backupFinished(true);
        });
}

void DataSection::chooseAutoFolder()
{
    const QString chosen = FileChooser::folder(this, tr("Folder for automatic backups"), m_folder);
    if (chosen.isEmpty()) {
        return;
    }
    if (isInsideVault(toPath(chosen), m_context.dir)) {
        // Said before anything is saved; the folder shown stays the one in use.
        m_autoMessage->setText(describe(ErrorCode::InsideVault).text());
        m_autoMessage->show();
        return;
    }
    m_folder = QDir::toNativeSeparators(chosen);
    m_autoFolder->setText(m_folder);
    saveAuto();
}

void DataSection::saveAuto()
{
    if (m_loading || !m_context.couple()) {
        return;
    }
    AutoBackupSettings settings;
    settings.enabled = m_autoEnabled->isChecked();
    settings.folder = toPath(QDir::fromNativeSeparators(m_folder));
    settings.keep = m_autoKeep->value();
    const Status saved = saveAutoBackupSettings(*m_context.couple(), settings);
    if (saved) {
        m_autoMessage->setText(settings.enabled ? tr("Saved for both of you. The next backup is made when "
                                                     "you save a weekly review.")
                                                : tr("Saved for both of you."));
    } else {
        m_autoMessage->setText(describe(saved.error()).text());
    }
    m_autoMessage->show();
}

void DataSection::setBusy(bool busy)
{
    const bool unlocked = m_context.session() != nullptr;
    for (QPushButton* button : {m_export, m_import, m_check}) {
        button->setEnabled(unlocked && !busy);
    }
    m_backup->setEnabled(!busy);
    m_busy->setVisible(busy);
    if (busy) {
        m_message->hide();
    }
}

} // namespace twofold::ui
