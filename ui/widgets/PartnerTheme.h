// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"
#include "ui/widgets/Theme.h"

namespace twofold {
class Journal;
}

namespace twofold::ui {

// Each partner's look is their own: kept in their encrypted journal settings (the
// journal setting `ui.theme`: "light" or "dark"; absent or "system" follows the
// system), applied at unlock and undone at lock. Nothing of it is in the app's plain
// settings file, which would tell who is who.
inline constexpr char kThemeSetting[] = "ui.theme";

ThemeChoice partnerTheme(Journal& journal);
Status setPartnerTheme(Journal& journal, ThemeChoice choice);
// The partner's theme, unless the process has an override (themeOverride()).
void applyPartnerTheme(Journal& journal);

} // namespace twofold::ui
