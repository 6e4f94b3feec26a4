// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Damaged files (issue 6): truncated databases, a deleted or truncated WAL, a flipped
// byte in every page and every region of a page (header, data, IV, HMAC), a keyring
// edited or with rows swapped, a couple.db from another vault. Each gives a specific
// error, never a crash and never a silently empty (or silently shortened) journal.
// The one loss SQLite cannot see is a damaged WAL: the commits after the damage are
// gone and the journal opens as it was before them (docs/SECURITY.md says so).
#include "RobustSupport.h"
#include "couple/CoupleSpace.h"
#include "journal/detail/JournalAccess.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "support/TempDir.h"
#include "vault/Session.h"

#include <fstream>
#include <functional>
#include <iostream>
#include <optional>
#include <set>

#include <gtest/gtest.h>

using namespace twofold;
using namespace twofold::test;

namespace {

// SQLCipher 4 defaults: 4096-byte pages; the last 80 bytes of each hold the IV (16)
// and the HMAC (64); page 1 starts with the 16-byte salt in clear.
constexpr std::size_t kPage = 4096;
constexpr std::size_t kReserve = 80;
constexpr std::size_t kIvStart = kPage - kReserve;
constexpr std::size_t kHmacStart = kPage - 64;

std::string readAll(const std::filesystem::path& path)
{
    return readFile(path);
}

void writeAll(const std::filesystem::path& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

void flipByte(const std::filesystem::path& path, std::size_t offset)
{
    std::string bytes = readAll(path);
    ASSERT_LT(offset, bytes.size());
    bytes[offset] = static_cast<char>(bytes[offset] ^ 0x5a);
    writeAll(path, bytes);
}

void truncateTo(const std::filesystem::path& path, std::size_t size)
{
    std::filesystem::resize_file(path, size);
}

void keyringSql(const std::filesystem::path& dir, const std::string& sql)
{
    auto db = Database::openPlain(dir / "keyring.db", OpenMode::Existing);
    ASSERT_TRUE(db);
    ASSERT_TRUE(db->exec(sql)) << sql;
}

// What a partner sees on opening the vault, stage by stage, until the first error.
struct Outcome
{
    std::optional<ErrorCode> error;
    std::string stage;
    std::string detail;
    std::optional<std::map<EntryId, Entry>> entries; // when listing succeeded
};

Outcome attempt(const std::filesystem::path& dir, const std::string& partnerId, std::string_view password,
                const std::string& promptId)
{
    Outcome outcome;
    auto failAt = [&](std::string stage, const Error& e) {
        outcome.error = e.code;
        outcome.stage = std::move(stage);
        outcome.detail = e.detail;
        return outcome;
    };
    auto vault = openVault(dir);
    if (!vault) {
        return failAt("open", vault.error());
    }
    auto partners = vault->partners();
    if (!partners) {
        return failAt("partners", partners.error());
    }
    // By name, as the login screen and the command line find a partner.
    // (or by the id, when the name shown is no longer Alex's).
    auto partner = vault->findPartner("Alex");
    if (!partner) {
        partner = vault->findPartner(partnerId);
    }
    if (!partner) {
        return failAt("find", partner.error());
    }
    auto session = unlock(*vault, partner->id, password);
    if (!session) {
        return failAt("unlock", session.error());
    }
    auto entries = allEntries(session->journal());
    if (!entries) {
        return failAt("list", entries.error());
    }
    outcome.entries = std::move(*entries);
    auto hits = session->journal().search("river");
    if (!hits) {
        return failAt("search", hits.error());
    }
    auto space = CoupleSpace::open(*session, shippedPacks());
    if (!space) {
        return failAt("couple", space.error());
    }
    auto answer = space->readAnswer(promptId);
    if (!answer) {
        return failAt("answer", answer.error());
    }
    if (answer->partners && !answer->partners->readable()) {
        return failAt("answer", Error{ErrorCode::DamagedDatabase, "partner's answer shown as damaged"});
    }
    if (auto st = twofold::detail::JournalAccess::database(session->journal()).checkIntegrity(); !st) {
        return failAt("journal integrity", st.error());
    }
    if (auto st = session->coupleDatabase().checkIntegrity(); !st) {
        return failAt("couple integrity", st.error());
    }
    return outcome;
}

enum class Expect
{
    Intact,        // a control: opens with everything
    Error,         // must fail with one of the allowed codes
    PrefixOrError, // a damaged WAL: may open as it was before the damaged commits
};

struct Case
{
    std::string name;
    std::set<ErrorCode> allowed;
    std::function<void(const std::filesystem::path& dir)> damage;
    Expect expect = Expect::Error;
    bool fromWalSnapshot = false;
};

std::string names(const std::set<ErrorCode>& codes)
{
    std::string out;
    for (ErrorCode c : codes) {
        out += std::string(errorCodeName(c)) + " ";
    }
    return out;
}

class DamagedFilesTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_tmp = new TempDir();
        s_promptId = new std::string();
        for (const auto& pack : shippedPacks()) {
            for (const auto& prompt : pack.prompts) {
                if (s_promptId->empty() && prompt.visibility == Visibility::Shared &&
                    prompt.kind == PromptKind::Text) {
                    *s_promptId = prompt.id;
                }
            }
        }
        s_made = new MadeVault(makeVault(*s_tmp / "pristine"));
        s_entries = new std::map<EntryId, Entry>();
        s_walEntries = new std::map<EntryId, Entry>();
        {
            auto vault = openVault(s_made->dir);
            auto alex = unlock(*vault, s_made->alexId, kAlexPassword);
            auto sam = unlock(*vault, s_made->samId, kSamPassword);
            for (int i = 0; i < 40; ++i) {
                (void)alex->journal().create(
                    {.title = "entry " + std::to_string(i),
                     .body = sampleText(static_cast<std::uint64_t>(i), 300 + 150 * i),
                     .tags = {"t" + std::to_string(i % 4)}});
            }
            (void)sam->journal().create({.title = "sam's", .body = "Sam's own words"});
            auto alexSpace = CoupleSpace::open(*alex, shippedPacks());
            auto samSpace = CoupleSpace::open(*sam, shippedPacks());
            (void)alexSpace->answer(*s_promptId, "Alex's answer, revealed", Reveal::Yes);
            (void)samSpace->answer(*s_promptId, "Sam's answer, revealed", Reveal::Yes);
            (void)alexSpace->resolvePendingGrants();
            *s_entries = *allEntries(alex->journal());
        }
        // A copy taken while the vault is open with commits still in the WAL, as a
        // crash would leave it.
        {
            const auto source = *s_tmp / "wal-source";
            copyDirectory(s_made->dir, source);
            auto vault = openVault(source);
            auto alex = unlock(*vault, s_made->alexId, kAlexPassword);
            for (int i = 0; i < 6; ++i) {
                (void)alex->journal().create({.title = "late " + std::to_string(i),
                                              .body = sampleText(500 + static_cast<std::uint64_t>(i), 2500)});
            }
            *s_walEntries = *allEntries(alex->journal());
            std::filesystem::path walCopy = *s_tmp / "pristine-wal";
            std::filesystem::create_directories(walCopy);
            for (const auto& item : std::filesystem::directory_iterator(source)) {
                const std::string name = item.path().filename().string();
                if (name.ends_with("-shm") || name.ends_with(".lock")) {
                    continue; // the index is rebuilt from the WAL; the lock is per process
                }
                std::filesystem::copy_file(item.path(), walCopy / name);
            }
        }
        s_other = new MadeVault(makeVault(*s_tmp / "other"));
    }

