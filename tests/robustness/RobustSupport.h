// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "crypto/SecretBuffer.h"
#include "journal/Entry.h"
#include "prompts/PromptPack.h"
#include "vault/Vault.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace twofold::test {

inline constexpr std::string_view kAlexPassword = "alex-pass";
inline constexpr std::string_view kSamPassword = "sam-pass";

SecretBuffer secret(std::string_view text);

// A vault with Alex and Sam (fast KDF), made and closed again, so that another
// process (or a later Vault::open) may take its lock.
struct MadeVault
{
    std::filesystem::path dir;
    std::string alexId;
    std::string samId;
};
MadeVault makeVault(const std::filesystem::path& dir);

// Opens the vault and unlocks one partner; fails the calling test (ADD_FAILURE) and
// returns the error otherwise.
Result<Vault> openVault(const std::filesystem::path& dir);
Result<Session> unlock(Vault& vault, std::string_view partnerId, std::string_view password);

// Every entry of a journal, by id, read in full (get), for exact comparisons.
Result<std::map<EntryId, Entry>> allEntries(Journal& journal);

// The shipped prompt packs (resources/prompts).
std::vector<PromptPack> shippedPacks();

// A reproducible, varied text: words, some non-ASCII, of about `bytes` bytes.
std::string sampleText(std::uint64_t seed, std::size_t bytes);

// The vault's own files: keyring.db, couple.db, partner-<16 hex>.db, each with -wal and
// -shm, and the lock files (vault.lock of earlier releases, partner-<id>.lock).
inline bool isVaultFileName(std::string_view name)
{
    if (name == "vault.lock" || (name.starts_with("partner-") && name.ends_with(".lock"))) {
        return true;
    }
    for (std::string_view suffix : {"-wal", "-shm"}) {
        if (name.ends_with(suffix)) {
            name.remove_suffix(suffix.size());
            break;
        }
    }
    if (name == "keyring.db" || name == "couple.db") {
        return true;
    }
    if (!name.starts_with("partner-") || !name.ends_with(".db") || name.size() != 8 + 16 + 3) {
        return false;
    }
    for (char c : name.substr(8, 16)) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

// Files directly in dir, by name.
std::vector<std::string> fileNames(const std::filesystem::path& dir);
// Copies every regular file of `from` into a fresh `to`.
void copyDirectory(const std::filesystem::path& from, const std::filesystem::path& to);

} // namespace twofold::test
