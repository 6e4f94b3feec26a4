// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace twofold::ui {

struct VaultContext;

// Import…: entries from Day One, jrnl, a folder of Markdown files or a Twofold JSON
// export into the unlocked partner's journal, in one go off the GUI thread. A bad file
// imports nothing and says where it went wrong (file, line, column).
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(VaultContext& context, QWidget* parent = nullptr);

    bool isBusy() const;
    // Not while the import runs: the job uses the session.
    void reject() override;

Q_SIGNALS:
    // Entries were added: the journal list should reload.
    void imported(int count);
    void importFinished(bool ok);

private:
    void choose();
    void run();
    void setBusy(bool busy);

    VaultContext& m_context;
    QComboBox* m_format;
    QLineEdit* m_path;
    QPushButton* m_choose;
    QLabel* m_result;
    QProgressBar* m_busy;
    QPushButton* m_run;
    QPushButton* m_close;
};

} // namespace twofold::ui
