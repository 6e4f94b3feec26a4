// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/access/NewPasswordDialog.h"

#include "ui/access/BusyButtons.h"
#include "ui/access/CurrentPasswordField.h"
#include "ui/access/PasswordFields.h"
#include "ui/access/RecoveryCodePage.h"
#include "ui/shell/OffThread.h"
#include "ui/shell/VaultContext.h"
#include "ui/widgets/Theme.h"

#include <optional>

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {

// What the worker hands back: whether it worked and, after a re-key, the new code.
struct Outcome
{
    Status status;
    std::optional<SecretBuffer> recoveryCode;
};

} // namespace

NewPasswordDialog::NewPasswordDialog(VaultContext& context, QWidget* parent)
    : QDialog(parent), m_context(context), m_stack(new QStackedWidget(this)), m_intro(new QLabel(this)),
      m_current(nullptr), m_fields(new PasswordFields(QStringLiteral("newPassword"), this)),
      m_rekey(new QCheckBox(tr("&Lock out anyone who knew my old password"), this)),
      m_rekeyHelp(new QLabel(this)), m_error(new QLabel(this)), m_busyText(new QLabel(this)), m_foot(nullptr),
      m_recovery(new RecoveryCodePage(QStringLiteral("rekey"), this))
{
    setObjectName(QStringLiteral("newPasswordDialog"));
    setWindowTitle(QApplication::applicationDisplayName());
    auto* form = new QWidget(this);
    auto* heading = new QLabel(tr("Choose a new password"), form);
    makeHeadline(heading, 1.3);
    m_intro->setWordWrap(true);
    m_intro->setObjectName(QStringLiteral("newPasswordIntro"));
    if (!m_context.unlockedWithRecoveryCode) {
        m_current = new CurrentPasswordField(QStringLiteral("currentPassword"),
                                             CurrentPasswordField::Extra::ShowToggle,
                                             QStringLiteral("currentPasswordShow"), form);
    }
    m_rekey->setObjectName(QStringLiteral("rekeyCheck"));
    m_rekeyHelp->setObjectName(QStringLiteral("rekeyHelp"));
    m_rekeyHelp->setWordWrap(true);
    m_rekeyHelp->setText(tr("Re-encrypts your journal under new keys and gives you a new recovery code, so "
                            "your old password opens nothing, not even an old copy of your files. It takes "
                            "longer."));
    QFont small = m_rekeyHelp->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_rekeyHelp->setFont(small);
    m_rekeyHelp->setContentsMargins(24, 0, 0, 0);
    m_error->setObjectName(QStringLiteral("newPasswordError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_busyText->setObjectName(QStringLiteral("newPasswordBusyText"));
    m_busyText->setWordWrap(true);
    m_busyText->hide();
    m_foot = new BusyButtons(QStringLiteral("newPassword"), tr("Saving the new password"), form);

    auto* layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_intro);
    if (m_current != nullptr) {
        layout->addWidget(m_current);
        auto* newLabel = new QLabel(tr("Your new password"), form);
        layout->addSpacing(6);
        layout->addWidget(newLabel);
    }
    layout->addWidget(m_fields);
    layout->addWidget(m_rekey);
    layout->addWidget(m_rekeyHelp);
    layout->addWidget(m_error);
    layout->addWidget(m_busyText);
    layout->addWidget(m_foot->bar());
    layout->addStretch();
    layout->addWidget(m_foot->box());
    m_stack->addWidget(form);
    m_stack->addWidget(m_recovery);
    auto* outer = new QVBoxLayout(this);
    outer->addWidget(m_stack);
    updateTexts();
    resize(520, sizeHint().height());
    if (m_current != nullptr) {
        QWidget* previous = m_current->lastInTabOrder();
        for (QWidget* next : m_fields->tabOrder()) {
            setTabOrder(previous, next);
            previous = next;
        }
        m_current->field()->setFocus();
    }

    const auto refresh = [this] {
        m_foot->ok()->setEnabled(m_fields->isAcceptable() && (m_current == nullptr || !m_current->isEmpty()));
    };
    connect(m_foot->box(), &QDialogButtonBox::accepted, this, &NewPasswordDialog::submit);
    connect(m_foot->box(), &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fields, &PasswordFields::submitted, this, &NewPasswordDialog::submit);
    connect(m_fields, &PasswordFields::changed, this, refresh);
    if (m_current != nullptr) {
        connect(m_current, &CurrentPasswordField::changed, this, refresh);
    }
    connect(m_rekey, &QCheckBox::toggled, this, &NewPasswordDialog::updateTexts);
    m_recovery->setHeading(tr("Your new recovery code"));
    connect(m_recovery, &RecoveryCodePage::continued, this, [this] {
        m_recovery->clear();
        accept();
    });
    m_foot->ok()->setEnabled(false);
}

void NewPasswordDialog::reject()
{
    // The new recovery code is shown only once: it goes with "I wrote it down", not Escape.
    if (m_stack->currentWidget() == m_recovery || m_foot->isBusy()) {
        return;
    }
    QDialog::reject();
}

void NewPasswordDialog::updateTexts()
{
    if (m_rekey->isChecked()) {
        m_intro->setText(tr("Your journal will open with this password from now on. Your old password and "
                            "your old recovery code stop working."));
        m_foot->ok()->setText(tr("Lock out and use this password"));
    } else {
        m_intro->setText(tr("Your journal will open with this password from now on. Your recovery code "
                            "keeps working."));
        m_foot->ok()->setText(tr("Use this password"));
    }
}

void NewPasswordDialog::submit()
{
    const bool currentMissing = m_current != nullptr && m_current->isEmpty();
    if (!m_fields->isAcceptable() || currentMissing || !m_context.session() || m_foot->isBusy()) {
        const QString problem = currentMissing ? CurrentPasswordField::missingText() : m_fields->problem();
        m_error->setText(problem);
        m_error->setVisible(!problem.isEmpty());
        return;
    }
    Session* session = &*m_context.session();
    auto current = CurrentPasswordField::take(m_current);
    auto password = std::make_shared<SecretBuffer>(m_fields->takePassword());
    const bool rekey = m_rekey->isChecked();
    setBusy(true);
    // The new recovery code must reach the screen: no idle lock while this runs.
    m_context.keysChanging = rekey;
    runOffThread<Outcome>(
        this, &m_context.pool,
        [session, current, password, rekey] {
            Outcome outcome;
            outcome.status = CurrentPasswordField::verify(*session, *current);
            if (outcome.status) {
                if (rekey) {
                    auto code = session->rekey(*password);
                    if (code) {
                        outcome.recoveryCode = std::move(*code);
                    } else {
                        outcome.status = std::unexpected(code.error());
                    }
                } else {
                    outcome.status = session->changePassword(*password);
                }
            }
            password->wipe();
            return outcome;
        },
        [this, rekey](Outcome outcome) {
            setBusy(false);
            if (!outcome.status) {
                m_context.keysChanging = false;
                m_error->setText(CurrentPasswordField::failureText(outcome.status.error()));
                m_error->show();
                return;
            }
            Q_EMIT passwordChanged(rekey);
            if (outcome.recoveryCode) {
                const QString name = m_context.session()
                                         ? QString::fromStdString(m_context.session()->partner().name)
                                         : QString();
                m_recovery->setCode(name, std::move(*outcome.recoveryCode));
                m_stack->setCurrentWidget(m_recovery);
                m_context.keysChanging = false;
                resize(width(), std::max(height(), m_recovery->sizeHint().height() + 40));
                return;
            }
            accept();
        });
}

void NewPasswordDialog::setBusy(bool busy)
{
    if (m_current != nullptr) {
        m_current->field()->setEnabled(!busy);
    }
    m_fields->setEnabled(!busy);
    m_rekey->setEnabled(!busy);
    m_foot->setBusy(busy, m_fields->isAcceptable());
    m_busyText->setText(m_rekey->isChecked()
                            ? tr("Re-encrypting your journal under new keys. This can take a minute; please "
                                 "keep Twofold open.")
                            : tr("Saving the new password…"));
    m_busyText->setVisible(busy);
}

} // namespace twofold::ui
