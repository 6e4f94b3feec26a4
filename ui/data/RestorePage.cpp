// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/data/RestorePage.h"

#include "ui/access/SecretInput.h"
#include "ui/data/RestoreConsentStep.h"
#include "ui/shell/OffThread.h"
#include "ui/shell/VaultContext.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/ErrorMessages.h"
#include "ui/widgets/FileChooser.h"
#include "ui/widgets/LocalTime.h"
#include "ui/widgets/MessagePlace.h"
#include "ui/widgets/Theme.h"

#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {

QLabel* textLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QString backupFilter()
{
    return RestorePage::tr("Twofold backups (*.twofold-backup);;All files (*)");
}

// "21 November 2026 at 16:05", in local time.
QString createdText(const BackupManifest& manifest)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(manifest.createdMs);
    const QLocale locale;
    return RestorePage::tr("%1 at %2")
        .arg(locale.toString(when.date(), QLocale::LongFormat),
             locale.toString(when.time(), QLocale::ShortFormat));
}

} // namespace

RestorePage::RestorePage(VaultContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("restorePage"));
    QWidget* column = addCentredColumn(this, 620);
    m_heading = new QLabel(tr("Restore from a backup"), column);
    m_heading->setObjectName(QStringLiteral("restoreHeading"));
    makeHeadline(m_heading, 1.6);
    m_intro = textLabel(QStringLiteral("restoreIntro"), column);
    m_warning = textLabel(QStringLiteral("restoreWarning"), column);
    QFont bold = m_warning->font();
    bold.setBold(true);
    m_warning->setFont(bold);
    m_backUpFirst =
        namedButton(tr("Back up this computer &first…"), QStringLiteral("restoreBackUpFirstButton"), column);
    m_choose = namedButton(tr("&Choose a backup file…"), QStringLiteral("restoreChooseButton"), column);
    m_details = textLabel(QStringLiteral("restoreDetails"), column);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The password step (docs/BACKUP.md, "Who must agree"), shown over a vault.
    m_consentBox = new RestoreConsentStep(column);
    connect(m_consentBox, &RestoreConsentStep::submitted, this, &RestorePage::restore);
    connect(m_consentBox, &RestoreConsentStep::scopeChanged, this, [this](bool mine) {
        m_restore->setText(mine ? tr("&Replace my journal") : tr("&Replace everything"));
        m_restore->setAccessibleName(QString(m_restore->text()).remove(QLatin1Char('&')));
    });
    m_error = textLabel(QStringLiteral("restoreError"), column);
    makeErrorText(m_error);
    m_note = textLabel(QStringLiteral("restoreNote"), column);
    makeMuted(m_note);
    m_busy = new QProgressBar(column);
    m_busy->setObjectName(QStringLiteral("restoreBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_cancel = namedButton(tr("&Back"), QStringLiteral("restoreCancelButton"), column);
    m_restore = namedButton(tr("&Restore"), QStringLiteral("restoreButton"), column);

    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(24, 40, 24, 24);
    layout->setSpacing(12);
    layout->addStretch(1);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_warning);
    auto* firstRow = new QHBoxLayout;
    firstRow->addWidget(m_backUpFirst);
    firstRow->addStretch();
    layout->addLayout(firstRow);
    layout->addSpacing(8);
    auto* chooseRow = new QHBoxLayout;
    chooseRow->addWidget(m_choose);
    chooseRow->addStretch();
    layout->addLayout(chooseRow);
    layout->addWidget(m_details);
    layout->addWidget(m_consentBox);
    layout->addWidget(m_error);
    layout->addWidget(m_note);
    // The column is centred: a message appearing would move Restore (issue 16).
    keepMessagePlace(m_error, 1);
    keepMessagePlace(m_note, 1);
    layout->addWidget(m_busy);
    layout->addSpacing(8);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_restore);
    layout->addLayout(buttons);
    layout->addStretch(2);

    connect(m_choose, &QPushButton::clicked, this, &RestorePage::chooseFile);
    connect(m_restore, &QPushButton::clicked, this, &RestorePage::restore);
    connect(m_backUpFirst, &QPushButton::clicked, this, &RestorePage::backUpFirst);
    connect(m_cancel, &QPushButton::clicked, this, &RestorePage::cancelled);
    begin(Mode::NewComputer);
}

