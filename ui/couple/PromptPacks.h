// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "prompts/PromptPack.h"

#include <vector>

namespace twofold::ui {

// The prompt packs shipped with the app. The JSON files of resources/prompts are
// compiled into the Qt resources (":/prompts/*.json") and parsed by core, so the
// window needs no install path. A pack that fails to parse is left out (and logged).
std::vector<PromptPack> bundledPromptPacks();

} // namespace twofold::ui