    static void TearDownTestSuite()
    {
        std::cout << "[ damaged ] " << s_cases << " damaged-file cases checked\n";
        delete s_other;
        delete s_made;
        delete s_entries;
        delete s_walEntries;
        delete s_promptId;
        delete s_tmp;
    }

    static std::filesystem::path journalOf(const std::filesystem::path& dir, const std::string& id)
    {
        return dir / ("partner-" + id + ".db");
    }

    // Applies the damage to a fresh copy and checks the outcome.
    void check(const Case& c)
    {
        SCOPED_TRACE(c.name);
        TempDir work;
        const auto dir = work / "vault";
        copyDirectory(c.fromWalSnapshot ? *s_tmp / "pristine-wal" : s_made->dir, dir);
        c.damage(dir);
        if (HasFatalFailure()) {
            return;
        }
        const Outcome o = attempt(dir, s_made->alexId, kAlexPassword, *s_promptId);
        const auto& full = c.fromWalSnapshot ? *s_walEntries : *s_entries;
        if (o.entries) {
            // Whatever was listed is exactly what was written, and never silently less,
            // except for the commits a damaged WAL took with it.
            for (const auto& [id, entry] : *o.entries) {
                ASSERT_TRUE(full.contains(id)) << "an entry appeared from nowhere";
                EXPECT_EQ(entry, full.at(id)) << "entry " << id << " came back changed";
            }
            if (c.expect == Expect::PrefixOrError && !o.error) {
                for (const auto& [id, entry] : *s_entries) {
                    EXPECT_TRUE(o.entries->contains(id)) << "a checkpointed entry " << id << " was lost";
                }
            } else if (c.expect != Expect::PrefixOrError) {
                EXPECT_EQ(o.entries->size(), full.size()) << "listed a shortened journal without an error";
            }
        }
        if (c.expect == Expect::Error) {
            ASSERT_TRUE(o.error.has_value()) << "opened and read without noticing the damage";
        }
        if (c.expect == Expect::Intact) {
            EXPECT_FALSE(o.error.has_value())
                << errorCodeName(*o.error) << " at " << o.stage << ": " << o.detail;
            ASSERT_TRUE(o.entries.has_value());
        }
        if (o.error) {
            EXPECT_TRUE(c.allowed.contains(*o.error))
                << "got " << errorCodeName(*o.error) << " at " << o.stage << " (" << o.detail
                << "), wanted one of " << names(c.allowed);
        }
        ++s_cases;
    }

