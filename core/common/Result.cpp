// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "common/Result.h"

namespace twofold {

std::string_view errorCodeName(ErrorCode code)
{
    // One line per code, as a table.
    // clang-format off
    switch (code) {
    case ErrorCode::InvalidArgument: return "InvalidArgument";
    case ErrorCode::WrongPassword: return "WrongPassword";
    case ErrorCode::UnknownPartner: return "UnknownPartner";
    case ErrorCode::PartnerLimit: return "PartnerLimit";
    case ErrorCode::NotUnlocked: return "NotUnlocked";
    case ErrorCode::DamagedKeyring: return "DamagedKeyring";
    case ErrorCode::DamagedDatabase: return "DamagedDatabase";
    case ErrorCode::WrongKey: return "WrongKey";
    case ErrorCode::NotEncrypted: return "NotEncrypted";
    case ErrorCode::WeakKdfParameters: return "WeakKdfParameters";
    case ErrorCode::DiskFull: return "DiskFull";
    case ErrorCode::IoError: return "IoError";
    case ErrorCode::VaultInUse: return "VaultInUse";
    case ErrorCode::VaultNotFound: return "VaultNotFound";
    case ErrorCode::VaultExists: return "VaultExists";
    case ErrorCode::UnsupportedFormat: return "UnsupportedFormat";
    case ErrorCode::NotFound: return "NotFound";
    case ErrorCode::InsideVault: return "InsideVault";
    case ErrorCode::PartnerLeft: return "PartnerLeft";
    case ErrorCode::PasswordRequired: return "PasswordRequired";
    case ErrorCode::PermissionDenied: return "PermissionDenied";
    case ErrorCode::OwnerOnly: return "OwnerOnly";
    case ErrorCode::Internal: return "Internal";
    }
    // clang-format on
    return "Unknown";
}

} // namespace twofold
