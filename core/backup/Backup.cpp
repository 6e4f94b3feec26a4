// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "backup/Backup.h"

#include "backup/detail/ConsistentCopy.h"
#include "common/AtomicFile.h"
#include "common/FileLock.h"
#include "common/Json.h"
#include "couple/detail/EnvelopeStore.h"
#include "couple/detail/MyItemStore.h"
#include "crypto/Kdf.h"
#include "crypto/KeyWrap.h"
#include "journal/Journal.h"
#include "vault/Keyring.h"
#include "vault/SharedVault.h"
#include "vault/detail/ConsentAccess.h"
#include "vault/detail/FreshnessRecords.h"
#include "vault/detail/VaultState.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <fcntl.h>
#include <set>
#include <stdlib.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sodium.h>

namespace twofold {

namespace {

// The file, front to back (docs/BACKUP.md): magic, every file's bytes in manifest
// order, the manifest (JSON), its length (u32 big-endian), BLAKE2b-256 of all before.
constexpr std::string_view kMagic = "TWOFOLD-BACKUP-1";
constexpr std::size_t kHashBytes = 32;
constexpr std::size_t kLengthBytes = 4;
constexpr std::size_t kMaxManifestBytes = 1 << 20;
constexpr std::string_view kFormatName = "twofold-backup";

Error damaged(std::string detail)
{
    return Error{ErrorCode::DamagedDatabase, "backup: " + std::move(detail)};
}

class Hasher
{
public:
    Hasher() { crypto_generichash_init(&m_state, nullptr, 0, kHashBytes); }
    void update(std::string_view bytes)
    {
        crypto_generichash_update(&m_state, reinterpret_cast<const unsigned char*>(bytes.data()),
                                  bytes.size());
    }
    std::array<unsigned char, kHashBytes> finish()
    {
        std::array<unsigned char, kHashBytes> out{};
        crypto_generichash_final(&m_state, out.data(), out.size());
        return out;
    }
    std::string finishHex()
    {
        const auto out = finish();
        return toHex(ByteView(out.data(), out.size()));
    }

private:
    crypto_generichash_state m_state{};
};

std::string hexOf(std::string_view bytes)
{
    Hasher h;
    h.update(bytes);
    return h.finishHex();
}

bool isHex(std::string_view text, std::size_t length)
{
    return text.size() == length &&
           std::ranges::all_of(text, [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// Only these names are ever read from a vault or written into one, so a crafted
// manifest cannot name "../x" or anything outside the vault's own files.
bool isVaultFileName(std::string_view name)
{
    if (name.ends_with("-wal")) {
        name.remove_suffix(4);
    }
    if (name == "keyring.db" || name == "couple.db") {
        return true;
    }
    // A re-keyed journal waiting to replace its journal (docs/ARCHITECTURE.md, "Re-keying"):
    // after a crash past the commit point it is the only copy the keyring's key opens.
    if (name.ends_with(".rekey")) {
        name.remove_suffix(6);
    }
    return name.size() == 8 + 16 + 3 && name.starts_with("partner-") && name.ends_with(".db") &&
           isHex(name.substr(8, 16), 16);
}

// keyring.db first, then journals by name, then couple.db: the order a reader expects.
std::vector<std::string> databasesIn(const std::filesystem::path& dir)
{
    std::vector<std::string> partners;
    std::error_code ec;
    for (const auto& item : std::filesystem::directory_iterator(dir, ec)) {
        const std::string name = item.path().filename().string();
        if (name.starts_with("partner-") && !name.ends_with("-wal") && isVaultFileName(name) &&
            item.is_regular_file(ec)) {
            partners.push_back(name);
        }
    }
    std::ranges::sort(partners);
    std::vector<std::string> names{"keyring.db"};
    names.insert(names.end(), partners.begin(), partners.end());
    if (std::filesystem::exists(dir / "couple.db", ec)) {
        names.push_back("couple.db");
    }
    return names;
}

std::string manifestJson(const BackupManifest& manifest)
{
    std::string out = "{\"format\":\"";
    out += kFormatName;
    out += "\",\"formatVersion\":" + std::to_string(manifest.formatVersion);
    out += ",\"vaultId\":\"" + manifest.vaultId + "\"";
    out += ",\"createdMs\":" + std::to_string(manifest.createdMs);
    out += ",\"files\":[";
    for (std::size_t i = 0; i < manifest.files.size(); ++i) {
        const BackupEntry& f = manifest.files[i];
        out += i == 0 ? "" : ",";
        out += "{\"name\":\"" + f.name + "\",\"size\":" + std::to_string(f.size) + ",\"blake2b256\":\"" +
               f.blake2b256 + "\"}";
    }
    out += "]}";
    return out;
}

Result<BackupManifest> parseManifest(std::string_view text)
{
    auto root = json::parse(text);
    if (!root) {
        return std::unexpected(damaged("manifest is not valid JSON"));
    }
    const auto* format = root->find("format");
    if (format == nullptr || format->ifString() == nullptr || *format->ifString() != kFormatName) {
        return std::unexpected(damaged("not a Twofold backup manifest"));
    }
    const auto* version = root->find("formatVersion");
    if (version == nullptr || version->ifNumber() == nullptr || !version->ifNumber()->integer) {
        return std::unexpected(damaged("manifest has no format version"));
    }
    if (*version->ifNumber()->integer > BackupManifest::kFormatVersion) {
        return fail(ErrorCode::UnsupportedFormat, "backup made by a newer Twofold");
    }
    BackupManifest manifest;
    manifest.formatVersion = static_cast<int>(*version->ifNumber()->integer);
    const auto* vaultId = root->find("vaultId");
    const auto* created = root->find("createdMs");
    const auto* files = root->find("files");
    if (vaultId == nullptr || vaultId->ifString() == nullptr || !isHex(*vaultId->ifString(), 32) ||
        created == nullptr || created->ifNumber() == nullptr || !created->ifNumber()->integer ||
        files == nullptr || files->ifArray() == nullptr) {
        return std::unexpected(damaged("manifest is malformed"));
    }
    manifest.vaultId = *vaultId->ifString();
    manifest.createdMs = *created->ifNumber()->integer;
    std::set<std::string> seen;
    for (const json::Value& file : *files->ifArray()) {
        const auto* name = file.find("name");
        const auto* size = file.find("size");
        const auto* hash = file.find("blake2b256");
        if (name == nullptr || name->ifString() == nullptr || !isVaultFileName(*name->ifString()) ||
            size == nullptr || size->ifNumber() == nullptr || !size->ifNumber()->integer ||
            *size->ifNumber()->integer < 0 || hash == nullptr || hash->ifString() == nullptr ||
            !isHex(*hash->ifString(), 64) || !seen.insert(*name->ifString()).second) {
            return std::unexpected(damaged("manifest lists a malformed file"));
        }
        manifest.files.push_back(BackupEntry{
            *name->ifString(), static_cast<std::uint64_t>(*size->ifNumber()->integer), *hash->ifString()});
    }
    if (!seen.contains("keyring.db")) {
        return std::unexpected(damaged("manifest has no keyring"));
    }
    return manifest;
}

// A read-only file descriptor, closed on scope exit.
class InputFile
{
public:
    explicit InputFile(const std::filesystem::path& path) : m_fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC))
    {}
    ~InputFile()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    InputFile(const InputFile&) = delete;
    InputFile& operator=(const InputFile&) = delete;
    int fd() const { return m_fd; }

    // Calls sink with the bytes [offset, offset + length) in chunks.
    template <typename Sink> Status read(std::uint64_t offset, std::uint64_t length, Sink&& sink) const
    {
        char buffer[1 << 16];
        while (length > 0) {
            const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(length, sizeof buffer));
            const ssize_t n = ::pread(m_fd, buffer, want, static_cast<off_t>(offset));
            if (n < 0) {
                if (errno == EINTR) {
                    continue;
                }
                return std::unexpected(ioErrorFromErrno(errno, "read backup"));
            }
            if (n == 0) {
                return std::unexpected(damaged("file is shorter than it says"));
            }
            if (auto st = sink(std::string_view(buffer, static_cast<std::size_t>(n))); !st) {
                return st;
            }
            offset += static_cast<std::uint64_t>(n);
            length -= static_cast<std::uint64_t>(n);
        }
        return {};
    }

private:
    int m_fd = -1;
};

Result<std::string> readExactly(const InputFile& file, std::uint64_t offset, std::uint64_t length)
{
    std::string out;
    auto st = file.read(offset, length, [&](std::string_view chunk) -> Status {
        out.append(chunk);
        return {};
    });
    if (!st) {
        return std::unexpected(st.error());
    }
    return out;
}

struct Layout
{
    BackupManifest manifest;
    std::uint64_t dataOffset = kMagic.size();
};

// The size of an open regular file, after checking that it can be a backup at all.
Result<std::uint64_t> backupFileSize(const InputFile& file)
{
    if (file.fd() < 0) {
        return fail(errno == ENOENT ? ErrorCode::NotFound : ErrorCode::IoError, "cannot open backup");
    }
    struct stat st = {};
    if (::fstat(file.fd(), &st) != 0 || !S_ISREG(st.st_mode)) {
        return fail(ErrorCode::IoError, "backup is not a regular file");
    }
    const auto size = static_cast<std::uint64_t>(st.st_size);
    if (size < kMagic.size() + kLengthBytes + kHashBytes) {
        return std::unexpected(damaged("file is too short"));
    }
    return size;
}

// The magic, the manifest length and the manifest; no checksums.
Result<Layout> readLayout(const InputFile& file, std::uint64_t size)
{
    const std::uint64_t bodySize = size - kHashBytes;
    auto magic = readExactly(file, 0, kMagic.size());
    if (!magic) {
        return std::unexpected(magic.error());
    }
    if (*magic != kMagic) {
        return std::unexpected(damaged("not a Twofold backup"));
    }
    auto lengthBytes = readExactly(file, bodySize - kLengthBytes, kLengthBytes);
    if (!lengthBytes) {
        return std::unexpected(lengthBytes.error());
    }
    std::uint64_t manifestSize = 0;
    for (const char c : *lengthBytes) {
        manifestSize = (manifestSize << 8) | static_cast<unsigned char>(c);
    }
    if (manifestSize > kMaxManifestBytes || manifestSize + kMagic.size() > bodySize - kLengthBytes) {
        return std::unexpected(damaged("manifest length is out of range"));
    }
    const std::uint64_t manifestOffset = bodySize - kLengthBytes - manifestSize;
    auto manifestText = readExactly(file, manifestOffset, manifestSize);
    if (!manifestText) {
        return std::unexpected(manifestText.error());
    }
    auto manifest = parseManifest(*manifestText);
    if (!manifest) {
        return std::unexpected(manifest.error());
    }
    if (manifest->totalBytes() != manifestOffset - kMagic.size()) {
        return std::unexpected(damaged("file sizes do not add up"));
    }
    return Layout{std::move(*manifest), kMagic.size()};
}

// Checks the whole-file checksum, then the manifest, then every file's checksum.
Result<Layout> checkBackup(const InputFile& file)
{
    auto size = backupFileSize(file);
    if (!size) {
        return std::unexpected(size.error());
    }
    const std::uint64_t bodySize = *size - kHashBytes;
    Hasher whole;
    if (auto s = file.read(0, bodySize,
                           [&](std::string_view chunk) -> Status {
                               whole.update(chunk);
                               return {};
                           });
        !s) {
        return std::unexpected(s.error());
    }
    auto trailer = readExactly(file, bodySize, kHashBytes);
    if (!trailer) {
        return std::unexpected(trailer.error());
    }
    const auto digest = whole.finish();
    if (sodium_memcmp(digest.data(), trailer->data(), kHashBytes) != 0) {
        return std::unexpected(damaged("whole-file checksum does not match"));
    }
    auto layout = readLayout(file, *size);
    if (!layout) {
        return std::unexpected(layout.error());
    }
    std::uint64_t offset = layout->dataOffset;
    for (const BackupEntry& entry : layout->manifest.files) {
        Hasher h;
        if (auto s = file.read(offset, entry.size,
                               [&](std::string_view chunk) -> Status {
                                   h.update(chunk);
                                   return {};
                               });
            !s) {
            return std::unexpected(s.error());
        }
        if (h.finishHex() != entry.blake2b256) {
            return std::unexpected(damaged("checksum of " + entry.name + " does not match"));
        }
        offset += entry.size;
    }
    return layout;
}

bool isEmptyDirectory(const std::filesystem::path& dir)
{
    std::error_code ec;
    return std::filesystem::is_directory(dir, ec) && std::filesystem::is_empty(dir, ec);
}

// mkdtemp next to `target`, mode 0700.
Result<std::filesystem::path> siblingTempDir(const std::filesystem::path& target, std::string_view tag)
{
    const auto parent = target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
    std::string pattern =
        (parent / ("." + target.filename().string() + "." + std::string(tag) + "-XXXXXX")).string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        return std::unexpected(ioErrorFromErrno(errno, "make restore folder"));
    }
    return std::filesystem::path(pattern);
}

// Holds the folder of an existing vault exclusively while we replace it: the lock is on the
// folder itself, so deleting a lock file cannot let a restore in under a running writer.
class ExclusiveVaultLock
{
public:
    Status take(const std::filesystem::path& dir)
    {
        auto lock = FolderLock::take(dir, FolderLock::Kind::Exclusive);
        if (!lock) {
            return std::unexpected(lock.error());
        }
        m_lock = std::move(*lock);
        return {};
    }

private:
    FolderLock m_lock;
};

// An absolute path with links and ".." resolved as far as it exists (lexically when
// that fails), without a trailing separator.
std::filesystem::path resolved(const std::filesystem::path& path)
{
    std::error_code ec;
    std::filesystem::path absolute = std::filesystem::absolute(path, ec);
    if (ec) {
        absolute = path;
    }
    std::filesystem::path out = std::filesystem::weakly_canonical(absolute, ec);
    if (ec) {
        out = absolute.lexically_normal();
    }
    if (!out.has_filename() && out.has_relative_path()) {
        out = out.parent_path();
    }
    return out;
}

// Creates the folders above `dir` that do not exist yet (mode 0700, outermost first)
// and remembers them, so that a failed restore can remove them again.
class CreatedParents
{
public:
    CreatedParents() = default;
    CreatedParents(const CreatedParents&) = delete;
    CreatedParents& operator=(const CreatedParents&) = delete;
    ~CreatedParents()
    {
        if (!m_keep) {
            for (const auto& folder : m_made) {
                ::rmdir(folder.c_str()); // innermost first; only ever an empty folder
            }
        }
    }
    Status create(const std::filesystem::path& dir)
    {
        std::error_code ec;
        std::vector<std::filesystem::path> missing;
        std::filesystem::path parent = std::filesystem::absolute(dir, ec).parent_path();
        while (!parent.empty() && !std::filesystem::exists(std::filesystem::symlink_status(parent, ec))) {
            missing.push_back(parent);
            if (parent == parent.parent_path()) {
                break;
            }
            parent = parent.parent_path();
        }
        for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
            if (::mkdir(it->c_str(), 0700) != 0) {
                if (errno == EEXIST) {
                    continue; // made by someone else meanwhile
                }
                return std::unexpected(ioErrorFromErrno(errno, "make the vault's parent folder"));
            }
            m_made.insert(m_made.begin(), *it);
        }
        return {};
    }
    void keep() noexcept { m_keep = true; }

private:
    std::vector<std::filesystem::path> m_made; // innermost first
    bool m_keep = false;
};

} // namespace

