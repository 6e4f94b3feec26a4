// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "prompts/PromptPack.h"

#include <vector>

namespace twofold::cli {

// The prompt packs Twofold ships (resources/prompts/*.json). They are compiled into
// the command line at build time, as they are into the window's Qt resources, so
// both always offer the same prompts and nothing has to be found on disk. Parsed by
// core; a pack that does not parse is left out (a test checks that every shipped
// pack parses). Sorted by order, then id.
std::vector<PromptPack> shippedPromptPacks();

} // namespace twofold::cli
