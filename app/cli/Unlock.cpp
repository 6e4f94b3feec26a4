// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "cli/Unlock.h"

#include "cli/ExitCodes.h"
#include "cli/Format.h"
#include "vault/FailedUnlocks.h"

#include <algorithm>
#include <ostream>
#include <string>

namespace twofold::cli {

namespace {

// One line on stderr. The record lives in plain keyring.db, so what it says is bounded
// (FailedUnlocks.h) and the line says how far it can be trusted.
void reportFailedAttempts(std::ostream& err, const std::vector<std::int64_t>& attempts, std::int64_t nowMs)
{
    if (attempts.empty()) {
        return;
    }
    const FailedUnlockSummary summary = summarizeFailedUnlocks(attempts, nowMs);
    if (summary.count == 1) {
        err << "1 failed unlock attempt since your last visit, at " << localDateTime(*summary.lastMs) << ".";
    } else if (summary.any()) {
        err << (summary.moreThanShown ? "More than " : "") << summary.count
            << " failed unlock attempts since your last visit; the last at " << localDateTime(*summary.lastMs)
            << ".";
    } else {
        err << "keyring.db held failed unlock records with impossible times; they were ignored.";
    }
    if (summary.any() && summary.implausible > 0) {
        err << " Records with impossible times were ignored.";
    }
    err << " This record is kept in keyring.db, which anyone with access to the vault's files can erase or "
           "change, and guesses against a copy of the files are never recorded.\n";
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
        return std::unexpected(reportOpenError(io.err, vault.error()));
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
        return std::unexpected(reportOpenError(io.err, session.error()));
    }
    reportFailedAttempts(io.err, session->failedAttemptsSinceLastUnlock(), io.vaultOptions.clock->nowMs());
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
