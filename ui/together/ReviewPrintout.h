// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"
#include "ui/together/RatingChart.h"

#include <filesystem>

#include <QString>

namespace twofold {
struct SavedReview;
} // namespace twofold

namespace twofold::ui {

// Who wrote what in a reopened review: notes carry their author's partner id.
struct ReviewPeople
{
    std::string myId;
    QString myName;
    QString partnerName;
};

// A reopened review (ReviewHistory::open) as HTML, for its read-only view and its PDF: the
// date, "Changed in the shared file since it was saved." when it was, the chart's place
// (chartPlaceholderHtml(), when `withChart`), then what both revealed (appreciations,
// check-ins, what helps each feel loved), the notes of the shared steps and the intentions.
QString reviewHtml(const SavedReview& review, const ReviewPeople& people, bool withChart);

// Writes `html` as an A4 PDF through writeDocumentPdf (ui/data/DocumentPdf.h): dark ink on
// white whatever the theme, 0600 and atomic. May run on any thread while a
// QGuiApplication exists.
Status writeReviewPdf(const QString& html, const std::filesystem::path& out);
// The same, with the rating chart drawn as vector where the HTML has its placeholder.
Status writeReviewPdf(const QString& html, const ChartData& chart, const ChartColours& colours,
                      const std::filesystem::path& out);

} // namespace twofold::ui
