// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"

#include <QWidget>

class QListWidget;
class QPushButton;
class QTextBrowser;

namespace twofold::ui {

struct VaultContext;

// The Together page's "Past reviews": the saved weekly reviews of this couple, the chosen
// one in full (as both partners may read it), and its export to a text-only PDF.
class ReviewHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewHistoryPanel(VaultContext& context, QWidget* parent = nullptr);

    // Reads the list again from couple.db, keeping the chosen row where it can.
    void reload();
    // Writes the review of `reviewDate` as a text-only PDF to `path` (atomically, 0600), on
    // the calling thread (the Export button runs it off the GUI thread).
    Status exportPdf(const QString& path, const QString& reviewDate);
    // Lock: empties the list and the view of the chosen review.
    void clearAll();

Q_SIGNALS:
    // A line for the page to show about the export ("Writing the PDF…", where it went).
    void message(const QString& text);

private:
    void showChosen();
    void exportChosen();
    QString reviewHtml(const QString& reviewDate);

    VaultContext& m_context;
    QListWidget* m_list;
    QTextBrowser* m_detail;
    QPushButton* m_export;
};

} // namespace twofold::ui
