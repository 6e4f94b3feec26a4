// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/widgets/PartnerTheme.h"

#include "journal/Journal.h"

namespace twofold::ui {

ThemeChoice partnerTheme(Journal& journal)
{
    auto stored = journal.setting(kThemeSetting);
    if (!stored || !*stored) {
        return ThemeChoice::System;
    }
    if (**stored == "light") {
        return ThemeChoice::Light;
    }
    if (**stored == "dark") {
        return ThemeChoice::Dark;
    }
    return ThemeChoice::System;
}

Status setPartnerTheme(Journal& journal, ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::Light:
        return journal.setSetting(kThemeSetting, "light");
    case ThemeChoice::Dark:
        return journal.setSetting(kThemeSetting, "dark");
    case ThemeChoice::System:
        break;
    }
    return journal.setSetting(kThemeSetting, "system");
}

void applyPartnerTheme(Journal& journal)
{
    applyTheme(themeOverride().value_or(partnerTheme(journal)));
}

} // namespace twofold::ui
