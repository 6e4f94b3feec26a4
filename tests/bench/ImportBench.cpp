// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Issue 17 / DESIGN.md §7: importing 10,000 jrnl entries of ~300 words into an encrypted
// journal (SQLCipher, cipher_memory_security ON) in one transaction: < 2 s CPU. Beside it
// the same import into plain SQLite, and into a journal that already holds every entry
// (the duplicate check alone).
#include "bench/BenchData.h"
#include "crypto/SecretBuffer.h"
#include "import/Import.h"
#include "journal/detail/JournalAccess.h"

#include <cstdio>
#include <fstream>
#include <string>

#include <benchmark/benchmark.h>

using namespace twofold;
using namespace twofold::bench;

namespace {

// {"entries": [{"title", "body", "date", "time", "tags", "starred"}, ...]} as jrnl writes it.
std::string jsonString(const std::string& text)
{
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else {
            out += c;
        }
    }
    return out + "\"";
}

std::filesystem::path jrnlFile(int entries)
{
    const std::filesystem::path path = scratchDir() / ("jrnl-" + std::to_string(entries) + ".json");
    if (std::filesystem::exists(path)) {
        return path;
    }
    std::ofstream out(path.string() + ".tmp", std::ios::binary);
    out << "{\n  \"tags\": {},\n  \"entries\": [\n";
    for (int i = 0; i < entries; ++i) {
        char date[32];
        std::snprintf(date, sizeof date, "%04d-%02d-%02d", 1990 + i / 336, 1 + (i / 28) % 12, 1 + i % 28);
        char time[8];
        std::snprintf(time, sizeof time, "%02d:%02d", i % 24, (i * 7) % 60);
        out << (i > 0 ? ",\n" : "") << "    {\"title\": " << jsonString(makeText(i * 31ULL + 1, 5))
            << ", \"body\": " << jsonString(makeText(i * 31ULL + 2, 300)) << ", \"date\": \"" << date
            << "\", \"time\": \"" << time << "\", \"tags\": ["
            << (i % 3 == 0 ? "\"@tag" + std::to_string(i % 20) + "\"" : "")
            << "], \"starred\": " << (i % 50 == 0 ? "true" : "false") << "}";
    }
    out << "\n  ]\n}\n";
    out.close();
    std::filesystem::rename(path.string() + ".tmp", path);
    return path;
}

SecretBuffer key()
{
    SecretBuffer k(32);
    for (std::size_t i = 0; i < k.size(); ++i) {
        k.data()[i] = static_cast<std::uint8_t>(i * 5 + 3);
    }
    return k;
}

Result<Journal> freshJournal(Storage storage, const std::filesystem::path& path)
{
    for (const char* suffix : {"", "-wal", "-shm"}) {
        std::filesystem::remove(path.string() + suffix);
    }
    if (storage == Storage::Encrypted) {
        return Journal::open(path, key(), OpenMode::CreateIfMissing, SystemClock::instance());
    }
    auto db = Database::openPlain(path, OpenMode::CreateIfMissing);
    if (!db) {
        return std::unexpected(db.error());
    }
    return Journal::fromDatabase(std::move(*db), SystemClock::instance());
}

// The whole import into an empty journal: read, parse, check, write, commit (durable).
void BM_ImportJrnl(benchmark::State& state)
{
    const auto storage = state.range(0) == 0 ? Storage::Encrypted : Storage::Plain;
    const int entries = static_cast<int>(state.range(1));
    const auto file = jrnlFile(entries);
    const auto path = scratchDir() / "import-target.db";
    std::size_t imported = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto journal = freshJournal(storage, path);
        if (!journal) {
            state.SkipWithError("cannot open the journal");
            return;
        }
        state.ResumeTiming();
        auto report = importEntries(*journal, ImportFormat::JrnlJson, file);
        if (!report) {
            state.SkipWithError("import failed");
            return;
        }
        imported = report->imported;
        state.PauseTiming();
        (void)journal->close();
        state.ResumeTiming();
    }
    state.counters["imported"] = static_cast<double>(imported);
    state.SetLabel(storage == Storage::Encrypted ? "sqlcipher" : "plain-sqlite");
}

// The same file again into the journal that holds it: every entry is a duplicate.
void BM_ImportJrnlAgain(benchmark::State& state)
{
    const int entries = static_cast<int>(state.range(0));
    const auto file = jrnlFile(entries);
    const auto path = scratchDir() / "import-again.db";
    auto journal = freshJournal(Storage::Encrypted, path);
    if (!journal || !importEntries(*journal, ImportFormat::JrnlJson, file)) {
        state.SkipWithError("setup failed");
        return;
    }
    std::size_t duplicates = 0;
    for (auto _ : state) {
        auto report = importEntries(*journal, ImportFormat::JrnlJson, file);
        if (!report) {
            state.SkipWithError("import failed");
            return;
        }
        duplicates = report->duplicates;
    }
    state.counters["duplicates"] = static_cast<double>(duplicates);
}

} // namespace

BENCHMARK(BM_ImportJrnl)
    ->Args({0, 1'000})
    ->Args({0, 10'000})
    ->Args({1, 10'000})
    ->MeasureProcessCPUTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ImportJrnlAgain)->Arg(10'000)->MeasureProcessCPUTime()->Unit(benchmark::kMillisecond);
