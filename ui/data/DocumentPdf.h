// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"

#include <filesystem>

#include <QString>

class QTextDocument;

namespace twofold::ui {

// Writes `document` as an A4 PDF to `out` (the weekly review): in dark ink on white
// whatever the window's theme, and through AtomicFile, so the file is 0600 from its
// first byte and is either whole or not there. May run on any thread with a
// QGuiApplication (QPdfWriter and QTextDocument are not tied to the GUI thread).
Status writeDocumentPdf(QTextDocument& document, const QString& title, const std::filesystem::path& out);

// Makes every explicitly coloured piece of text in `document` readable on white: links
// in the print palette's link colour, anything else too light (below 4.5:1) in black.
// The HTML and Markdown readers colour links from the window's palette, which in the
// dark theme is a light purple.
void useInkOnPaper(QTextDocument& document);

} // namespace twofold::ui
