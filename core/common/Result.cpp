// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "common/Result.h"

#include "common/ErrorKind.h"

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

ErrorKind errorKindOf(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
    case ErrorCode::PartnerLimit:
    case ErrorCode::VaultExists:
    case ErrorCode::NotFound:
    case ErrorCode::InsideVault:
        return ErrorKind::Usage;
    case ErrorCode::WrongPassword:
    case ErrorCode::UnknownPartner:
    case ErrorCode::NotUnlocked:
    case ErrorCode::PartnerLeft:
    case ErrorCode::PasswordRequired:
        return ErrorKind::NotAllowed;
    case ErrorCode::DamagedKeyring:
    case ErrorCode::DamagedDatabase:
    case ErrorCode::WrongKey:
    case ErrorCode::NotEncrypted:
    case ErrorCode::UnsupportedFormat:
    case ErrorCode::WeakKdfParameters:
        return ErrorKind::DamagedData;
    case ErrorCode::DiskFull:
    case ErrorCode::IoError:
    case ErrorCode::VaultInUse:
    case ErrorCode::VaultNotFound:
    case ErrorCode::PermissionDenied:
    case ErrorCode::OwnerOnly:
    case ErrorCode::Internal:
        return ErrorKind::Io;
    }
    return ErrorKind::Io;
}

} // namespace twofold
