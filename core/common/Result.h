// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <expected>
#include <string>
#include <string_view>

namespace twofold {

// Every failure core can report. The UI and the command line turn each code into a
// human sentence; core never puts user text or secrets into Error::detail.
enum class ErrorCode
{
    InvalidArgument,   // a caller passed something malformed (empty name, mood 7, ...)
    WrongPassword,     // password or recovery code did not unwrap the master key
    UnknownPartner,    // no partner with that id or name
    PartnerLimit,      // a vault holds at most two partners
    NotUnlocked,       // the operation needs a session that is unlocked
    DamagedKeyring,    // keyring.db is unreadable, malformed or fails authentication
    DamagedDatabase,   // an encrypted database is corrupt or fails integrity checks
    WrongKey,          // an encrypted database did not open with the key derived for it
    NotEncrypted,      // a file that must be encrypted is a plaintext database
    WeakKdfParameters, // stored Argon2id parameters are below the floor
    DiskFull,          // the disk (or quota) is full
    IoError,           // permissions, missing files, other I/O failures
    VaultInUse,        // another Twofold process has this vault open
    VaultNotFound,     // no vault at the given directory
    VaultExists,       // creating a vault where one already is
    UnsupportedFormat, // made by a newer Twofold
    NotFound,          // an entry or other item does not exist
    InsideVault,       // a backup (file or folder) inside the vault folder, which a restore replaces
    PartnerLeft,       // this partner left the couple: their journal and keys are gone
    PasswordRequired,  // replacing a partner's data without their current password or recovery code
    PermissionDenied,  // this OS account may not open the vault (a vault shared by two other accounts)
    OwnerOnly,         // only the login that made a shared vault's folder may replace it (a restore)
    Internal,          // a bug: a library call failed in a way we did not expect
};

struct Error
{
    ErrorCode code;
    std::string detail; // technical, for logs and bug reports; never user text, never secrets
};

template <typename T> using Result = std::expected<T, Error>;
using Status = Result<void>;

inline std::unexpected<Error> fail(ErrorCode code, std::string detail = {})
{
    return std::unexpected(Error{code, std::move(detail)});
}

// A stable, untranslated name for an error code ("WrongPassword"), for logs and tests.
std::string_view errorCodeName(ErrorCode code);

} // namespace twofold
