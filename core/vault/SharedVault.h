// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"
#include "vault/Vault.h"

#include <filesystem>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

// A vault shared by two OS accounts on one computer (docs/ARCHITECTURE.md, "Two accounts,
// one vault"; DESIGN.md §3). The shared place is a root-owned folder, mode 1733: every
// account may make a folder in it, none may list it or remove another's. Each shared vault
// is a folder there owned by the account that made it, with POSIX ACLs that give exactly
// the two accounts read and write, to every file made in it later too.
namespace twofold::shared {

// /var/lib/twofold, or $TWOFOLD_SHARED_PLACE when that is an absolute path (a from-source
// install in another prefix, and the tests).
std::filesystem::path placeRoot();

// Makes the shared place (root only; idempotent): the folder, owned by root, mode 1733.
// An existing folder is corrected; anything else at that path (a file, a link) is refused.
Status setUpPlace(const std::filesystem::path& root);
// Whether `root` is a shared place Twofold made: a real folder, owned by root, 1733.
bool placeIsReady(const std::filesystem::path& root);

// An account of this computer that a partner can be: a person's login (uid >= 1000, a
// real shell), from the password database.
struct Account
{
    uid_t uid = 0;
    std::string login;
    std::string fullName; // the GECOS name, possibly empty
};
std::vector<Account> personAccounts();
std::optional<Account> findAccount(std::string_view login);
std::optional<Account> accountOf(uid_t uid);

// The shared vault of two accounts in `root`: couple-<creator uid>-<partner uid>.
std::filesystem::path vaultPathFor(const std::filesystem::path& root, uid_t creator, uid_t partner);

// The vault in `root` shared with `uid` (made by it or for it), if any: the app and the
// command line open it when no --vault and no private vault are given.
std::optional<std::filesystem::path> discover(const std::filesystem::path& root, uid_t uid);

// Why `uid` could never reach `dir` (a sentence naming the folder that stops it), or
// nothing when every folder above `dir` lets that account through.
std::optional<std::string> whyUnreachable(const std::filesystem::path& dir, uid_t uid);

// Whether `dir` is a shared vault folder (it carries a default ACL), and with whom.
bool isShared(const std::filesystem::path& dir);
std::vector<uid_t> sharedWith(const std::filesystem::path& dir);

// Gives `partner` read and write to `dir` and every file in it, now and later (the folder's
// default ACL names both accounts; the mask comes from each create mode's group bits, 0660).
// Only the folder's owner (or root) may do this.
Status shareFolder(const std::filesystem::path& dir, uid_t owner, uid_t partner);
// The folder and its files back to their owner alone: ACLs removed, 0700 / 0600.
Status unshareFolder(const std::filesystem::path& dir);

// Gives `dir` and its files the ACLs `model` has (a restore over a shared vault keeps it
// shared). Nothing when `model` is not shared.
// Whether this login may replace the folder `dir` as a whole (a restore moves it aside and
// renames a new one into its place): in a sticky folder such as the shared place only the
// folder's owner may (or the sticky folder's owner, or root). OwnerOnly otherwise, before
// anything is written.
Status canReplaceFolder(const std::filesystem::path& dir);

Status copySharing(const std::filesystem::path& model, const std::filesystem::path& dir);

// Moves the whole vault to `destination` (which must not exist), shared with `partner` or
// private: `vault` is held exclusively first (VaultInUse while any other process has it
// open), the files are copied into a fresh folder beside `destination` that already has
// its final permissions, fsynced, renamed into place, and only then is the old folder
// removed. `vault` is closed by the move. Whoever runs it owns the new folder.
enum class Sharing
{
    Private,
    WithPartner,
};
Status moveVault(Vault vault, const std::filesystem::path& destination, Sharing sharing,
                 std::optional<uid_t> partner = std::nullopt);

} // namespace twofold::shared
