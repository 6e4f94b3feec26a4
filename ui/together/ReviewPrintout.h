// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"

#include <filesystem>

#include <QString>

namespace twofold {
class CoupleSpace;
}

namespace twofold::ui {

// A saved weekly review as simple HTML (the history view and its PDF): the date, when
// it was saved, both check-ins as far as they are revealed ("—" where a partner would
// rather not say), and both intentions. Empty when no review of that date is saved.
// Read through `me`: only what is revealed to that partner.
QString reviewHtml(CoupleSpace& me, const QString& myName, const QString& partnerName,
                   const QString& reviewDate);

// Writes `html` as an A4 PDF through writeDocumentPdf (ui/data/DocumentPdf.h): dark ink on
// white whatever the theme, 0600 and atomic. May run on any thread while a
// QGuiApplication exists.
Status writeReviewPdf(const QString& html, const std::filesystem::path& out);

} // namespace twofold::ui
