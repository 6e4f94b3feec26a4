// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// leave: "Leave this couple" (docs/ARCHITECTURE.md, "Leaving the couple"). Asks for the
// partner's password, optionally writes their export first, then deletes their journal,
// their keyring row and everything of theirs in couple.db (Session::leaveCouple).
#include "cli/Commands.h"
#include "cli/ExitCodes.h"
#include "couple/CoupleSpace.h"
#include "crypto/SecretBuffer.h"
#include "export/Export.h"
#include "prompts/ShippedPromptPacks.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <filesystem>
#include <optional>
#include <ostream>

namespace twofold::cli {

namespace {

constexpr std::string_view kAfterLeaving =
    "Your journal, your keys and everything of yours in the shared couple file are deleted\n"
    "from this vault. Your partner's journal is untouched; they see only that the couple\n"
    "space is closed. Copies made before (backups, exports, copies of the vault folder)\n"
    "are not reached by this: delete those you no longer want.\n";

// The JSON export (docs/EXPORT_FORMAT.md; `twofold import --format twofold-json` reads it
// back), written 0600 and atomically before anything is deleted.
int writeExport(const Invocation& invocation, Session& session, const std::filesystem::path& out)
{
    CliIo& io = invocation.io;
    CoupleSpaceOptions options;
    options.clock = io.vaultOptions.clock;
    auto space = CoupleSpace::open(session, shippedPromptPacks(), options);
    if (!space) {
        return reportError(io.err, space.error());
    }
    ExportFilter filter;
    filter.partnerAnswers = PartnerAnswers::Leave;
    auto data = collectExport(session, &*space, filter);
    if (!data) {
        return reportError(io.err, data.error());
    }
    auto summary = writeJsonExport(*data, out);
    if (!summary) {
        return reportError(io.err, summary.error());
    }
    io.out << "Exported " << summary->entries << (summary->entries == 1 ? " entry" : " entries") << " and "
           << summary->answers << (summary->answers == 1 ? " answer" : " answers") << " to " << out.string()
           << " (readable only by you; not encrypted).\n";
    return toInt(ExitCode::Ok);
}

} // namespace

int runLeave(const Invocation& invocation)
{
    CliIo& io = invocation.io;
    const CommandLine& line = invocation.line;
    const auto exportTo = line.value("export");
    const bool withoutExport = line.has("without-export");
    if (exportTo && withoutExport) {
        return reportUsage(io.err, "--export and --without-export say opposite things; use one.");
    }
    if (!exportTo && !withoutExport) {
        return reportUsage(io.err, "leaving deletes your journal. Export it first with --export FILE, or say "
                                   "--without-export to leave without one. Nothing was changed.");
    }
    std::optional<std::filesystem::path> target;
    if (exportTo) {
        if (exportTo->empty()) {
            return reportUsage(io.err, "--export needs a file name.");
        }
        target = std::filesystem::path(*exportTo);
        const auto parent = target->has_parent_path() ? target->parent_path() : std::filesystem::path(".");
        if (!std::filesystem::is_directory(parent)) {
            return reportUsage(io.err, "the folder " + parent.string() + " does not exist; create it first.");
        }
    }
    if (!line.partner || line.partner->empty()) {
        return reportUsage(io.err, "say who is leaving with --partner NAME.");
    }
    auto vault = Vault::open(invocation.vaultDir, io.vaultOptions);
    if (!vault) {
        return reportOpenError(io.err, vault.error());
    }
    auto partner = vault->findPartner(*line.partner);
    if (!partner) {
        return reportError(io.err, partner.error());
    }
    // Whatever changes who can get in asks for the password (DESIGN.md §6); without one,
    // nothing is changed and messageFor says why.
    auto password =
        io.passwords.read("Password for " + partner->name + " (to leave the couple): ", line.passwordFd);
    if (!password) {
        io.err << "twofold: " << messageFor(password.error()) << " Nothing was changed.\n";
        return toInt(exitCodeFor(password.error()));
    }
    auto session = vault->unlock(partner->id, *password);
    if (!session) {
        password->wipe();
        if (session.error().code == ErrorCode::PartnerLeft) {
            // A leave that was interrupted has just finished.
            io.out << "You had started to leave this couple; that has now finished.\n" << kAfterLeaving;
            return toInt(ExitCode::Ok);
        }
        return reportOpenError(io.err, session.error());
    }
    if (target) {
        if (const int code = writeExport(invocation, *session, *target); code != toInt(ExitCode::Ok)) {
            password->wipe();
            io.err << "twofold: the export was not written, so you have not left; nothing was deleted.\n";
            return code;
        }
    }
    const Status left = session->leaveCouple(*password);
    password->wipe();
    if (!left) {
        if (left.error().code == ErrorCode::WrongPassword) {
            return reportError(io.err, left.error());
        }
        io.err << "twofold: leaving has started but did not finish; it finishes the next time you unlock "
                  "(twofold --partner "
               << partner->id << " leave --without-export).\n";
        return reportError(io.err, left.error());
    }
    io.out << "You have left the couple space.\n" << kAfterLeaving;
    return toInt(ExitCode::Ok);
}

} // namespace twofold::cli
