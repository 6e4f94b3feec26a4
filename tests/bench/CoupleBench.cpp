// Unlock-time grant resolution in the couple space (docs/PERFORMANCE.md, "Couple space"):
// with 1,000 prompts answered and agreed by both partners, the grants a session writes
// at unlock before it shows anything (CoupleSpace::open -> resolvePendingGrants).
#include "bench/BenchData.h"
#include "couple/CoupleSpace.h"
#include "vault/Vault.h"

#include <fstream>

#include <benchmark/benchmark.h>

using namespace twofold;
using namespace twofold::bench;

namespace {

constexpr int kPrompts = 1'000;

const std::filesystem::path& coupleDir()
{
    static const std::filesystem::path dir = [] {
        const auto d = scratchDir() / "couple-1k";
        if (!std::filesystem::exists(d / "ready")) {
            std::filesystem::remove_all(d);
            auto vault = Vault::create(d, VaultOptions::fastForTests());
            auto alex = vault->enroll({"Alex"}, SecretBuffer::fromString("alex"));
            auto sam = vault->enroll({"Sam"}, SecretBuffer::fromString("sam"), &alex->session);
            for (Session* s : {&alex->session, &sam->session}) {
                (void)s->coupleDatabase().exec("PRAGMA synchronous = OFF;");
            }
            auto alexSpace = CoupleSpace::open(alex->session, {});
            auto samSpace = CoupleSpace::open(sam->session, {});
            std::vector<std::string> prompts;
            for (int i = 0; i < kPrompts; ++i) {
                prompts.push_back(
                    *alexSpace->prompts().addCustomPrompt("Prompt number " + std::to_string(i)));
            }
            // Alex answers and agrees to everything, then Sam does: Sam's session writes
            // Sam's grants, and Alex's 1,000 grants are left for Alex's next unlock.
            for (const auto& p : prompts) {
                (void)alexSpace->answer(p, makeText(std::hash<std::string>{}(p), 120), Reveal::Yes);
            }
            alex->session.lock();
            for (const auto& p : prompts) {
                (void)samSpace->answer(p, makeText(std::hash<std::string>{}(p) + 1, 120), Reveal::Yes);
            }
            (void)sam->session.coupleDatabase().checkpoint();
            std::ofstream(d / "ready") << "ok\n";
        }
        return d;
    }();
    return dir;
}

struct Unlocked
{
    Vault vault;
    Session alex;
    std::string samId;
};

Unlocked unlockAlex()
{
    auto vault = Vault::open(coupleDir(), VaultOptions::fastForTests());
    const auto partners = *vault->partners();
    auto alex = vault->unlock(partners[0].id, SecretBuffer::fromString("alex"));
    return Unlocked{std::move(*vault), std::move(*alex), partners[1].id};
}

// 1,000 pending grants: each opens the author seal, checks the consent tag and the
// ciphertext, seals the item key to the partner and writes the row; one transaction.
void BM_CoupleUnlockResolves1000PendingGrants(benchmark::State& state)
{
    Unlocked u = unlockAlex();
    Database& db = u.alex.coupleDatabase();
    int written = 0;
    for (auto _ : state) {
        state.PauseTiming();
        (void)db.exec("DELETE FROM grants WHERE reader_id = '" + u.samId + "';");
        state.ResumeTiming();
        auto space = CoupleSpace::open(u.alex, {});
        benchmark::DoNotOptimize(space);
        state.PauseTiming();
        written = space ? *space->resolvePendingGrants() : -1;
        state.ResumeTiming();
        if (!space) {
            state.SkipWithError("open failed");
            break;
        }
    }
    state.counters["left_pending"] = written;
}

// The usual unlock: 1,000 answers revealed, nothing pending; one query finds that out.
void BM_CoupleUnlockNothingPending1000(benchmark::State& state)
{
    Unlocked u = unlockAlex();
    (void)CoupleSpace::open(u.alex, {});
    for (auto _ : state) {
        auto space = CoupleSpace::open(u.alex, {});
        benchmark::DoNotOptimize(space);
    }
}

// The prompt list with 1,000 answered prompts and each one's state.
void BM_CouplePromptStates1000(benchmark::State& state)
{
    Unlocked u = unlockAlex();
    auto space = CoupleSpace::open(u.alex, {});
    for (auto _ : state) {
        auto states = space->promptStates();
        benchmark::DoNotOptimize(states);
    }
}

} // namespace

BENCHMARK(BM_CoupleUnlockResolves1000PendingGrants)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(BM_CoupleUnlockNothingPending1000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CouplePromptStates1000)->Unit(benchmark::kMillisecond)->Iterations(5);
