// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "vault/detail/SharedAcl.h"

#include <cerrno>
#include <string>

namespace twofold::detail {

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

} // namespace twofold::detail
