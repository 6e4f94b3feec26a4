// Crash safety (issue 6, DESIGN.md §1.3: an acknowledged save survives a kill -9).
// The real `twofold` binary writes entries, one `write` after another; at seeded random
// moments the running one gets SIGKILL, whatever it is doing: starting, unlocking,
// committing, printing. After every kill the vault must open, pass the integrity
// checks, and hold every entry the child acknowledged on stdout, with its exact text;
// an entry it did not acknowledge is either absent or complete, never half-written.
#include "ChildProcess.h"
#include "RobustSupport.h"
#include "storage/Database.h"
#include "support/TempDir.h"
#include "vault/Session.h"

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <random>
#include <set>

#include <gtest/gtest.h>

using namespace twofold;
using namespace twofold::test;
using SteadyClock = std::chrono::steady_clock;

namespace {

constexpr int kKills = 200;

struct Attempt
{
    std::string title;
    std::string body;
};

std::uint64_t seedFromEnvironment()
{
    if (const char* seed = std::getenv("TWOFOLD_CRASH_SEED")) {
        return std::strtoull(seed, nullptr, 10);
    }
    return 20260601;
}

// The id the child printed after its commit: one whole line of digits.
std::optional<EntryId> acknowledgedId(const std::string& out)
{
    const auto end = out.find('\n');
    if (end == std::string::npos || end == 0) {
        return std::nullopt;
    }
    EntryId id = 0;
    for (std::size_t i = 0; i < end; ++i) {
        if (out[i] < '0' || out[i] > '9') {
            return std::nullopt;
        }
        id = id * 10 + (out[i] - '0');
    }
    return id;
}

} // namespace

TEST(CrashSafetyTest, KilledWritesLoseNothingAcknowledged)
{
    TempDir tmp;
    const MadeVault made = makeVault(tmp / "vault");
    const std::uint64_t seed = seedFromEnvironment();
    std::mt19937_64 random(seed);
    std::cout << "[ crash ] seed " << seed << " (set TWOFOLD_CRASH_SEED to replay)\n";

    std::map<EntryId, Attempt> acknowledged;
    std::map<std::string, Attempt> attempted; // by title, which is unique
    const std::vector<std::string> env{"TWOFOLD_INSECURE_FAST_KDF=1"};
    int serial = 0;
    auto startWrite = [&](Attempt& attempt) {
        ++serial;
        attempt.title = "crash " + std::to_string(serial);
        // Ends in a word: the command line drops trailing newlines.
        attempt.body = sampleText(seed + static_cast<std::uint64_t>(serial), 200 + random() % 6000) + " end";
        attempted[attempt.title] = attempt;
        return ChildProcess::start(TWOFOLD_EXECUTABLE,
                                   {"--vault", made.dir.string(), "--partner", "Alex", "--password-fd", "0",
                                    "write", "--title", attempt.title, "--tag", "crash"},
                                   std::string(kAlexPassword) + "\n" + attempt.body, env);
    };

    // How long one write takes here, so the kills spread over a whole write.
    Attempt first;
    const auto t0 = SteadyClock::now();
    {
        ChildProcess child = startWrite(first);
        const auto exit = child.wait();
        ASSERT_EQ(exit.code, 0) << child.err();
        auto id = acknowledgedId(child.out());
        ASSERT_TRUE(id);
        acknowledged[*id] = first;
    }
    const auto oneWrite = std::chrono::duration_cast<std::chrono::microseconds>(SteadyClock::now() - t0);
    std::cout << "[ crash ] one write takes " << oneWrite.count() / 1000 << " ms\n";

    int kills = 0;
    int killedAfterAck = 0;
    int cleanWrites = 0;
    const auto started = SteadyClock::now();
    const auto timeLimit = std::chrono::minutes(6);
    while (kills < kKills) {
        ASSERT_LT(SteadyClock::now() - started, timeLimit)
            << "only " << kills << " kills in the time allowed";
        // Kill somewhere in the next few writes: starting, unlocking, committing or printing.
        const auto delay = std::chrono::microseconds(random() % (3 * oneWrite.count() + 1));
        const auto deadline = SteadyClock::now() + delay;
        while (true) {
            Attempt attempt;
            ChildProcess child = startWrite(attempt);
            auto exit = child.waitUntil(deadline);
            if (!exit) {
                exit = child.kill();
                if (auto id = acknowledgedId(child.out())) {
                    acknowledged[*id] = attempt;
                    ++killedAfterAck;
                }
                if (exit->killed) {
                    ++kills;
                }
                break;
            }
            ASSERT_EQ(exit->code, 0) << child.err();
            auto id = acknowledgedId(child.out());
            ASSERT_TRUE(id) << child.out();
            acknowledged[*id] = attempt;
            ++cleanWrites;
        }

        // After each kill: the vault opens, checks clean, and holds every acknowledged write.
        SCOPED_TRACE("after kill " + std::to_string(kills));
        {
            auto keyring = Database::openPlain(made.dir / "keyring.db", OpenMode::Existing);
            ASSERT_TRUE(keyring);
            ASSERT_TRUE(keyring->checkIntegrity());
        }
        auto vault = openVault(made.dir);
        ASSERT_TRUE(vault) << vault.error().detail;
        auto alex = unlock(*vault, made.alexId, kAlexPassword);
        ASSERT_TRUE(alex) << errorCodeName(alex.error().code) << " " << alex.error().detail;
        ASSERT_TRUE(alex->journal().database().checkIntegrity());
        ASSERT_TRUE(alex->coupleDatabase().checkIntegrity());
        auto entries = allEntries(alex->journal());
        ASSERT_TRUE(entries) << entries.error().detail;
        for (const auto& [id, attempt] : acknowledged) {
            auto found = entries->find(id);
            ASSERT_NE(found, entries->end())
                << "acknowledged entry " << id << " (" << attempt.title << ") is lost";
            ASSERT_EQ(found->second.fields.title, attempt.title);
            ASSERT_EQ(found->second.fields.body, attempt.body) << "entry " << id << " text differs";
            ASSERT_EQ(found->second.fields.tags, std::vector<std::string>{"crash"});
        }
        for (const auto& [id, entry] : *entries) {
            auto tried = attempted.find(entry.fields.title);
            ASSERT_NE(tried, attempted.end()) << "entry " << id << " was never written";
            ASSERT_EQ(entry.fields.body, tried->second.body) << "entry " << id << " is half-written";
        }
    }
    const auto took = std::chrono::duration_cast<std::chrono::seconds>(SteadyClock::now() - started);
    std::cout << "[ crash ] " << kills << " kills survived (" << killedAfterAck
              << " after the acknowledgement), " << cleanWrites << " writes completed, "
              << acknowledged.size() << " acknowledged entries all intact, in " << took.count() << " s\n";
    RecordProperty("kills", kills);
    EXPECT_GE(kills, kKills);
}
