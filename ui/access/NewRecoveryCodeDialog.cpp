// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/access/NewRecoveryCodeDialog.h"

#include "ui/access/BusyButtons.h"
#include "ui/access/CurrentPasswordField.h"
#include "ui/access/RecoveryCodePage.h"
#include "ui/shell/OffThread.h"
#include "ui/shell/VaultContext.h"
#include "ui/widgets/Theme.h"

#include <memory>
#include <optional>

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {

struct Outcome
{
    Status status;
    std::optional<SecretBuffer> code;
};

} // namespace

NewRecoveryCodeDialog::NewRecoveryCodeDialog(VaultContext& context, QWidget* parent)
    : QDialog(parent), m_context(context), m_stack(new QStackedWidget(this)), m_current(nullptr),
      m_error(new QLabel(this)), m_foot(nullptr),
      m_recovery(new RecoveryCodePage(QStringLiteral("newRecovery"), this))
{
    setObjectName(QStringLiteral("newRecoveryCodeDialog"));
    setWindowTitle(QApplication::applicationDisplayName());
    auto* form = new QWidget(this);
    auto* heading = new QLabel(tr("Make a new recovery code"), form);
    makeHeadline(heading, 1.3);
    auto* intro =
        new QLabel(tr("Your old recovery code stops working, and the new one is shown once: have paper "
                      "ready. Your password stays the same."),
                   form);
    intro->setObjectName(QStringLiteral("newRecoveryIntro"));
    intro->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("newRecoveryError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    m_foot = new BusyButtons(QStringLiteral("newRecovery"), tr("Making a new recovery code"), form);
    m_foot->ok()->setText(tr("&Make a new code"));

    auto* layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(intro);
    if (!m_context.unlockedWithRecoveryCode) {
        m_current = new CurrentPasswordField(QStringLiteral("newRecoveryCurrentPassword"),
                                             CurrentPasswordField::Extra::CapsLockHint,
                                             QStringLiteral("newRecoveryCapsLock"), form);
        layout->addWidget(m_current);
        connect(m_current, &CurrentPasswordField::submitted, this, &NewRecoveryCodeDialog::submit);
        connect(m_current, &CurrentPasswordField::changed, this,
                [this] { m_foot->ok()->setEnabled(!m_current->isEmpty() && !m_foot->isBusy()); });
        m_foot->ok()->setEnabled(false);
    }
    layout->addWidget(m_error);
    layout->addWidget(m_foot->bar());
    layout->addStretch();
    layout->addWidget(m_foot->box());
    m_stack->addWidget(form);
    m_stack->addWidget(m_recovery);
    auto* outer = new QVBoxLayout(this);
    outer->addWidget(m_stack);
    m_recovery->setHeading(tr("Your new recovery code"));
    resize(520, sizeHint().height());
    if (m_current != nullptr) {
        m_current->field()->setFocus();
    }

    connect(m_foot->box(), &QDialogButtonBox::accepted, this, &NewRecoveryCodeDialog::submit);
    connect(m_foot->box(), &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_recovery, &RecoveryCodePage::continued, this, [this] {
        m_recovery->clear();
        accept();
    });
}

void NewRecoveryCodeDialog::reject()
{
    // The new code is shown only once: it goes with "I wrote it down", not Escape.
    if (m_stack->currentWidget() == m_recovery || m_foot->isBusy()) {
        return;
    }
    QDialog::reject();
}

void NewRecoveryCodeDialog::setBusy(bool busy)
{
    if (m_current != nullptr) {
        m_current->field()->setEnabled(!busy);
    }
    m_foot->setBusy(busy, m_current == nullptr || !m_current->isEmpty());
}

void NewRecoveryCodeDialog::submit()
{
    if (!m_context.session() || m_foot->isBusy()) {
        return;
    }
    if (m_current != nullptr && m_current->isEmpty()) {
        m_error->setText(CurrentPasswordField::missingText());
        m_error->show();
        return;
    }
    Session* session = &*m_context.session();
    auto current = CurrentPasswordField::take(m_current);
    m_error->hide();
    setBusy(true);
    // The new code must reach the screen: no idle lock while this runs.
    m_context.keysChanging = true;
    runOffThread<Outcome>(
        this, &m_context.pool,
        [session, current] {
            Outcome outcome;
            outcome.status = CurrentPasswordField::verify(*session, *current);
            if (outcome.status) {
                auto code = session->resetRecoveryCode();
                if (code) {
                    outcome.code = std::move(*code);
                } else {
                    outcome.status = std::unexpected(code.error());
                }
            }
            return outcome;
        },
        [this](Outcome outcome) {
            setBusy(false);
            m_context.keysChanging = false;
            if (!outcome.status) {
                m_error->setText(CurrentPasswordField::failureText(outcome.status.error()));
                m_error->show();
                if (m_current != nullptr) {
                    m_current->field()->setFocus();
                }
                return;
            }
            Q_EMIT codeReplaced();
            const QString name =
                m_context.session() ? QString::fromStdString(m_context.session()->partner().name) : QString();
            m_recovery->setCode(name, std::move(*outcome.code));
            m_stack->setCurrentWidget(m_recovery);
            resize(width(), std::max(height(), m_recovery->sizeHint().height() + 40));
        });
}

} // namespace twofold::ui
