// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "storage/KeyedTable.h"

#include "support/TempDir.h"

#include <gtest/gtest.h>

using namespace twofold;

namespace {

constexpr KeyedTable kValues{
    .selectSql = "SELECT value FROM kv WHERE key = ?1",
    .upsertSql = "INSERT OR REPLACE INTO kv (key, value) VALUES (?1, ?2)",
    .deleteSql = "DELETE FROM kv WHERE key = ?1",
};

constexpr KeyedTable kPairs{
    .selectSql = "SELECT a, b FROM pairs WHERE id = ?1",
    .upsertSql = "INSERT OR REPLACE INTO pairs (id, a, b) VALUES (?1, ?2, ?3)",
    .deleteSql = "DELETE FROM pairs WHERE id = ?1",
};

Result<Database> openTables(const test::TempDir& dir)
{
    auto db = Database::openPlain(dir / "k.db", OpenMode::CreateIfMissing);
    if (!db) {
        return propagate(db);
    }
    if (auto st = db->exec("CREATE TABLE kv(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                           "CREATE TABLE pairs(id INTEGER PRIMARY KEY, a TEXT, b INTEGER);");
        !st) {
        return propagate(st);
    }
    return db;
}

} // namespace

TEST(KeyedTableTest, TextValueRoundTripsAndIsReplaced)
{
    test::TempDir dir;
    auto db = openTables(dir);
    ASSERT_TRUE(db.has_value()) << db.error().detail;
    auto missing = kValues.text(*db, "day");
    ASSERT_TRUE(missing.has_value());
    EXPECT_FALSE(missing->has_value());

    ASSERT_TRUE(kValues.put(*db, std::string_view("day"), std::string_view("3")));
    ASSERT_TRUE(kValues.put(*db, std::string_view("day"), std::string_view("5")));
    auto value = kValues.text(*db, "day");
    ASSERT_TRUE(value.has_value() && value->has_value());
    EXPECT_EQ(**value, "5");

    ASSERT_TRUE(kValues.erase(*db, std::string_view("day")));
    ASSERT_TRUE(kValues.erase(*db, std::string_view("day"))); // nothing left: no error
    auto gone = kValues.text(*db, "day");
    ASSERT_TRUE(gone.has_value());
    EXPECT_FALSE(gone->has_value());
}

TEST(KeyedTableTest, FindReadsAWholeRowAndPassesAReaderErrorUp)
{
    test::TempDir dir;
    auto db = openTables(dir);
    ASSERT_TRUE(db.has_value()) << db.error().detail;
    ASSERT_TRUE(kPairs.put(*db, std::int64_t{4}, std::string_view("four"), std::int64_t{16}));

    auto row = kPairs.find(*db, std::int64_t{4},
                           [](const Statement& s) { return std::pair(s.columnText(0), s.columnInt(1)); });
    ASSERT_TRUE(row.has_value() && row->has_value());
    EXPECT_EQ((*row)->first, "four");
    EXPECT_EQ((*row)->second, 16);

    auto damaged = kPairs.find(*db, std::int64_t{4}, [](const Statement&) -> Result<int> {
        return fail(ErrorCode::DamagedDatabase, "bad row");
    });
    ASSERT_FALSE(damaged.has_value());
    EXPECT_EQ(damaged.error().code, ErrorCode::DamagedDatabase);
}
