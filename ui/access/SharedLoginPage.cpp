// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/access/SharedLoginPage.h"

#include "ui/widgets/Theme.h"
#include "vault/SharedVault.h"

#include <unistd.h>

#include <QButtonGroup>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace twofold::ui {

SharedLoginPage::SharedLoginPage(QWidget* parent)
    : QWidget(parent), m_oneLogin(new QRadioButton(tr("We share &one login on this computer"), this)),
      m_ownLogins(new QRadioButton(tr("My partner has their &own login on this computer"), this)),
      m_accounts(new QComboBox(this)), m_note(new QLabel(this)),
      m_continue(new QPushButton(tr("&Continue"), this))
{
    setObjectName(QStringLiteral("sharedLoginPage"));
    auto* heading = new QLabel(tr("Do you each have your own login?"), this);
    makeHeadline(heading);
    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("sharedLoginText"));
    text->setWordWrap(true);
    text->setText(tr("Separate logins are safer, and we recommend them where you can have them: your partner "
                     "then cannot install a program in your login that records what you type, replace your "
                     "copy of Twofold, or turn back what only your login remembers. With one shared login, "
                     "your password and recovery code still keep your journal private."));
    m_oneLogin->setObjectName(QStringLiteral("oneLoginOption"));
    m_ownLogins->setObjectName(QStringLiteral("ownLoginsOption"));
    m_accounts->setObjectName(QStringLiteral("partnerAccount"));
    m_accounts->setAccessibleName(tr("Your partner's login"));
    m_note->setObjectName(QStringLiteral("sharedLoginNote"));
    m_note->setWordWrap(true);
    makeMuted(m_note);
    m_continue->setObjectName(QStringLiteral("sharedLoginContinue"));
    m_continue->setAccessibleName(tr("Continue"));
    m_continue->setDefault(true);
    auto* group = new QButtonGroup(this);
    group->addButton(m_oneLogin);
    group->addButton(m_ownLogins);

    const uid_t me = ::getuid();
    for (const shared::Account& account : shared::personAccounts()) {
        if (account.uid == me) {
            continue;
        }
        const QString login = QString::fromStdString(account.login);
        const QString full = QString::fromStdString(account.fullName);
        m_accounts->addItem(full.isEmpty() ? login : tr("%1 (%2)").arg(full, login),
                            QVariant::fromValue(static_cast<qulonglong>(account.uid)));
    }
    m_placeReady = shared::placeIsReady(shared::placeRoot());
    const bool possible = m_placeReady && m_accounts->count() > 0;
    m_ownLogins->setEnabled(possible);
    // Giving another login access is a choice made on purpose: nothing is pre-selected
    // for it, even where it is possible and recommended.
    m_oneLogin->setChecked(true);

    auto* layout = new QVBoxLayout(addCentredColumn(this, 600));
    layout->setContentsMargins(24, 48, 24, 32);
    layout->addStretch(2);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addWidget(text);
    layout->addSpacing(16);
    layout->addWidget(m_ownLogins);
    auto* indent = new QVBoxLayout;
    indent->setContentsMargins(28, 0, 0, 0);
    indent->addWidget(m_accounts);
    layout->addLayout(indent);
    layout->addSpacing(8);
    layout->addWidget(m_oneLogin);
    layout->addSpacing(12);
    layout->addWidget(m_note);
    layout->addSpacing(16);
    layout->addWidget(m_continue, 0, Qt::AlignRight);
    layout->addStretch(3);

    connect(group, &QButtonGroup::buttonToggled, this, [this] { update(); });
    connect(m_accounts, &QComboBox::currentIndexChanged, this, [this] { update(); });
    connect(m_continue, &QPushButton::clicked, this, &SharedLoginPage::continued);
    update();
}

std::optional<uid_t> SharedLoginPage::partnerAccount() const
{
    if (!m_ownLogins->isChecked() || m_accounts->currentIndex() < 0) {
        return std::nullopt;
    }
    return static_cast<uid_t>(m_accounts->currentData().toULongLong());
}

void SharedLoginPage::update()
{
    m_accounts->setEnabled(m_ownLogins->isChecked());
    if (!m_placeReady) {
        m_note->setText(tr("To use two logins, whoever looks after this computer runs “sudo twofold "
                           "setup-shared” once (installing Twofold's package does it)."));
    } else if (m_accounts->count() == 0) {
        m_note->setText(tr("There is no other login on this computer yet. You can move your journals to "
                           "two logins later from the command line (“twofold share --move”)."));
    } else if (m_ownLogins->isChecked()) {
        m_note->setText(tr("Your journals will be kept where only your two logins can open them. When "
                           "%1 starts Twofold in their own login, it opens them there.")
                            .arg(m_accounts->currentText()));
    } else {
        m_note->setText(tr("Your journals will be kept in this login's own folder."));
    }
}

} // namespace twofold::ui
