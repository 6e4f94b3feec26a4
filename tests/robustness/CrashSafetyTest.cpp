// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Crash safety (issue 6, DESIGN.md §1.3: an acknowledged save survives a kill -9).
// The real `twofold` binary writes journal entries and answers to shared prompts, one
// command after another; at seeded random moments the running one gets SIGKILL,
// whatever it is doing: starting, unlocking, committing, printing. After every kill
// the vault must open, pass the integrity checks, and hold every entry the child
// acknowledged on stdout with its exact text, and for every prompt the answer last
// acknowledged (or a later one); nothing unacknowledged may be half-written.
#include "ChildProcess.h"
#include "RobustSupport.h"
#include "couple/CoupleSpace.h"
#include "journal/detail/JournalAccess.h"
#include "storage/Database.h"
#include "support/TempDir.h"
#include "support/TestHooks.h"
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

std::uint64_t seedFromEnvironment()
{
    if (const char* seed = std::getenv("TWOFOLD_CRASH_SEED")) {
        return std::strtoull(seed, nullptr, 10);
    }
    return 20260601;
}

// `write` prints the new id after its commit: one whole line of digits.
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

// `answer` says "Saved your answer to <prompt>." (or "Saved a new version of your
// answer to <prompt>.") after its commit.
bool answerAcknowledged(const std::string& out, const std::string& promptId)
{
    const auto end = out.find('\n');
    if (end == std::string::npos) {
        return false;
    }
    const std::string_view line(out.data(), end);
    return line.starts_with("Saved ") && line.ends_with(" answer to " + promptId + ".");
}

// One command the child runs: a journal entry, or an answer to a prompt.
struct Attempt
{
    bool isAnswer = false;
    std::string title; // entries: unique, names the attempt
    std::string promptId;
    std::size_t version = 0; // answers: index into that prompt's attempts
    std::string text;
};

std::vector<std::string> sharedPromptIds(const MadeVault& made, std::size_t count)
{
    std::vector<std::string> ids;
    auto vault = openVault(made.dir);
    auto alex = unlock(*vault, made.alexId, kAlexPassword);
    auto space = CoupleSpace::open(*alex, shippedPacks());
    if (space) {
        if (auto prompts = space->prompts().sharedPrompts()) {
            for (const auto& prompt : *prompts) {
                if (prompt.kind == PromptKind::Text && ids.size() < count) {
                    ids.push_back(prompt.id);
                }
            }
        }
    }
    return ids;
}

} // namespace