    static inline TempDir* s_tmp = nullptr;
    static inline MadeVault* s_made = nullptr;
    static inline MadeVault* s_other = nullptr;
    static inline std::map<EntryId, Entry>* s_entries = nullptr;
    static inline std::map<EntryId, Entry>* s_walEntries = nullptr;
    static inline std::string* s_promptId = nullptr;
    static inline int s_cases = 0;
};

const std::set<ErrorCode> kDamaged{ErrorCode::DamagedDatabase};
const std::set<ErrorCode> kDamagedOrWrongKey{ErrorCode::DamagedDatabase, ErrorCode::WrongKey};

} // namespace

TEST_F(DamagedFilesTest, TruncatedJournal)
{
    const auto size = std::filesystem::file_size(journalOf(s_made->dir, s_made->alexId));
    ASSERT_GT(size, 8 * kPage);
    for (std::size_t to : {std::size_t{0}, std::size_t{16}, std::size_t{100}, kPage, 2 * kPage, size / 2,
                           size - kPage, size - 1000, size - 1}) {
        check({"journal truncated to " + std::to_string(to), kDamagedOrWrongKey,
               [this, to](const std::filesystem::path& dir) {
                   truncateTo(journalOf(dir, s_made->alexId), to);
               }});
    }
}

TEST_F(DamagedFilesTest, FlippedByteInEveryPageAndRegionOfTheJournal)
{
    const auto size = std::filesystem::file_size(journalOf(s_made->dir, s_made->alexId));
    const std::size_t pages = size / kPage;
    struct Region
    {
        const char* name;
        std::size_t offset;
    };
    const Region regions[] = {{"data start", 24},   {"data middle", 2000},     {"data end", kIvStart - 1},
                              {"IV", kIvStart + 3}, {"HMAC", kHmacStart + 10}, {"HMAC end", kPage - 1}};
    for (std::size_t page = 0; page < pages; ++page) {
        for (const Region& region : regions) {
            const std::size_t offset = page * kPage + region.offset;
            check({"journal page " + std::to_string(page + 1) + " " + region.name,
                   page == 0 ? kDamagedOrWrongKey : kDamaged,
                   [this, offset](const std::filesystem::path& dir) {
                       flipByte(journalOf(dir, s_made->alexId), offset);
                   }});
        }
    }
    // Page 1's salt in clear: the key no longer fits.
    for (std::size_t offset : {0, 7, 15}) {
        check({"journal salt byte " + std::to_string(offset), kDamagedOrWrongKey,
               [this, offset](const std::filesystem::path& dir) {
                   flipByte(journalOf(dir, s_made->alexId), offset);
               }});
    }
}

