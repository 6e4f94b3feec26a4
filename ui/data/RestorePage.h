// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "backup/Backup.h"

#include <filesystem>
#include <memory>
#include <optional>

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QWidget;

namespace twofold::ui {

class RestoreConsentStep;
struct VaultContext;

// "Restore from a backup" (docs/BACKUP.md, "Restore in the app"): moving to a new
// computer from the welcome screen, or replacing this computer's journals from the
// unlock screen. Choose a .twofold-backup file, verify it off the GUI thread (date,
// files, size; a damaged one changes nothing). Over a vault, choose "only my journal" or
// "everything" and type the current password or recovery code of each partner whose journal
// it replaces (Vault::confirmPartner, off the GUI thread); confirm, then close the vault (its
// lock is released), restoreBackup with those consents, and reopen. Only while nobody is
// unlocked.
class RestorePage : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        NewComputer, // first run: nobody is enrolled here
        Replace,     // the unlock screen: both partners' journals here are replaced
    };

    explicit RestorePage(VaultContext& context, QWidget* parent = nullptr);

    // Resets the page for `mode` and shows the first step.
    void begin(Mode mode);
    Mode mode() const { return m_mode; }
    // Opens the file chooser (FileChooser: tests answer it) and verifies the choice.
    void chooseFile();
    bool isBusy() const;

Q_SIGNALS:
    // The vault now holds the backup's journals and is open again.
    void restored(const QString& message);
    void cancelled();

private:
    void verify(const std::filesystem::path& file);
    void showVerified(const BackupManifest& manifest);
    void restore();
    void runRestore(std::shared_ptr<RestoreRequest> request);
    void backUpFirst();
    void setBusy(bool busy, const QString& what = QString());
    void showError(const QString& text);
    void reopenVault();

    VaultContext& m_context;
    Mode m_mode = Mode::NewComputer;
    std::filesystem::path m_file;
    std::optional<BackupManifest> m_manifest;

    QLabel* m_heading;
    QLabel* m_intro;
    QLabel* m_warning;
    QPushButton* m_backUpFirst;
    QPushButton* m_choose;
    QLabel* m_details;
    RestoreConsentStep* m_consentBox; // the password step, shown over a vault
    QLabel* m_error;
    QLabel* m_note;
    QProgressBar* m_busy;
    QPushButton* m_cancel;
    QPushButton* m_restore;
};

} // namespace twofold::ui
