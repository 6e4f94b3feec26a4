// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Unlock beyond the Argon2id call itself (budget < 30 ms), and resident memory after
// unlocking a journal of 10,000 entries (budget < 150 MB).
#include "bench/BenchData.h"
#include "journal/detail/JournalAccess.h"
#include "support/FastKdf.h"
#include "vault/Vault.h"

#include <fstream>

#include <benchmark/benchmark.h>

using namespace twofold;
using namespace twofold::bench;

namespace {

const std::filesystem::path& vaultDir()
{
    static const std::filesystem::path dir = [] {
        const auto d = scratchDir() / "vault-10k";
        if (!std::filesystem::exists(d / "ready")) {
            std::filesystem::remove_all(d);
            auto vault = Vault::create(d, twofold::test::fastVaultOptions());
            auto alex = vault->enroll({"Alex"}, SecretBuffer::fromString("bench"));
            Journal& journal = alex->session.journal();
            (void)twofold::detail::JournalAccess::database(journal).exec("PRAGMA synchronous = OFF;");
            for (int i = 0; i < 10'000; ++i) {
                (void)journal.createAt({.title = makeText(i, 5), .body = makeText(i + 1'000'000, 300)},
                                       1'700'000'000'000 + i * 60'000LL, 1'700'000'000'000 + i * 60'000LL);
            }
            (void)twofold::detail::JournalAccess::database(journal).checkpoint();
            std::ofstream(d / "ready") << "ok\n";
        }
        return d;
    }();
    return dir;
}

// With the minimum Argon2id cost (microseconds), what remains is our own work: reading
// and checking the keyring, unwrapping keys, opening and checking both databases.
void BM_UnlockBeyondArgon2(benchmark::State& state)
{
    auto vault = Vault::open(vaultDir(), twofold::test::fastVaultOptions());
    const std::string id = (*vault->partners())[0].id;
    const SecretBuffer password = SecretBuffer::fromString("bench");
    for (auto _ : state) {
        auto session = vault->unlock(id, password);
        benchmark::DoNotOptimize(session);
        if (!session) {
            state.SkipWithError("unlock failed");
            break;
        }
    }
}

// The production Argon2id call alone, for the full picture of what a user waits for.
void BM_Argon2idProduction(benchmark::State& state)
{
    const SecretBuffer password = SecretBuffer::fromString("correct horse battery staple");
    const Bytes salt(kSaltBytes, 3);
    for (auto _ : state) {
        auto key = deriveKeyFromPassword(password, salt, KdfParams::production());
        benchmark::DoNotOptimize(key);
    }
}

void BM_ResidentMemoryAfterUnlock10k(benchmark::State& state)
{
    auto vault = Vault::open(vaultDir(), twofold::test::fastVaultOptions());
    const std::string id = (*vault->partners())[0].id;
    double rss = 0;
    for (auto _ : state) {
        auto session = vault->unlock(id, SecretBuffer::fromString("bench"));
        auto page = session->journal().list(PageRequest{.limit = 50});
        benchmark::DoNotOptimize(page);
        rss = residentMiB();
    }
    state.counters["rss_MiB"] = rss;
}

} // namespace

BENCHMARK(BM_UnlockBeyondArgon2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Argon2idProduction)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_ResidentMemoryAfterUnlock10k)->Unit(benchmark::kMillisecond)->Iterations(1);
