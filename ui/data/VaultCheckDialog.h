// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace twofold::ui {

struct VaultContext;

// Check the vault…: every file of the vault (no key needed), then the unlocked
// partner's journal, couple.db and every envelope they may read, off the GUI thread.
// Lists each thing checked and says plainly whether anything is damaged and what to do.
class VaultCheckDialog : public QDialog
{
    Q_OBJECT

public:
    explicit VaultCheckDialog(VaultContext& context, QWidget* parent = nullptr);

    // Starts the check (the dialog shows a busy bar until it is done).
    void start();
    bool isBusy() const;
    void reject() override;

Q_SIGNALS:
    void checkFinished(bool sound);

private:
    VaultContext& m_context;
    QLabel* m_summary;
    QListWidget* m_items;
    QProgressBar* m_busy;
    QPushButton* m_close;
};

} // namespace twofold::ui