void RestorePage::begin(Mode mode)
{
    m_mode = mode;
    m_file.clear();
    m_manifest.reset();
    if (mode == Mode::NewComputer) {
        m_intro->setText(tr("Moving to a new computer? Choose the backup file (.twofold-backup) you made on "
                            "the old one. Both of your journals and everything you shared come back as "
                            "they were when it was made, and each of you unlocks with the password you "
                            "had then."));
        m_warning->clear();
    } else {
        m_intro->setText(tr("Choose a backup file (.twofold-backup). What it replaces comes back as it was "
                            "when the backup was made."));
        m_warning->setText(tr("This replaces journals on this computer with the ones in the backup: only "
                              "yours (with your password), or both partners' journals and what you share "
                              "(with both passwords). Anything written here since that backup was made is "
                              "gone from what it replaces. If you are not sure, back up this computer "
                              "first."));
    }
    m_warning->setVisible(mode == Mode::Replace);
    m_backUpFirst->setVisible(mode == Mode::Replace);
    m_restore->setText(mode == Mode::Replace ? tr("&Replace with this backup") : tr("&Restore"));
    m_restore->setAccessibleName(QString(m_restore->text()).remove(QLatin1Char('&')));
    m_details->clear();
    m_details->setVisible(false);
    m_note->clear();
    m_note->setVisible(false);
    m_consentBox->reset();
    showError(QString());
    setBusy(false);
}

bool RestorePage::isBusy() const
{
    return m_busy->isVisible();
}

void RestorePage::setBusy(bool busy, const QString& what)
{
    m_busy->setVisible(busy);
    m_busy->setAccessibleName(what);
    m_choose->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
    m_backUpFirst->setEnabled(!busy);
    m_consentBox->setEnabled(!busy);
    m_restore->setEnabled(!busy && m_manifest.has_value());
    m_restore->setDefault(m_manifest.has_value());
    if (busy && !what.isEmpty()) {
        m_note->setText(what);
        m_note->setVisible(true);
    }
}

void RestorePage::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void RestorePage::chooseFile()
{
    if (isBusy()) {
        return;
    }
    const QString chosen =
        FileChooser::openFile(this, tr("Choose a backup"), QDir::homePath(), backupFilter());
    if (chosen.isEmpty()) {
        return;
    }
    verify(toPath(chosen));
}

void RestorePage::verify(const std::filesystem::path& file)
{
    m_file = file;
    m_manifest.reset();
    m_details->clear();
    m_details->setVisible(false);
    showError(QString());
    setBusy(true, tr("Checking the backup…"));
    runOffThread<Result<BackupManifest>>(
        this, &m_context.pool, [file] { return verifyBackup(file); },
        [this](Result<BackupManifest> result) {
            m_note->setVisible(false);
            if (!result) {
                const Error& error = result.error();
                describe(error); // the technical detail goes to the log
                switch (error.code) {
                case ErrorCode::DamagedDatabase:
                    showError(tr("This file is not a Twofold backup, or it is damaged: it did not pass its "
                                 "checks. Nothing was changed. Try another copy of the backup."));
                    break;
                case ErrorCode::UnsupportedFormat:
                    showError(tr("This backup was made by a newer version of Twofold. Update Twofold to "
                                 "restore it. Nothing was changed."));
                    break;
                case ErrorCode::IoError:
                case ErrorCode::NotFound:
                    showError(tr("Twofold could not read that file. Check that the disk is connected and "
                                 "the file belongs to you. Nothing was changed."));
                    break;
                default:
                    showError(describe(error.code).text());
                    break;
                }
                setBusy(false);
                return;
            }
            showVerified(*result);
        });
}

void RestorePage::showVerified(const BackupManifest& manifest)
{
    m_manifest = manifest;
    const QString name = fromPath(m_file.filename());
    m_details->setText(tr("%1\nMade on %2 · %n files · %3", nullptr, static_cast<int>(manifest.files.size()))
                           .arg(name, createdText(manifest),
                                QLocale().formattedDataSize(static_cast<qint64>(manifest.totalBytes()))));
    m_details->setVisible(true);
    if (m_mode == Mode::Replace) {
        m_consentBox->loadPartners(m_context.vault ? &*m_context.vault : nullptr);
    }
    setBusy(false);
    if (m_consentBox->isVisible()) {
        m_consentBox->focusScope();
    } else {
        m_restore->setFocus();
    }
}

