// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "crypto/SecretBuffer.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace twofold::ui {

class ColourPicker;
class PasswordFields;

// One partner chooses a name, a colour and a password. The page validates; whoever
// owns it runs Argon2id off the GUI thread while the page shows itself busy.
class PartnerSetupPage : public QWidget
{
    Q_OBJECT

public:
    // objectPrefix: "partner1" / "partner2", so tests can tell the two pages apart.
    explicit PartnerSetupPage(const QString& objectPrefix, QWidget* parent = nullptr);

    void setHeading(const QString& heading, const QString& intro);
    void setTakenName(const QString& name) { m_takenName = name; }
    void setColour(const QString& hex);

    QString name() const;
    QString colour() const;
    SecretBuffer takePassword();

    void setBusy(bool busy);
    void showError(const QString& text);
    void reset();

Q_SIGNALS:
    void submitted();

private:
    void validate();
    void trySubmit();

    QLabel* m_heading;
    QLabel* m_intro;
    QLineEdit* m_name;
    ColourPicker* m_colours;
    PasswordFields* m_password;
    QLabel* m_error;
    QProgressBar* m_busy;
    QLabel* m_busyText;
    QPushButton* m_create;
    QString m_takenName;
};

} // namespace twofold::ui
