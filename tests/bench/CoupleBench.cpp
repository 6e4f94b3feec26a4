// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// The couple space with 1,000 prompts answered and agreed by both partners, everything
// revealed both ways (docs/PERFORMANCE.md, "Couple space"): the Prompts list
// (CoupleSpace::promptStates, DESIGN.md §7 "< 10 ms CPU beyond unlock") and
// CoupleSpace::open, which resolves grants before it returns, both measured on an
// already unlocked session.
#include "bench/BenchData.h"
#include "couple/CoupleSpace.h"
#include "journal/detail/JournalAccess.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "support/FastKdf.h"
#include "vault/Vault.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <optional>

#include <benchmark/benchmark.h>

using namespace twofold;
using namespace twofold::bench;

namespace {

constexpr int kPrompts = 1'000;

template <typename T> T& orAbort(Result<T>& r)
{
    if (!r) {
        std::abort();
    }
    return *r;
}

void mustSucceed(const Status& st)
{
    if (!st) {
        std::abort();
    }
}

// Each vault copy keeps its own freshness state, so a copy made from the template is
// never taken for an older file (which would stop the resolver).
VaultOptions optionsFor(const std::filesystem::path& vaultDir)
{
    VaultOptions options = twofold::test::fastVaultOptions();
    options.stateDirectory = vaultDir.string() + ".state";
    return options;
}

void removeVault(const std::filesystem::path& dir)
{
    std::filesystem::remove_all(dir);
    std::filesystem::remove_all(dir.string() + ".state");
}

void copyVault(const std::filesystem::path& from, const std::filesystem::path& to)
{
    removeVault(to);
    std::filesystem::copy(from, to, std::filesystem::copy_options::recursive);
    std::filesystem::copy(from.string() + ".state", to.string() + ".state",
                          std::filesystem::copy_options::recursive);
}

// Answers every prompt and agrees to every answer, then lets the resolver publish them
// and write the grants this session owes. Setup only: answering with Reveal::Yes one by
// one is quadratic (each answer resolves its topic against all of the author's rows),
// so the answers are written unpublished and agreed in one UPDATE of the journal's
// couple_items, the row reveal() sets, before a single resolve.
void answerAndAgreeAll(Session& session, CoupleSpace& space, const std::vector<std::string>& prompts,
                       std::uint64_t seed)
{
    for (const auto& p : prompts) {
        auto id = space.answer(p, makeText(std::hash<std::string>{}(p) + seed, 120), Reveal::NotYet);
        orAbort(id);
    }
    mustSucceed(twofold::detail::JournalAccess::database(session.journal())
                    .exec("UPDATE couple_items SET agreed = 1;"));
    auto resolved = space.resolvePendingGrants();
    orAbort(resolved);
}

// "couple-1k-pending": Alex answered and agreed to 1,000 prompts, then Sam did, so Sam's
// session wrote Sam's 1,000 grants and Alex owes 1,000 at the next unlock.
// "couple-1k": the same after Alex's next unlock, everything revealed both ways.
struct Vaults
{
    std::filesystem::path pending;
    std::filesystem::path settled;
};

const Vaults& vaults()
{
    static const Vaults v = [] {
        const Vaults d{scratchDir() / "couple-1k-pending", scratchDir() / "couple-1k"};
        if (!std::filesystem::exists(d.pending / "ready")) {
            removeVault(d.pending);
            auto vault = Vault::create(d.pending, optionsFor(d.pending));
            orAbort(vault);
            auto alex = vault->enroll({"Alex"}, SecretBuffer::fromString("alex"));
            orAbort(alex);
            auto sam = vault->enroll({"Sam"}, SecretBuffer::fromString("sam"), &alex->session);
            orAbort(sam);
            for (Session* s : {&alex->session, &sam->session}) {
                mustSucceed(s->coupleDatabase().exec("PRAGMA synchronous = OFF;"));
                mustSucceed(
                    twofold::detail::JournalAccess::database(s->journal()).exec("PRAGMA synchronous = OFF;"));
            }
            auto alexSpace = CoupleSpace::open(alex->session, {});
            orAbort(alexSpace);
            std::vector<std::string> prompts;
            for (int i = 0; i < kPrompts; ++i) {
                auto id = alexSpace->prompts().addCustomPrompt("Prompt number " + std::to_string(i));
                prompts.push_back(orAbort(id));
            }
            answerAndAgreeAll(alex->session, *alexSpace, prompts, 0);
            alex->session.lock();
            auto samSpace = CoupleSpace::open(sam->session, {});
            orAbort(samSpace);
            answerAndAgreeAll(sam->session, *samSpace, prompts, 1);
            mustSucceed(sam->session.coupleDatabase().checkpoint());
            mustSucceed(twofold::detail::JournalAccess::database(sam->session.journal()).checkpoint());
            std::ofstream(d.pending / "ready") << "ok\n";
        }
        if (!std::filesystem::exists(d.settled / "ready")) {
            copyVault(d.pending, d.settled);
            std::filesystem::remove(d.settled / "ready");
            auto vault = Vault::open(d.settled, optionsFor(d.settled));
            orAbort(vault);
            auto partners = vault->partners();
            auto alex = vault->unlock(orAbort(partners)[0].id, SecretBuffer::fromString("alex"));
            orAbort(alex);
            auto space = CoupleSpace::open(*alex, {}); // writes Alex's 1,000 grants
            orAbort(space);
            mustSucceed(alex->coupleDatabase().checkpoint());
            mustSucceed(twofold::detail::JournalAccess::database(alex->journal()).checkpoint());
            std::ofstream(d.settled / "ready") << "ok\n";
        }
        return d;
    }();
    return v;
}

struct Unlocked
{
    Vault vault;
    Session alex;
    std::string samId;
};

Unlocked unlockAlex(const std::filesystem::path& dir)
{
    auto vault = Vault::open(dir, optionsFor(dir));
    orAbort(vault);
    auto partners = vault->partners();
    const auto ids = orAbort(partners);
    auto alex = vault->unlock(ids[0].id, SecretBuffer::fromString("alex"));
    orAbort(alex);
    return Unlocked{std::move(*vault), std::move(*alex), ids[1].id};
}

int grantsTo(Database& db, const std::string& readerId)
{
    auto stmt = db.prepare("SELECT count(*) FROM grants WHERE reader_id = ?;");
    orAbort(stmt).bind(1, readerId);
    auto row = stmt->step();
    return orAbort(row) ? stmt->columnInt(0) : -1;
}

// CoupleSpace::open when 1,000 grants are owed (the partner answered and agreed to 1,000
// prompts while this partner was away): per item, open the author seal, seal the item
// key to the partner, write the grant and record it in the journal; one transaction.
// Each iteration starts from a fresh copy of the vault, copied and unlocked untimed.
void BM_CoupleUnlockResolves1000PendingGrants(benchmark::State& state)
{
    const auto work = scratchDir() / "couple-1k-work";
    int written = 0;
    for (auto _ : state) {
        state.PauseTiming();
        std::optional<Unlocked> u;
        copyVault(vaults().pending, work);
        u.emplace(unlockAlex(work));
        const int before = grantsTo(u->alex.coupleDatabase(), u->samId);
        state.ResumeTiming();
        std::optional<Result<CoupleSpace>> space = CoupleSpace::open(u->alex, {});
        benchmark::DoNotOptimize(space);
        state.PauseTiming();
        if (!*space) {
            state.SkipWithError("open failed");
            break;
        }
        written = grantsTo(u->alex.coupleDatabase(), u->samId) - before;
        space.reset();
        u.reset();
        state.ResumeTiming();
    }
    removeVault(work);
    state.counters["grants_written"] = written;
}

// The usual unlock: 1,000 answers revealed both ways, nothing owed.
void BM_CoupleUnlockNothingPending1000(benchmark::State& state)
{
    Unlocked u = unlockAlex(vaults().settled);
    for (auto _ : state) {
        auto space = CoupleSpace::open(u.alex, {});
        benchmark::DoNotOptimize(space);
        if (!space) {
            state.SkipWithError("open failed");
            break;
        }
    }
}

// The Prompts list: every shared prompt with its state, 1,000 of them answered and
// revealed both ways, on a space that is already open.
void BM_CouplePromptStates1000(benchmark::State& state)
{
    Unlocked u = unlockAlex(vaults().settled);
    auto space = CoupleSpace::open(u.alex, {});
    if (!space) {
        state.SkipWithError("open failed");
        return;
    }
    std::size_t prompts = 0;
    int revealed = 0;
    for (auto _ : state) {
        auto states = space->promptStates();
        benchmark::DoNotOptimize(states);
        if (!states) {
            state.SkipWithError("promptStates failed");
            break;
        }
        prompts = states->size();
        revealed = static_cast<int>(std::ranges::count_if(
            *states, [](const TopicStatus& s) { return s.state == RevealState::Revealed; }));
    }
    state.counters["prompts"] = static_cast<double>(prompts);
    state.counters["revealed"] = revealed;
}

} // namespace

BENCHMARK(BM_CoupleUnlockResolves1000PendingGrants)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_CoupleUnlockNothingPending1000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CouplePromptStates1000)->Unit(benchmark::kMillisecond);
