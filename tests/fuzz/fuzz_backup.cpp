// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Backup files (core/backup, docs/BACKUP.md) on arbitrary content. The fuzzer's bytes
// become a backup whose framing is right — magic, manifest length, whole-file BLAKE2b —
// so the manifest parser and the per-file checks are reached instead of stopping at the
// checksum: the first two bytes give the manifest's length, taken from the end of the
// rest. verifyBackup must fail cleanly or accept; restoreBackup must never write
// outside the folder it is given.
#include "backup/Backup.h"
#include "support/FuzzWorkDir.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include <sodium.h>

using namespace twofold;

namespace {

const std::filesystem::path& workDir()
{
    static const bool sodiumReady = sodium_init() >= 0;
    if (!sodiumReady) {
        std::abort();
    }
    return test::fuzzWorkDir("backup");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 2) {
        return 0;
    }
    const std::size_t rest = size - 2;
    const std::size_t manifestLength = std::min<std::size_t>((std::size_t{data[0]} << 8) | data[1], rest);
    std::string file = "TWOFOLD-BACKUP-1";
    file.append(reinterpret_cast<const char*>(data + 2), rest);
    for (int shift = 24; shift >= 0; shift -= 8) {
        file.push_back(static_cast<char>((manifestLength >> shift) & 0xff));
    }
    unsigned char hash[32];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(file.data()), file.size(),
                       nullptr, 0);
    file.append(reinterpret_cast<const char*>(hash), sizeof hash);

    const auto& dir = workDir();
    const auto backup = dir / "in.twofold-backup";
    {
        std::ofstream out(backup, std::ios::binary | std::ios::trunc);
        out.write(file.data(), static_cast<std::streamsize>(file.size()));
    }
    auto verified = verifyBackup(backup);
    if (verified) {
        const auto target = dir / "box" / "vault";
        std::filesystem::remove_all(dir / "box");
        std::filesystem::create_directories(dir / "box");
        (void)restoreBackup(backup, target);
        // Only the vault folder may appear next to where it was asked for.
        for (const auto& item : std::filesystem::directory_iterator(dir / "box")) {
            if (item.path() != target) {
                std::abort();
            }
        }
    }
    return 0;
}
