// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"

#include <string_view>
#include <sys/acl.h>

// What the shared-vault files (SharedVault.cpp, SharedFolder.cpp, MoveVault.cpp) share: an
// errno as an Error, and an acl_t owned. Private to core.
namespace twofold::detail {

Error errnoError(int err, std::string_view what);

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

} // namespace twofold::detail
