// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"

namespace twofold {

class Database;

enum class Schema
{
    Journal, // partner-<id>.db
    Couple,  // couple.db
};

// Applies every embedded migration newer than the database's user_version, each in
// its own transaction, in file-name order. A database newer than this build is
// refused with UnsupportedFormat.
Status migrate(Database& db, Schema schema);
// The user_version a fully migrated database of this schema has.
int latestVersion(Schema schema);

} // namespace twofold
