// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "bench/BenchData.h"

#include "crypto/SecretBuffer.h"
#include "journal/detail/JournalAccess.h"

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace twofold::bench {

namespace {

const std::vector<std::string>& vocabulary()
{
    static const std::vector<std::string> words = [] {
        static const char* syllables[] = {"ka", "lo", "mi", "ren", "ta",  "shi", "vor", "el", "an", "dru",
                                          "pe", "so", "ul", "ne",  "tri", "ga",  "wen", "ho", "zi", "bar"};
        std::mt19937_64 rng(7);
        std::vector<std::string> out;
        for (int i = 0; i < 3000; ++i) {
            std::string w;
            const int n = 1 + static_cast<int>(rng() % 3);
            for (int s = 0; s < n; ++s) {
                w += syllables[rng() % 20];
            }
            out.push_back(w);
        }
        return out;
    }();
    return words;
}

SecretBuffer benchKey()
{
    SecretBuffer key(32);
    for (std::size_t i = 0; i < key.size(); ++i) {
        key.data()[i] = static_cast<std::uint8_t>(i * 7 + 1);
    }
    return key;
}

Result<Journal> openJournal(Storage storage, const std::filesystem::path& path)
{
    if (storage == Storage::Encrypted) {
        return Journal::open(path, benchKey(), OpenMode::CreateIfMissing, SystemClock::instance());
    }
    auto db = Database::openPlain(path, OpenMode::CreateIfMissing);
    if (!db) {
        return std::unexpected(db.error());
    }
    return Journal::fromDatabase(std::move(*db), SystemClock::instance());
}

} // namespace

std::filesystem::path scratchDir()
{
    const char* env = std::getenv("TWOFOLD_BENCH_DIR");
    std::filesystem::path dir =
        env != nullptr ? env : std::filesystem::temp_directory_path() / "twofold-bench";
    std::filesystem::create_directories(dir);
    return dir;
}

std::string rareWord()
{
    return "quetzalrare";
}

std::string makeText(std::uint64_t seed, int words)
{
    std::mt19937_64 rng(seed);
    const auto& vocab = vocabulary();
    std::string text;
    text.reserve(static_cast<std::size_t>(words) * 7);
    for (int i = 0; i < words; ++i) {
        if (i > 0) {
            text += (i % 17 == 0) ? ".\n" : " ";
        }
        // Zipf-like: common words often, rare words seldom.
        const double u = std::uniform_real_distribution<double>(0.0, 1.0)(rng);
        const auto index = static_cast<std::size_t>(std::pow(u, 3.0) * static_cast<double>(vocab.size() - 1));
        text += vocab[index];
    }
    return text;
}

Journal& journalWith(Storage storage, int entries)
{
    static std::map<std::pair<Storage, int>, std::unique_ptr<Journal>> cache;
    auto& slot = cache[{storage, entries}];
    if (slot) {
        return *slot;
    }
    const std::string name =
        std::string(storage == Storage::Encrypted ? "enc-" : "plain-") + std::to_string(entries) + ".db";
    const std::filesystem::path path = scratchDir() / name;
    const bool exists = std::filesystem::exists(path) && std::filesystem::exists(path.string() + ".done");
    if (!exists) {
        for (const char* suffix : {"", "-wal", "-shm", ".done"}) {
            std::filesystem::remove(path.string() + suffix);
        }
    }
    auto journal = openJournal(storage, path);
    if (!journal) {
        std::abort();
    }
    if (!exists) {
        // Setup only: batch the inserts without fsync; the measured operations run with
        // the real pragmas (synchronous = FULL) afterwards.
        (void)twofold::detail::JournalAccess::database(*journal).exec("PRAGMA synchronous = OFF;");
        const std::int64_t start = 1'700'000'000'000;
        for (int i = 0; i < entries; ++i) {
            EntryFields fields;
            fields.title = makeText(static_cast<std::uint64_t>(i) * 31 + 1, 5);
            fields.body = makeText(static_cast<std::uint64_t>(i) * 31 + 2, 300);
            if (i % 100 == 0) {
                fields.body += ' ';
                fields.body += rareWord();
            }
            fields.mood = 1 + i % 5;
            fields.tags = {"tag" + std::to_string(i % 20)};
            if (!journal->createAt(fields, start + i * 60'000LL, start + i * 60'000LL)) {
                std::abort();
            }
        }
        (void)twofold::detail::JournalAccess::database(*journal).exec("PRAGMA synchronous = FULL;");
        (void)twofold::detail::JournalAccess::database(*journal).checkpoint();
        std::ofstream(path.string() + ".done") << "ok\n";
    }
    slot = std::make_unique<Journal>(std::move(*journal));
    return *slot;
}

double residentMiB()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0) {
            return std::stod(line.substr(6)) / 1024.0;
        }
    }
    return 0.0;
}

} // namespace twofold::bench
