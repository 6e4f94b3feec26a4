// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "prompts/PromptPack.h"

#include <vector>

namespace twofold {

// The prompt packs Twofold ships (resources/prompts/*.json). They are compiled into core
// at build time, so the window and the command line offer the same prompts and nothing
// has to be found on disk. Parsed once; a pack that does not parse is left out (a test
// checks that every shipped pack parses). Sorted by order, then id.
const std::vector<PromptPack>& shippedPromptPacks();

} // namespace twofold
