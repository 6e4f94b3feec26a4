// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "journal/Journal.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

namespace twofold::bench {

enum class Storage
{
    Encrypted, // SQLCipher with a raw key, as the app uses it
    Plain,     // the same library opened without a key: plain SQLite
};

// A journal of `entries` entries of ~300 words each, made once per (storage, size) and
// kept under the benchmark's scratch directory so repeated runs skip the setup.
Journal& journalWith(Storage storage, int entries);
// A word that appears in about 1% of entries.
std::string rareWord();
// About `words` words of plausible text, reproducible from the seed.
std::string makeText(std::uint64_t seed, int words);
// Resident set size of this process, in MiB.
double residentMiB();
std::filesystem::path scratchDir();

} // namespace twofold::bench
