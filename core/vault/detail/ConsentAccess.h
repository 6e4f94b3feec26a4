// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "vault/PartnerConsent.h"

namespace twofold::detail {

// What core (the restore in core/backup) reads from a PartnerConsent. Private to core.
struct ConsentAccess
{
    static const Bytes& vaultId(const PartnerConsent& consent) noexcept { return consent.m_vaultId; }
    static const Bytes& rowMac(const PartnerConsent& consent) noexcept { return consent.m_rowMac; }
    static const SecretBuffer& master(const PartnerConsent& consent) noexcept { return consent.m_master; }
    static const std::filesystem::path& stateFile(const PartnerConsent& consent) noexcept
    {
        return consent.m_stateFile;
    }
};

} // namespace twofold::detail
