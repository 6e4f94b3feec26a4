// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// DESIGN.md §7 budgets for the private journal, each beside the same workload on
// plain SQLite (SQLCipher opened without a key) so the encryption overhead is a ratio.
#include "bench/BenchData.h"

#include <benchmark/benchmark.h>

using namespace twofold;
using namespace twofold::bench;

namespace {

Storage storageOf(const benchmark::State& state)
{
    return state.range(0) == 0 ? Storage::Encrypted : Storage::Plain;
}

void label(benchmark::State& state)
{
    state.SetLabel(storageOf(state) == Storage::Encrypted ? "sqlcipher" : "plain-sqlite");
}

// Budget: < 5 ms median, durable (synchronous = FULL, WAL).
void BM_SaveEntry(benchmark::State& state)
{
    Journal& journal = journalWith(storageOf(state), static_cast<int>(state.range(1)));
    std::uint64_t seed = 1;
    EntryFields fields;
    fields.title = "A new entry";
    fields.tags = {"bench"};
    for (auto _ : state) {
        fields.body = makeText(++seed, 300);
        auto id = journal.create(fields);
        benchmark::DoNotOptimize(id);
        state.PauseTiming();
        (void)journal.remove(*id);
        state.ResumeTiming();
    }
    label(state);
}

// Issue 16: the editor's autosave of a long entry (50,000 words) into the entry itself,
// every ~2 s while someone writes: Journal::update rewrites the row, its tags and its
// full-text index in one durable transaction. Budget: the save budget, < 5 ms median,
// is for a ~300-word entry; this figure says what a very long one costs.
void BM_AutosaveLongEntry(benchmark::State& state)
{
    Journal& journal = journalWith(storageOf(state), static_cast<int>(state.range(1)));
    EntryFields fields;
    fields.title = "A long entry";
    fields.tags = {"bench"};
    fields.body = makeText(7, 50'000);
    auto id = journal.create(fields);
    if (!id) {
        state.SkipWithError("create failed");
        return;
    }
    std::uint64_t seed = 1;
    for (auto _ : state) {
        fields.body += ' ' + makeText(++seed, 1); // a word more since the last autosave
        auto saved = journal.update(*id, fields);
        benchmark::DoNotOptimize(saved);
    }
    (void)journal.remove(*id); // after the timed loop
    label(state);
}

// Budget: < 100 ms to the first screen with 10,000 entries.
void BM_ListFirstPage(benchmark::State& state)
{
    Journal& journal = journalWith(storageOf(state), static_cast<int>(state.range(1)));
    for (auto _ : state) {
        auto page = journal.list(PageRequest{.limit = 50});
        benchmark::DoNotOptimize(page);
    }
    label(state);
}

// Budget: < 15 ms median over 10,000 entries of ~300 words.
void BM_Search(benchmark::State& state)
{
    Journal& journal = journalWith(storageOf(state), static_cast<int>(state.range(1)));
    for (auto _ : state) {
        auto hits = journal.search(rareWord(), 50);
        benchmark::DoNotOptimize(hits);
    }
    label(state);
}

// A common word: many matches, ranking and snippets for the top 50.
void BM_SearchCommonWord(benchmark::State& state)
{
    Journal& journal = journalWith(storageOf(state), static_cast<int>(state.range(1)));
    const std::string word = makeText(1, 1);
    for (auto _ : state) {
        auto hits = journal.search(word, 50);
        benchmark::DoNotOptimize(hits);
    }
    label(state);
}

void sizes(benchmark::internal::Benchmark* b)
{
    for (int storage : {0, 1}) {
        for (int n : {1'000, 10'000, 100'000}) {
            b->Args({storage, n});
        }
    }
    b->ArgNames({"plain", "entries"});
}

} // namespace

BENCHMARK(BM_SaveEntry)->Apply(sizes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AutosaveLongEntry)
    ->Args({0, 1'000})
    ->Args({1, 1'000})
    ->ArgNames({"plain", "entries"})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ListFirstPage)->Apply(sizes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Search)->Apply(sizes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SearchCommonWord)->Apply(sizes)->Unit(benchmark::kMillisecond);
