// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "common/FileModes.h"

#include <sys/xattr.h>

namespace twofold {

bool hasDefaultAcl(const std::filesystem::path& folder)
{
    // The kernel keeps a folder's default ACL in this extended attribute; reading its size
    // needs no library and no permission beyond reaching the folder.
    return ::getxattr(folder.c_str(), "system.posix_acl_default", nullptr, 0) > 0;
}

mode_t vaultFileMode(const std::filesystem::path& folder)
{
    const std::filesystem::path dir = folder.empty() ? std::filesystem::path(".") : folder;
    return hasDefaultAcl(dir) ? 0660 : 0600;
}

} // namespace twofold
