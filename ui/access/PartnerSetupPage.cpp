// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/access/PartnerSetupPage.h"

#include "ui/access/PasswordFields.h"
#include "ui/widgets/ColourPicker.h"
#include "ui/widgets/Theme.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {
constexpr int kMaxNameLength = 40;
}

PartnerSetupPage::PartnerSetupPage(const QString& objectPrefix, QWidget* parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_intro(new QLabel(this)), m_name(new QLineEdit(this)),
      m_colours(new ColourPicker(objectPrefix, this)), m_password(new PasswordFields(objectPrefix, this)),
      m_error(new QLabel(this)), m_busy(new QProgressBar(this)), m_busyText(new QLabel(this)),
      m_create(new QPushButton(tr("&Create my journal"), this))
{
    setObjectName(objectPrefix + QStringLiteral("SetupPage"));
    m_heading->setObjectName(objectPrefix + QStringLiteral("Heading"));
    makeHeadline(m_heading);
    m_intro->setWordWrap(true);
    m_name->setObjectName(objectPrefix + QStringLiteral("Name"));
    m_name->setAccessibleName(tr("Your name"));
    m_name->setMaxLength(kMaxNameLength);
    m_name->setPlaceholderText(tr("The name your partner knows you by"));
    m_error->setObjectName(objectPrefix + QStringLiteral("Error"));
    m_error->setWordWrap(true);
    makeErrorText(m_error);
    m_error->hide();
    m_busy->setObjectName(objectPrefix + QStringLiteral("Busy"));
    m_busy->setAccessibleName(tr("Creating the journal"));
    m_busy->setRange(0, 0); // indeterminate
    m_busy->setMaximumHeight(8);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_busyText->setText(tr("Protecting your journal with your password… this takes a moment on purpose."));
    m_busyText->setWordWrap(true);
    makeMuted(m_busyText);
    m_busyText->hide();
    m_create->setObjectName(objectPrefix + QStringLiteral("CreateButton"));
    m_create->setAccessibleName(tr("Create my journal"));
    m_create->setDefault(true);

    auto* form = new QFormLayout;
    form->setHorizontalSpacing(12);
    auto* nameLabel = new QLabel(tr("&Name"), this);
    nameLabel->setBuddy(m_name);
    nameLabel->setMinimumWidth(kFormLabelWidth);
    form->addRow(nameLabel, m_name);
    form->addRow(tr("Colour"), m_colours);

    auto* layout = new QVBoxLayout(addCentredColumn(this));
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(14);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_password);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_busyText);
    layout->addWidget(m_busy);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_create);
    layout->addLayout(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &PartnerSetupPage::validate);
    connect(m_name, &QLineEdit::returnPressed, m_password->passwordField(), qOverload<>(&QWidget::setFocus));
    connect(m_password, &PasswordFields::changed, this, &PartnerSetupPage::validate);
    connect(m_password, &PasswordFields::submitted, this, &PartnerSetupPage::trySubmit);
    connect(m_create, &QPushButton::clicked, this, &PartnerSetupPage::trySubmit);
    validate();
}

void PartnerSetupPage::setHeading(const QString& heading, const QString& intro)
{
    m_heading->setText(heading);
    m_intro->setText(intro);
}

void PartnerSetupPage::setColour(const QString& hex)
{
    m_colours->setColour(hex);
}

QString PartnerSetupPage::name() const
{
    return m_name->text().simplified();
}

QString PartnerSetupPage::colour() const
{
    return m_colours->colour();
}

SecretBuffer PartnerSetupPage::takePassword()
{
    return m_password->takePassword();
}

void PartnerSetupPage::setBusy(bool busy)
{
    m_name->setEnabled(!busy);
    m_colours->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_create->setEnabled(!busy);
    m_busy->setVisible(busy);
    m_busyText->setVisible(busy);
    if (busy) {
        m_error->hide();
    } else {
        validate();
    }
}

void PartnerSetupPage::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void PartnerSetupPage::reset()
{
    m_name->clear();
    m_password->clear();
    showError(QString());
    setBusy(false);
}

void PartnerSetupPage::validate()
{
    m_create->setEnabled(!name().isEmpty() && m_password->isAcceptable());
}

void PartnerSetupPage::trySubmit()
{
    if (name().isEmpty()) {
        showError(tr("Please enter your name."));
        m_name->setFocus();
        return;
    }
    if (!m_takenName.isEmpty() && name().compare(m_takenName, Qt::CaseInsensitive) == 0) {
        showError(tr("Your partner already uses that name. Please choose another, so the two of you can "
                     "tell your journals apart."));
        m_name->setFocus();
        return;
    }
    if (const QString problem = m_password->problem(); !problem.isEmpty()) {
        showError(problem);
        m_password->passwordField()->setFocus();
        return;
    }
    showError(QString());
    Q_EMIT submitted();
}

} // namespace twofold::ui
