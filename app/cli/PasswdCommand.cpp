// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// passwd: re-wraps the partner's master key under a new password (nothing re-encrypted);
// with --rekey, re-keys everything under a new password (docs/ARCHITECTURE.md, "Re-keying");
// with --new-recovery-code, replaces their recovery code.
#include "cli/Commands.h"
#include "cli/ExitCodes.h"
#include "cli/Unlock.h"
#include "crypto/SecretBuffer.h"

#include <limits>
#include <ostream>
#include <string_view>

namespace twofold::cli {

namespace {

// A password change re-wraps the same master key (DESIGN.md §3): say what that leaves
// open. docs/SECURITY.md, "Changing a password"; --rekey is the full re-key.
constexpr std::string_view kOldPasswordStillOpensOldCopies =
    "This does not lock out your old password: your journal's key stays the same and is\n"
    "only wrapped again, so anyone who knew your old password and kept a copy of keyring.db\n"
    "can still open your journal with that copy and the old password, including everything\n"
    "you write after this change. To lock them out, use 'twofold passwd --rekey'.\n";

int reportPasswordError(std::ostream& err, PasswordError error)
{
    err << "twofold: " << messageFor(error) << '\n';
    return toInt(exitCodeFor(error));
}

// A new recovery code, shown once, with what to do with it.
void showRecoveryCode(CliIo& io, SecretBuffer& code, std::string_view passwordNote)
{
    io.out << "Your new recovery code (your old one no longer works):\n\n    ";
    io.out.write(code.view().data(), static_cast<std::streamsize>(code.view().size()));
    io.out << "\n\nIt is shown only this once. Write it on paper now and keep it somewhere your\n"
              "partner will not look. "
           << passwordNote << '\n';
    code.wipe();
    if (!io.outputIsTerminal) {
        // DESIGN.md §6: nothing secret is printed to a file silently.
        io.err << "twofold: the recovery code went to standard output, which is not a terminal; "
                  "keep whatever received it private, or delete it once you have written the code down.\n";
    }
}

// The current password has been checked (unlocked); the new code is shown once.
int makeNewRecoveryCode(const Invocation& invocation, UnlockedPartner& unlocked)
{
    CliIo& io = invocation.io;
    auto code = unlocked.session.resetRecoveryCode();
    if (!code) {
        return reportError(io.err, code.error());
    }
    showRecoveryCode(io, *code, "Your password is unchanged.");
    return toInt(ExitCode::Ok);
}
} // namespace

int runPasswd(const Invocation& invocation)
{
    CliIo& io = invocation.io;
    const bool newRecoveryCode = invocation.line.has("new-recovery-code");
    const bool rekey = invocation.line.has("rekey");
    if (rekey && newRecoveryCode) {
        return reportUsage(io.err, "--rekey already makes a new recovery code; use one or the other.");
    }
    std::optional<int> newPasswordFd;
    if (const auto text = invocation.line.value("new-password-fd")) {
        if (newRecoveryCode) {
            return reportUsage(io.err, "--new-recovery-code changes only the recovery code; "
                                       "change the password in a separate 'twofold passwd'.");
        }
        const auto number = parseNonNegative(*text);
        if (!number || *number > std::numeric_limits<int>::max()) {
            return reportUsage(io.err, "--new-password-fd needs a file descriptor number.");
        }
        newPasswordFd = static_cast<int>(*number);
    }

    // Whatever changes who can get in asks for the current password first (DESIGN.md §6).
    auto unlocked = unlockPartner(invocation, "Current password");
    if (!unlocked) {
        return unlocked.error();
    }
    if (newRecoveryCode) {
        return makeNewRecoveryCode(invocation, *unlocked);
    }

    auto newPassword = io.passwords.read("New password: ", newPasswordFd);
    if (!newPassword) {
        return reportPasswordError(io.err, newPassword.error());
    }
    if (newPassword->empty()) {
        return reportUsage(io.err, "the new password cannot be empty; nothing was changed.");
    }
    if (!newPasswordFd) {
        // Typed blind, so typed twice.
        auto repeated = io.passwords.read("New password again: ", std::nullopt);
        if (!repeated) {
            return reportPasswordError(io.err, repeated.error());
        }
        if (!newPassword->equals(*repeated)) {
            return reportUsage(io.err, "the two new passwords are not the same; nothing was changed.");
        }
    }

    if (rekey) {
        auto code = unlocked->session.rekey(*newPassword);
        newPassword->wipe();
        if (!code) {
            return reportError(io.err, code.error());
        }
        io.out << "Password changed, and everything of yours is now under new keys: your old\n"
                  "password and your old recovery code open nothing you have, even with an old\n"
                  "copy of keyring.db.\n\n";
        showRecoveryCode(io, *code, "Your new password is the one you just typed.");
        if (!unlocked->session.isUnlocked()) {
            io.err << "twofold: the change is saved, but not every step finished; it finishes the next\n"
                      "time you unlock (with your new password).\n";
        }
        return toInt(ExitCode::Ok);
    }
    const Status changed = unlocked->session.changePassword(*newPassword);
    newPassword->wipe();
    if (!changed) {
        return reportError(io.err, changed.error());
    }
    io.out << "Password changed. Your recovery code still works.\n" << kOldPasswordStillOpensOldCopies;
    return toInt(ExitCode::Ok);
}

} // namespace twofold::cli
