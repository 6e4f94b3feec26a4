// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "vault/SharedVault.h"

#include "common/FileModes.h"

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

namespace twofold::shared {

namespace {

constexpr mode_t kPlaceMode = S_ISVTX | S_IRWXU | S_IWGRP | S_IXGRP | S_IWOTH | S_IXOTH; // 1733
constexpr uid_t kFirstPersonUid = 1000;
constexpr uid_t kNobodyUid = 65534;

Error errnoError(int err, std::string_view what)
{
    if (err == EACCES || err == EPERM) {
        return Error{ErrorCode::PermissionDenied, "not allowed to " + std::string(what)};
    }
    if (err == ENOSPC || err == EDQUOT) {
        return Error{ErrorCode::DiskFull, "no space to " + std::string(what)};
    }
    return Error{ErrorCode::IoError, "cannot " + std::string(what)};
}

// An acl_t freed on every path.
class Acl
{
public:
    explicit Acl(acl_t acl) noexcept : m_acl(acl) {}
    Acl(const Acl&) = delete;
    Acl& operator=(const Acl&) = delete;
    ~Acl()
    {
        if (m_acl != nullptr) {
            acl_free(m_acl);
        }
    }
    acl_t get() const noexcept { return m_acl; }
    explicit operator bool() const noexcept { return m_acl != nullptr; }

private:
    acl_t m_acl;
};

Status setAcl(const std::filesystem::path& path, acl_type_t type, const std::string& text)
{
    const Acl acl(acl_from_text(text.c_str()));
    if (!acl || acl_valid(acl.get()) != 0) {
        return fail(ErrorCode::Internal, "an access list Twofold made is not valid");
    }
    if (acl_set_file(path.c_str(), type, acl.get()) != 0) {
        return std::unexpected(errnoError(errno, "set a vault file's access list"));
    }
    return {};
}

// rwx for folders, rw for files; the owner, both accounts by name, nobody else.
std::string aclText(uid_t owner, uid_t partner, std::string_view perms)
{
    const std::string p(perms);
    return "u::" + p + ",u:" + std::to_string(owner) + ":" + p + ",u:" + std::to_string(partner) + ":" + p +
           ",g::---,m::" + p + ",o::---";
}

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

Status syncFolder(const std::filesystem::path& dir)
{
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return std::unexpected(errnoError(errno, "open a folder"));
    }
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0) {
        return std::unexpected(errnoError(err, "sync a folder"));
    }
    return {};
}

// Copies one file into `to` (created with the folder's vault file mode) and fsyncs it.
Status copyFile(const std::filesystem::path& from, const std::filesystem::path& to)
{
    const int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0) {
        return std::unexpected(errnoError(errno, "read a vault file"));
    }
    const mode_t mode = vaultFileMode(to.parent_path());
    const int out = ::open(to.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (out < 0) {
        const int err = errno;
        ::close(in);
        return std::unexpected(errnoError(err, "write a vault file"));
    }
    Status st;
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(in, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            st = std::unexpected(errnoError(errno, "read a vault file"));
            break;
        }
        if (n == 0) {
            break;
        }
        ssize_t done = 0;
        while (done < n) {
            const ssize_t w = ::write(out, buffer + done, static_cast<std::size_t>(n - done));
            if (w < 0) {
                if (errno == EINTR) {
                    continue;
                }
                st = std::unexpected(errnoError(errno, "write a vault file"));
                break;
            }
            done += w;
        }
        if (!st) {
            break;
        }
    }
    if (st && (::fchmod(out, mode) != 0 || ::fsync(out) != 0)) {
        st = std::unexpected(errnoError(errno, "write a vault file"));
    }
    ::close(in);
    ::close(out);
    return st;
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

bool isShared(const std::filesystem::path& dir)
{
    return hasDefaultAcl(dir);
}

std::vector<uid_t> sharedWith(const std::filesystem::path& dir)
{
    std::vector<uid_t> uids;
    const Acl acl(acl_get_file(dir.c_str(), ACL_TYPE_DEFAULT));
    if (!acl) {
        return uids;
    }
    acl_entry_t entry = nullptr;
    for (int which = ACL_FIRST_ENTRY; acl_get_entry(acl.get(), which, &entry) == 1; which = ACL_NEXT_ENTRY) {
        acl_tag_t tag = ACL_UNDEFINED_TAG;
        acl_get_tag_type(entry, &tag);
        if (tag != ACL_USER) {
            continue;
        }
        auto* qualifier = static_cast<uid_t*>(acl_get_qualifier(entry));
        if (qualifier != nullptr && std::find(uids.begin(), uids.end(), *qualifier) == uids.end()) {
            uids.push_back(*qualifier);
        }
        acl_free(qualifier);
    }
    return uids;
}

Status shareFolder(const std::filesystem::path& dir, uid_t owner, uid_t partner)
{
    if (owner == partner) {
        return fail(ErrorCode::InvalidArgument, "a vault is shared with the other partner's account");
    }
    struct stat st = {};
    if (::stat(dir.c_str(), &st) != 0) {
        return std::unexpected(errnoError(errno, "read the vault folder"));
    }
    if (::geteuid() != 0 && st.st_uid != ::geteuid()) {
        return fail(ErrorCode::PermissionDenied, "only the account that made the folder may share it");
    }
    // Every file made here from now on: both accounts, read and write, whatever the umask
    // (a default ACL makes the kernel ignore it; the mask is the create mode's group bits).
    if (auto s = setAcl(dir, ACL_TYPE_DEFAULT, aclText(owner, partner, "rwx")); !s) {
        return s;
    }
    if (auto s = setAcl(dir, ACL_TYPE_ACCESS, aclText(owner, partner, "rwx")); !s) {
        return s;
    }
    std::error_code ec;
    for (const auto& file : std::filesystem::directory_iterator(dir, ec)) {
        struct stat fst = {};
        if (::lstat(file.path().c_str(), &fst) != 0 || !S_ISREG(fst.st_mode)) {
            continue;
        }
        if (fst.st_uid != ::geteuid() && ::geteuid() != 0) {
            continue; // the partner's own file: made under this default ACL already
        }
        if (auto s = setAcl(file.path(), ACL_TYPE_ACCESS, aclText(owner, partner, "rw-")); !s) {
            return s;
        }
    }
    if (ec) {
        return fail(ErrorCode::IoError, "cannot list the vault folder");
    }
    return {};
}