TEST_F(DamagedFilesTest, ReplacedOrMissingJournal)
{
    check({"journal deleted", kDamaged, [this](const std::filesystem::path& dir) {
               std::filesystem::remove(journalOf(dir, s_made->alexId));
           }});
    check({"journal is random bytes", kDamagedOrWrongKey, [this](const std::filesystem::path& dir) {
               const auto path = journalOf(dir, s_made->alexId);
               std::string bytes(std::filesystem::file_size(path), '\0');
               std::uint64_t x = 88172645463325252ull;
               for (char& b : bytes) {
                   x ^= x << 13;
                   x ^= x >> 7;
                   x ^= x << 17;
                   b = static_cast<char>(x);
               }
               writeAll(path, bytes);
           }});
    check({"journal is the other partner's", {ErrorCode::WrongKey}, [this](const std::filesystem::path& dir) {
               std::filesystem::copy_file(journalOf(dir, s_made->samId), journalOf(dir, s_made->alexId),
                                          std::filesystem::copy_options::overwrite_existing);
           }});
    check({"journal is a plaintext database",
           {ErrorCode::NotEncrypted},
           [this](const std::filesystem::path& dir) {
               const auto path = journalOf(dir, s_made->alexId);
               std::filesystem::remove(path);
               auto plain = Database::openPlain(path, OpenMode::CreateIfMissing);
               ASSERT_TRUE(plain);
               ASSERT_TRUE(plain->exec("CREATE TABLE entries (id INTEGER PRIMARY KEY, title TEXT);"));
           }});
    check({"journal from another vault", {ErrorCode::WrongKey}, [this](const std::filesystem::path& dir) {
               std::filesystem::copy_file(journalOf(s_other->dir, s_other->alexId),
                                          journalOf(dir, s_made->alexId),
                                          std::filesystem::copy_options::overwrite_existing);
           }});
    check({"journal is a directory",
           {ErrorCode::IoError, ErrorCode::DamagedDatabase},
           [this](const std::filesystem::path& dir) {
               const auto path = journalOf(dir, s_made->alexId);
               std::filesystem::remove(path);
               std::filesystem::create_directory(path);
           }});
}

TEST_F(DamagedFilesTest, DeletedTruncatedOrFlippedWal)
{
    const auto walOf = [this](const std::filesystem::path& dir) {
        return dir / ("partner-" + s_made->alexId + ".db-wal");
    };
    const auto walSize = std::filesystem::file_size(walOf(*s_tmp / "pristine-wal"));
    ASSERT_GT(walSize, 4 * kPage);
    ASSERT_GT(s_walEntries->size(), s_entries->size());
    check({"WAL intact (control)", {}, [](const std::filesystem::path&) {}, Expect::Intact, true});
    check({"WAL deleted", kDamaged,
           [&](const std::filesystem::path& dir) { std::filesystem::remove(walOf(dir)); },
           Expect::PrefixOrError, true});
    constexpr std::size_t kWalHeader = 32;
    constexpr std::size_t kFrame = 24 + kPage;
    for (std::size_t to : {std::size_t{0}, std::size_t{10}, kWalHeader, kWalHeader + kFrame / 2, walSize / 2,
                           walSize - kFrame, walSize - 1}) {
        check({"WAL truncated to " + std::to_string(to), kDamaged,
               [&, to](const std::filesystem::path& dir) { truncateTo(walOf(dir), to); },
               Expect::PrefixOrError, true});
    }
    const std::size_t frames = (walSize - kWalHeader) / kFrame;
    for (std::size_t offset : {std::size_t{3}, std::size_t{20}}) {
        check({"WAL header byte " + std::to_string(offset), kDamaged,
               [&, offset](const std::filesystem::path& dir) { flipByte(walOf(dir), offset); },
               Expect::PrefixOrError, true});
    }
    for (std::size_t frame = 0; frame < frames; ++frame) {
        for (std::size_t within : {std::size_t{5}, std::size_t{24 + 100}, std::size_t{24 + kHmacStart + 5}}) {
            const std::size_t offset = kWalHeader + frame * kFrame + within;
            check({"WAL frame " + std::to_string(frame) + " byte " + std::to_string(within), kDamaged,
                   [&, offset](const std::filesystem::path& dir) { flipByte(walOf(dir), offset); },
                   Expect::PrefixOrError, true});
        }
    }
}

