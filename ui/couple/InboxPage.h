// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "couple/Envelope.h"

#include <vector>

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace twofold::ui {

struct VaultContext;

// Entries the partner offered: no title or words until "Read now". "Not now" is
// recorded privately; the partner's app shows the offer exactly as before. Below,
// this partner's own offers, which they can take back.
class InboxPage : public QWidget
{
    Q_OBJECT

public:
    explicit InboxPage(VaultContext& context, QWidget* parent = nullptr);

    void reload();
    // Offers not yet read or put aside: the sidebar's badge.
    int unseenCount() const { return m_unseen; }
    void readNow();
    void notNow();
    // Lock: empties the entry shown and both lists.
    void clearAll();

Q_SIGNALS:
    void countChanged(int unseen);

private:
    void showEntry(const QString& title, const QString& body, qint64 writtenMs);
    void retractMine();

    VaultContext& m_context;
    std::vector<EnvelopeId> m_ids;
    std::vector<EnvelopeId> m_myIds;
    int m_unseen = 0;
    QListWidget* m_list;
    QPushButton* m_read;
    QPushButton* m_notNow;
    QLabel* m_empty;
    QLabel* m_title;
    QLabel* m_written;
    QTextBrowser* m_body;
    QListWidget* m_mine;
    QPushButton* m_retract;
};

} // namespace twofold::ui
