// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "storage/Database.h"

#include "crypto/Random.h"
#include "crypto/SecretBuffer.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "support/TempDir.h"

#include <sys/stat.h>

#include <gtest/gtest.h>

using namespace twofold;

namespace {

SecretBuffer randomKey()
{
    SecretBuffer key(32);
    SystemRandom::instance().fill(key.span());
    return key;
}

std::string pragmaText(Database& db, const char* sql)
{
    auto stmt = db.prepare(sql);
    EXPECT_TRUE(stmt.has_value());
    auto row = stmt->step();
    EXPECT_TRUE(row.has_value() && *row);
    return stmt->columnText(0);
}

} // namespace

TEST(DatabaseTest, EncryptedConnectionHasEveryDesignPragma)
{
    test::TempDir dir;
    auto key = randomKey();
    auto db = Database::openEncrypted(dir / "a.db", key, OpenMode::CreateIfMissing);
    ASSERT_TRUE(db.has_value()) << db.error().detail;
    EXPECT_EQ(pragmaText(*db, "PRAGMA temp_store;"), "2"); // MEMORY
    EXPECT_EQ(pragmaText(*db, "PRAGMA journal_mode;"), "wal");
    EXPECT_EQ(pragmaText(*db, "PRAGMA synchronous;"), "2"); // FULL
    EXPECT_EQ(pragmaText(*db, "PRAGMA foreign_keys;"), "1");
    EXPECT_EQ(pragmaText(*db, "PRAGMA cipher_memory_security;"), "1");
    EXPECT_EQ(pragmaText(*db, "PRAGMA cipher_version;").substr(0, 1), "4");
}

