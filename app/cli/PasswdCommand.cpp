// passwd: re-wraps the partner's master key under a new password (nothing re-encrypted).
#include "cli/Commands.h"
#include "cli/ExitCodes.h"
#include "cli/Unlock.h"

#include <limits>
#include <ostream>

namespace twofold::cli {

namespace {

int reportPasswordError(std::ostream& err, PasswordError error)
{
    err << "twofold: " << messageFor(error) << '\n';
    return toInt(exitCodeFor(error));
}

} // namespace

int runPasswd(const Invocation& invocation)
{
    CliIo& io = invocation.io;
    std::optional<int> newPasswordFd;
    if (const auto text = invocation.line.value("new-password-fd")) {
        const auto number = parseNonNegative(*text);
        if (!number || *number > std::numeric_limits<int>::max()) {
            return reportUsage(io.err, "--new-password-fd needs a file descriptor number.");
        }
        newPasswordFd = static_cast<int>(*number);
    }

    auto unlocked = unlockPartner(invocation, "Current password");
    if (!unlocked) {
        return unlocked.error();
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

    const Status changed = unlocked->session.changePassword(*newPassword);
    newPassword->wipe();
    if (!changed) {
        return reportError(io.err, changed.error());
    }
    io.out << "Password changed. Your recovery code still works.\n";
    return toInt(ExitCode::Ok);
}

} // namespace twofold::cli
