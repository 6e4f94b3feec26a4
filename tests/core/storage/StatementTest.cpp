// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "storage/Statement.h"

#include "common/Propagate.h"
#include "storage/Database.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

using namespace twofold;

namespace {

Result<Database> openWithRows(const test::TempDir& dir)
{
    auto db = Database::openPlain(dir / "s.db", OpenMode::CreateIfMissing);
    if (!db) {
        return propagate(db);
    }
    if (auto st = db->exec("CREATE TABLE t(n INTEGER, s TEXT, b BLOB, z INTEGER);"); !st) {
        return propagate(st);
    }
    return db;
}

} // namespace

TEST(StatementTest, BindAllBindsFromParameterOneInOrder)
{
    test::TempDir dir;
    auto db = openWithRows(dir);
    ASSERT_TRUE(db.has_value()) << db.error().detail;
    auto insert = db->prepare("INSERT INTO t VALUES (?1, ?2, ?3, ?4);");
    ASSERT_TRUE(insert.has_value());
    const Bytes blob{1, 2, 3};
    ASSERT_TRUE(insert->bindAll(std::int64_t{7}, "seven", blob, std::optional<int>()).run());

    auto select = db->prepare("SELECT n, s, b, z FROM t;");
    ASSERT_TRUE(select.has_value());
    auto row = select->step();
    ASSERT_TRUE(row.has_value() && *row);
    EXPECT_EQ(select->columnInt(0), 7);
    EXPECT_EQ(select->columnText(1), "seven");
    EXPECT_EQ(select->columnBlob(2), blob);
    EXPECT_TRUE(select->isNull(3));
}

TEST(StatementTest, ForEachRowVisitsEveryRowInOrder)
{
    test::TempDir dir;
    auto db = openWithRows(dir);
    ASSERT_TRUE(db.has_value()) << db.error().detail;
    ASSERT_TRUE(db->exec("INSERT INTO t (n) VALUES (1), (2), (3);"));
    auto select = db->prepare("SELECT n FROM t ORDER BY n;");
    ASSERT_TRUE(select.has_value());
    std::vector<std::int64_t> seen;
    ASSERT_TRUE(forEachRow(*select, [&](const Statement& row) { seen.push_back(row.columnInt(0)); }));
    EXPECT_EQ(seen, (std::vector<std::int64_t>{1, 2, 3}));
}

TEST(StatementTest, ForEachRowStopsAtTheFirstError)
{
    test::TempDir dir;
    auto db = openWithRows(dir);
    ASSERT_TRUE(db.has_value()) << db.error().detail;
    ASSERT_TRUE(db->exec("INSERT INTO t (n) VALUES (1), (2), (3);"));
    auto select = db->prepare("SELECT n FROM t ORDER BY n;");
    ASSERT_TRUE(select.has_value());
    int visits = 0;
    auto st = forEachRow(*select, [&](const Statement& row) -> Status {
        ++visits;
        if (row.columnInt(0) == 2) {
            return fail(ErrorCode::NotFound, "stop");
        }
        return {};
    });
    ASSERT_FALSE(st.has_value());
    EXPECT_EQ(st.error().code, ErrorCode::NotFound);
    EXPECT_EQ(visits, 2);
}

TEST(StatementTest, ForEachRowPassesAStepErrorUp)
{
    test::TempDir dir;
    auto db = openWithRows(dir);
    ASSERT_TRUE(db.has_value()) << db.error().detail;
    auto insert = db->prepare("INSERT INTO t (n) VALUES (?1);");
    ASSERT_TRUE(insert.has_value());
    insert->bind(9, 1); // no parameter 9: the bind fails, the first step reports it
    int visits = 0;
    auto st = forEachRow(*insert, [&](const Statement&) { ++visits; });
    EXPECT_FALSE(st.has_value());
    EXPECT_EQ(visits, 0);
}
