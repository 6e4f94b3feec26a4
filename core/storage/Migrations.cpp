// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "storage/Migrations.h"

#include "common/Propagate.h"
#include "storage/Database.h"
#include "storage/EmbeddedMigrations.h"
#include "storage/Transaction.h"

#include <string>

namespace twofold {

namespace {

const std::vector<detail::Migration>& migrationsFor(Schema schema)
{
    return schema == Schema::Journal ? detail::journalMigrations() : detail::coupleMigrations();
}

} // namespace

int latestVersion(Schema schema)
{
    return static_cast<int>(migrationsFor(schema).size());
}

Status migrate(Database& db, Schema schema)
{
    const auto& migrations = migrationsFor(schema);
    auto current = db.userVersion();
    if (!current) {
        return propagate(current);
    }
    if (*current > static_cast<int>(migrations.size())) {
        return fail(ErrorCode::UnsupportedFormat,
                    "database schema version " + std::to_string(*current) + " is newer than this build");
    }
    for (int version = *current + 1; version <= static_cast<int>(migrations.size()); ++version) {
        auto tx = db.transaction();
        if (!tx) {
            return propagate(tx);
        }
        if (auto st = db.exec(migrations[static_cast<std::size_t>(version - 1)].sql); !st) {
            return fail(st.error().code,
                        "migration " + std::string(migrations[version - 1].name) + ": " + st.error().detail);
        }
        if (auto st = db.setUserVersion(version); !st) {
            return st;
        }
        if (auto st = tx->commit(); !st) {
            return st;
        }
    }
    return {};
}

} // namespace twofold
