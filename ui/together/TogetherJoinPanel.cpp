// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/together/TogetherJoinPanel.h"

#include "couple/CoupleSpace.h"
#include "prompts/ShippedPromptPacks.h"
#include "ui/access/SecretFieldAccessibility.h"
#include "ui/access/SecretInput.h"
#include "ui/shell/OffThread.h"
#include "ui/shell/VaultContext.h"
#include "ui/widgets/Announce.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/ErrorMessages.h"
#include "ui/widgets/Theme.h"

#include <memory>
#include <string>

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace twofold::ui {

TogetherJoinPanel::TogetherJoinPanel(VaultContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("togetherUnlock"));
    QWidget* column = addCentredColumn(this, 520);
    auto* heading = new QLabel(tr("Together"), column);
    makeHeadline(heading);
    m_prompt = plainLabel(QString(), column, QStringLiteral("togetherUnlockPrompt"));
    m_password = new SecretLineEdit(column);
    m_password->setObjectName(QStringLiteral("togetherPassword"));
    m_password->setAccessibleName(tr("Your partner's password"));
    m_join = namedButton(tr("J&oin"), QStringLiteral("togetherJoinButton"), column);
    m_join->setDefault(true);
    auto* cancel = namedButton(tr("&Cancel"), QStringLiteral("togetherCancelButton"), column);
    m_busy = new QProgressBar(column);
    m_busy->setObjectName(QStringLiteral("togetherBusy"));
    m_busy->setRange(0, 0);
    m_busy->setVisible(false);
    m_busy->setAccessibleName(tr("Unlocking"));
    m_error = plainLabel(QString(), column, QStringLiteral("togetherError"));
    makeAlertLabel(m_error);
    m_error->setVisible(false);
    auto* note = plainLabel(tr("While you are together, this window holds both of your keys. Lock, or a few "
                               "minutes without use, ends it."),
                            column);
    makeMuted(note);

    auto* layout = new QVBoxLayout(column);
    layout->addStretch();
    layout->addWidget(heading);
    layout->addWidget(m_prompt);
    auto* row = new QHBoxLayout;
    row->addWidget(m_password, 1);
    row->addWidget(m_join);
    layout->addLayout(row);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addWidget(note);
    auto* cancelRow = new QHBoxLayout;
    cancelRow->addWidget(cancel);
    cancelRow->addStretch();
    layout->addLayout(cancelRow);
    layout->addStretch(2);

    connect(m_password, &QLineEdit::returnPressed, this, &TogetherJoinPanel::join);
    connect(m_join, &QPushButton::clicked, this, &TogetherJoinPanel::join);
    connect(cancel, &QPushButton::clicked, this, [this] {
        m_password->clear();
        Q_EMIT cancelled();
    });
}

void TogetherJoinPanel::begin(const QString& joining, const QString& host)
{
    m_prompt->setText(
        tr("%1, please type your password to join %2 for the weekly review.").arg(joining, host));
    clearFieldError(m_error, m_password);
}

void TogetherJoinPanel::focusPassword()
{
    m_password->setFocus();
}

void TogetherJoinPanel::clearAll()
{
    m_password->clear();
    lockJoining();
}

void TogetherJoinPanel::lockJoining()
{
    if (m_joining) {
        m_joining->lock();
        m_joining.reset();
    }
}

void TogetherJoinPanel::showError(const QString& text)
{
    showFieldError(m_error, m_password, text);
}

void TogetherJoinPanel::join()
{
    if (!m_context.couple() || !m_context.vault || m_busy->isVisible()) {
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Please enter your password."));
        return;
    }
    SecretBuffer secret = takeSecret(m_password);
    const std::string partnerId = m_context.couple()->partnerId();
    m_busy->setVisible(true);
    m_join->setEnabled(false);
    clearFieldError(m_error, m_password);
    Vault* vault = &*m_context.vault;
    runOffThread<Result<Session>>(
        this, &m_context.pool,
        [vault, partnerId, secret = std::make_shared<SecretBuffer>(std::move(secret))] {
            auto result = vault->unlock(partnerId, *secret);
            secret->wipe();
            return result;
        },
        [this](Result<Session> result) {
            m_busy->setVisible(false);
            m_join->setEnabled(true);
            if (!m_context.couple()) {
                if (result) {
                    result->lock();
                }
                return;
            }
            if (!result) {
                showError(result.error().code == ErrorCode::WrongPassword
                              ? tr("That password did not work. Check Caps Lock and try again.")
                              : describe(result.error()).text());
                m_password->setFocus();
                return;
            }
            m_joining.emplace(std::move(*result));
            if (!acceptOlderFiles()) {
                return;
            }
            // Opens their couple space with the vault's clock and links both; on failure
            // their keys are wiped and nothing of theirs is kept (CoupleSession).
            Status together = m_context.unlocked->beginTogether(std::move(*m_joining), shippedPromptPacks());
            m_joining.reset();
            if (!together) {
                showError(describe(together.error()).text());
                return;
            }
            Q_EMIT joined();
        });
}

bool TogetherJoinPanel::acceptOlderFiles()
{
    const Freshness found = m_joining->freshness();
    if (!found.anyOlder()) {
        return true;
    }
    // As at a normal unlock (AppWindow::confirmOlderFiles), but restoring needs everyone
    // locked: "Not now" wipes their keys and leaves the notice for their next unlock.
    const auto answer = Dialogs::choose(
        this, QMessageBox::Warning, describeOlderFiles(found),
        tr("To restore from a backup, both of you lock and choose Restore on the unlock screen. Or "
           "continue with the files as they are; Twofold will not warn about them again."),
        {{QMessageBox::Ignore, tr("Continue")}, {QMessageBox::Cancel, tr("Not now")}}, QMessageBox::Cancel);
    // A lock inside the dialog has wiped them already (clearAll).
    if (answer == QMessageBox::Ignore && m_joining && m_context.couple()) {
        if (Status accepted = m_joining->acceptOlderFiles(); accepted) {
            return true;
        }
    }
    lockJoining();
    showError(describeOlderFiles(found));
    return false;
}

} // namespace twofold::ui
