#include "ui/NewPasswordDialog.h"

#include "ui/ErrorMessages.h"
#include "ui/OffThread.h"
#include "ui/PasswordFields.h"
#include "ui/Theme.h"
#include "ui/VaultContext.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace twofold::ui {

NewPasswordDialog::NewPasswordDialog(VaultContext& context, QWidget* parent)
    : QDialog(parent), m_context(context), m_fields(new PasswordFields(QStringLiteral("newPassword"), this)),
      m_error(new QLabel(this)), m_busy(new QProgressBar(this)), m_ok(nullptr), m_cancel(nullptr)
{
    setObjectName(QStringLiteral("newPasswordDialog"));
    setWindowTitle(QApplication::applicationDisplayName());
    auto* heading = new QLabel(tr("Choose a new password"), this);
    makeHeadline(heading, 1.3);
    auto* intro = new QLabel(tr("Your journal will open with this password from now on. Your recovery code "
                                "keeps working."),
                             this);
    intro->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("newPasswordError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->setAccessibleName(tr("Saving the new password"));
    m_busy->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("newPasswordOk"));
    m_ok->setText(tr("Use this password"));
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("newPasswordCancel"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_fields);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());

    connect(buttons, &QDialogButtonBox::accepted, this, &NewPasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fields, &PasswordFields::submitted, this, &NewPasswordDialog::submit);
    connect(m_fields, &PasswordFields::changed, this, [this] { m_ok->setEnabled(m_fields->isAcceptable()); });
    m_ok->setEnabled(false);
}

void NewPasswordDialog::submit()
{
    if (!m_fields->isAcceptable() || !m_context.session || m_busy->isVisible()) {
        m_error->setText(m_fields->problem());
        m_error->setVisible(!m_fields->problem().isEmpty());
        return;
    }
    Session* session = &*m_context.session;
    auto password = std::make_shared<SecretBuffer>(m_fields->takePassword());
    setBusy(true);
    runOffThread<Status>(
        this, &m_context.pool,
        [session, password] {
            auto result = session->changePassword(*password);
            password->wipe();
            return result;
        },
        [this](Status result) {
            setBusy(false);
            if (!result) {
                m_error->setText(describe(result.error()).text());
                m_error->show();
                return;
            }
            Q_EMIT passwordChanged();
            accept();
        });
}

void NewPasswordDialog::setBusy(bool busy)
{
    m_fields->setEnabled(!busy);
    m_ok->setEnabled(!busy && m_fields->isAcceptable());
    m_cancel->setEnabled(!busy);
    m_busy->setVisible(busy);
}

} // namespace twofold::ui
