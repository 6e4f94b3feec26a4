// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/couple/LeaveCoupleDialog.h"

#include "export/Export.h"
#include "ui/access/SecretFieldAccessibility.h"
#include "ui/access/SecretInput.h"
#include "ui/access/ShowSecretToggle.h"
#include "ui/shell/OffThread.h"
#include "ui/shell/VaultContext.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/ErrorMessages.h"
#include "ui/widgets/FileChooser.h"
#include "ui/widgets/Theme.h"

#include <algorithm>
#include <memory>

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {

QString documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

} // namespace

LeaveCoupleDialog::LeaveCoupleDialog(VaultContext& context, QWidget* parent)
    : QDialog(parent), m_context(context), m_export(new QPushButton(tr("&Export my journal first…"), this)),
      m_exported(new QLabel(this)), m_password(new SecretLineEdit(this)), m_error(new QLabel(this)),
      m_busyText(new QLabel(this)), m_busy(new QProgressBar(this)), m_leave(nullptr), m_cancel(nullptr)
{
    setObjectName(QStringLiteral("leaveCoupleDialog"));
    setWindowTitle(QApplication::applicationDisplayName());
    auto* heading = new QLabel(tr("Leave this couple"), this);
    makeHeadline(heading, 1.3);
    auto* what = new QLabel(
        tr("Leaving deletes your journal and your keys from this computer, and everything of yours in the "
           "space you share: your answers and check-ins, what you offered, the prompts you wrote, your "
           "intentions and the reviews you saved. Your partner keeps their own journal, untouched; they will "
           "see only that the couple space is closed."),
        this);
    what->setObjectName(QStringLiteral("leaveExplanation"));
    what->setWordWrap(true);
    auto* limits = new QLabel(tr("This cannot be undone. It does not reach copies made before: backups, "
                                 "exports, or a copy of the vault folder."),
                              this);
    limits->setWordWrap(true);
    makeMuted(limits);

    auto* exportHeading = new QLabel(tr("1. Keep your words"), this);
    makeHeadline(exportHeading, 1.05);
    auto* exportNote =
        new QLabel(tr("An export holds your entries and your answers in a file only you can "
                      "open on this computer. It is not encrypted: keep it somewhere private."),
                   this);
    exportNote->setWordWrap(true);
    m_export->setObjectName(QStringLiteral("leaveExportButton"));
    m_export->setAccessibleName(tr("Export my journal first"));
    m_exported->setObjectName(QStringLiteral("leaveExported"));
    m_exported->setWordWrap(true);
    m_exported->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exported->hide();

    auto* passwordHeading = new QLabel(tr("2. Leave, with your password"), this);
    makeHeadline(passwordHeading, 1.05);
    auto* passwordLabel = new QLabel(tr("Your &password"), this);
    passwordLabel->setBuddy(m_password);
    m_password->setObjectName(QStringLiteral("leavePassword"));
    m_password->setAccessibleName(tr("Your password"));
    m_error->setObjectName(QStringLiteral("leaveError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_busyText->setObjectName(QStringLiteral("leaveBusyText"));
    m_busyText->setWordWrap(true);
    m_busyText->hide();
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->setAccessibleName(tr("Working"));
    m_busy->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_leave = buttons->addButton(tr("&Leave and delete my journal"), QDialogButtonBox::DestructiveRole);
    m_leave->setObjectName(QStringLiteral("leaveConfirmButton"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("leaveCancelButton"));
    m_cancel->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(what);
    layout->addWidget(limits);
    layout->addSpacing(6);
    layout->addWidget(exportHeading);
    layout->addWidget(exportNote);
    layout->addWidget(m_export, 0, Qt::AlignLeft);
    layout->addWidget(m_exported);
    layout->addSpacing(6);
    layout->addWidget(passwordHeading);
    layout->addWidget(passwordLabel);
    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(new ShowSecretToggle(m_password, QStringLiteral("leaveShowPassword"), this));
    layout->addLayout(passwordRow);
    layout->addWidget(m_error);
    layout->addWidget(m_busyText);
    layout->addWidget(m_busy);
    layout->addStretch();
    layout->addWidget(buttons);
    // Wrapped labels need their full height: never smaller than what the text asks for.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    resize(600, std::max(560, sizeHint().height()));

    connect(m_export, &QPushButton::clicked, this, &LeaveCoupleDialog::exportFirst);
    connect(m_leave, &QPushButton::clicked, this, &LeaveCoupleDialog::leave);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_password, &QLineEdit::textChanged, this, &LeaveCoupleDialog::refresh);
    refresh();
    m_export->setFocus();
}

void LeaveCoupleDialog::reject()
{
    if (m_busy->isVisible()) {
        return; // leaving cannot be stopped halfway; it takes a moment
    }
    m_password->clear();
    QDialog::reject();
}

void LeaveCoupleDialog::refresh()
{
    m_leave->setEnabled(!m_busy->isVisible() && !m_password->text().isEmpty());
}

void LeaveCoupleDialog::setBusy(bool busy, const QString& text)
{
    m_busy->setVisible(busy);
    m_busyText->setText(text);
    m_busyText->setVisible(busy && !text.isEmpty());
    m_export->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
    refresh();
}

void LeaveCoupleDialog::exportFirst()
{
    if (!m_context.session() || !m_context.session()->isUnlocked()) {
        return;
    }
    const std::string partnerId = m_context.session()->partner().id;
    const QString name = QString::fromStdString(m_context.session()->partner().name);
    QPointer<LeaveCoupleDialog> alive(this);
    const QString chosen = FileChooser::saveFile(
        this, tr("Export to"), documentsFolder() + QLatin1Char('/') + tr("%1-journal.json").arg(name),
        tr("JSON document (*.json)"));
    // The chooser ran an event loop: an idle lock may have closed everything.
    if (!alive || !isVisible() || !m_context.unlockedAs(partnerId) || chosen.isEmpty()) {
        return;
    }
    const std::filesystem::path out = toPath(chosen);
    Session* session = &*m_context.session();
    CoupleSpace* couple = m_context.couple() ? &*m_context.couple() : nullptr;
    m_error->hide();
    setBusy(true, tr("Exporting…"));
    runOffThread<Result<ExportSummary>>(
        this, &m_context.pool,
        [session, couple, out]() -> Result<ExportSummary> {
            ExportFilter filter;
            filter.partnerAnswers = PartnerAnswers::Leave;
            auto collected = collectExport(*session, couple, filter);
            if (!collected) {
                return std::unexpected(collected.error());
            }
            // Atomically, through a new file made 0600 (AtomicFile).
            return writeJsonExport(*collected, out);
        },
        [this, chosen](Result<ExportSummary> written) {
            setBusy(false);
            if (!written) {
                m_error->setText(tr("The export was not written: %1").arg(describe(written.error()).text()));
                m_error->show();
                return;
            }
            m_exported->setText(tr("Exported %n entries", nullptr, static_cast<int>(written->entries)) +
                                tr(" and %n answers to %1.", nullptr, static_cast<int>(written->answers))
                                    .arg(QDir::toNativeSeparators(chosen)));
            m_exported->show();
            m_password->setFocus();
        });
}

void LeaveCoupleDialog::leave()
{
    if (m_password->text().isEmpty() || m_busy->isVisible() || !m_context.session()) {
        return;
    }
    Session* session = &*m_context.session();
    auto password = std::make_shared<SecretBuffer>(takeSecret(m_password));
    m_error->hide();
    setBusy(true, tr("Checking your password and deleting your journal…"));
    runOffThread<Status>(
        this, &m_context.pool,
        [session, password] {
            Status left = session->leaveCouple(*password);
            password->wipe();
            return left;
        },
        [this](Status result) {
            setBusy(false);
            if (result) {
                Q_EMIT left(true);
                accept();
                return;
            }
            if (result.error().code == ErrorCode::WrongPassword) {
                m_error->setText(tr("That is not your password. Nothing was changed."));
                m_error->show();
                return;
            }
            if (m_context.session() && !m_context.session()->isUnlocked()) {
                // Committed, not finished: the session is locked and the next unlock finishes it.
                Q_EMIT left(false);
                return;
            }
            m_error->setText(tr("Nothing was changed: %1").arg(describe(result.error()).text()));
            m_error->show();
        });
}

} // namespace twofold::ui
