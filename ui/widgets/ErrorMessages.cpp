// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/widgets/ErrorMessages.h"

#include <QCoreApplication>
#include <QDebug>
#include <QStringList>

namespace twofold::ui {

namespace {

// The translation context for every sentence below (lupdate sees ErrorText::tr).
struct ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorMessages)
};

} // namespace

UserMessage describe(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return {ErrorText::tr("Something you entered could not be used."),
                ErrorText::tr("Check the fields and try again.")};
    case ErrorCode::WrongPassword:
        return {ErrorText::tr("That password did not open this journal."),
                ErrorText::tr("Check Caps Lock and try again, or use your recovery code.")};
    case ErrorCode::UnknownPartner:
        return {ErrorText::tr("This journal is no longer in the vault."),
                ErrorText::tr("Close Twofold and open it again.")};
    case ErrorCode::PartnerLimit:
        return {ErrorText::tr("A Twofold vault is made for two people, and both places are taken."),
                QString()};
    case ErrorCode::NotUnlocked:
        return {ErrorText::tr("This journal is locked."), ErrorText::tr("Unlock it and try again.")};
    case ErrorCode::DamagedKeyring:
        return {ErrorText::tr("The vault's key file (keyring.db) is damaged or was changed outside Twofold."),
                ErrorText::tr(
                    "Restore the vault folder from a backup. Your journals cannot be opened without it.")};
    case ErrorCode::DamagedDatabase:
        return {ErrorText::tr("A journal file in the vault is damaged."),
                ErrorText::tr("Restore the vault folder from a backup. Nothing was changed.")};
    case ErrorCode::WrongKey:
        return {ErrorText::tr("A journal file in the vault does not belong to this key."),
                ErrorText::tr("It may have been replaced. Restore the vault folder from a backup.")};
    case ErrorCode::NotEncrypted:
        return {ErrorText::tr("A journal file in the vault is not encrypted, so Twofold will not use it."),
                ErrorText::tr("Someone may have replaced it. Restore the vault folder from a backup.")};
    case ErrorCode::WeakKdfParameters:
        return {
            ErrorText::tr("The vault's key file asks for weaker password protection than Twofold allows."),
            ErrorText::tr("It may have been tampered with. Restore the vault folder from a backup.")};
    case ErrorCode::DiskFull:
        return {ErrorText::tr("The disk is full, so Twofold could not save."),
                ErrorText::tr("Free some space; your text is still here and you can save again.")};
    case ErrorCode::IoError:
        return {ErrorText::tr("Twofold could not read or write the vault folder."),
                ErrorText::tr("Check that the disk is connected and that the folder belongs to you.")};
    case ErrorCode::VaultInUse:
        return {
            ErrorText::tr("Twofold is already open with this vault, in another window or by another person "
                          "on this computer."),
            ErrorText::tr("Switch to that window, or close it and try again.")};
    case ErrorCode::VaultNotFound:
        return {ErrorText::tr("There is no Twofold vault in this folder."),
                ErrorText::tr("Start Twofold again to create one.")};
    case ErrorCode::VaultExists:
        return {ErrorText::tr("A Twofold vault already exists in this folder."),
                ErrorText::tr("Start Twofold again to unlock it.")};
    case ErrorCode::UnsupportedFormat:
        return {ErrorText::tr("This vault was made by a newer version of Twofold."),
                ErrorText::tr("Update Twofold to open it. Nothing was changed.")};
    case ErrorCode::NotFound:
        return {ErrorText::tr("That item no longer exists."),
                ErrorText::tr("It may have been deleted a moment ago.")};
    case ErrorCode::InsideVault:
        return {ErrorText::tr("A backup cannot be kept inside the vault folder: restoring replaces that "
                              "folder, and the backup would be deleted with it."),
                ErrorText::tr("Choose a place outside the vault folder, such as Documents or a USB drive.")};
    case ErrorCode::PartnerLeft:
        return {ErrorText::tr("You had started to leave this couple space; that has now finished."),
                ErrorText::tr("Your journal and your keys are deleted from this computer.")};
    case ErrorCode::PasswordRequired:
        return {
            ErrorText::tr("This replaces a partner's journal, so it needs that partner's current password "
                          "or recovery code."),
            ErrorText::tr("Each partner whose journal it replaces types their own. Nothing was changed.")};
    case ErrorCode::PermissionDenied:
        return {ErrorText::tr("This journal belongs to other accounts on this computer, and your account is "
                              "not allowed to open it."),
                ErrorText::tr("Log in to your own account on this computer to open your journal.")};
    case ErrorCode::OwnerOnly:
        return {
            ErrorText::tr("This shared vault was made from your partner's login, and only that login can "
                          "restore over it."),
            ErrorText::tr("Restore from your partner's login on this computer: you can still type your own "
                          "password there. Nothing was changed.")};
    case ErrorCode::Internal:
        break;
    }
    return {
        ErrorText::tr("Something unexpected went wrong inside Twofold."),
        ErrorText::tr("Your saved entries are safe. Please try again, and report it if it keeps happening.")};
}

UserMessage describe(const Error& error)
{
    // The detail is technical and free of secrets (core's contract); log it for bug reports.
    qWarning().noquote() << "twofold:" << QString::fromUtf8(errorCodeName(error.code))
                         << QString::fromStdString(error.detail);
    return describe(error.code);
}

QString describeOlderFiles(const Freshness& freshness)
{
    QStringList what;
    if (freshness.journalOlder) {
        what << ErrorText::tr(
            "Your journal is older than the last time you used it: entries may be missing.");
    }
    if (freshness.coupleOlder) {
        what << ErrorText::tr(
            "The shared couple file is older than the last time you used it: shared answers "
            "or reviews may be missing.");
    }
    return what.join(QLatin1Char(' '));
}

} // namespace twofold::ui
