// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/access/CurrentPasswordField.h"

#include "ui/access/CapsLockHint.h"
#include "ui/access/SecretFieldAccessibility.h"
#include "ui/access/SecretInput.h"
#include "ui/access/ShowSecretToggle.h"
#include "ui/widgets/ErrorMessages.h"
#include "vault/Session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace twofold::ui {

CurrentPasswordField::CurrentPasswordField(const QString& fieldName, Extra extra, const QString& extraName,
                                           QWidget* parent)
    : QWidget(parent)
{
    // The label first: the field and what goes with it follow each other in the focus chain.
    auto* label = new QLabel(tr("Your &current password"), this);
    m_field = new SecretLineEdit(this);
    m_last = m_field;
    m_field->setObjectName(fieldName);
    m_field->setAccessibleName(tr("Current password"));
    label->setBuddy(m_field);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    if (extra == Extra::CapsLockHint) {
        auto* caps = new CapsLockHint(extraName, this);
        caps->watch(m_field);
        layout->addWidget(m_field);
        layout->addWidget(caps);
    } else {
        auto* row = new QHBoxLayout;
        row->setSpacing(6);
        row->addWidget(m_field, 1);
        auto* show = new ShowSecretToggle(m_field, extraName, this);
        show->setAccessibleName(tr("Show current password"));
        row->addWidget(show);
        layout->addLayout(row);
        m_last = show;
    }
    connect(m_field, &QLineEdit::textChanged, this, &CurrentPasswordField::changed);
    connect(m_field, &QLineEdit::returnPressed, this, &CurrentPasswordField::submitted);
}

bool CurrentPasswordField::isEmpty() const
{
    return m_field->text().isEmpty();
}

QString CurrentPasswordField::missingText()
{
    return tr("Type your current password first.");
}

std::shared_ptr<std::optional<SecretBuffer>> CurrentPasswordField::take(CurrentPasswordField* field)
{
    auto current = std::make_shared<std::optional<SecretBuffer>>();
    if (field != nullptr) {
        *current = takeSecret(field->m_field);
    }
    return current;
}

Status CurrentPasswordField::verify(Session& session, std::optional<SecretBuffer>& current)
{
    if (!current) {
        return {};
    }
    Status verified = session.verifyPassword(*current);
    current->wipe();
    return verified;
}

QString CurrentPasswordField::failureText(const Error& error)
{
    return error.code == ErrorCode::WrongPassword
               ? tr("That is not your current password. Nothing was changed.")
               : describe(error).text();
}

} // namespace twofold::ui
