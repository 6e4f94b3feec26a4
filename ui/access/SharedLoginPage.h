// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <optional>
#include <sys/types.h>

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace twofold::ui {

// First run, after the welcome: does the partner have their own login on this computer?
// If so, the first partner picks the partner's account and the vault is made in the shared
// place for the two accounts (docs/ARCHITECTURE.md, "Two accounts, one vault"). The page
// recommends separate logins where the couple can have them.
class SharedLoginPage : public QWidget
{
    Q_OBJECT

public:
    explicit SharedLoginPage(QWidget* parent = nullptr);

    // The partner's account when "My partner has their own login" is chosen.
    std::optional<uid_t> partnerAccount() const;

Q_SIGNALS:
    void continued();

private:
    void update();

    QRadioButton* m_oneLogin;
    QRadioButton* m_ownLogins;
    QComboBox* m_accounts;
    QLabel* m_note;
    QPushButton* m_continue;
    bool m_placeReady = false;
};

} // namespace twofold::ui
