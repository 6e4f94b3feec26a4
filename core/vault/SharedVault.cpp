// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "vault/SharedVault.h"

#include "common/FileModes.h"
#include "vault/detail/SharedAcl.h"

#include <acl/libacl.h>
#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <string_view>
#include <sys/acl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

// The shared place, its accounts, and finding a shared vault in it.
namespace twofold::shared {

using detail::Acl;
using detail::errnoError;

namespace {

constexpr mode_t kPlaceMode = S_ISVTX | S_IRWXU | S_IWGRP | S_IXGRP | S_IWOTH | S_IXOTH; // 1733
constexpr uid_t kFirstPersonUid = 1000;
constexpr uid_t kNobodyUid = 65534;

// The execute bit that applies to `uid` (with its groups) on `st` / `path`: owner, a named
// ACL entry (limited by the mask), the group class, or everyone else.
bool mayEnter(const std::filesystem::path& path, const struct stat& st, uid_t uid,
              const std::vector<gid_t>& groups)
{
    if (uid == 0) {
        return true;
    }
    if (st.st_uid == uid) {
        return (st.st_mode & S_IXUSR) != 0;
    }
    const Acl acl(acl_get_file(path.c_str(), ACL_TYPE_ACCESS));
    bool named = false;
    bool namedExec = false;
    bool maskExec = true;
    if (acl) {
        acl_entry_t entry = nullptr;
        for (int which = ACL_FIRST_ENTRY; acl_get_entry(acl.get(), which, &entry) == 1;
             which = ACL_NEXT_ENTRY) {
            acl_tag_t tag = ACL_UNDEFINED_TAG;
            acl_get_tag_type(entry, &tag);
            acl_permset_t permset = nullptr;
            acl_get_permset(entry, &permset);
            const bool exec = acl_get_perm(permset, ACL_EXECUTE) == 1;
            if (tag == ACL_MASK) {
                maskExec = exec;
            } else if (tag == ACL_USER) {
                auto* qualifier = static_cast<uid_t*>(acl_get_qualifier(entry));
                if (qualifier != nullptr && *qualifier == uid) {
                    named = true;
                    namedExec = exec;
                }
                acl_free(qualifier);
            }
        }
    }
    if (named) {
        return namedExec && maskExec;
    }
    if (std::find(groups.begin(), groups.end(), st.st_gid) != groups.end()) {
        return (st.st_mode & S_IXGRP) != 0;
    }
    return (st.st_mode & S_IXOTH) != 0;
}

std::vector<gid_t> groupsOf(const Account& account)
{
    const struct passwd* pw = ::getpwuid(account.uid);
    if (pw == nullptr) {
        return {};
    }
    int count = 64;
    std::vector<gid_t> groups(static_cast<std::size_t>(count));
    if (::getgrouplist(pw->pw_name, pw->pw_gid, groups.data(), &count) < 0) {
        groups.resize(static_cast<std::size_t>(count));
        ::getgrouplist(pw->pw_name, pw->pw_gid, groups.data(), &count);
    }
    groups.resize(static_cast<std::size_t>(std::max(count, 0)));
    return groups;
}

Account accountFrom(const struct passwd& pw)
{
    std::string gecos = pw.pw_gecos != nullptr ? pw.pw_gecos : "";
    if (const auto comma = gecos.find(','); comma != std::string::npos) {
        gecos.resize(comma);
    }
    return Account{pw.pw_uid, pw.pw_name, gecos};
}

bool isPerson(const struct passwd& pw)
{
    if (pw.pw_uid < kFirstPersonUid || pw.pw_uid == kNobodyUid) {
        return false;
    }
    const std::string_view shell = pw.pw_shell != nullptr ? pw.pw_shell : "";
    return !shell.empty() && !shell.ends_with("nologin") && !shell.ends_with("/false");
}

} // namespace

std::filesystem::path placeRoot()
{
    if (const char* env = std::getenv("TWOFOLD_SHARED_PLACE"); env != nullptr && *env == '/') {
        return env;
    }
    return "/var/lib/twofold";
}

bool placeIsReady(const std::filesystem::path& root)
{
    struct stat st = {};
    return ::lstat(root.c_str(), &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == 0 &&
           (st.st_mode & 07777) == kPlaceMode;
}

Status setUpPlace(const std::filesystem::path& root)
{
    if (::geteuid() != 0) {
        return fail(ErrorCode::PermissionDenied, "setting up the shared place needs root");
    }
    std::error_code ec;
    std::filesystem::create_directories(root.parent_path(), ec);
    if (::mkdir(root.c_str(), 0700) != 0 && errno != EEXIST) {
        return std::unexpected(errnoError(errno, "make the shared place"));
    }
    struct stat st = {};
    if (::lstat(root.c_str(), &st) != 0) {
        return std::unexpected(errnoError(errno, "read the shared place"));
    }
    if (!S_ISDIR(st.st_mode)) {
        return fail(ErrorCode::InvalidArgument, "the shared place is not a folder");
    }
    // Owned by root, 1733: anyone may make a folder, nobody may list or remove another's.
    if (::lchown(root.c_str(), 0, 0) != 0 || ::chmod(root.c_str(), kPlaceMode) != 0) {
        return std::unexpected(errnoError(errno, "set up the shared place"));
    }
    (void)acl_delete_def_file(root.c_str());
    return {};
}

std::vector<Account> personAccounts()
{
    std::vector<Account> accounts;
    ::setpwent();
    while (const struct passwd* pw = ::getpwent()) {
        if (isPerson(*pw)) {
            accounts.push_back(accountFrom(*pw));
        }
    }
    ::endpwent();
    std::sort(accounts.begin(), accounts.end(),
              [](const Account& a, const Account& b) { return a.uid < b.uid; });
    accounts.erase(std::unique(accounts.begin(), accounts.end(),
                               [](const Account& a, const Account& b) { return a.uid == b.uid; }),
                   accounts.end());
    return accounts;
}

std::optional<Account> findAccount(std::string_view login)
{
    const std::string name(login);
    if (const struct passwd* pw = ::getpwnam(name.c_str())) {
        return accountFrom(*pw);
    }
    return std::nullopt;
}

std::optional<Account> accountOf(uid_t uid)
{
    if (const struct passwd* pw = ::getpwuid(uid)) {
        return accountFrom(*pw);
    }
    return std::nullopt;
}

std::filesystem::path vaultPathFor(const std::filesystem::path& root, uid_t creator, uid_t partner)
{
    return root / ("couple-" + std::to_string(creator) + "-" + std::to_string(partner));
}

std::optional<std::filesystem::path> discover(const std::filesystem::path& root, uid_t uid)
{
    // The shared place cannot be listed (1733), so the two names this account's vault can
    // have are tried, for each person on this computer.
    for (const Account& other : personAccounts()) {
        if (other.uid == uid) {
            continue;
        }
        for (const auto& [creator, candidate] : {std::pair{uid, vaultPathFor(root, uid, other.uid)},
                                                 std::pair{other.uid, vaultPathFor(root, other.uid, uid)}}) {
            // Only a folder its name's creator owns: a third account could make one under
            // that name (the place is writable by all) and share it with us.
            struct stat st = {};
            if (::lstat(candidate.c_str(), &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == creator &&
                ::access((candidate / "keyring.db").c_str(), R_OK | W_OK) == 0) {
                return candidate;
            }
        }
    }
    return std::nullopt;
}

std::optional<std::string> whyUnreachable(const std::filesystem::path& dir, uid_t uid)
{
    const auto account = accountOf(uid);
    if (!account) {
        return "there is no account with that id on this computer";
    }
    const std::vector<gid_t> groups = groupsOf(*account);
    std::error_code ec;
    const std::filesystem::path absolute =
        std::filesystem::weakly_canonical(std::filesystem::absolute(dir, ec), ec);
    std::vector<std::filesystem::path> above;
    for (std::filesystem::path p = absolute.parent_path(); !p.empty(); p = p.parent_path()) {
        above.insert(above.begin(), p);
        if (p == p.parent_path()) {
            break;
        }
    }
    for (const auto& folder : above) {
        struct stat st = {};
        if (::stat(folder.c_str(), &st) != 0) {
            return "the folder " + folder.string() + " cannot be checked";
        }
        if (!mayEnter(folder, st, uid, groups)) {
            return "the account " + account->login + " cannot enter " + folder.string() +
                   ", which is closed to other accounts";
        }
    }
    return std::nullopt;
}

} // namespace twofold::shared
