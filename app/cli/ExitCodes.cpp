// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "cli/ExitCodes.h"

#include "common/ErrorKind.h"

#include <ostream>

namespace twofold::cli {

ExitCode exitCodeFor(ErrorCode code)
{
    switch (errorKindOf(code)) {
    case ErrorKind::Usage:
        return ExitCode::Usage;
    case ErrorKind::NotAllowed:
        return ExitCode::Unauthorized;
    case ErrorKind::DamagedData:
        return ExitCode::DamagedData;
    case ErrorKind::Io:
        return ExitCode::IoFailure;
    }
    return ExitCode::IoFailure;
}

std::string_view messageFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return "Twofold cannot save that: a value is not valid (see 'twofold --help').";
    case ErrorCode::WrongPassword:
        return "That password is not right. Nothing was opened.";
    case ErrorCode::UnknownPartner:
        return "There is no partner by that name in this vault.";
    case ErrorCode::PartnerLimit:
        return "This vault already has two partners.";
    case ErrorCode::NotUnlocked:
        return "The journal is locked; unlock it first.";
    case ErrorCode::DamagedKeyring:
        return "The vault's keyring (keyring.db) is damaged or was changed outside Twofold; "
               "restore the vault from a backup.";
    case ErrorCode::DamagedDatabase:
        return "A journal file in this vault is damaged; restore the vault from a backup.";
    case ErrorCode::WrongKey:
        return "A journal file in this vault does not belong to this partner or was replaced; "
               "restore the vault from a backup.";
    case ErrorCode::NotEncrypted:
        return "A journal file in this vault is not encrypted, so Twofold refuses to open it; "
               "restore the vault from a backup.";
    case ErrorCode::WeakKdfParameters:
        return "The keyring asks for weaker password protection than Twofold allows; it may have "
               "been tampered with.";
    case ErrorCode::DiskFull:
        return "The disk is full, so nothing was saved. Free some space and try again.";
    case ErrorCode::IoError:
        return "Twofold could not read or write the vault's files; check that the folder exists and that "
               "you may write to it.";
    case ErrorCode::VaultInUse:
        return "This vault is open in another Twofold window. Close it there first.";
    case ErrorCode::VaultNotFound:
        return "There is no Twofold vault in that folder (use --vault DIR, or 'twofold demo' to make one).";
    case ErrorCode::VaultExists:
        return "There is already a vault in that folder.";
    case ErrorCode::UnsupportedFormat:
        return "This vault was made by a newer Twofold; update Twofold to open it.";
    case ErrorCode::NotFound:
        return "There is no entry with that id in your journal.";
    case ErrorCode::PartnerLeft:
        return "You had started to leave this couple; that has now finished: your journal and your keys are "
               "deleted from this vault.";
    case ErrorCode::InsideVault:
        return "A backup cannot be kept inside the vault folder: a restore replaces that folder and would "
               "delete it. Choose a place outside the vault folder; nothing was changed.";
    case ErrorCode::PasswordRequired:
        return "This replaces a partner's journal, so it needs that partner's current password or recovery "
               "code; nothing was changed.";
    case ErrorCode::PermissionDenied:
        return "This vault belongs to other accounts on this computer: your account is not allowed to open "
               "it, and nothing was changed.";
    case ErrorCode::OwnerOnly:
        return "This shared vault was made from your partner's login, and only that login can restore over "
               "it "
               "(the shared place lets each login replace only its own folders). Restore from their login, "
               "where "
               "you can still type your own password; nothing was changed.";
    case ErrorCode::Internal:
        return "Something unexpected went wrong inside Twofold; nothing was changed. Please report it.";
    }
    return "Something unexpected went wrong inside Twofold.";
}

int reportError(std::ostream& err, const Error& error)
{
    // Error::detail is for logs and bug reports; the command line shows the sentence only.
    err << "twofold: " << messageFor(error.code) << '\n';
    return toInt(exitCodeFor(error.code));
}

int reportOpenError(std::ostream& err, const Error& error)
{
    if (error.code == ErrorCode::DiskFull) {
        err << "twofold: Twofold could not open the vault because the disk is full; nothing was changed. "
               "Free some space and try again.\n";
        return toInt(exitCodeFor(error.code));
    }
    return reportError(err, error);
}

int reportUsage(std::ostream& err, std::string_view message)
{
    err << "twofold: " << message << '\n';
    return toInt(ExitCode::Usage);
}

} // namespace twofold::cli