void RestorePage::restore()
{
    if (!m_manifest || isBusy()) {
        return;
    }
    if (m_context.session()) {
        // Never while someone is unlocked: their keys and open files are in use.
        showError(describe(ErrorCode::VaultInUse).text());
        return;
    }
    // Over a vault: whose consent is needed, and the fields they type it in.
    const bool replaces = m_consentBox->isVisible() && !m_consentBox->partners().empty();
    const RestoreScope chosen = replaces ? m_consentBox->scope() : RestoreScope::Everything;
    std::vector<int> asked;
    for (int i = 0; i < 2; ++i) {
        QLineEdit* field = m_consentBox->secretField(i);
        if (replaces && field->isVisible()) {
            asked.push_back(i);
            if (field->text().isEmpty()) {
                showError(tr("Type %1's current password or recovery code first. Nothing was changed.")
                              .arg(m_consentBox->partnerName(i)));
                field->setFocus();
                return;
            }
        }
    }
    if (replaces) {
        const QString question =
            chosen == RestoreScope::MyJournal
                ? tr("Replace %1's journal with the one in the backup made on %2?\n\nAnything written in it "
                     "since "
                     "then will be gone. This cannot be undone.")
                      .arg(m_consentBox->whoseName(), createdText(*m_manifest))
                : tr("Replace both partners' journals and what you share with the backup made on "
                     "%1?\n\nAnything "
                     "either of you wrote here since then will be gone. This cannot be undone.")
                      .arg(createdText(*m_manifest));
        if (Dialogs::question(this, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) !=
            QMessageBox::Yes) {
            return;
        }
    }

    auto request = std::make_shared<RestoreRequest>();
    request->backup = m_file;
    request->vaultDir = m_context.dir;
    request->scope = chosen;
    request->overwrite = Vault::exists(m_context.dir) ? Overwrite::Yes : Overwrite::No;
    if (!replaces || !m_context.vault) {
        runRestore(request);
        return;
    }
    // Each secret goes straight into secure memory; Argon2id runs off the GUI thread,
    // against the vault as it is now (Vault::confirmPartner).
    struct Typed
    {
        int field = 0;
        std::string partnerId;
        SecretBuffer secret;
    };
    auto typed = std::make_shared<std::vector<Typed>>();
    for (const int i : asked) {
        typed->push_back(Typed{i, m_consentBox->partners()[static_cast<std::size_t>(i)].id,
                               takeSecret(m_consentBox->secretField(i))});
    }
    if (chosen == RestoreScope::MyJournal) {
        request->partnerId = typed->front().partnerId;
    }
    struct Confirmed
    {
        std::optional<Error> error;
        int field = -1; // whose secret did not count
    };
    Vault* vault = &*m_context.vault;
    showError(QString());
    setBusy(true, tr("Checking the password…"));
    runOffThread<Confirmed>(
        this, &m_context.pool,
        [vault, typed, request] {
            Confirmed out;
            for (Typed& one : *typed) {
                auto consent =
                    vault->confirmPartner(one.partnerId, one.secret, Credential::PasswordOrRecoveryCode);
                one.secret.wipe();
                if (!consent) {
                    out.error = consent.error();
                    out.field = one.field;
                    break;
                }
                request->consents.push_back(std::move(*consent));
            }
            for (Typed& one : *typed) {
                one.secret.wipe();
            }
            return out;
        },
        [this, request](Confirmed confirmed) {
            m_note->setVisible(false);
            setBusy(false);
            if (confirmed.error) {
                const QString name =
                    confirmed.field >= 0 ? m_consentBox->partnerName(confirmed.field) : QString();
                if (confirmed.error->code == ErrorCode::WrongPassword) {
                    showError(tr("That is not %1's current password or recovery code. Nothing was changed.")
                                  .arg(name));
                } else {
                    showError(tr("The backup could not be restored: %1 Nothing was changed.")
                                  .arg(describe(*confirmed.error).text()));
                }
                if (confirmed.field >= 0) {
                    m_consentBox->secretField(confirmed.field)->setFocus();
                }
                return;
            }
            runRestore(request);
        });
}