std::uint64_t BackupManifest::totalBytes() const
{
    std::uint64_t total = 0;
    for (const BackupEntry& f : files) {
        total += f.size;
    }
    return total;
}

bool isInsideVault(const std::filesystem::path& path, const std::filesystem::path& vaultDir)
{
    if (path.empty() || vaultDir.empty()) {
        return false;
    }
    const std::filesystem::path inner = resolved(path);
    const std::filesystem::path vault = resolved(vaultDir);
    auto [vaultEnd, innerEnd] = std::mismatch(vault.begin(), vault.end(), inner.begin(), inner.end());
    (void)innerEnd;
    return vaultEnd == vault.end();
}

Result<BackupManifest> createBackup(const std::filesystem::path& vaultDir, const std::filesystem::path& out,
                                    const Clock& clock)
{
    if (isInsideVault(out, vaultDir)) {
        return fail(ErrorCode::InsideVault, "the backup file would be inside the vault folder");
    }
    std::error_code ec;
    if (!std::filesystem::exists(vaultDir / "keyring.db", ec)) {
        return fail(ErrorCode::VaultNotFound, "no keyring.db in the folder");
    }
    BackupManifest manifest;
    manifest.createdMs = clock.nowMs();
    {
        // Closed again before the copy starts, so our own connection is not in the way.
        auto keyring = Keyring::open(vaultDir / "keyring.db");
        if (!keyring) {
            return std::unexpected(keyring.error());
        }
        manifest.vaultId = toHex(keyring->vaultId());
    }

    auto file = AtomicFile::begin(out);
    if (!file) {
        return std::unexpected(file.error());
    }
    Hasher whole;
    auto emit = [&](std::string_view bytes) -> Status {
        whole.update(bytes);
        return file->write(bytes);
    };
    if (auto st = emit(kMagic); !st) {
        return std::unexpected(st.error());
    }
    const detail::VaultQuiet quiet(vaultDir);
    for (const std::string& name : databasesIn(vaultDir)) {
        auto snapshot = detail::snapshotDatabase(vaultDir / name, quiet.quiet());
        if (!snapshot) {
            return std::unexpected(snapshot.error());
        }
        if (auto st = emit(snapshot->main); !st) {
            return std::unexpected(st.error());
        }
        manifest.files.push_back(BackupEntry{name, snapshot->main.size(), hexOf(snapshot->main)});
        if (snapshot->wal) {
            if (auto st = emit(*snapshot->wal); !st) {
                return std::unexpected(st.error());
            }
            manifest.files.push_back(
                BackupEntry{name + "-wal", snapshot->wal->size(), hexOf(*snapshot->wal)});
        }
    }
    const std::string json = manifestJson(manifest);
    const auto n = static_cast<std::uint32_t>(json.size());
    const char length[4] = {static_cast<char>(n >> 24), static_cast<char>(n >> 16), static_cast<char>(n >> 8),
                            static_cast<char>(n)};
    if (auto st = emit(json); !st) {
        return std::unexpected(st.error());
    }
    if (auto st = emit(std::string_view(length, 4)); !st) {
        return std::unexpected(st.error());
    }
    const auto digest = whole.finish();
    if (auto st = file->write(ByteView(digest.data(), digest.size())); !st) {
        return std::unexpected(st.error());
    }
    if (auto st = file->commit(); !st) {
        return std::unexpected(st.error());
    }
    return manifest;
}

