// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "import/Import.h"

#include <ostream>
#include <string_view>

namespace twofold::cli {

// The words for an ImportReport: what came in, what was skipped and why, and what came in
// only partly. Nothing from the file is quoted: the report holds counts only.
// `zone` is the --timezone given, empty for this computer's own.
void printImportSummary(std::ostream& out, const ImportReport& report, std::string_view zone = {});

} // namespace twofold::cli
