// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "backup/AutoBackup.h"

#include "common/AtomicFile.h"
#include "common/IsoTime.h"
#include "common/Propagate.h"
#include "couple/CoupleSpace.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <sys/stat.h>
#include <system_error>

namespace twofold {

namespace {

constexpr std::string_view kEnabledKey = "backup.auto.enabled";
constexpr std::string_view kFolderKey = "backup.auto.folder";
constexpr std::string_view kKeepKey = "backup.auto.keep";

constexpr std::string_view kPrefix = "twofold-";
constexpr std::string_view kExtension = ".twofold-backup";
constexpr int kMaxSequence = 999;

std::optional<int> parseDigits(std::string_view text)
{
    if (text.empty() || text.size() > 9) {
        return std::nullopt;
    }
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

Error ioError(const std::error_code& ec, std::string what)
{
    const ErrorCode code =
        (ec.value() == ENOSPC || ec.value() == EDQUOT) ? ErrorCode::DiskFull : ErrorCode::IoError;
    return Error{code, "auto backup: " + std::move(what) + ": " + ec.message()};
}

bool newerFirst(const AutoBackupFile& a, const AutoBackupFile& b)
{
    if (a.createdMs != b.createdMs) {
        return a.createdMs > b.createdMs;
    }
    return a.sequence > b.sequence;
}

} // namespace

Status validateAutoBackupSettings(const AutoBackupSettings& settings, const std::filesystem::path& vaultDir)
{
    if (settings.keep < kAutoBackupMinKeep || settings.keep > kAutoBackupMaxKeep) {
        return fail(ErrorCode::InvalidArgument, "keep must be 1..100");
    }
    if (settings.enabled && (settings.folder.empty() || !settings.folder.is_absolute())) {
        return fail(ErrorCode::InvalidArgument, "automatic backups need an absolute folder");
    }
    // Only when on: a folder stored by an older Twofold can still be turned off.
    if (settings.enabled && isInsideVault(settings.folder, vaultDir)) {
        return fail(ErrorCode::InsideVault, "the backup folder is inside the vault folder");
    }
    return {};
}

Result<AutoBackupSettings> loadAutoBackupSettings(CoupleSpace& space)
{
    AutoBackupSettings settings;
    auto enabled = space.coupleSetting(kEnabledKey);
    if (!enabled) {
        return propagate(enabled);
    }
    auto folder = space.coupleSetting(kFolderKey);
    if (!folder) {
        return propagate(folder);
    }
    auto keep = space.coupleSetting(kKeepKey);
    if (!keep) {
        return propagate(keep);
    }
    settings.enabled = *enabled && **enabled == "1";
    if (*folder) {
        std::filesystem::path path(**folder);
        if (path.is_absolute()) {
            settings.folder = std::move(path);
        }
    }
    if (*keep) {
        const auto value = parseDigits(**keep);
        if (value && *value >= kAutoBackupMinKeep && *value <= kAutoBackupMaxKeep) {
            settings.keep = *value;
        }
    }
    if (settings.enabled && settings.folder.empty()) {
        settings.enabled = false; // nowhere to write: off, rather than failing every review
    }
    return settings;
}

Status saveAutoBackupSettings(CoupleSpace& space, const AutoBackupSettings& settings)
{
    if (auto st = validateAutoBackupSettings(settings, space.vaultDirectory()); !st) {
        return st;
    }
    // One transaction: a failure part way never leaves backups on with an old folder.
    const std::string folder = settings.folder.string();
    const std::string keep = std::to_string(settings.keep);
    const std::pair<std::string_view, std::string_view> values[] = {
        {kFolderKey, folder},
        {kKeepKey, keep},
        {kEnabledKey, settings.enabled ? "1" : "0"},
    };
    return space.setCoupleSettings(values);
}

std::string autoBackupFileName(std::int64_t utcMs, int sequence)
{
    const CivilTime c = utcMsToCivil(utcMs);
    char buffer[64];
    if (sequence <= 1) {
        std::snprintf(buffer, sizeof buffer, "twofold-%04d-%02d-%02d-%02d%02d%02d.twofold-backup", c.year,
                      c.month, c.day, c.hour, c.minute, c.second);
    } else {
        std::snprintf(buffer, sizeof buffer, "twofold-%04d-%02d-%02d-%02d%02d%02d-%d.twofold-backup", c.year,
                      c.month, c.day, c.hour, c.minute, c.second, sequence);
    }
    return buffer;
}

std::optional<AutoBackupFile> parseAutoBackupFileName(std::string_view name)
{
    if (!name.starts_with(kPrefix) || !name.ends_with(kExtension)) {
        return std::nullopt;
    }
    std::string_view rest = name.substr(kPrefix.size(), name.size() - kPrefix.size() - kExtension.size());
    // YYYY-MM-DD-HHMMSS[-N]
    constexpr std::size_t kStampSize = 17;
    if (rest.size() < kStampSize || rest[4] != '-' || rest[7] != '-' || rest[10] != '-') {
        return std::nullopt;
    }
    const auto year = parseDigits(rest.substr(0, 4));
    const auto month = parseDigits(rest.substr(5, 2));
    const auto day = parseDigits(rest.substr(8, 2));
    const auto hour = parseDigits(rest.substr(11, 2));
    const auto minute = parseDigits(rest.substr(13, 2));
    const auto second = parseDigits(rest.substr(15, 2));
    if (!year || !month || !day || !hour || !minute || !second) {
        return std::nullopt;
    }
    int sequence = 1;
    if (rest.size() > kStampSize) {
        const std::string_view suffix = rest.substr(kStampSize);
        if (suffix.size() < 2 || suffix.size() > 4 || suffix[0] != '-' || suffix[1] == '0') {
            return std::nullopt;
        }
        const auto n = parseDigits(suffix.substr(1));
        if (!n || *n < 2) {
            return std::nullopt;
        }
        sequence = *n;
    }
    CivilTime civil{*year, *month, *day, *hour, *minute, *second, 0};
    if (*month < 1 || *month > 12 || *day < 1 || *day > 31 || *hour > 23 || *minute > 59 || *second > 59) {
        return std::nullopt;
    }
    const std::int64_t ms = civilToUtcMs(civil);
    const CivilTime back = utcMsToCivil(ms);
    if (back.year != civil.year || back.month != civil.month || back.day != civil.day) {
        return std::nullopt; // 2026-02-30 and the like
    }
    return AutoBackupFile{std::filesystem::path(name), ms, sequence};
}

std::vector<AutoBackupFile> listAutoBackups(const std::filesystem::path& folder)
{
    std::vector<AutoBackupFile> out;
    std::error_code ec;
    std::filesystem::directory_iterator it(folder, ec);
    if (ec) {
        return out;
    }
    for (; it != std::filesystem::directory_iterator(); it.increment(ec)) {
        if (ec) {
            break;
        }
        const auto status = it->symlink_status(ec);
        if (ec || !std::filesystem::is_regular_file(status)) {
            continue; // never follow a link, never count a folder
        }
        auto parsed = parseAutoBackupFileName(it->path().filename().string());
        if (!parsed) {
            continue;
        }
        parsed->path = it->path();
        out.push_back(std::move(*parsed));
    }
    std::ranges::sort(out, newerFirst);
    return out;
}

Result<AutoBackupResult> runAutoBackup(const std::filesystem::path& vaultDir,
                                       const std::filesystem::path& folder, int keep, const Clock& clock)
{
    if (keep < kAutoBackupMinKeep || keep > kAutoBackupMaxKeep) {
        return fail(ErrorCode::InvalidArgument, "keep must be 1..100");
    }
    if (folder.empty()) {
        return fail(ErrorCode::InvalidArgument, "no backup folder");
    }
    if (isInsideVault(folder, vaultDir)) {
        return fail(ErrorCode::InsideVault, "the backup folder is inside the vault folder");
    }
    std::error_code ec;
    const bool existed = std::filesystem::exists(folder, ec);
    if (!existed) {
        if (folder.has_parent_path()) {
            std::filesystem::create_directories(folder.parent_path(), ec);
            if (ec) {
                return std::unexpected(ioError(ec, "cannot create the backup folder"));
            }
        }
        // 0700 from the start: never a moment when other accounts could list it.
        if (::mkdir(folder.c_str(), 0700) != 0 && errno != EEXIST) {
            return std::unexpected(ioErrorFromErrno(errno, "create the backup folder"));
        }
        std::filesystem::permissions(folder, std::filesystem::perms::owner_all,
                                     std::filesystem::perm_options::replace, ec);
        if (ec) {
            return std::unexpected(ioError(ec, "cannot restrict the backup folder"));
        }
    } else if (!std::filesystem::is_directory(folder, ec)) {
        return fail(ErrorCode::IoError, "auto backup: the backup folder is not a folder");
    }

    const std::int64_t now = clock.nowMs();
    std::filesystem::path target;
    for (int sequence = 1; sequence <= kMaxSequence; ++sequence) {
        const auto candidate = folder / autoBackupFileName(now, sequence);
        if (!std::filesystem::exists(std::filesystem::symlink_status(candidate, ec))) {
            target = candidate;
            break;
        }
    }
    if (target.empty()) {
        return fail(ErrorCode::IoError, "auto backup: too many backups in the same second");
    }

    auto manifest = createBackup(vaultDir, target, clock);
    if (!manifest) {
        return propagate(manifest);
    }

    AutoBackupResult result{target, std::move(*manifest), {}};
    int kept = 1; // the new one
    for (const AutoBackupFile& file : listAutoBackups(folder)) {
        if (file.path.filename() == target.filename()) {
            continue;
        }
        // Only this vault's backups count and are pruned: a folder shared by two
        // installations holds another vault's too. A file whose manifest cannot be read
        // is not known to be ours, so it is never deleted.
        auto other = readBackupManifest(file.path);
        if (!other || other->vaultId != result.manifest.vaultId) {
            continue;
        }
        if (kept < keep) {
            ++kept;
            continue;
        }
        if (std::filesystem::remove(file.path, ec) && !ec) {
            result.removed.push_back(file.path);
        }
        // A file we could not delete stays; the backup itself succeeded.
    }
    return result;
}

} // namespace twofold