TEST_F(DamagedFilesTest, EditedKeyring)
{
    const std::string alex = "'" + s_made->alexId + "'";
    const std::string sam = "'" + s_made->samId + "'";
    const std::set<ErrorCode> damagedKeyring{ErrorCode::DamagedKeyring};
    const std::set<ErrorCode> wrongPassword{ErrorCode::WrongPassword};
    struct Edit
    {
        std::string name;
        std::string sql;
        std::set<ErrorCode> allowed;
    };
    const std::vector<Edit> edits = {
        {"name changed", "UPDATE partners SET name = 'Mallory' WHERE id = " + alex, damagedKeyring},
        {"colour changed", "UPDATE partners SET colour = '#000000' WHERE id = " + alex, damagedKeyring},
        {"created_at changed", "UPDATE partners SET created_at = 1 WHERE id = " + alex, damagedKeyring},
        // A different salt or wrapped key cannot be told from a wrong password.
        {"password salt changed", "UPDATE partners SET pw_salt = randomblob(16) WHERE id = " + alex,
         wrongPassword},
        {"wrapped master changed",
         "UPDATE partners SET pw_wrapped_master = randomblob(72) WHERE id = " + alex, wrongPassword},
        {"Argon2 cost raised", "UPDATE partners SET pw_ops = pw_ops + 1 WHERE id = " + alex, wrongPassword},
        {"Argon2 cost zero", "UPDATE partners SET pw_ops = 0 WHERE id = " + alex, damagedKeyring},
        {"recovery salt changed", "UPDATE partners SET rc_salt = randomblob(16) WHERE id = " + alex,
         damagedKeyring},
        {"public key changed", "UPDATE partners SET box_public = randomblob(32) WHERE id = " + alex,
         damagedKeyring},
        {"wrapped box secret changed",
         "UPDATE partners SET box_secret_wrapped = randomblob(72) WHERE id = " + alex, damagedKeyring},
        {"wrapped couple key changed",
         "UPDATE partners SET couple_key_wrapped = randomblob(72) WHERE id = " + alex, damagedKeyring},
        {"row MAC changed", "UPDATE partners SET row_mac = randomblob(32) WHERE id = " + alex,
         damagedKeyring},
        {"row MAC truncated", "UPDATE partners SET row_mac = substr(row_mac, 1, 31) WHERE id = " + alex,
         damagedKeyring},
        {"public key from the other row",
         "UPDATE partners SET box_public = (SELECT box_public FROM partners WHERE id = " + sam +
             ") WHERE id = " + alex,
         damagedKeyring},
        {"wrapped couple key from the other row",
         "UPDATE partners SET couple_key_wrapped = (SELECT couple_key_wrapped FROM partners WHERE id = " +
             sam + ") WHERE id = " + alex,
         damagedKeyring},
        {"wrapped master from the other row",
         "UPDATE partners SET (pw_salt, pw_ops, pw_mem, pw_wrapped_master) = (SELECT pw_salt, pw_ops, "
         "pw_mem, "
         "pw_wrapped_master FROM partners WHERE id = " +
             sam + ") WHERE id = " + alex,
         wrongPassword},
        {"rows swapped (ids exchanged)",
         "UPDATE partners SET id = 'ffffffffffffffff' WHERE id = " + alex +
             "; UPDATE partners SET id = " + alex + " WHERE id = " + sam +
             "; UPDATE partners SET id = " + sam + " WHERE id = 'ffffffffffffffff';",
         wrongPassword},
        {"slots swapped",
         "UPDATE partners SET slot = 3 WHERE id = " + alex +
             "; UPDATE partners SET slot = (SELECT 1) WHERE id = " + sam +
             " AND slot = 2; UPDATE partners SET slot = 2 WHERE id = " + alex + ";",
         damagedKeyring},
        {"partner id is a path", "UPDATE partners SET id = '../../../etc/pass' WHERE id = " + sam,
         damagedKeyring},
        {"a third partner",
         "INSERT INTO partners SELECT 'aaaaaaaaaaaaaaaa', 3, name, colour, created_at, pw_salt, pw_ops, "
         "pw_mem, "
         "pw_wrapped_master, rc_salt, rc_ops, rc_mem, rc_wrapped_master, box_public, box_secret_wrapped, "
         "couple_key_wrapped, row_mac, sign_public, sign_secret_wrapped FROM partners WHERE id = " +
             sam,
         damagedKeyring},
        {"signing key changed", "UPDATE partners SET sign_public = randomblob(32) WHERE id = " + alex,
         damagedKeyring},
        {"signing key from the other row",
         "UPDATE partners SET (sign_public, sign_secret_wrapped) = (SELECT sign_public, sign_secret_wrapped "
         "FROM "
         "partners WHERE id = " +
             sam + ") WHERE id = " + alex,
         damagedKeyring},
        // A row of the first release had no signing key: stripping it must not pass for one.
        {"signing key stripped",
         "UPDATE partners SET sign_public = NULL, sign_secret_wrapped = NULL WHERE id = " + alex,
         damagedKeyring},
        {"Alex's row deleted", "DELETE FROM partners WHERE id = " + alex, {ErrorCode::UnknownPartner}},
        {"vault id changed", "UPDATE meta SET value = randomblob(16) WHERE key = 'vault_id'", wrongPassword},
        {"vault id missing", "DELETE FROM meta WHERE key = 'vault_id'", damagedKeyring},
        {"format from the future",
         "UPDATE meta SET value = 99 WHERE key = 'format'",
         {ErrorCode::UnsupportedFormat}},
        {"partners table dropped", "DROP TABLE partners", damagedKeyring},
        {"public key in couple.db differs (Sam's keyring copy changed)",
         "UPDATE partners SET box_public = randomblob(32) WHERE id = " + sam, damagedKeyring},
    };
    for (const Edit& edit : edits) {
        check({"keyring: " + edit.name, edit.allowed, [sql = edit.sql](const std::filesystem::path& dir) {
                   keyringSql(dir, sql);
               }});
    }
    const std::set<ErrorCode> keyringGone{ErrorCode::DamagedKeyring};
    check({"keyring truncated to 0", keyringGone, [](const std::filesystem::path& dir) {
               truncateTo(dir / "keyring.db", 0);
           }});
    check({"keyring truncated to half", keyringGone, [](const std::filesystem::path& dir) {
               truncateTo(dir / "keyring.db", std::filesystem::file_size(dir / "keyring.db") / 2);
           }});
    check({"keyring header flipped", keyringGone, [](const std::filesystem::path& dir) {
               flipByte(dir / "keyring.db", 3);
           }});
    check({"keyring is random bytes", keyringGone, [](const std::filesystem::path& dir) {
               writeAll(dir / "keyring.db", std::string(3 * kPage, '\x17'));
           }});
    // Same names and passwords there: the master key unwraps, then Alex's journal is missing.
    check({"keyring from another vault",
           {ErrorCode::DamagedDatabase},
           [this](const std::filesystem::path& dir) {
               std::filesystem::copy_file(s_other->dir / "keyring.db", dir / "keyring.db",
                                          std::filesystem::copy_options::overwrite_existing);
           }});
    check({"keyring deleted", {ErrorCode::VaultNotFound}, [](const std::filesystem::path& dir) {
               std::filesystem::remove(dir / "keyring.db");
           }});
}