TEST(DatabaseTest, FileIsCreatedOwnerOnlyAndEncrypted)
{
    test::TempDir dir;
    auto key = randomKey();
    {
        auto db = Database::openEncrypted(dir / "a.db", key, OpenMode::CreateIfMissing);
        ASSERT_TRUE(db.has_value());
        ASSERT_TRUE(db->exec("CREATE TABLE t(x TEXT); INSERT INTO t VALUES ('zebra-marker');"));
    }
    struct stat st
    {
    };
    ASSERT_EQ(::stat((dir / "a.db").c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600);
    const std::string bytes = test::readFile(dir / "a.db");
    EXPECT_NE(bytes.substr(0, 15), "SQLite format 3");
    EXPECT_EQ(bytes.find("zebra-marker"), std::string::npos);
}

TEST(DatabaseTest, WrongKeyIsAClearErrorNotAnEmptyDatabase)
{
    test::TempDir dir;
    auto key = randomKey();
    {
        auto db = Database::openEncrypted(dir / "a.db", key, OpenMode::CreateIfMissing);
        ASSERT_TRUE(db.has_value());
        ASSERT_TRUE(db->exec("CREATE TABLE t(x);"));
    }
    auto other = randomKey();
    auto db = Database::openEncrypted(dir / "a.db", other, OpenMode::Existing);
    ASSERT_FALSE(db.has_value());
    EXPECT_EQ(db.error().code, ErrorCode::WrongKey);
}

TEST(DatabaseTest, PlaintextDatabaseInPlaceOfEncryptedIsRefused)
{
    test::TempDir dir;
    {
        auto plain = Database::openPlain(dir / "a.db", OpenMode::CreateIfMissing);
        ASSERT_TRUE(plain.has_value());
        ASSERT_TRUE(plain->exec("CREATE TABLE entries(x);"));
    }
    auto key = randomKey();
    auto db = Database::openEncrypted(dir / "a.db", key, OpenMode::Existing);
    ASSERT_FALSE(db.has_value());
    EXPECT_EQ(db.error().code, ErrorCode::NotEncrypted);
}

TEST(DatabaseTest, MissingFileIsNotCreatedWhenExistingIsAsked)
{
    test::TempDir dir;
    auto key = randomKey();
    auto db = Database::openEncrypted(dir / "missing.db", key, OpenMode::Existing);
    ASSERT_FALSE(db.has_value());
    EXPECT_EQ(db.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(std::filesystem::exists(dir / "missing.db"));
}

TEST(DatabaseTest, UncommittedTransactionRollsBack)
{
    test::TempDir dir;
    auto key = randomKey();
    auto db = Database::openEncrypted(dir / "a.db", key, OpenMode::CreateIfMissing);
    ASSERT_TRUE(db.has_value());
    ASSERT_TRUE(db->exec("CREATE TABLE t(x INTEGER);"));
    {
        auto tx = db->transaction();
        ASSERT_TRUE(tx.has_value());
        ASSERT_TRUE(db->exec("INSERT INTO t VALUES (1);"));
    }
    {
        auto tx = db->transaction();
        ASSERT_TRUE(tx.has_value());
        ASSERT_TRUE(db->exec("INSERT INTO t VALUES (2);"));
        ASSERT_TRUE(tx->commit());
    }
    auto stmt = db->prepare("SELECT group_concat(x) FROM t;");
    ASSERT_TRUE(stmt.has_value());
    ASSERT_TRUE(*stmt->step());
    EXPECT_EQ(stmt->columnText(0), "2");
}

TEST(DatabaseTest, StatementBindsAndReadsEveryType)
{
    test::TempDir dir;
    auto db = Database::openPlain(dir / "p.db", OpenMode::CreateIfMissing);
    ASSERT_TRUE(db.has_value());
    ASSERT_TRUE(db->exec("CREATE TABLE t(i INTEGER, s TEXT, b BLOB, n INTEGER);"));
    auto insert = db->prepare("INSERT INTO t VALUES (?, ?, ?, ?);");
    ASSERT_TRUE(insert.has_value());
    const Bytes blob{0, 1, 2, 255};
    insert->bind(1, std::int64_t{1} << 40).bind(2, "שלום 👋").bind(3, blob).bind(4, std::nullopt);
    ASSERT_TRUE(insert->run());
    auto select = db->prepare("SELECT i, s, b, n FROM t;");
    ASSERT_TRUE(select.has_value());
    ASSERT_TRUE(*select->step());
    EXPECT_EQ(select->columnInt(0), std::int64_t{1} << 40);
    EXPECT_EQ(select->columnText(1), "שלום 👋");
    EXPECT_EQ(select->columnBlob(2), blob);
    EXPECT_TRUE(select->isNull(3));
    EXPECT_EQ(select->columnOptionalInt(3), std::nullopt);
}

TEST(DatabaseTest, SqlErrorDetailDoesNotQuoteUserText)
{
    test::TempDir dir;
    auto db = Database::openPlain(dir / "p.db", OpenMode::CreateIfMissing);
    ASSERT_TRUE(db.has_value());
    ASSERT_TRUE(db->exec("CREATE VIRTUAL TABLE f USING fts5(x);"));
    auto stmt = db->prepare("SELECT * FROM f WHERE f MATCH ?;");
    ASSERT_TRUE(stmt.has_value());
    stmt->bind(1, "secretword AND (");
    auto row = stmt->step();
    ASSERT_FALSE(row.has_value());
    EXPECT_EQ(row.error().detail.find("secretword"), std::string::npos) << row.error().detail;
}

// prepareCached: the same statement comes back rewound with its bindings cleared; one
// still in use when its text is asked for again is prepared afresh, and both work.
TEST(DatabaseTest, CachedStatementComesBackRewoundWithoutItsBindings)
{
    test::TempDir dir;
    auto db = Database::openPlain(dir / "p.db", OpenMode::CreateIfMissing);
    ASSERT_TRUE(db.has_value());
    ASSERT_TRUE(db->exec("CREATE TABLE t(x INTEGER); INSERT INTO t VALUES (1), (2), (3);"));
    constexpr std::string_view kSql = "SELECT count(*), ?1 IS NULL FROM t WHERE x >= coalesce(?1, 0);";
    {
        auto stmt = db->prepareCached(kSql);
        ASSERT_TRUE(stmt.has_value());
        stmt->bind(1, 2);
        ASSERT_TRUE(*stmt->step());
        EXPECT_EQ(stmt->columnInt(0), 2);
        // Left mid-row: it must come back rewound.
    }
    auto again = db->prepareCached(kSql);
    ASSERT_TRUE(again.has_value());
    ASSERT_TRUE(*again->step());
    EXPECT_EQ(again->columnInt(0), 3) << "the earlier binding was kept";
    EXPECT_EQ(again->columnInt(1), 1);
    auto nested = db->prepareCached(kSql); // the first is still in use
    ASSERT_TRUE(nested.has_value());
    nested->bind(1, 3);
    ASSERT_TRUE(*nested->step());
    EXPECT_EQ(nested->columnInt(0), 1);
    EXPECT_FALSE(*again->step());
}

// The change stamp the Prompts list relies on to skip work: it moves on this
// connection's own changes and on a commit through any other connection.
TEST(DatabaseTest, ChangeStampMovesOnOwnChangesAndOnOtherConnectionsCommits)
{
    test::TempDir dir;
    auto key = randomKey();
    auto db = Database::openEncrypted(dir / "a.db", key, OpenMode::CreateIfMissing);
    ASSERT_TRUE(db.has_value());
    ASSERT_TRUE(db->exec("CREATE TABLE t(x INTEGER);"));
    auto first = db->changeStamp();
    ASSERT_TRUE(first);
    auto same = db->changeStamp();
    ASSERT_TRUE(same);
    EXPECT_EQ(*first, *same);
    ASSERT_TRUE(db->exec("INSERT INTO t VALUES (1);"));
    auto own = db->changeStamp();
    ASSERT_TRUE(own);
    EXPECT_NE(*own, *same);
    {
        auto other = Database::openEncrypted(dir / "a.db", key, OpenMode::Existing);
        ASSERT_TRUE(other.has_value());
        ASSERT_TRUE(other->exec("UPDATE t SET x = 2;"));
    }
    auto theirs = db->changeStamp();
    ASSERT_TRUE(theirs);
    EXPECT_NE(*theirs, *own);
}

TEST(MigrationsTest, JournalSchemaMigratesToLatestAndIsIdempotent)
{
    test::TempDir dir;
    auto key = randomKey();
    auto db = Database::openEncrypted(dir / "j.db", key, OpenMode::CreateIfMissing);
    ASSERT_TRUE(db.has_value());
    ASSERT_TRUE(migrate(*db, Schema::Journal));
    EXPECT_EQ(*db->userVersion(), latestVersion(Schema::Journal));
    EXPECT_GE(latestVersion(Schema::Journal), 1);
    ASSERT_TRUE(migrate(*db, Schema::Journal));
    EXPECT_EQ(*db->userVersion(), latestVersion(Schema::Journal));
    EXPECT_TRUE(db->exec("SELECT id, title, body FROM entries;"));
}

TEST(MigrationsTest, DatabaseFromANewerBuildIsRefused)
{
    test::TempDir dir;
    auto key = randomKey();
    auto db = Database::openEncrypted(dir / "c.db", key, OpenMode::CreateIfMissing);
    ASSERT_TRUE(db.has_value());
    ASSERT_TRUE(db->setUserVersion(latestVersion(Schema::Couple) + 1));
    auto st = migrate(*db, Schema::Couple);
    ASSERT_FALSE(st.has_value());
    EXPECT_EQ(st.error().code, ErrorCode::UnsupportedFormat);
}
