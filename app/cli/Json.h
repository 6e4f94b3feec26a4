// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

// The command line writes JSON with core's writer; these names keep its call sites short.
#include "common/JsonWriter.h"

namespace twofold::cli {

using json::appendJsonString;
using json::jsonString;

} // namespace twofold::cli
