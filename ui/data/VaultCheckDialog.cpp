// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/data/VaultCheckDialog.h"

#include "backup/VaultCheck.h"
#include "ui/shell/OffThread.h"
#include "ui/shell/VaultContext.h"
#include "ui/widgets/ErrorMessages.h"
#include "ui/widgets/Theme.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace twofold::ui {

VaultCheckDialog::VaultCheckDialog(VaultContext& context, QWidget* parent)
    : QDialog(parent), m_context(context), m_summary(new QLabel(this)), m_items(new QListWidget(this)),
      m_busy(new QProgressBar(this)), m_close(nullptr)
{
    setObjectName(QStringLiteral("vaultCheckDialog"));
    setWindowTitle(QApplication::applicationDisplayName());
    auto* heading = new QLabel(tr("Check the vault"), this);
    makeHeadline(heading, 1.3);
    m_summary->setObjectName(QStringLiteral("vaultCheckSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Checking every file of the vault, your journal and what you can read of the "
                          "shared space…"));
    m_items->setObjectName(QStringLiteral("vaultCheckList"));
    m_items->setAccessibleName(tr("What was checked"));
    m_items->setWordWrap(true);
    m_items->setSelectionMode(QAbstractItemView::NoSelection);
    m_items->setIconSize(QSize(16, 16));
    m_busy->setObjectName(QStringLiteral("vaultCheckBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->setAccessibleName(tr("Checking"));
    m_busy->hide();
    auto* note = new QLabel(tr("Only what you can read is checked: your partner's private journal is "
                               "checked as a file, not opened."),
                            this);
    note->setWordWrap(true);
    makeMuted(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("vaultCheckClose"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_busy);
    layout->addWidget(m_items, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(620, 460);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
}

bool VaultCheckDialog::isBusy() const
{
    return !m_busy->isHidden();
}

void VaultCheckDialog::reject()
{
    if (!isBusy()) {
        QDialog::reject();
    }
}

void VaultCheckDialog::start()
{
    if (isBusy()) {
        return;
    }
    m_items->clear();
    m_busy->show();
    m_close->setEnabled(false);
    const std::filesystem::path dir = m_context.dir;
    Session* session = m_context.session() ? &*m_context.session() : nullptr;
    runOffThread<Result<VaultCheckReport>>(
        this, &m_context.pool,
        [dir, session]() -> Result<VaultCheckReport> {
            auto report = checkVaultFiles(dir);
            if (!report) {
                return report;
            }
            if (session) {
                if (Status checked = checkUnlockedPartner(*session, *report); !checked) {
                    return std::unexpected(checked.error());
                }
            }
            return report;
        },
        [this](Result<VaultCheckReport> report) {
            m_busy->hide();
            m_close->setEnabled(true);
            if (!report) {
                m_summary->setText(tr("The check could not finish.") + QLatin1Char(' ') +
                                   describe(report.error()).text());
                Q_EMIT checkFinished(false);
                return;
            }
            const QIcon good = style()->standardIcon(QStyle::SP_DialogApplyButton);
            const QIcon bad = style()->standardIcon(QStyle::SP_MessageBoxCritical);
            // "partner-<id>.db" means little to a person: name whose journal it is.
            std::vector<std::pair<QString, QString>> names;
            if (m_context.vault) {
                if (auto partners = m_context.vault->partners()) {
                    for (const PartnerInfo& p : *partners) {
                        names.emplace_back(QStringLiteral("partner-") + QString::fromStdString(p.id),
                                           QString::fromStdString(p.name));
                    }
                }
            }
            QStringList damaged;
            for (const CheckedItem& item : report->items) {
                QString what = QString::fromStdString(item.what);
                for (const auto& [file, name] : names) {
                    if (what.startsWith(file + QLatin1Char('.'))) {
                        what = tr("%1's journal (%2)").arg(name, what);
                        break;
                    }
                }
                const QString detail = QString::fromStdString(item.detail);
                auto* row = new QListWidgetItem(
                    item.ok ? good : bad, detail.isEmpty() ? what : what + QStringLiteral(" — ") + detail,
                    m_items);
                row->setData(Qt::AccessibleTextRole,
                             (item.ok ? tr("Sound: %1") : tr("Damaged: %1")).arg(row->text()));
                if (!item.ok && !damaged.contains(what)) {
                    damaged << what;
                }
            }
            if (damaged.isEmpty()) {
                m_summary->setText(
                    tr("Everything checked is sound: %1 checks, no damage.").arg(report->items.size()));
            } else {
                m_summary->setText(
                    tr("Damage found: %1. Make no changes for now. Restore your latest backup: lock, then "
                       "choose \"Restore from a backup…\" on the unlock screen (or run \"twofold restore\"); "
                       "docs/BACKUP.md explains it step by step. If you have no backup, keep a copy of the "
                       "vault folder "
                       "before trying anything else.")
                        .arg(damaged.join(QStringLiteral(", "))));
            }
            Q_EMIT checkFinished(damaged.isEmpty());
        });
}

} // namespace twofold::ui
