// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <QString>

namespace twofold::ui {

// A desktop notification with a title and nothing else: no body, no names, no words of
// anyone's. ReviewNotifier's seam; the app's is DesktopNotifier, tests pass a fake.
class Notifier
{
public:
    virtual ~Notifier() = default;
    // True when the notification was handed to the desktop (or, for a fake, recorded).
    virtual bool notify(const QString& summary) = 0;
};

} // namespace twofold::ui
