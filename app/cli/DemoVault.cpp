// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// demo: a vault with two partners and their journals, for trying Twofold out.
#include "cli/DemoVault.h"

#include "cli/Commands.h"
#include "cli/ExitCodes.h"
#include "common/FileLock.h"
#include "couple/CoupleSpace.h"
#include "prompts/ShippedPromptPacks.h"
#include "vault/Vault.h"

#include <algorithm>
#include <filesystem>
#include <ostream>
#include <system_error>
#include <vector>

namespace twofold::cli {

namespace {

constexpr std::int64_t kMinuteMs = 60'000;
constexpr std::int64_t kDayMs = 24 * 60 * kMinuteMs;

enum class FolderState
{
    Absent,   // nothing there, or an empty folder
    Vault,    // holds a keyring.db
    Occupied, // holds something else: never ours to delete
};

FolderState folderState(const std::filesystem::path& dir)
{
    std::error_code ec;
    if (!std::filesystem::exists(dir, ec)) {
        return FolderState::Absent;
    }
    if (std::filesystem::exists(dir / "keyring.db", ec)) {
        return FolderState::Vault;
    }
    if (std::filesystem::is_directory(dir, ec) && std::filesystem::is_empty(dir, ec)) {
        return FolderState::Absent;
    }
    return FolderState::Occupied;
}

std::vector<std::string> splitTags(std::string_view tags)
{
    std::vector<std::string> split;
    while (!tags.empty()) {
        const std::size_t comma = std::min(tags.find(','), tags.size());
        if (comma > 0) {
            split.emplace_back(tags.substr(0, comma));
        }
        tags.remove_prefix(std::min(comma + 1, tags.size()));
    }
    return split;
}

// The new entries' ids, in the order of `entries`.
Result<std::vector<EntryId>> writeEntries(Journal& journal, std::span<const DemoEntry> entries,
                                          std::int64_t nowMs)
{
    std::vector<EntryId> ids;
    for (const DemoEntry& entry : entries) {
        const auto [created, updated] = demoTimes(entry, nowMs);
        const auto id = journal.createAt(demoFields(entry), created, updated);
        if (!id) {
            return std::unexpected(id.error());
        }
        ids.push_back(*id);
    }
    return ids;
}

// demoAnswers() and demoOffers(), written in together mode (both partners unlocked in
// this process), so every grant the reveal rule allows is written for both at once.
Status writeCoupleSpace(std::span<Session, 2> sessions, std::span<const std::vector<EntryId>, 2> entryIds,
                        const Clock& clock)
{
    CoupleSpaceOptions options;
    options.clock = &clock;
    std::vector<CoupleSpace> spaces;
    spaces.reserve(sessions.size());
    for (Session& session : sessions) {
        auto space = CoupleSpace::open(session, shippedPromptPacks(), options);
        if (!space) {
            return std::unexpected(space.error());
        }
        spaces.push_back(std::move(*space));
    }
    if (Status together = spaces[0].beginTogether(spaces[1]); !together) {
        return together;
    }
    for (const DemoAnswer& answer : demoAnswers()) {
        const std::pair<std::string_view, Reveal> sides[] = {{answer.alex, answer.alexReveal},
                                                             {answer.sam, answer.samReveal}};
        for (std::size_t partner = 0; partner < 2; ++partner) {
            if (sides[partner].first.empty()) {
                continue;
            }
            if (auto id =
                    spaces[partner].answer(answer.promptId, sides[partner].first, sides[partner].second);
                !id) {
                return std::unexpected(id.error());
            }
        }
    }
    for (const DemoOffer& offer : demoOffers()) {
        const auto entries = demoPartners()[offer.fromPartner].entries;
        const auto entry = std::ranges::find(entries, offer.entryTitle, &DemoEntry::title);
        if (entry == entries.end()) {
            return fail(ErrorCode::Internal, "demo offer names no demo entry");
        }
        const EntryId id = entryIds[offer.fromPartner][static_cast<std::size_t>(entry - entries.begin())];
        if (auto offered = spaces[offer.fromPartner].offerEntry(id); !offered) {
            return std::unexpected(offered.error());
        }
    }
    return {};
}

} // namespace

EntryFields demoFields(const DemoEntry& entry)
{
    EntryFields fields;
    fields.title = std::string(entry.title);
    fields.body = std::string(entry.body);
    if (entry.mood != 0) {
        fields.mood = entry.mood;
    }
    fields.kinds = entry.kinds;
    fields.tags = splitTags(entry.tags);
    return fields;
}

std::pair<std::int64_t, std::int64_t> demoTimes(const DemoEntry& entry, std::int64_t nowMs)
{
    const std::int64_t startOfToday = nowMs - (((nowMs % kDayMs) + kDayMs) % kDayMs);
    std::int64_t created =
        startOfToday - entry.daysAgo * kDayMs + (entry.hour * 60 + entry.minute) * kMinuteMs;
    created = std::min(created, nowMs - kMinuteMs);
    const std::int64_t updated = std::min(created + entry.editedAfterMinutes * kMinuteMs, nowMs);
    return {created, updated};
}

int runDemo(const Invocation& invocation)
{
    CliIo& io = invocation.io;
    const std::filesystem::path& dir = invocation.vaultDir;
    if (demoPartners().size() != 2) { // resources/demo/demo.json did not read (a test reads it)
        return reportError(io.err, Error{ErrorCode::Internal, "the demo vault's content does not read"});
    }

    switch (folderState(dir)) {
    case FolderState::Absent:
        break;
    case FolderState::Occupied:
        return reportUsage(io.err, "that folder is not empty and is not a Twofold vault; choose another "
                                   "folder with --vault DIR.");
    case FolderState::Vault: {
        if (!invocation.line.has("force")) {
            return reportUsage(io.err, "there is already a vault in that folder; add --force to replace it "
                                       "with a demo (this deletes it).");
        }
        // Never delete a vault someone has open (in either login: every open Vault holds the
        // folder lock shared). A damaged one may still be replaced.
        auto held = FolderLock::take(dir, FolderLock::Kind::Exclusive);
        if (!held && held.error().code == ErrorCode::VaultInUse) {
            return reportError(io.err, held.error());
        }
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
        if (ec) {
            return reportError(io.err, Error{ErrorCode::IoError, {}});
        }
        break;
    }
    }

    auto vault = Vault::create(dir, io.vaultOptions);
    if (!vault) {
        return reportError(io.err, vault.error());
    }
    const std::int64_t nowMs = io.vaultOptions.clock->nowMs();
    std::vector<Session> sessions; // Alex's is the sponsor for Sam's enrollment
    std::vector<EntryId> entryIds[2];
    std::size_t entryCounts[2] = {};
    std::size_t index = 0;
    for (const DemoPartner& partner : demoPartners()) {
        const SecretBuffer password = SecretBuffer::fromString(partner.password);
        auto enrollment = vault->enroll(NewPartner{std::string(partner.name), std::string(partner.colour)},
                                        password, sessions.empty() ? nullptr : &sessions.front());
        if (!enrollment) {
            return reportError(io.err, enrollment.error());
        }
        auto written = writeEntries(enrollment->session.journal(), partner.entries, nowMs);
        if (!written) {
            return reportError(io.err, written.error());
        }
        entryIds[index] = std::move(*written);
        entryCounts[index++] = partner.entries.size();
        sessions.push_back(std::move(enrollment->session));
        // The demo's recovery codes are dropped (wiped) here: the passwords are public anyway.
    }
    if (const Status shared =
            writeCoupleSpace(std::span<Session, 2>(sessions.data(), 2), entryIds, *io.vaultOptions.clock);
        !shared) {
        return reportError(io.err, shared.error());
    }

    io.out << "Made a demo vault in " << dir.string() << " with two partners:\n";
    std::size_t nameWidth = 0;
    std::size_t passwordWidth = 0;
    for (const DemoPartner& partner : demoPartners()) {
        nameWidth = std::max(nameWidth, partner.name.size());
        passwordWidth = std::max(passwordWidth, partner.password.size());
    }
    index = 0;
    for (const DemoPartner& partner : demoPartners()) {
        std::string name(partner.name);
        std::string password(partner.password);
        name.resize(nameWidth, ' ');
        password.resize(passwordWidth, ' ');
        io.out << "  " << name << "  password " << password << "  (" << entryCounts[index++] << " entries)\n";
    }
    io.out << "They have answered a few shared prompts (one in each state of the reveal) and each\n"
              "offered the other an entry.\n"
           << "This is a demo: the passwords are public, so keep nothing real in it.\n"
           << "Try: twofold --vault " << dir.string() << " --partner " << demoPartners().front().name
           << " list\n"
           << "     twofold --vault " << dir.string() << " --partner " << demoPartners().back().name
           << " prompts\n";
    return toInt(ExitCode::Ok);
}

} // namespace twofold::cli
