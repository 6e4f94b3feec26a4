// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Photos (docs/PHOTOS.md) against DESIGN.md §7: an entry with 10 photos of 4 MB opens in
// < 100 ms to its text with the photos loaded lazily; list, search and save keep their
// budgets in a journal holding 1,000 photos.
#include "bench/BenchData.h"
#include "crypto/Random.h"
#include "crypto/SecretBuffer.h"
#include "support/TestImages.h"

#include <memory>

#include <benchmark/benchmark.h>

using namespace twofold;
using namespace twofold::bench;

namespace {

constexpr std::size_t kLargePhoto = 4u * 1024u * 1024u;
constexpr std::size_t kSmallPhoto = 256u * 1024u;
constexpr int kPhotoEntries = 1'000;

// A fresh encrypted journal: 1,000 entries of ~300 words, each with one 256 KB photo, and
// one entry with 10 photos of 4 MB. Made once per process (about 300 MB).
struct PhotoJournal
{
    ManualClock clock;
    SecretBuffer key{32};
    std::optional<Journal> journal;
    EntryId tenPhotos = 0;
};

PhotoJournal& photoJournal()
{
    static std::unique_ptr<PhotoJournal> made = [] {
        auto p = std::make_unique<PhotoJournal>();
        SystemRandom::instance().fill(p->key.span());
        const auto path = scratchDir() / "photos.db";
        std::filesystem::remove(path);
        std::filesystem::remove(path.string() + "-wal");
        std::filesystem::remove(path.string() + "-shm");
        auto opened = Journal::open(path, p->key, OpenMode::CreateIfMissing, p->clock);
        if (!opened) {
            std::abort();
        }
        p->journal.emplace(std::move(*opened));
        const std::string small = test::jpegWithMarker("bench", kSmallPhoto);
        for (int i = 0; i < kPhotoEntries; ++i) {
            p->clock.setMs(1'700'000'000'000 + i * 60'000LL);
            EntryFields fields;
            fields.title = "Day " + std::to_string(i);
            fields.body = makeText(static_cast<std::uint64_t>(i) + 1, 300);
            auto id = p->journal->create(fields);
            if (!id || !p->journal->attach(*id, asBytes(small), {.fileName = "small.jpg"})) {
                std::abort();
            }
        }
        EntryFields fields;
        fields.title = "Ten photos";
        fields.body = makeText(99'999, 300);
        auto id = p->journal->create(fields);
        const std::string large = test::jpegWithMarker("bench", kLargePhoto);
        for (int k = 0; id && k < 10; ++k) {
            if (!p->journal->attach(*id, asBytes(large), {.fileName = "large.jpg"})) {
                std::abort();
            }
        }
        p->tenPhotos = id.value_or(0);
        return p;
    }();
    return *made;
}

// Budget: < 100 ms to the entry's text and its photo list (no photo's bytes).
void BM_OpenEntryWithTenPhotos(benchmark::State& state)
{
    PhotoJournal& p = photoJournal();
    for (auto _ : state) {
        auto entry = p.journal->get(p.tenPhotos);
        auto photos = p.journal->attachments(p.tenPhotos);
        if (!entry || !photos || photos->size() != 10) {
            state.SkipWithError("open failed");
            return;
        }
        benchmark::DoNotOptimize(entry);
        benchmark::DoNotOptimize(photos);
    }
}

// What showing one of them costs after that (read and decrypt 4 MB).
void BM_ReadOnePhoto(benchmark::State& state)
{
    PhotoJournal& p = photoJournal();
    const auto photos = p.journal->attachments(p.tenPhotos);
    for (auto _ : state) {
        auto bytes = p.journal->attachmentBytes(photos->front().id);
        benchmark::DoNotOptimize(bytes);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * kLargePhoto));
}

// Budget: < 100 ms to the first screen.
void BM_ListFirstPageWithPhotos(benchmark::State& state)
{
    PhotoJournal& p = photoJournal();
    for (auto _ : state) {
        auto page = p.journal->list(PageRequest{.limit = 50});
        benchmark::DoNotOptimize(page);
    }
}

// Budget: < 15 ms median.
void BM_SearchWithPhotos(benchmark::State& state)
{
    PhotoJournal& p = photoJournal();
    const std::string word = rareWord();
    for (auto _ : state) {
        auto hits = p.journal->search(word);
        benchmark::DoNotOptimize(hits);
    }
}

// Budget: < 5 ms median (durable).
void BM_SaveEntryWithPhotos(benchmark::State& state)
{
    PhotoJournal& p = photoJournal();
    EntryFields fields;
    fields.title = "Edited";
    std::uint64_t seed = 1;
    for (auto _ : state) {
        fields.body = makeText(++seed, 300);
        auto saved = p.journal->update(p.tenPhotos, fields);
        benchmark::DoNotOptimize(saved);
    }
}

// Attaching a 4 MB photo (check, metadata removal, one durable transaction).
void BM_AttachFourMegabytePhoto(benchmark::State& state)
{
    PhotoJournal& p = photoJournal();
    const std::string large = test::jpegWithMarker("bench", kLargePhoto);
    for (auto _ : state) {
        auto id = p.journal->attach(p.tenPhotos - 1, asBytes(large));
        state.PauseTiming();
        if (id) {
            (void)p.journal->removeAttachment(*id);
        }
        state.ResumeTiming();
    }
}

} // namespace

BENCHMARK(BM_OpenEntryWithTenPhotos)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadOnePhoto)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ListFirstPageWithPhotos)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SearchWithPhotos)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SaveEntryWithPhotos)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AttachFourMegabytePhoto)->Unit(benchmark::kMillisecond);
