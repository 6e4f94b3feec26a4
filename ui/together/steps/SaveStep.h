// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "ui/together/steps/ReviewStepPage.h"

class QLabel;
class QPushButton;

namespace twofold::ui {

struct VaultContext;
class AutoBackupNote;

// The last step: ReviewFlow::save() keeps the week's review in one transaction, then the
// automatic backup runs when the couple turned it on (AutoBackupNote). Saved, it says so
// and offers to end Together, which locks for both.
class SaveStep : public ReviewStepPage
{
    Q_OBJECT

public:
    SaveStep(ReviewFlow& flow, ReviewNames names, VaultContext& context, QWidget* parent = nullptr);

    ReviewStep step() const override { return ReviewStep::Save; }
    void refresh() override;
    bool isSaved() const { return m_saved; }

Q_SIGNALS:
    void saved();
    void autoBackupFinished(bool ok);
    void endRequested();

private:
    void save();

    VaultContext& m_context;
    bool m_saved = false;
    QLabel* m_intentions;
    QPushButton* m_save;
    QLabel* m_savedMessage;
    AutoBackupNote* m_backupNote;
    QPushButton* m_end;
};

} // namespace twofold::ui
