// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/access/LoginScreen.h"

#include "crypto/RecoveryCode.h"
#include "ui/access/CapsLockHint.h"
#include "ui/access/SecretFieldAccessibility.h"
#include "ui/access/SecretInput.h"
#include "ui/access/ShowSecretToggle.h"
#include "ui/shell/OffThread.h"
#include "ui/shell/VaultContext.h"
#include "ui/together/ReviewReminder.h"
#include "ui/widgets/AccessibleRoles.h"
#include "ui/widgets/Announce.h"
#include "ui/widgets/ErrorMessages.h"
#include "ui/widgets/LocalTime.h"
#include "ui/widgets/MessagePlace.h"
#include "ui/widgets/Theme.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace twofold::ui {

LoginScreen::LoginScreen(VaultContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_heading(new QLabel(tr("Who is writing?"), this)),
      m_partnerRow(new QWidget(this)), m_prompt(new QLabel(this)), m_password(new SecretLineEdit(this)),
      m_show(new ShowSecretToggle(m_password, QStringLiteral("showPassword"), this)),
      m_capsLock(new CapsLockHint(QStringLiteral("loginCapsLock"), this)),
      m_unlock(new QPushButton(tr("&Unlock"), this)),
      m_recoveryToggle(new QPushButton(tr("Use &recovery code"), this)), m_error(new QLabel(this)),
      m_busy(new QProgressBar(this)), m_onePartnerNote(new QLabel(this)), m_reviewDue(new QLabel(this)),
      m_safety(new QPushButton(tr("&Safety and support"), this)),
      m_restore(new QPushButton(tr("Restore from a backup…"), this)), m_notice(new QLabel(this))
{
    setObjectName(QStringLiteral("loginScreen"));
    setAccessibleName(tr("Unlock Twofold"));
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/twofold.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    m_heading->setAlignment(Qt::AlignCenter);
    makeHeadline(m_heading, 1.8);
    m_partnerRow->setObjectName(QStringLiteral("partnerButtons"));
    new QHBoxLayout(m_partnerRow);
    m_partnerRow->layout()->setContentsMargins(0, 0, 0, 0);
    m_partnerRow->layout()->setSpacing(16);

    m_prompt->setObjectName(QStringLiteral("loginPrompt"));
    m_prompt->setTextFormat(Qt::PlainText);
    m_prompt->setAlignment(Qt::AlignCenter);
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->setAccessibleName(tr("Password"));
    m_capsLock->watch(m_password);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setAccessibleName(tr("Unlock"));
    m_unlock->setDefault(true);
    m_recoveryToggle->setObjectName(QStringLiteral("useRecoveryCodeButton"));
    m_recoveryToggle->setAccessibleName(tr("Use recovery code"));
    m_recoveryToggle->setFlat(true);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setTextFormat(Qt::PlainText);
    makeErrorText(m_error);
    makeAlertLabel(m_error);
    m_error->hide();
    m_busy->setObjectName(QStringLiteral("loginBusy"));
    m_busy->setAccessibleName(tr("Unlocking"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->hide();
    m_onePartnerNote->setObjectName(QStringLiteral("onePartnerNote"));
    m_onePartnerNote->setWordWrap(true);
    m_onePartnerNote->setAlignment(Qt::AlignCenter);
    m_onePartnerNote->setText(tr("Your partner can get their own journal: unlock yours and choose "
                                 "\u201cAdd your partner\u201d."));
    makeMuted(m_onePartnerNote);
    m_reviewDue->setObjectName(QStringLiteral("reviewDueNote"));
    m_reviewDue->setWordWrap(true);
    m_reviewDue->setAlignment(Qt::AlignCenter);
    m_reviewDue->hide();
    m_safety->setObjectName(QStringLiteral("loginSafetyButton"));
    m_safety->setAccessibleName(tr("Safety and support"));
    m_safety->setFlat(true);
    m_restore->setObjectName(QStringLiteral("loginRestoreButton"));
    m_restore->setAccessibleName(tr("Restore from a backup"));
    m_restore->setToolTip(tr("Replaces both partners' journals on this computer with a backup's."));
    m_restore->setFlat(true);
    m_restore->setCursor(Qt::PointingHandCursor);
    QFont smaller = m_restore->font();
    smaller.setPointSizeF(smaller.pointSizeF() * 0.9);
    m_restore->setFont(smaller);
    makeMuted(m_restore);
    m_notice->setObjectName(QStringLiteral("loginNotice"));
    m_notice->setWordWrap(true);
    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->setTextFormat(Qt::PlainText);
    makeAlertLabel(m_notice); // "Twofold locked.", a restore's outcome: heard as they appear
    m_notice->hide();

    auto* layout = new QVBoxLayout(addCentredColumn(this, 520));
    layout->setContentsMargins(16, 16, 16, 16); // short windows: large text (issue 18)
    layout->setSpacing(10);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(m_heading);
    layout->addWidget(m_reviewDue);
    layout->addWidget(m_notice);
    layout->addSpacing(16);
    layout->addWidget(m_partnerRow, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addWidget(m_prompt);
    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_show);
    passwordRow->addWidget(m_unlock);
    layout->addLayout(passwordRow);
    layout->addWidget(m_busy);
    layout->addWidget(m_capsLock, 0, Qt::AlignHCenter);
    layout->addWidget(m_error);
    layout->addWidget(m_recoveryToggle, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    // The column is centred: a message appearing would move the field and Unlock (issue 16).
    keepMessagePlace(m_busy, 0);
    keepMessagePlace(m_capsLock, 1);
    keepMessagePlace(m_error);
    layout->addWidget(m_onePartnerNote);
    auto* linkRow = new QHBoxLayout;
    linkRow->addStretch();
    linkRow->addWidget(m_safety);
    linkRow->addSpacing(12);
    linkRow->addWidget(m_restore);
    linkRow->addStretch();
    layout->addLayout(linkRow);

    connect(m_password, &QLineEdit::returnPressed, this, &LoginScreen::unlock);
    connect(m_unlock, &QPushButton::clicked, this, &LoginScreen::unlock);
    connect(m_recoveryToggle, &QPushButton::clicked, this, [this] { setRecoveryMode(!m_recoveryMode); });
    connect(m_safety, &QPushButton::clicked, this, &LoginScreen::safetyRequested);
    connect(m_restore, &QPushButton::clicked, this, &LoginScreen::restoreRequested);
}

void LoginScreen::showNotice(const QString& text)
{
    m_notice->hide();
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void LoginScreen::refresh()
{
    qDeleteAll(m_tiles);
    m_tiles.clear();
    m_partnerIds.clear();
    m_partnerNames.clear();
    m_password->clear();
    showError(QString());
    showNotice(QString());
    setRecoveryMode(false);
    setBusy(false);
    if (!m_context.vault) {
        return;
    }
    auto partners = m_context.vault->partners();
    if (!partners) {
        showError(describe(partners.error()).text());
        return;
    }
    for (const PartnerInfo& partner : *partners) {
        const QString name = QString::fromStdString(partner.name);
        auto* button = new QPushButton(m_partnerRow);
        button->setObjectName(QStringLiteral("partnerButton") + QString::number(m_partnerIds.size() + 1));
        button->setAccessibleName(tr("Unlock as %1").arg(name));
        button->setText(name);
        button->setIcon(QIcon(partnerAvatar(name, partnerColour(partner.colour), 48, devicePixelRatioF())));
        button->setIconSize(QSize(48, 48));
        button->setCheckable(true);
        presentAsRadioButton(button); // one partner of the two: checked while chosen
        button->setMinimumSize(200, 80);
        QFont font = button->font();
        font.setPointSizeF(font.pointSizeF() * 1.3);
        button->setFont(font);
        m_partnerRow->layout()->addWidget(button);
        const auto index = static_cast<int>(m_tiles.size());
        connect(button, &QPushButton::clicked, this, [this, index] {
            choose(index);
            showError(QString());
            updatePrompt();
            m_password->setFocus();
        });
        m_tiles << button;
        m_partnerIds.push_back(partner.id);
        m_partnerNames << name;
    }
    // Tab goes through the tiles first (they are made last), then the password row.
    QList<QWidget*> order(m_tiles.cbegin(), m_tiles.cend());
    order << m_password << m_show << m_unlock << m_recoveryToggle << m_safety << m_restore;
    for (qsizetype i = 1; i < order.size(); ++i) {
        setTabOrder(order.at(i - 1), order.at(i));
    }
    m_onePartnerNote->setVisible(m_partnerIds.size() == 1);
    const QString due = m_partnerIds.size() == 2
                            ? ReviewReminder::dueText(m_context.dir, localToday(m_context.clock()))
                            : QString();
    m_reviewDue->setText(due);
    m_reviewDue->setVisible(!due.isEmpty());
    if (m_partnerIds.size() == 1) {
        choose(0);
    }
    updatePrompt();
}

int LoginScreen::chosen() const
{
    for (qsizetype i = 0; i < m_tiles.size(); ++i) {
        if (m_tiles.at(i)->isChecked()) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

void LoginScreen::choose(int index)
{
    for (qsizetype i = 0; i < m_tiles.size(); ++i) {
        m_tiles.at(i)->setChecked(i == index);
    }
}

void LoginScreen::selectPartner(const QString& partnerId)
{
    for (std::size_t i = 0; i < m_partnerIds.size(); ++i) {
        if (QString::fromStdString(m_partnerIds[i]) == partnerId) {
            choose(static_cast<int>(i));
        }
    }
    updatePrompt();
}

void LoginScreen::updatePrompt()
{
    const int picked = chosen();
    const bool hasChoice = picked >= 0;
    m_password->setEnabled(hasChoice);
    m_show->setEnabled(hasChoice);
    m_unlock->setEnabled(hasChoice);
    m_recoveryToggle->setEnabled(hasChoice);
    if (!hasChoice) {
        m_prompt->setText(tr("Choose your name to unlock your journal."));
        m_password->setPlaceholderText(QString());
        return;
    }
    const QString name = m_partnerNames.value(picked);
    m_prompt->setText(m_recoveryMode ? tr("%1, enter your recovery code.").arg(name)
                                     : tr("%1, enter your password.").arg(name));
    m_password->setPlaceholderText(m_recoveryMode ? tr("Recovery code") : tr("Password"));
}

void LoginScreen::setRecoveryMode(bool on)
{
    m_recoveryMode = on;
    m_password->clear();
    m_password->setAccessibleName(on ? tr("Recovery code") : tr("Password"));
    m_show->setAccessibleName(on ? tr("Show recovery code") : tr("Show password"));
    m_password->setFont(on ? QFontDatabase::systemFont(QFontDatabase::FixedFont) : font());
    m_recoveryToggle->setText(on ? tr("Use my &password instead") : tr("Use &recovery code"));
    m_recoveryToggle->setAccessibleName(on ? tr("Use my password instead") : tr("Use recovery code"));
    showError(QString());
    updatePrompt();
}

void LoginScreen::setBusy(bool busy)
{
    for (QPushButton* button : m_tiles) {
        button->setEnabled(!busy);
    }
    m_password->setEnabled(!busy && chosen() >= 0);
    m_show->setEnabled(!busy && chosen() >= 0);
    m_unlock->setEnabled(!busy && chosen() >= 0);
    m_recoveryToggle->setEnabled(!busy && chosen() >= 0);
    m_restore->setEnabled(!busy);
    m_busy->setVisible(busy);
}

void LoginScreen::showError(const QString& text)
{
    if (text.isEmpty()) {
        clearFieldError(m_error, m_password);
    } else {
        showFieldError(m_error, m_password, text);
    }
}

void LoginScreen::takeFocus()
{
    const int picked = chosen();
    if (picked >= 0 && m_password->isEnabled()) {
        m_password->setFocus();
    } else if (!m_tiles.isEmpty()) {
        m_tiles.first()->setFocus();
    } else {
        setFocus();
    }
}

void LoginScreen::unlock()
{
    const int picked = chosen();
    if (picked < 0 || !m_context.vault || m_busy->isVisible()) {
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(m_recoveryMode ? tr("Please enter your recovery code.")
                                 : tr("Please enter your password."));
        return;
    }
    const std::string partnerId = m_partnerIds[static_cast<std::size_t>(picked)];
    const QString name = m_partnerNames.value(picked);
    SecretBuffer secret = takeSecret(m_password);
    const bool recovery = m_recoveryMode;
    if (recovery) {
        // Catch typos before spending a second on Argon2id.
        auto normalized = normalizeRecoveryCode(secret.view());
        secret.wipe();
        if (!normalized) {
            showError(tr("That does not look like a recovery code. It has 32 letters and digits in "
                         "groups of four."));
            m_password->setFocus();
            return;
        }
        secret = std::move(*normalized);
    }
    showError(QString());
    setBusy(true);
    Vault* vault = &*m_context.vault;
    runOffThread<Result<Session>>(
        this, &m_context.pool,
        [vault, partnerId, recovery, secret = std::make_shared<SecretBuffer>(std::move(secret))] {
            auto result = recovery ? vault->unlockWithRecoveryCode(partnerId, *secret)
                                   : vault->unlock(partnerId, *secret);
            secret->wipe();
            return result;
        },
        [this, name, recovery](Result<Session> result) {
            setBusy(false);
            if (!result) {
                if (result.error().code == ErrorCode::WrongPassword) {
                    showError(recovery ? tr("That recovery code did not open %1's journal. Check it "
                                            "against your paper and try again.")
                                             .arg(name)
                                       : tr("That password did not open %1's journal. Check Caps Lock "
                                            "and try again, or use your recovery code.")
                                             .arg(name));
                } else {
                    showError(describe(result.error()).text());
                }
                m_password->setFocus();
                return;
            }
            m_context.unlocked.emplace(std::move(*result));
            m_context.unlockedWithRecoveryCode = recovery;
            Q_EMIT unlocked();
        });
}

} // namespace twofold::ui
