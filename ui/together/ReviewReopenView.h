// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "ui/together/RatingChart.h"

#include <QTextBrowser>

namespace twofold::ui {

// A saved review reopened read-only (`reviewReopen`): the same HTML as its PDF
// (ReviewPrintout's reviewHtml), with the chart where the HTML asks for it.
class ReviewReopenView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ReviewReopenView(QWidget* parent = nullptr);

    void showReview(const QString& html, const ChartData& chart, const QColor& mine, const QColor& partner);
    void showMessage(const QString& text);
};

} // namespace twofold::ui
