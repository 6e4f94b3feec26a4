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

std::string olderFilesSentence(const Freshness& freshness)
{
    std::string text;
    if (freshness.journalOlder) {
        text += "Your journal is older than the last time you used it: entries may be missing.";
    }
    if (freshness.coupleOlder) {
        text += text.empty() ? "" : " ";
        text += "The shared couple file is older than the last time you used it: shared answers or reviews "
                "may be missing.";
    }
    return text;
}

std::expected<UnlockedPartner, int> unlockPartner(const Invocation& invocation, std::string_view promptVerb,
                                                  OlderFiles older)
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
    if (session->freshness().anyOlder() && older == OlderFiles::Refuse) {
        // Someone may have put an older copy back (docs/ARCHITECTURE.md, "Freshness"): nothing
        // runs on it until this partner restores a backup or accepts the files as they are.
        io.err << "twofold: " << olderFilesSentence(session->freshness())
               << " Restore the vault from a backup (twofold restore FILE --force), or continue with these "
                  "files: twofold --partner "
               << partner->id << " verify --accept-older\n";
        return std::unexpected(toInt(ExitCode::DamagedData));
    }
    return UnlockedPartner{std::move(*vault), std::move(*session)};
}

} // namespace twofold::cli