Status unshareFolder(const std::filesystem::path& dir)
{
    if (acl_delete_def_file(dir.c_str()) != 0 && errno != ENOTSUP) {
        return std::unexpected(errnoError(errno, "remove the folder's access list"));
    }
    if (auto s = setAcl(dir, ACL_TYPE_ACCESS, "u::rwx,g::---,o::---"); !s) {
        return s;
    }
    std::error_code ec;
    for (const auto& file : std::filesystem::directory_iterator(dir, ec)) {
        struct stat fst = {};
        if (::lstat(file.path().c_str(), &fst) == 0 && S_ISREG(fst.st_mode)) {
            if (auto s = setAcl(file.path(), ACL_TYPE_ACCESS, "u::rw-,g::---,o::---"); !s) {
                return s;
            }
        }
    }
    return {};
}

Status canReplaceFolder(const std::filesystem::path& dir)
{
    const std::filesystem::path parent =
        dir.parent_path().empty() ? std::filesystem::path(".") : dir.parent_path();
    struct stat parentStat = {};
    struct stat dirStat = {};
    if (::stat(parent.c_str(), &parentStat) != 0 || ::lstat(dir.c_str(), &dirStat) != 0) {
        return {}; // nothing to refuse yet: the rename itself reports what is wrong
    }
    const uid_t me = ::geteuid();
    if ((parentStat.st_mode & S_ISVTX) == 0 || me == 0 || me == parentStat.st_uid || me == dirStat.st_uid) {
        return {};
    }
    return fail(ErrorCode::OwnerOnly, "only the folder's owner may replace it in a sticky folder");
}

Status copySharing(const std::filesystem::path& model, const std::filesystem::path& dir)
{
    if (!isShared(model)) {
        return {};
    }
    const uid_t me = ::geteuid();
    for (const uid_t uid : sharedWith(model)) {
        if (uid != me) {
            return shareFolder(dir, me, uid);
        }
    }
    return {};
}

Status moveVault(Vault vault, const std::filesystem::path& destination, Sharing sharing,
                 std::optional<uid_t> partner)
{
    if (sharing == Sharing::WithPartner && !partner) {
        return fail(ErrorCode::InvalidArgument, "sharing needs the partner's account");
    }
    std::error_code ec;
    if (std::filesystem::exists(std::filesystem::symlink_status(destination, ec))) {
        return fail(ErrorCode::VaultExists, "something is already at the destination");
    }
    if (auto st = vault.holdExclusively(); !st) {
        return st;
    }
    const std::filesystem::path source = vault.directory();
    const std::filesystem::path parent = destination.parent_path();
    if (sharing == Sharing::Private && !std::filesystem::exists(parent, ec)) {
        std::filesystem::create_directories(parent, ec);
        if (ec) {
            return fail(ErrorCode::IoError, "cannot make the folder above the vault");
        }
    }
    std::string pattern = (parent / ("." + destination.filename().string() + ".moving-XXXXXX")).string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        return std::unexpected(errnoError(errno, "make a folder for the moved vault"));
    }
    const std::filesystem::path temp(pattern);
    auto abandon = [&](Status st) {
        std::error_code ignored;
        std::filesystem::remove_all(temp, ignored);
        return st;
    };
    if (sharing == Sharing::WithPartner) {
        if (auto st = shareFolder(temp, ::geteuid(), *partner); !st) {
            return abandon(st);
        }
    }
    // Nobody else has the vault open (held exclusively): its files, with their -wal, are a
    // consistent whole. Lock files and -shm (rebuilt by SQLite) stay behind.
    for (const auto& file : std::filesystem::directory_iterator(source, ec)) {
        const std::string name = file.path().filename().string();
        struct stat fst = {};
        if (::lstat(file.path().c_str(), &fst) != 0 || !S_ISREG(fst.st_mode) || name.ends_with(".lock") ||
            name.ends_with("-shm") || name.starts_with(".")) {
            continue;
        }
        if (auto st = copyFile(file.path(), temp / name); !st) {
            return abandon(st);
        }
    }
    if (ec) {
        return abandon(fail(ErrorCode::IoError, "cannot list the vault folder"));
    }
    if (auto st = syncFolder(temp); !st) {
        return abandon(st);
    }
    if (::rename(temp.c_str(), destination.c_str()) != 0) {
        return abandon(std::unexpected(errnoError(errno, "move the vault into place")));
    }
    (void)syncFolder(parent);
    // The copy is in place: the old folder goes while we still hold it exclusively (a folder
    // in the shared place that another account made stays behind, empty: only its maker may
    // remove it there).
    for (const auto& file : std::filesystem::directory_iterator(source, ec)) {
        std::error_code ignored;
        std::filesystem::remove_all(file.path(), ignored);
    }
    {
        [[maybe_unused]] Vault closed = std::move(vault);
    }
    ::rmdir(source.c_str());
    return {};
}

} // namespace twofold::shared
