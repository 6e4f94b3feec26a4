// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/together/AutoBackupNote.h"

#include "backup/AutoBackup.h"
#include "couple/CoupleSpace.h"
#include "ui/shell/OffThread.h"
#include "ui/shell/VaultContext.h"
#include "ui/widgets/ErrorMessages.h"
#include "ui/widgets/FileChooser.h"
#include "ui/widgets/Theme.h"

#include <filesystem>

#include <QDir>

namespace twofold::ui {

AutoBackupNote::AutoBackupNote(VaultContext& context, QWidget* parent) : QLabel(parent), m_context(context)
{
    setObjectName(QStringLiteral("autoBackupNote"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setVisible(false);
    makeMuted(this);
}

void AutoBackupNote::reset()
{
    clear();
    setVisible(false);
}

void AutoBackupNote::start()
{
    reset();
    if (!m_context.couple()) {
        return;
    }
    auto settings = loadAutoBackupSettings(*m_context.couple());
    if (!settings) {
        setText(tr("No automatic backup was made: %1 Your review is saved.")
                    .arg(describe(settings.error()).text()));
        setVisible(true);
        Q_EMIT finished(false);
        return;
    }
    if (!settings->enabled) {
        return;
    }
    const QString folderText = QDir::toNativeSeparators(fromPath(settings->folder));
    setText(tr("Backing up to %1…").arg(folderText));
    setVisible(true);

    // Only the vault's files are read (no keys): safe while the vault stays open.
    const std::filesystem::path dir = m_context.dir;
    const std::filesystem::path folder = settings->folder;
    const int keep = settings->keep;
    const Clock* clock = m_context.options.clock;
    runOffThread<Result<AutoBackupResult>>(
        this, &m_context.pool,
        [dir, folder, keep, clock] { return runAutoBackup(dir, folder, keep, *clock); },
        [this, folderText, keep](Result<AutoBackupResult> result) {
            if (!m_context.couple()) {
                return; // locked meanwhile: the page was emptied, the next person sees nothing
            }
            if (result) {
                setText(keep == 1 ? tr("Backed up to %1 — keeping only the latest backup.").arg(folderText)
                                  : tr("Backed up to %1 — keeping the last %2.").arg(folderText).arg(keep));
            } else {
                const Error& error = result.error();
                QString text;
                switch (error.code) {
                case ErrorCode::DiskFull:
                    text = tr("The automatic backup did not fit: the disk with %1 is full. Your older "
                              "backups were kept, and your review is saved.")
                               .arg(folderText);
                    break;
                case ErrorCode::IoError:
                    text = tr("The automatic backup could not be written to %1. Check that the disk is "
                              "connected and the folder belongs to you, or choose another folder in "
                              "Settings. Your review is saved.")
                               .arg(folderText);
                    break;
                default:
                    text = tr("The automatic backup did not work: %1 Your review is saved.")
                               .arg(describe(error).text());
                    break;
                }
                if (error.code == ErrorCode::DiskFull || error.code == ErrorCode::IoError) {
                    describe(error); // logs the technical detail
                }
                setText(text);
            }
            setVisible(true);
            Q_EMIT finished(static_cast<bool>(result));
        });
}

} // namespace twofold::ui
