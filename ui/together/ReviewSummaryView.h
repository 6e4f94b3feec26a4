// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Clock.h"
#include "couple/TogetherReview.h"
#include "crypto/SecretBuffer.h"

#include <array>
#include <vector>

#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace twofold::ui {

// The weekly review's shared screen (DESIGN.md §5): the revealed check-ins side by side,
// the answers both revealed, offered entries, and the prompts where one of them has
// agreed to share — each with "Share mine now…" for the partner whose turn it is and an
// equal "Not now" (which hides it for this review and records nothing). Sharing asks for
// that partner's password right in its row, so nobody can share for the other.
class ReviewSummaryView : public QWidget
{
    Q_OBJECT

public:
    // `clock`: the vault's (VaultContext::clock()), for when offers were made.
    explicit ReviewSummaryView(const Clock& clock, QWidget* parent = nullptr);

    // `names`: the first and the second partner, in ReviewSide order.
    void show(const ReviewContents& contents, const std::array<QString, 2>& names);
    // Empties every view holding words (lock, end of Together).
    void clear();

    const std::vector<ReviewTurn>& turns() const { return m_turns; }
    // The password typed in turn `index`'s row (the field is cleared).
    SecretBuffer takePassword(int index);
    void setTurnBusy(int index, bool busy);
    void showTurnError(int index, const QString& text);

Q_SIGNALS:
    // The partner whose turn it is typed their password and chose to share.
    void shareRequested(int index);

private:
    struct TurnRow
    {
        QWidget* row = nullptr;
        QWidget* confirm = nullptr;
        QLineEdit* password = nullptr;
        QPushButton* share = nullptr;
        QLabel* error = nullptr;
    };

    void heading(const QString& text);
    void sideBySide(const QString& left, const QString& right, const QString& objectName);
    void addTurn(const ReviewTurn& turn, const std::array<QString, 2>& names, int index);

    const Clock* m_clock;
    QVBoxLayout* m_layout;
    std::vector<ReviewTurn> m_turns;
    std::vector<TurnRow> m_rows;
};

} // namespace twofold::ui