Result<BackupManifest> verifyBackup(const std::filesystem::path& backup)
{
    const InputFile file(backup);
    auto layout = checkBackup(file);
    if (!layout) {
        return std::unexpected(layout.error());
    }
    return std::move(layout->manifest);
}

Result<BackupManifest> readBackupManifest(const std::filesystem::path& backup)
{
    const InputFile file(backup);
    auto size = backupFileSize(file);
    if (!size) {
        return std::unexpected(size.error());
    }
    auto layout = readLayout(file, *size);
    if (!layout) {
        return std::unexpected(layout.error());
    }
    return std::move(layout->manifest);
}

namespace {

// Writes the backup's files that `wanted` names into `dir`, each checked again as written
// (the backup may have changed since it was verified) and fsynced.
template <typename Wanted>
Status writeBackupFiles(const InputFile& file, const Layout& layout, const std::filesystem::path& dir,
                        Wanted&& wanted)
{
    std::uint64_t offset = layout.dataOffset;
    for (const BackupEntry& entry : layout.manifest.files) {
        if (!wanted(entry.name)) {
            offset += entry.size;
            continue;
        }
        auto out = AtomicFile::begin(dir / entry.name);
        if (!out) {
            return std::unexpected(out.error());
        }
        Hasher h;
        auto st = file.read(offset, entry.size, [&](std::string_view chunk) -> Status {
            h.update(chunk);
            return out->write(chunk);
        });
        if (st && h.finishHex() != entry.blake2b256) {
            st = std::unexpected(damaged("checksum of " + entry.name + " changed while restoring"));
        }
        if (st) {
            st = out->commit();
        }
        if (!st) {
            return st;
        }
        offset += entry.size;
    }
    return {};
}

// A durable copy of a file of the vault (which nobody has open: we hold its lock).
Status copyVaultFile(const std::filesystem::path& from, const std::filesystem::path& to)
{
    const InputFile in(from);
    struct stat st = {};
    if (in.fd() < 0 || ::fstat(in.fd(), &st) != 0 || !S_ISREG(st.st_mode)) {
        return fail(ErrorCode::IoError, "cannot read a file of the vault");
    }
    auto out = AtomicFile::begin(to);
    if (!out) {
        return std::unexpected(out.error());
    }
    if (auto s = in.read(0, static_cast<std::uint64_t>(st.st_size),
                         [&](std::string_view chunk) -> Status { return out->write(chunk); });
        !s) {
        return s;
    }
    return out->commit();
}

// Moves the finished folder `temp` into `vaultDir` (an old vault there goes aside, then is
// deleted). An error before the second rename means nothing changed (the old vault is put
// back); after it the restore has happened (docs/BACKUP.md, "Restore").
Status installFolder(const std::filesystem::path& temp, const std::filesystem::path& vaultDir,
                     bool targetExists)
{
    std::error_code ec;
    std::optional<std::filesystem::path> old;
    if (targetExists) {
        auto aside = siblingTempDir(vaultDir, "old");
        if (!aside) {
            return std::unexpected(aside.error());
        }
        std::filesystem::remove(*aside, ec);
        if (::rename(vaultDir.c_str(), aside->c_str()) != 0) {
            return std::unexpected(ioErrorFromErrno(errno, "move old vault aside"));
        }
        old = *aside;
    }
    if (::rename(temp.c_str(), vaultDir.c_str()) != 0) {
        const int error = errno;
        if (old) {
            ::rename(old->c_str(), vaultDir.c_str()); // put the old vault back
        }
        return std::unexpected(ioErrorFromErrno(error, "move restored vault into place"));
    }
    // From here on the restore has happened: the restored vault is in place and is what
    // the next open sees. A failing fsync of the parent folder (the rename's durability
    // against a power cut in the next moments) or an old vault that cannot be deleted
    // does not make it "not restored"; reporting an error now would claim that nothing
    // changed, which would be false (docs/BACKUP.md, "Restore").
    const auto parent = vaultDir.parent_path().empty() ? std::filesystem::path(".") : vaultDir.parent_path();
    (void)syncDirectory(parent);
    if (old) {
        std::filesystem::remove_all(*old, ec);
    }
    return {};
}

const PartnerConsent* consentOf(const RestoreRequest& request, std::string_view partnerId)
{
    for (const PartnerConsent& consent : request.consents) {
        if (consent.partnerId() == partnerId) {
            return &consent;
        }
    }
    return nullptr;
}

// Every partner whose data the request replaces consented, with the keys of the keyring
// being replaced (docs/BACKUP.md, "Who must agree"): the same vault, the same row, and its
// MAC verifies under the master key their password or recovery code unwrapped.
Status checkConsents(Keyring& keyring, const RestoreRequest& request)
{
    auto rows = keyring.rows();
    if (!rows) {
        return std::unexpected(rows.error());
    }
    bool found = request.scope == RestoreScope::Everything;
    for (const KeyringRow& row : *rows) {
        if (request.scope == RestoreScope::MyJournal && row.id != request.partnerId) {
            continue;
        }
        found = true;
        const PartnerConsent* consent = consentOf(request, row.id);
        // The very row it was given for: a password changed since, or one checked against an
        // older keyring.db (a backup's, which knows an old password), is not consent now.
        if (consent == nullptr || detail::ConsentAccess::vaultId(*consent) != keyring.vaultId() ||
            detail::ConsentAccess::rowMac(*consent) != row.rowMac ||
            !keyring.macIsValid(row, detail::ConsentAccess::master(*consent))) {
            return fail(ErrorCode::PasswordRequired,
                        "a replaced partner has not given their current password");
        }
    }
    if (!found) {
        return fail(ErrorCode::UnknownPartner, "no partner with that id in the vault");
    }
    return {};
}

std::string journalFileName(std::string_view partnerId)
{
    return "partner-" + std::string(partnerId) + ".db";
}

// In the new folder, before it is put in place: the backup's journal opens with the partner's
// key of today; it is recorded as seen (so the next unlock does not report it as an older copy
// put back; couple.db's record stays as it was); and every row of theirs in couple.db is
// marked as one their own session is taking back, so the next unlock removes what their
// restored journal does not hold (what they shared after the backup) without calling it a
// change behind their back. Returns the records, for this account's state file.
Result<detail::Generations> prepareRestoredJournal(const std::filesystem::path& dir, Keyring& keyring,
                                                   const KeyringRow& row, const PartnerConsent& consent)
{
    const SecretBuffer& master = detail::ConsentAccess::master(consent);
    const SecretBuffer journalKey = deriveSubkey(master, 1, detail::kJournalKeyContext);
    auto journal =
        Journal::open(dir / journalFileName(row.id), journalKey, OpenMode::Existing, SystemClock::instance());
    if (!journal) {
        return std::unexpected(journal.error());
    }
    auto generation = detail::journalGeneration(journal->database());
    if (!generation) {
        return std::unexpected(generation.error());
    }
    auto restoredCoupleSeen = detail::coupleSeen(journal->database());
    if (!restoredCoupleSeen) {
        return std::unexpected(restoredCoupleSeen.error());
    }
    const detail::RecordPlace place{keyring.vaultId(), dir / "keyring.db",
                                    detail::ConsentAccess::stateFile(consent)};
    const detail::Generations before = detail::seenOutsideJournal(place, row.id, master);
    const detail::Generations seen{*generation, std::max(before.couple, *restoredCoupleSeen)};
    if (auto st = detail::writeCoupleSeen(journal->database(), seen.couple); !st) {
        return std::unexpected(st.error());
    }
    if (auto st = detail::writeKeyringRecord(place, row.id, master, seen); !st) {
        return std::unexpected(st.error());
    }

    // Best effort: without it the next unlock still removes them, and says so.
    std::error_code ec;
    auto coupleKey = unwrapSecret(row.wrappedCoupleKey, master, keyring.associatedData(row.id, "couple-key"));
    if (coupleKey && std::filesystem::exists(dir / "couple.db", ec)) {
        auto couple = Database::openEncrypted(dir / "couple.db", *coupleKey, OpenMode::Existing);
        if (couple) {
            auto mine = detail::EnvelopeStore(*couple).headersByAuthor(row.id);
            if (mine) {
                detail::MyItemStore store(journal->database(), row.id);
                for (const auto& envelope : *mine) {
                    if (auto st = store.markUnpublishing(envelope.id); !st) {
                        return std::unexpected(st.error());
                    }
                }
            }
            (void)couple->close();
        }
    }
    return seen;
}

Result<BackupManifest> restoreMyJournal(const InputFile& file, Layout& layout,
                                        const std::filesystem::path& vaultDir, Keyring& keyring,
                                        const RestoreRequest& request)
{
    const std::string journalName = journalFileName(request.partnerId);
    if (layout.manifest.vaultId != toHex(keyring.vaultId())) {
        return fail(ErrorCode::UnknownPartner, "the backup is of another vault");
    }
    bool hasJournal = false;
    for (const BackupEntry& entry : layout.manifest.files) {
        hasJournal = hasJournal || entry.name == journalName;
        if (entry.name.starts_with(journalName + ".rekey")) {
            return fail(ErrorCode::InvalidArgument, "the backup was taken in the middle of a re-key");
        }
    }
    if (!hasJournal) {
        return fail(ErrorCode::UnknownPartner, "the backup holds no journal of this partner");
    }
    auto row = keyring.row(request.partnerId);
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::UnknownPartner, "no partner with that id in the vault");
    }
    const PartnerConsent& consent = *consentOf(request, request.partnerId); // checked by checkConsents

    auto temp = siblingTempDir(vaultDir, "restore");
    if (!temp) {
        return std::unexpected(temp.error());
    }
    std::error_code ec;
    const auto failed = [&](Error error) -> Result<BackupManifest> {
        std::filesystem::remove_all(*temp, ec);
        return std::unexpected(std::move(error));
    };
    // Everything of the vault but this partner's journal (and its re-key leftovers), as it is.
    for (const auto& item : std::filesystem::directory_iterator(vaultDir, ec)) {
        const std::string name = item.path().filename().string();
        // Lock files belong to the processes holding them, not to the vault's contents.
        if (name.ends_with(".lock") || name.ends_with("-shm") || name.starts_with(journalName)) {
            continue;
        }
        if (!item.is_regular_file(ec)) {
            return failed(
                Error{ErrorCode::InvalidArgument, "the vault folder holds something other than files"});
        }
        if (auto st = copyVaultFile(item.path(), *temp / name); !st) {
            return failed(st.error());
        }
    }
    if (ec) {
        return failed(ioErrorFromErrno(ec.value(), "list the vault folder"));
    }
    if (auto st = writeBackupFiles(
            file, layout, *temp,
            [&](const std::string& name) { return name == journalName || name == journalName + "-wal"; });
        !st) {
        return failed(st.error());
    }
    auto seen = prepareRestoredJournal(*temp, keyring, **row, consent);
    if (!seen) {
        return failed(seen.error());
    }
    if (auto st = shared::copySharing(vaultDir, *temp); !st) {
        return failed(st.error());
    }
    if (auto st = syncDirectory(*temp); !st) {
        return failed(st.error());
    }
    if (auto st = installFolder(*temp, vaultDir, true); !st) {
        return failed(st.error());
    }
    // This account's record, only now: a refused or failed restore changes no file. If it
    // cannot be written, the next unlock reports the journal as older, and "Continue" fixes it.
    const detail::RecordPlace place{keyring.vaultId(), vaultDir / "keyring.db",
                                    detail::ConsentAccess::stateFile(consent)};
    (void)detail::writeStateFile(place, request.partnerId, detail::ConsentAccess::master(consent), *seen);
    return std::move(layout.manifest);
}

} // namespace

