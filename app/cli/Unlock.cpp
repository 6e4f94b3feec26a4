#include "cli/Unlock.h"

#include "cli/ExitCodes.h"
#include "cli/Format.h"

#include <algorithm>
#include <ostream>
#include <string>

namespace twofold::cli {

namespace {

void reportFailedAttempts(std::ostream& err, const std::vector<std::int64_t>& attempts)
{
    if (attempts.empty()) {
        return;
    }
    std::int64_t last = attempts.front();
    for (const std::int64_t attempt : attempts) {
        last = std::max(last, attempt);
    }
    if (attempts.size() == 1) {
        err << "1 failed unlock attempt since your last visit, at " << localDateTime(last) << ".\n";
    } else {
        err << attempts.size() << " failed unlock attempts since your last visit; the last at "
            << localDateTime(last) << ".\n";
    }
}

} // namespace

std::expected<UnlockedPartner, int> unlockPartner(const Invocation& invocation, std::string_view promptVerb)
{
    CliIo& io = invocation.io;
    if (!invocation.line.partner || invocation.line.partner->empty()) {
        return std::unexpected(reportUsage(io.err, "say whose journal this is with --partner NAME."));
    }
    auto vault = Vault::open(invocation.vaultDir, io.vaultOptions);
    if (!vault) {
        return std::unexpected(reportError(io.err, vault.error()));
    }
    auto partner = vault->findPartner(*invocation.line.partner);
    if (!partner) {
        return std::unexpected(reportError(io.err, partner.error()));
    }
    const std::string prompt = std::string(promptVerb) + " for " + partner->name + ": ";
    auto password = io.passwords.read(prompt, invocation.line.passwordFd);
    if (!password) {
        io.err << "twofold: " << messageFor(password.error()) << '\n';
        return std::unexpected(toInt(exitCodeFor(password.error())));
    }
    auto session = vault->unlock(partner->id, *password);
    password->wipe();
    if (!session) {
        return std::unexpected(reportError(io.err, session.error()));
    }
    reportFailedAttempts(io.err, session->failedAttemptsSinceLastUnlock());
    return UnlockedPartner{std::move(*vault), std::move(*session)};
}

} // namespace twofold::cli