void RestorePage::runRestore(std::shared_ptr<RestoreRequest> request)
{
    // Close the vault so its lock (vault.lock) is free for restoreBackup, which checks
    // that no Twofold has it open (and the consents again, under that lock). restoreBackup
    // is atomic: on failure nothing changed and the old vault is opened again.
    m_context.pool.waitForDone();
    m_context.vault.reset();
    const bool mine = request->scope == RestoreScope::MyJournal;
    showError(QString());
    setBusy(true, tr("Restoring…"));
    runOffThread<Result<BackupManifest>>(
        this, &m_context.pool, [request] { return restoreBackup(*request); },
        [this, mine](Result<BackupManifest> result) {
            m_note->setVisible(false);
            reopenVault();
            setBusy(false);
            if (!result) {
                const Error& error = result.error();
                describe(error);
                if (error.code == ErrorCode::DamagedDatabase) {
                    showError(tr("This backup is damaged: it did not pass its checks. Nothing was changed."));
                } else if (error.code == ErrorCode::DiskFull) {
                    showError(tr("The disk is full, so the backup could not be restored. Nothing was "
                                 "changed. Free some space and try again."));
                } else if (mine && error.code == ErrorCode::WrongKey) {
                    showError(
                        tr("This journal in the backup is under keys that were replaced since (\"Lock out "
                           "anyone who knew my old password\"). Restore everything instead, or choose a "
                           "newer backup. Nothing was changed."));
                } else if (mine && error.code == ErrorCode::UnknownPartner) {
                    showError(tr("This backup is of another vault: it holds no copy of this journal. Restore "
                                 "everything instead, or choose another backup. Nothing was changed."));
                } else {
                    showError(tr("The backup could not be restored: %1 Nothing was changed.")
                                  .arg(describe(error.code).text()));
                }
                return;
            }
            if (!m_context.vault) {
                return; // reopenVault showed why
            }
            const QString message = mine ? tr("Restored the journal from the backup made on %1. Unlock it "
                                              "with the current password.")
                                               .arg(createdText(*result))
                                         : tr("Restored the backup made on %1. Each of you unlocks with the "
                                              "password you had then.")
                                               .arg(createdText(*result));
            m_manifest.reset();
            Q_EMIT restored(message);
        });
}

void RestorePage::reopenVault()
{
    if (m_context.vault || !Vault::exists(m_context.dir)) {
        return;
    }
    auto vault = Vault::open(m_context.dir, m_context.options);
    if (!vault) {
        showError(describe(vault.error()).text());
        return;
    }
    m_context.vault.emplace(std::move(*vault));
}

void RestorePage::backUpFirst()
{
    if (isBusy() || !Vault::exists(m_context.dir)) {
        return;
    }
    const QString suggested =
        QDir::home().filePath(QStringLiteral("twofold-before-restore-%1.twofold-backup")
                                  .arg(localToday(m_context.clock()).toString(Qt::ISODate)));
    const QString chosen =
        FileChooser::saveFile(this, tr("Back up this computer first"), suggested, backupFilter());
    if (chosen.isEmpty()) {
        return;
    }
    const std::filesystem::path out = toPath(chosen);
    const std::filesystem::path dir = m_context.dir;
    if (isInsideVault(out, dir)) {
        // The restore about to happen replaces the vault folder, this backup with it.
        m_note->setVisible(false);
        showError(
            tr("This computer could not be backed up: %1").arg(describe(ErrorCode::InsideVault).text()));
        return;
    }
    const Clock* clock = m_context.options.clock;
    showError(QString());
    setBusy(true, tr("Backing up this computer…"));
    runOffThread<Result<BackupManifest>>(
        this, &m_context.pool, [dir, out, clock] { return createBackup(dir, out, *clock); },
        [this, chosen](Result<BackupManifest> result) {
            setBusy(false);
            if (!result) {
                m_note->setVisible(false);
                showError(
                    tr("This computer could not be backed up: %1").arg(describe(result.error()).text()));
                return;
            }
            m_note->setText(
                tr("This computer's journals are saved in %1.").arg(QDir::toNativeSeparators(chosen)));
            m_note->setVisible(true);
        });
}

} // namespace twofold::ui
