// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"
#include "export/Export.h"

#include <filesystem>

namespace twofold::ui {

// Writes an export as a printable A4 book (docs/EXPORT_FORMAT.md, "PDF book"): a cover,
// a table of contents with true page numbers, every entry on a new page (its body
// rendered from Markdown; HTML in it stays text), then "Prompts we answered", with page
// numbers in the footer. Written atomically: `out`.partial, then renamed over `out`.
//
// Works with or without a QGuiApplication: without one (the command line) it creates
// one on the "offscreen" platform for the duration, which must then happen on the main
// thread. With one it may run on any thread (QPdfWriter and QTextDocument are not
// tied to the GUI thread).
Result<ExportSummary> writePdfExport(const ExportData& data, const std::filesystem::path& out);

} // namespace twofold::ui
