// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// keyring.db is untrusted input (DESIGN.md §3): arbitrary bytes as keyring.db must give
// a clean error or rows that passed the shape checks, never a crash. Each input is
// written to a file in a private temp directory (SQLite reads files).
#include "support/FastKdf.h"
#include "support/FuzzWorkDir.h"
#include "vault/Keyring.h"
#include "vault/Vault.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace twofold;

namespace {

const std::filesystem::path& workDir()
{
    return test::fuzzWorkDir("keyring");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto& dir = workDir();
    for (const char* stale : {"keyring.db-wal", "keyring.db-shm", "keyring.db-journal"}) {
        std::filesystem::remove(dir / stale);
    }
    {
        std::ofstream out(dir / "keyring.db", std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    auto keyring = Keyring::open(dir / "keyring.db");
    if (keyring) {
        if (keyring->vaultId().size() != Keyring::kVaultIdBytes) {
            std::abort();
        }
        if (auto rows = keyring->rows()) {
            if (rows->size() > 2) {
                std::abort();
            }
            for (const auto& row : *rows) {
                if (!Keyring::isValidPartnerId(row.id)) {
                    std::abort();
                }
                (void)keyring->macInput(row);
                (void)keyring->associatedData(row.id, "password");
            }
        }
    }
    // The same through the vault, as the login screen reads it.
    if (auto vault = Vault::open(dir, twofold::test::fastVaultOptions())) {
        (void)vault->partners();
        (void)vault->findPartner("Alex");
    }
    return 0;
}