TEST_F(DamagedFilesTest, DamagedCoupleDatabase)
{
    check({"couple.db from another vault", {ErrorCode::WrongKey}, [this](const std::filesystem::path& dir) {
               std::filesystem::copy_file(s_other->dir / "couple.db", dir / "couple.db",
                                          std::filesystem::copy_options::overwrite_existing);
           }});
    check({"couple.db deleted", kDamaged, [](const std::filesystem::path& dir) {
               std::filesystem::remove(dir / "couple.db");
           }});
    check({"couple.db is the journal", {ErrorCode::WrongKey}, [this](const std::filesystem::path& dir) {
               std::filesystem::copy_file(journalOf(dir, s_made->alexId), dir / "couple.db",
                                          std::filesystem::copy_options::overwrite_existing);
           }});
    const auto size = std::filesystem::file_size(s_made->dir / "couple.db");
    for (std::size_t to : {std::size_t{0}, kPage, size / 2, size - 1}) {
        check({"couple.db truncated to " + std::to_string(to), kDamagedOrWrongKey,
               [to](const std::filesystem::path& dir) {
                   truncateTo(dir / "couple.db", to);
               }});
    }
    for (std::size_t page = 0; page < size / kPage; ++page) {
        for (std::size_t within : {std::size_t{40}, kIvStart + 1, kHmacStart + 1}) {
            const std::size_t offset = page * kPage + within;
            check({"couple.db page " + std::to_string(page + 1) + " byte " + std::to_string(within),
                   page == 0 ? kDamagedOrWrongKey : kDamaged, [offset](const std::filesystem::path& dir) {
                       flipByte(dir / "couple.db", offset);
                   }});
        }
    }
}
