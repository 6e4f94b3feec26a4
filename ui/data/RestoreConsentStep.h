// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "backup/Backup.h"
#include "vault/PartnerInfo.h"

#include <vector>

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace twofold {
class Vault;
}

namespace twofold::ui {

// RestorePage's password step over a vault (docs/BACKUP.md, "Who must agree"): "only my
// journal" or "everything", whose journal, and a field for the current password or
// recovery code of each partner whose journal the backup replaces. Hidden while the
// vault has nobody enrolled.
class RestoreConsentStep : public QWidget
{
    Q_OBJECT

public:
    explicit RestoreConsentStep(QWidget* parent = nullptr);

    // Nobody listed, every field empty, "only my journal" chosen; hidden.
    void reset();
    // The partners of `vault` (slot order), or nobody; shown when there is someone.
    void loadPartners(const Vault* vault);
    const std::vector<PartnerInfo>& partners() const { return m_partners; }
    RestoreScope scope() const;
    // Focus on the first choice, "Only my journal".
    void focusScope();
    // The partner chosen under "Whose journal".
    QString whoseName() const;
    // Partner i's field (slot order, i < 2); visible when their consent is needed.
    QLineEdit* secretField(int i) const { return m_secrets[i]; }
    QString partnerName(int i) const;

Q_SIGNALS:
    // The scope or the partner changed: `myJournal` says which scope is chosen.
    void scopeChanged(bool myJournal);
    // Return was pressed in a field.
    void submitted();

private:
    void updateScope();

    std::vector<PartnerInfo> m_partners;
    QRadioButton* m_scopeMine;
    QRadioButton* m_scopeAll;
    QComboBox* m_whose;
    QLabel* m_whoseLabel;
    QLabel* m_consentIntro;
    QLabel* m_secretLabels[2];
    QLineEdit* m_secrets[2];
};

} // namespace twofold::ui