Result<BackupManifest> restoreBackup(const std::filesystem::path& backup,
                                     const std::filesystem::path& vaultDir)
{
    return restoreBackup(RestoreRequest{.backup = backup, .vaultDir = vaultDir});
}

Result<BackupManifest> restoreBackup(const RestoreRequest& request)
{
    // "vault/" names the same folder as "vault"; its parent is what matters below.
    const std::filesystem::path vaultDir =
        request.vaultDir.has_filename() ? request.vaultDir : request.vaultDir.parent_path();
    if (isInsideVault(request.backup, vaultDir)) {
        return fail(ErrorCode::InsideVault, "the backup file is inside the vault folder");
    }
    const InputFile file(request.backup);
    auto layout = checkBackup(file);
    if (!layout) {
        return std::unexpected(layout.error());
    }
    std::error_code ec;
    const bool targetExists = std::filesystem::exists(vaultDir, ec);
    const bool replacing = targetExists && !isEmptyDirectory(vaultDir);
    ExclusiveVaultLock lock;
    // The keyring being replaced, for the consents and the files' vault id.
    std::optional<Keyring> keyring;
    if (!replacing && request.scope == RestoreScope::MyJournal) {
        return fail(ErrorCode::VaultNotFound, "there is no vault whose journal could be replaced");
    }
    if (replacing) {
        if (request.scope == RestoreScope::Everything && request.overwrite == Overwrite::No) {
            return fail(ErrorCode::VaultExists, "the folder is not empty");
        }
        // Only a Twofold vault is ever replaced, never some other folder.
        if (!std::filesystem::exists(vaultDir / "keyring.db", ec)) {
            return fail(ErrorCode::InvalidArgument, "the folder is not empty and holds no vault");
        }
        if (auto st = shared::canReplaceFolder(vaultDir); !st) {
            return std::unexpected(st.error());
        }
        if (auto st = lock.take(vaultDir); !st) {
            return std::unexpected(st.error());
        }
        auto opened = Keyring::open(vaultDir / "keyring.db");
        if (!opened) {
            return std::unexpected(opened.error());
        }
        keyring.emplace(std::move(*opened));
        if (auto st = checkConsents(*keyring, request); !st) {
            return std::unexpected(st.error());
        }
        if (request.scope == RestoreScope::MyJournal) {
            return restoreMyJournal(file, *layout, vaultDir, *keyring, request);
        }
    }

    // A fresh computer may not have the folders above the vault yet.
    CreatedParents parents;
    if (auto st = parents.create(vaultDir); !st) {
        return std::unexpected(st.error());
    }
    auto temp = siblingTempDir(vaultDir, "restore");
    if (!temp) {
        return std::unexpected(temp.error());
    }
    auto st = writeBackupFiles(file, *layout, *temp, [](const std::string&) { return true; });
    if (st) {
        st = syncDirectory(*temp);
    }
    // A vault shared by two accounts stays shared with the same accounts.
    if (st && targetExists) {
        st = shared::copySharing(vaultDir, *temp);
    }
    if (st) {
        st = installFolder(*temp, vaultDir, targetExists);
    }
    if (!st) {
        std::filesystem::remove_all(*temp, ec);
        return std::unexpected(st.error());
    }
    parents.keep();
    if (keyring && layout->manifest.vaultId == toHex(keyring->vaultId())) {
        // Each partner who agreed chose these files: their records in this account of how new
        // their files were would report them as an older copy put back. The restored vault's
        // own records (its keyring.db and journals, from the backup) now stand.
        for (const PartnerConsent& consent : request.consents) {
            if (const auto& stateFile = detail::ConsentAccess::stateFile(consent); !stateFile.empty()) {
                std::filesystem::remove(stateFile, ec);
            }
        }
    }
    return std::move(layout->manifest);
}

} // namespace twofold
