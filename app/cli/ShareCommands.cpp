// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Two accounts, one vault (docs/ARCHITECTURE.md, "Two accounts, one vault"; docs/CLI.md):
// setup-shared, create, enrol, share and unshare.
#include "cli/Commands.h"
#include "cli/ExitCodes.h"
#include "cli/Unlock.h"
#include "crypto/SecretBuffer.h"
#include "vault/SharedVault.h"
#include "vault/Vault.h"

#include <limits>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

namespace twofold::cli {

namespace {

int reportPasswordError(std::ostream& err, PasswordError error)
{
    err << "twofold: " << messageFor(error) << '\n';
    return toInt(exitCodeFor(error));
}

std::optional<int> fdOption(const Invocation& invocation, std::string_view name, bool& bad)
{
    bad = false;
    const auto text = invocation.line.value(name);
    if (!text) {
        return std::nullopt;
    }
    const auto number = parseNonNegative(*text);
    if (!number || *number > std::numeric_limits<int>::max()) {
        bad = true;
        return std::nullopt;
    }
    return static_cast<int>(*number);
}

// A new partner's password: from `fd`, or typed twice on the terminal.
std::expected<SecretBuffer, int> readNewPassword(CliIo& io, std::string_view name, std::optional<int> fd)
{
    const std::string prompt = "New password for " + std::string(name) + ": ";
    auto password = io.passwords.read(prompt, fd);
    if (!password) {
        return std::unexpected(reportPasswordError(io.err, password.error()));
    }
    if (password->empty()) {
        return std::unexpected(reportUsage(io.err, "the password cannot be empty; nothing was made."));
    }
    if (!fd) {
        auto repeated = io.passwords.read("The same password again: ", std::nullopt);
        if (!repeated) {
            return std::unexpected(reportPasswordError(io.err, repeated.error()));
        }
        if (!password->equals(*repeated)) {
            return std::unexpected(
                reportUsage(io.err, "the two passwords are not the same; nothing was made."));
        }
    }
    return std::move(*password);
}

void showRecoveryCode(CliIo& io, std::string_view name, SecretBuffer& code)
{
    io.out << "Recovery code for " << name << " (if the password is ever forgotten):\n\n    ";
    io.out.write(code.view().data(), static_cast<std::streamsize>(code.view().size()));
    io.out << "\n\nIt is shown only this once. Write it on paper now and keep it somewhere your\n"
              "partner will not look.\n";
    code.wipe();
    if (!io.outputIsTerminal) {
        io.err << "twofold: the recovery code went to standard output, which is not a terminal; "
                  "keep whatever received it private, or delete it once you have written the code down.\n";
    }
}

// Whatever changes who can reach the vault asks every enrolled partner's password first
// (DESIGN.md §6), read in the keyring's order from --password-fd (one line each) or the
// terminal. Nothing is kept unlocked.
int checkEveryPassword(const Invocation& invocation, Vault& vault)
{
    CliIo& io = invocation.io;
    auto partners = vault.partners();
    if (!partners) {
        return reportOpenError(io.err, partners.error());
    }
    for (const PartnerInfo& partner : *partners) {
        auto password = io.passwords.read("Password for " + partner.name + ": ", invocation.line.passwordFd);
        if (!password) {
            return reportPasswordError(io.err, password.error());
        }
        auto session = vault.unlock(partner.id, *password);
        password->wipe();
        if (!session) {
            return reportOpenError(io.err, session.error());
        }
        session->lock();
    }
    return toInt(ExitCode::Ok);
}

std::string accountLabel(const shared::Account& account)
{
    return account.fullName.empty() ? account.login : account.fullName + " (" + account.login + ")";
}

} // namespace

int runSetupShared(const Invocation& invocation)
{
    CliIo& io = invocation.io;
    const auto root = shared::placeRoot();
    if (::geteuid() != 0) {
        io.err << "twofold: setting up the shared place needs root, once: sudo twofold setup-shared\n";
        return toInt(ExitCode::IoFailure);
    }
    if (auto st = shared::setUpPlace(root); !st) {
        return reportError(io.err, st.error());
    }
    io.out << "The shared place " << root.string()
           << " is ready: partners with their own logins can now share a vault there.\n";
    return toInt(ExitCode::Ok);
}

int runCreate(const Invocation& invocation)
{
    CliIo& io = invocation.io;
    const auto name = invocation.line.value("name");
    if (!name || name->empty()) {
        return reportUsage(io.err, "give the first partner's name with --name NAME.");
    }
    auto vault = Vault::create(invocation.vaultDir, io.vaultOptions);
    if (!vault) {
        return reportError(io.err, vault.error());
    }
    auto password = readNewPassword(io, *name, invocation.line.passwordFd);
    if (!password) {
        return password.error();
    }
    NewPartner partner{*name};
    if (const auto colour = invocation.line.value("colour")) {
        partner.colour = *colour;
    }
    auto enrolled = vault->enroll(partner, *password);
    password->wipe();
    if (!enrolled) {
        return reportError(io.err, enrolled.error());
    }
    io.out << "Made a vault in " << invocation.vaultDir.string() << " with " << *name << "'s journal.\n";
    showRecoveryCode(io, *name, enrolled->recoveryCode);
    return toInt(ExitCode::Ok);
}

int runEnrol(const Invocation& invocation)
{
    CliIo& io = invocation.io;
    const auto name = invocation.line.value("name");
    if (!name || name->empty()) {
        return reportUsage(io.err, "give the new partner's name with --name NAME.");
    }
    bool bad = false;
    const auto newPasswordFd = fdOption(invocation, "new-password-fd", bad);
    if (bad) {
        return reportUsage(io.err, "--new-password-fd needs a file descriptor number.");
    }
    // The couple key comes from the first partner's session (DESIGN.md §3): they unlock.
    auto sponsor = unlockPartner(invocation);
    if (!sponsor) {
        return sponsor.error();
    }
    auto password = readNewPassword(io, *name, newPasswordFd);
    if (!password) {
        return password.error();
    }
    NewPartner partner{*name};
    if (const auto colour = invocation.line.value("colour")) {
        partner.colour = *colour;
    }
    auto enrolled = sponsor->vault.enroll(partner, *password, &sponsor->session);
    password->wipe();
    if (!enrolled) {
        return reportError(io.err, enrolled.error());
    }
    io.out << *name << " now has a journal in this vault.\n";
    showRecoveryCode(io, *name, enrolled->recoveryCode);
    return toInt(ExitCode::Ok);
}

int runShare(const Invocation& invocation)
{
    CliIo& io = invocation.io;
    const auto account = shared::findAccount(invocation.line.arguments.front());
    if (!account) {
        return reportUsage(io.err, "there is no account by that name on this computer.");
    }
    if (account->uid == ::geteuid()) {
        return reportUsage(io.err, "that is your own account; name your partner's login.");
    }
    const bool move = invocation.line.has("move");
    const auto root = shared::placeRoot();
    const bool inSharedPlace = invocation.vaultDir.parent_path() == root;
    std::optional<std::string> unreachable;
    if (!move && !inSharedPlace) {
        unreachable = shared::whyUnreachable(invocation.vaultDir, account->uid);
        if (unreachable) {
            io.err << "twofold: " << *unreachable << ", so that account could never open this vault. Use "
                   << "'share --move " << account->login << "' to move it to the shared place, "
                   << root.string() << ".\n";
            return toInt(ExitCode::Usage);
        }
    }
    if (move && !shared::placeIsReady(root)) {
        io.err << "twofold: the shared place " << root.string()
               << " is not set up; run 'sudo twofold setup-shared' once.\n";
        return toInt(ExitCode::IoFailure);
    }
    auto vault = Vault::open(invocation.vaultDir, io.vaultOptions);
    if (!vault) {
        return reportOpenError(io.err, vault.error());
    }
    if (const int code = checkEveryPassword(invocation, *vault); code != toInt(ExitCode::Ok)) {
        return code;
    }
    if (move) {
        const auto destination = shared::vaultPathFor(root, ::geteuid(), account->uid);
        if (auto st =
                shared::moveVault(std::move(*vault), destination, shared::Sharing::WithPartner, account->uid);
            !st) {
            return reportError(io.err, st.error());
        }
        io.out << "Moved the vault to " << destination.string() << " and shared it with "
               << accountLabel(*account)
               << ". When they start Twofold in their own account it opens this vault.\n";
        return toInt(ExitCode::Ok);
    }
    if (auto st = shared::shareFolder(invocation.vaultDir, ::geteuid(), account->uid); !st) {
        return reportError(io.err, st.error());
    }
    io.out << "Shared the vault in " << invocation.vaultDir.string() << " with " << accountLabel(*account)
           << ": both accounts can read and write it, no other account can.\n";
    if (!inSharedPlace || invocation.vaultDir != shared::vaultPathFor(root, ::geteuid(), account->uid)) {
        io.out << "Outside " << root.string() << "/couple-… Twofold does not find it by itself: open it with "
               << "--vault " << invocation.vaultDir.string() << ".\n";
    }
    return toInt(ExitCode::Ok);
}

int runUnshare(const Invocation& invocation)
{
    CliIo& io = invocation.io;
    const auto to = invocation.line.value("to");
    if (!to || to->empty()) {
        return reportUsage(io.err, "say where your private vault goes with --to DIR.");
    }
    auto vault = Vault::open(invocation.vaultDir, io.vaultOptions);
    if (!vault) {
        return reportOpenError(io.err, vault.error());
    }
    if (const int code = checkEveryPassword(invocation, *vault); code != toInt(ExitCode::Ok)) {
        return code;
    }
    if (auto st = shared::moveVault(std::move(*vault), *to, shared::Sharing::Private); !st) {
        return reportError(io.err, st.error());
    }
    io.out << "Moved the vault to " << *to << ", for this account alone.\n";
    return toInt(ExitCode::Ok);
}

} // namespace twofold::cli
