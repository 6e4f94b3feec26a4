// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/data/RestoreConsentStep.h"

#include "ui/access/CapsLockHint.h"
#include "ui/access/SecretFieldAccessibility.h"
#include "vault/Vault.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace twofold::ui {

RestoreConsentStep::RestoreConsentStep(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("restoreConsent"));
    m_scopeMine = new QRadioButton(tr("Only &my journal"), this);
    m_scopeMine->setObjectName(QStringLiteral("restoreScopeMine"));
    m_scopeAll = new QRadioButton(tr("&Everything: both journals and what you share"), this);
    m_scopeAll->setObjectName(QStringLiteral("restoreScopeEverything"));
    auto* scopes = new QButtonGroup(this);
    scopes->addButton(m_scopeMine);
    scopes->addButton(m_scopeAll);
    m_scopeMine->setChecked(true);
    m_whose = new QComboBox(this);
    m_whose->setObjectName(QStringLiteral("restoreWhoseJournal"));
    m_whoseLabel = new QLabel(tr("&Whose journal"), this);
    m_whoseLabel->setBuddy(m_whose);
    m_consentIntro = new QLabel(this);
    m_consentIntro->setObjectName(QStringLiteral("restoreConsentIntro"));
    m_consentIntro->setTextFormat(Qt::PlainText);
    m_consentIntro->setWordWrap(true);
    auto* consentLayout = new QVBoxLayout(this);
    consentLayout->setContentsMargins(0, 4, 0, 0);
    consentLayout->setSpacing(8);
    consentLayout->addWidget(m_scopeMine);
    consentLayout->addWidget(m_scopeAll);
    auto* form = new QFormLayout;
    form->addRow(m_whoseLabel, m_whose);
    for (int i = 0; i < 2; ++i) {
        m_secrets[i] = new SecretLineEdit(this);
        m_secrets[i]->setObjectName(QStringLiteral("restoreSecret%1").arg(i + 1));
        m_secretLabels[i] = new QLabel(this);
        m_secretLabels[i]->setTextFormat(Qt::PlainText);
        m_secretLabels[i]->setBuddy(m_secrets[i]);
        form->addRow(m_secretLabels[i], m_secrets[i]);
        auto* caps = new CapsLockHint(QStringLiteral("restoreCapsLock%1").arg(i + 1), this);
        caps->watch(m_secrets[i]);
        form->addRow(QString(), caps);
        connect(m_secrets[i], &QLineEdit::returnPressed, this, &RestoreConsentStep::submitted);
    }
    consentLayout->addWidget(m_consentIntro);
    consentLayout->addLayout(form);
    connect(scopes, &QButtonGroup::buttonToggled, this, [this] { updateScope(); });
    connect(m_whose, &QComboBox::currentIndexChanged, this, [this] { updateScope(); });
}

void RestoreConsentStep::reset()
{
    m_partners.clear();
    setVisible(false);
    for (QLineEdit* field : m_secrets) {
        field->clear();
    }
    m_scopeMine->setChecked(true);
}

void RestoreConsentStep::loadPartners(const Vault* vault)
{
    m_partners.clear();
    if (vault) {
        if (auto partners = vault->partners()) {
            m_partners = *partners;
        }
    }
    const QSignalBlocker block(m_whose);
    m_whose->clear();
    for (const PartnerInfo& partner : m_partners) {
        m_whose->addItem(QString::fromStdString(partner.name));
    }
    setVisible(!m_partners.empty());
    updateScope();
}

RestoreScope RestoreConsentStep::scope() const
{
    return m_scopeMine->isChecked() ? RestoreScope::MyJournal : RestoreScope::Everything;
}

void RestoreConsentStep::focusScope()
{
    m_scopeMine->setFocus();
}

QString RestoreConsentStep::whoseName() const
{
    return m_whose->currentText();
}

QString RestoreConsentStep::partnerName(int i) const
{
    return QString::fromStdString(m_partners[static_cast<std::size_t>(i)].name);
}

void RestoreConsentStep::updateScope()
{
    const bool mine = scope() == RestoreScope::MyJournal;
    m_whoseLabel->setVisible(mine && m_partners.size() > 1);
    m_whose->setVisible(mine && m_partners.size() > 1);
    for (int i = 0; i < 2; ++i) {
        const bool exists = static_cast<std::size_t>(i) < m_partners.size();
        const bool shown = exists && (!mine || m_whose->currentIndex() == i);
        m_secretLabels[i]->setVisible(shown);
        m_secrets[i]->setVisible(shown);
        if (!shown) {
            m_secrets[i]->clear();
            continue;
        }
        const QString name = partnerName(i);
        m_secretLabels[i]->setText(tr("%1's current password or recovery code").arg(name));
        m_secrets[i]->setAccessibleName(tr("%1's current password or recovery code").arg(name));
    }
    if (mine) {
        m_consentIntro->setText(tr(
            "Your journal goes back to the backup's; your partner's journal and what you share stay as they "
            "are. What you shared after the backup was made is taken back. Type your current password or "
            "recovery code."));
    } else {
        m_consentIntro->setText(tr("Both journals and everything you share go back to the backup's. Each of "
                                   "you types your own current password or recovery code; the other looks "
                                   "away."));
    }
    Q_EMIT scopeChanged(mine);
}

} // namespace twofold::ui
