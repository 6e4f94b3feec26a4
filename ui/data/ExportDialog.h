// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace twofold::ui {

struct VaultContext;

// Export…: the unlocked partner's journal (and the answers they wrote) as a JSON
// document, a folder of Markdown files or a PDF book, optionally only some dates or
// tags, optionally with the partner's revealed answers. Collecting and writing run off
// the GUI thread; the result (or a human error) is shown in the dialog.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format
    {
        Json,
        Markdown,
        Pdf,
    };

    explicit ExportDialog(VaultContext& context, QWidget* parent = nullptr);

    bool isBusy() const;
    // Not while the export runs: the job uses the session.
    void reject() override;

Q_SIGNALS:
    // The export finished (written or not); the result label says which.
    void exportFinished(bool written);

private:
    void run();
    void setBusy(bool busy);
    QString partnerName() const;

    VaultContext& m_context;
    QComboBox* m_format;
    QCheckBox* m_whole;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_tags;
    QCheckBox* m_partner;
    QLabel* m_result;
    QProgressBar* m_busy;
    QPushButton* m_run;
    QPushButton* m_close;
};

} // namespace twofold::ui
