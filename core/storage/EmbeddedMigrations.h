// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <string_view>
#include <vector>

namespace twofold::detail {

struct Migration
{
    std::string_view name; // "0001_initial.sql"
    std::string_view sql;
};

// Generated at build time from migrations/journal and migrations/couple.
const std::vector<Migration>& journalMigrations();
const std::vector<Migration>& coupleMigrations();

} // namespace twofold::detail
