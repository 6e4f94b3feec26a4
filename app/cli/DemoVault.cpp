// demo: a vault with two partners and their journals, for trying Twofold out.
#include "cli/DemoVault.h"

#include "cli/Commands.h"
#include "cli/ExitCodes.h"
#include "vault/Vault.h"

#include <algorithm>
#include <filesystem>
#include <ostream>
#include <system_error>

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

Status writeEntries(Journal& journal, std::span<const DemoEntry> entries, std::int64_t nowMs)
{
    for (const DemoEntry& entry : entries) {
        const auto [created, updated] = demoTimes(entry, nowMs);
        const auto id = journal.createAt(demoFields(entry), created, updated);
        if (!id) {
            return std::unexpected(id.error());
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
        // Never delete a vault someone has open. A damaged one may still be replaced.
        if (auto open = Vault::open(dir, io.vaultOptions);
            !open && open.error().code == ErrorCode::VaultInUse) {
            return reportError(io.err, open.error());
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
    std::optional<Session> first; // the sponsor for the second partner's enrollment
    std::size_t entryCounts[2] = {};
    std::size_t index = 0;
    for (const DemoPartner& partner : demoPartners()) {
        const SecretBuffer password = SecretBuffer::fromString(partner.password);
        auto enrollment = vault->enroll(NewPartner{std::string(partner.name), std::string(partner.colour)},
                                        password, first ? &*first : nullptr);
        if (!enrollment) {
            return reportError(io.err, enrollment.error());
        }
        if (const Status written = writeEntries(enrollment->session.journal(), partner.entries, nowMs);
            !written) {
            return reportError(io.err, written.error());
        }
        entryCounts[index++] = partner.entries.size();
        if (!first) {
            first = std::move(enrollment->session);
        }
        // The demo's recovery codes are dropped (wiped) here: the passwords are public anyway.
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
    io.out << "This is a demo: the passwords are public, so keep nothing real in it.\n"
           << "Try: twofold --vault " << dir.string() << " --partner " << demoPartners().front().name
           << " list\n";
    return toInt(ExitCode::Ok);
}

} // namespace twofold::cli