TEST(CrashSafetyTest, KilledWritesLoseNothingAcknowledged)
{
    if (!kFastKdfHook) {
        GTEST_SKIP() << kNeedsFastKdfHook;
    }
    TempDir tmp;
    const MadeVault made = makeVault(tmp / "vault");
    const std::vector<std::string> prompts = sharedPromptIds(made, 3);
    ASSERT_EQ(prompts.size(), 3u);
    const std::uint64_t seed = seedFromEnvironment();
    std::mt19937_64 random(seed);
    std::cout << "[ crash ] seed " << seed << " (set TWOFOLD_CRASH_SEED to replay)\n";

    std::map<EntryId, Attempt> acknowledged;
    std::map<std::string, Attempt> attempted;                    // entries, by title
    std::map<std::string, std::vector<std::string>> answerTexts; // per prompt, in order
    std::map<std::string, std::size_t> answerAcked;              // per prompt: version acknowledged last
    int answersAcknowledged = 0;
    const std::vector<std::string> env{"TWOFOLD_INSECURE_FAST_KDF=1"};
    int serial = 0;
    auto start = [&](Attempt& attempt) {
        ++serial;
        // Texts end in a word: the command line drops trailing newlines.
        attempt.text = sampleText(seed + static_cast<std::uint64_t>(serial), 200 + random() % 6000) + " end";
        std::vector<std::string> args{"--vault", made.dir.string(), "--partner",
                                      "Alex",    "--password-fd",   "0"};
        attempt.isAnswer = serial % 3 == 0;
        if (attempt.isAnswer) {
            attempt.promptId = prompts[static_cast<std::size_t>(serial / 3) % prompts.size()];
            auto& texts = answerTexts[attempt.promptId];
            attempt.version = texts.size();
            texts.push_back(attempt.text);
            args.insert(args.end(), {"answer", attempt.promptId});
            if (serial % 2 == 0) {
                args.emplace_back("--reveal");
            }
        } else {
            attempt.title = "crash " + std::to_string(serial);
            attempted[attempt.title] = attempt;
            args.insert(args.end(), {"write", "--title", attempt.title, "--tag", "crash"});
        }
        return ChildProcess::start(TWOFOLD_EXECUTABLE, args, std::string(kAlexPassword) + "\n" + attempt.text,
                                   env);
    };
    // Returns whether the child's output acknowledges the attempt.
    auto record = [&](const Attempt& attempt, const std::string& out) {
        if (attempt.isAnswer) {
            if (!answerAcknowledged(out, attempt.promptId)) {
                return false;
            }
            answerAcked[attempt.promptId] = attempt.version;
            ++answersAcknowledged;
            return true;
        }
        auto id = acknowledgedId(out);
        if (id) {
            acknowledged[*id] = attempt;
        }
        return id.has_value();
    };

    // How long one command takes here, so the kills spread over whole commands.
    const auto t0 = SteadyClock::now();
    {
        Attempt first;
        ChildProcess child = start(first);
        const auto exit = child.wait();
        ASSERT_EQ(exit.code, 0) << child.err();
        ASSERT_TRUE(record(first, child.out())) << child.out();
    }
    const auto oneCommand = std::chrono::duration_cast<std::chrono::microseconds>(SteadyClock::now() - t0);
    std::cout << "[ crash ] one command takes " << oneCommand.count() / 1000 << " ms\n";

    int kills = 0;
    int killedAfterAck = 0;
    int completed = 0;
    const auto started = SteadyClock::now();
    const auto timeLimit = std::chrono::minutes(6);
    while (kills < kKills) {
        ASSERT_LT(SteadyClock::now() - started, timeLimit)
            << "only " << kills << " kills in the time allowed";
        // Kill somewhere in the next few commands: starting, unlocking, committing or printing.
        const auto delay = std::chrono::microseconds(random() % (3 * oneCommand.count() + 1));
        const auto deadline = SteadyClock::now() + delay;
        while (true) {
            Attempt attempt;
            ChildProcess child = start(attempt);
            auto exit = child.waitUntil(deadline);
            if (!exit) {
                exit = child.kill();
                if (record(attempt, child.out())) {
                    ++killedAfterAck;
                }
                if (exit->killed) {
                    ++kills;
                }
                break;
            }
            ASSERT_EQ(exit->code, 0) << child.err();
            ASSERT_TRUE(record(attempt, child.out())) << child.out();
            ++completed;
        }

        // After each kill: the vault opens, checks clean, and holds everything acknowledged.
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
        ASSERT_TRUE(twofold::detail::JournalAccess::database(alex->journal()).checkIntegrity());
        ASSERT_TRUE(alex->coupleDatabase().checkIntegrity());
        auto entries = allEntries(alex->journal());
        ASSERT_TRUE(entries) << entries.error().detail;
        for (const auto& [id, attempt] : acknowledged) {
            auto found = entries->find(id);
            ASSERT_NE(found, entries->end())
                << "acknowledged entry " << id << " (" << attempt.title << ") is lost";
            ASSERT_EQ(found->second.fields.title, attempt.title);
            ASSERT_EQ(found->second.fields.body, attempt.text) << "entry " << id << " text differs";
            ASSERT_EQ(found->second.fields.tags, std::vector<std::string>{"crash"});
        }
        for (const auto& [id, entry] : *entries) {
            auto tried = attempted.find(entry.fields.title);
            ASSERT_NE(tried, attempted.end()) << "entry " << id << " was never written";
            ASSERT_EQ(entry.fields.body, tried->second.text) << "entry " << id << " is half-written";
        }
        auto space = CoupleSpace::open(*alex, shippedPacks());
        ASSERT_TRUE(space) << space.error().detail;
        for (const auto& [promptId, texts] : answerTexts) {
            auto read = space->readAnswer(promptId);
            ASSERT_TRUE(read) << read.error().detail;
            const auto acked = answerAcked.find(promptId);
            if (!read->mine) {
                ASSERT_EQ(acked, answerAcked.end()) << "acknowledged answer to " << promptId << " is lost";
                continue;
            }
            ASSERT_TRUE(read->mine->readable()) << "answer to " << promptId << " is damaged";
            // The last acknowledged version, or one written after it (committed, then killed).
            const std::size_t from = acked == answerAcked.end() ? 0 : acked->second;
            bool known = false;
            for (std::size_t v = from; v < texts.size(); ++v) {
                known = known || texts[v] == read->mine->value;
            }
            ASSERT_TRUE(known) << "answer to " << promptId << " is older than acknowledged, or half-written";
        }
    }
    const auto took = std::chrono::duration_cast<std::chrono::seconds>(SteadyClock::now() - started);
    std::cout << "[ crash ] " << kills << " kills survived (" << killedAfterAck
              << " after the acknowledgement), " << completed << " commands completed; "
              << acknowledged.size() << " acknowledged entries and " << answersAcknowledged
              << " acknowledged answers all intact, in " << took.count() << " s\n";
    RecordProperty("kills", kills);
    EXPECT_GE(kills, kKills);
}
