// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "vault/Session.h"

#include <optional>

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace twofold::ui {

struct VaultContext;

// The step of the Together page where the other partner joins (DESIGN.md §5): their
// password, checked off the GUI thread; their files' freshness; then Together mode begins
// on the window's CoupleSession, which opens their couple space and links both.
class TogetherJoinPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TogetherJoinPanel(VaultContext& context, QWidget* parent = nullptr);

    // Asks `joining` for their password to join `host`.
    void begin(const QString& joining, const QString& host);
    void focusPassword();
    // Lock, or Together ended: empties the password field and wipes the keys of a partner
    // who is still being asked about older files.
    void clearAll();

Q_SIGNALS:
    // Both partners are unlocked and linked: VaultContext::otherCouple() is set.
    void joined();
    void cancelled();

private:
    void join();
    // The joining partner's files older than they last saw them: Continue (accept) or Not
    // now (their keys are wiped). False when they do not join.
    bool acceptOlderFiles();
    void lockJoining();
    void showError(const QString& text);

    VaultContext& m_context;
    // The joining partner between their unlock and Together mode, while the older-files
    // question is open: held here so that a lock inside that dialog wipes them (clearAll).
    std::optional<Session> m_joining;
    QLabel* m_prompt = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_join = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace twofold::ui
