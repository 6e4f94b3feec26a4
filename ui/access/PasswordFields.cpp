// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/access/PasswordFields.h"

#include "ui/access/CapsLockHint.h"
#include "ui/access/PasswordStrength.h"
#include "ui/access/SecretFieldAccessibility.h"
#include "ui/access/SecretInput.h"
#include "ui/access/ShowSecretToggle.h"
#include "ui/widgets/Theme.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QVBoxLayout>

namespace twofold::ui {

PasswordFields::PasswordFields(const QString& objectPrefix, QWidget* parent)
    : QWidget(parent), m_password(new SecretLineEdit(this)), m_confirm(new SecretLineEdit(this)),
      m_meter(new QProgressBar(this)), m_strength(new QLabel(this)), m_match(new QLabel(this)),
      m_capsLock(new CapsLockHint(objectPrefix + QStringLiteral("CapsLock"), this))
{
    m_password->setObjectName(objectPrefix + QStringLiteral("Password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("At least %n characters", nullptr, kMinimumPasswordLength));
    m_confirm->setObjectName(objectPrefix + QStringLiteral("Confirm"));
    m_confirm->setAccessibleName(tr("Confirm password"));
    m_meter->setObjectName(objectPrefix + QStringLiteral("StrengthMeter"));
    m_meter->setAccessibleName(tr("Password strength"));
    m_meter->setRange(0, 4);
    m_meter->setTextVisible(false);
    m_meter->setMaximumHeight(6);
    m_strength->setObjectName(objectPrefix + QStringLiteral("Strength"));
    m_strength->setWordWrap(true);
    makeMuted(m_strength);
    m_match->setObjectName(objectPrefix + QStringLiteral("Match"));
    makeMuted(m_match);
    m_capsLock->watch(m_password);
    m_capsLock->watch(m_confirm);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(12);
    auto* passwordLabel = new QLabel(tr("&Password"), this);
    passwordLabel->setBuddy(m_password);
    passwordLabel->setMinimumWidth(kFormLabelWidth);
    // Each field with its own Show toggle right after it (Tab order, screen readers).
    auto withToggle = [this](QLineEdit* field, const QString& name, const QString& accessibleName,
                             QWidget*& toggleOut) {
        auto* row = new QHBoxLayout;
        row->setSpacing(6);
        row->addWidget(field, 1);
        auto* toggle = new ShowSecretToggle(field, name, this);
        toggle->setAccessibleName(accessibleName);
        row->addWidget(toggle);
        toggleOut = toggle;
        return row;
    };
    form->addRow(passwordLabel, withToggle(m_password, m_password->objectName() + QStringLiteral("Show"),
                                           tr("Show password"), m_passwordShow));
    auto* feedback = new QVBoxLayout;
    feedback->setSpacing(4);
    feedback->addWidget(m_meter);
    feedback->addWidget(m_strength);
    form->addRow(QString(), feedback);
    auto* confirmLabel = new QLabel(tr("Con&firm"), this);
    confirmLabel->setBuddy(m_confirm);
    form->addRow(confirmLabel, withToggle(m_confirm, m_confirm->objectName() + QStringLiteral("Show"),
                                          tr("Show the confirmation"), m_confirmShow));
    form->addRow(QString(), m_match);
    form->addRow(QString(), m_capsLock);

    connect(m_password, &QLineEdit::textChanged, this, [this] {
        updateFeedback();
        Q_EMIT changed();
    });
    connect(m_confirm, &QLineEdit::textChanged, this, [this] {
        updateFeedback();
        Q_EMIT changed();
    });
    connect(m_confirm, &QLineEdit::returnPressed, this, &PasswordFields::submitted);
    connect(m_password, &QLineEdit::returnPressed, m_confirm, qOverload<>(&QWidget::setFocus));
    updateFeedback();
}

QList<QWidget*> PasswordFields::tabOrder() const
{
    return {m_password, m_passwordShow, m_confirm, m_confirmShow};
}

QString PasswordFields::problem() const
{
    const QString password = m_password->text();
    if (password.size() < kMinimumPasswordLength) {
        return describeStrength(password.isEmpty() ? Strength::TooShort : estimateStrength(password));
    }
    if (m_confirm->text() != password) {
        return tr("The two passwords are not the same yet.");
    }
    return {};
}

SecretBuffer PasswordFields::takePassword()
{
    SecretBuffer password = takeSecret(m_password);
    m_confirm->clear();
    updateFeedback();
    return password;
}

void PasswordFields::clear()
{
    m_password->clear();
    m_confirm->clear();
    updateFeedback();
}

void PasswordFields::updateFeedback()
{
    const Strength strength = estimateStrength(m_password->text());
    m_meter->setValue(strengthScore(strength));
    m_strength->setText(describeStrength(strength));
    QPalette p = m_meter->palette();
    static const QColor kColours[] = {QColor(0xc0, 0x50, 0x4d), QColor(0xc0, 0x50, 0x4d),
                                      QColor(0xc0, 0x8a, 0x2e), QColor(0x4f, 0x8a, 0x6e),
                                      QColor(0x3f, 0x8a, 0x5e)};
    p.setColor(QPalette::Highlight, kColours[strengthScore(strength)]);
    m_meter->setPalette(p);
    if (m_confirm->text().isEmpty()) {
        m_match->clear();
    } else if (m_confirm->text() == m_password->text()) {
        m_match->setText(tr("The passwords match."));
    } else {
        m_match->setText(tr("The two passwords are not the same yet."));
    }
}

} // namespace twofold::ui
