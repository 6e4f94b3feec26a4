// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <QWidget>

class QPushButton;
class QTextBrowser;

namespace twofold::ui {

// DESIGN.md §6: reachable from the login screen and the main window, offline, written
// with care. Honest about what the other partner can still see (file sizes and times).
class SafetyPage : public QWidget
{
    Q_OBJECT

public:
    explicit SafetyPage(QWidget* parent = nullptr);

    static QString html();

Q_SIGNALS:
    void backRequested();

private:
    QTextBrowser* m_text;
    QPushButton* m_back;
};

} // namespace twofold::ui
