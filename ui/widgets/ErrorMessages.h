// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"
#include "vault/Freshness.h"

#include <QString>

namespace twofold::ui {

// What went wrong, in words a person understands, and what they can do next.
struct UserMessage
{
    QString what;
    QString next;

    // Both sentences, for a label or a message box.
    QString text() const { return next.isEmpty() ? what : what + QLatin1Char(' ') + next; }
};

// The one place where core's error codes become translated sentences. Error::detail
// is technical and never shown (it may be English jargon); it goes to the log only.
UserMessage describe(ErrorCode code);
UserMessage describe(const Error& error);

// What Session::freshness() found (docs/ARCHITECTURE.md, "Freshness"): one sentence per
// file older than the last time this partner used it, joined by a space; empty if none.
QString describeOlderFiles(const Freshness& freshness);

} // namespace twofold::ui
