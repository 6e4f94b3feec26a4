// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "common/FileModes.h"
#include "vault/SharedVault.h"
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

// Sharing a vault folder with a second account: its ACLs.
namespace twofold::shared {

using detail::Acl;
using detail::errnoError;

namespace {

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

} // namespace

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

} // namespace twofold::shared
