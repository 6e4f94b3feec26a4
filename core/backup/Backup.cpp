#include "backup/Backup.h"

#include "backup/detail/ConsistentCopy.h"
#include "common/AtomicFile.h"
#include "common/FileLock.h"
#include "common/Json.h"
#include "vault/Keyring.h"
#include "vault/SharedVault.h"

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

Result<BackupManifest> restoreBackup(const std::filesystem::path& backup,
                                     const std::filesystem::path& vaultFolder, Overwrite overwrite)
{
    // "vault/" names the same folder as "vault"; its parent is what matters below.
    const std::filesystem::path vaultDir =
        vaultFolder.has_filename() ? vaultFolder : vaultFolder.parent_path();
    if (isInsideVault(backup, vaultDir)) {
        return fail(ErrorCode::InsideVault, "the backup file is inside the vault folder");
    }
    const InputFile file(backup);
    auto layout = checkBackup(file);
    if (!layout) {
        return std::unexpected(layout.error());
    }
    std::error_code ec;
    const bool targetExists = std::filesystem::exists(vaultDir, ec);
    ExclusiveVaultLock lock;
    if (targetExists && !isEmptyDirectory(vaultDir)) {
        if (overwrite == Overwrite::No) {
            return fail(ErrorCode::VaultExists, "the folder is not empty");
        }
        // Only a Twofold vault is ever replaced, never some other folder.
        if (!std::filesystem::exists(vaultDir / "keyring.db", ec)) {
            return fail(ErrorCode::InvalidArgument, "the folder is not empty and holds no vault");
        }
        if (auto st = lock.take(vaultDir); !st) {
            return std::unexpected(st.error());
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
    auto cleanup = [&] {
        std::filesystem::remove_all(*temp, ec);
    };
    std::uint64_t offset = layout->dataOffset;
    for (const BackupEntry& entry : layout->manifest.files) {
        auto out = AtomicFile::begin(*temp / entry.name);
        if (!out) {
            cleanup();
            return std::unexpected(out.error());
        }
        Hasher h;
        auto st = file.read(offset, entry.size, [&](std::string_view chunk) -> Status {
            h.update(chunk);
            return out->write(chunk);
        });
        // Checked again as written: the backup may have changed since it was verified.
        if (st && h.finishHex() != entry.blake2b256) {
            st = std::unexpected(damaged("checksum of " + entry.name + " changed while restoring"));
        }
        if (st) {
            st = out->commit();
        }
        if (!st) {
            cleanup();
            return std::unexpected(st.error());
        }
        offset += entry.size;
    }
    // A vault shared by two accounts stays shared with the same account.
    if (targetExists) {
        if (auto st = shared::copySharing(vaultDir, *temp); !st) {
            cleanup();
            return std::unexpected(st.error());
        }
    }
    if (auto st = syncDirectory(*temp); !st) {
        cleanup();
        return std::unexpected(st.error());
    }

    std::optional<std::filesystem::path> old;
    if (targetExists) {
        auto aside = siblingTempDir(vaultDir, "old");
        if (!aside) {
            cleanup();
            return std::unexpected(aside.error());
        }
        std::filesystem::remove(*aside, ec);
        if (::rename(vaultDir.c_str(), aside->c_str()) != 0) {
            const int error = errno;
            cleanup();
            return std::unexpected(ioErrorFromErrno(error, "move old vault aside"));
        }
        old = *aside;
    }
    if (::rename(temp->c_str(), vaultDir.c_str()) != 0) {
        const int error = errno;
        if (old) {
            ::rename(old->c_str(), vaultDir.c_str()); // put the old vault back
        }
        cleanup();
        return std::unexpected(ioErrorFromErrno(error, "move restored vault into place"));
    }
    // From here on the restore has happened: the restored vault is in place and is what
    // the next open sees. A failing fsync of the parent folder (the rename's durability
    // against a power cut in the next moments) or an old vault that cannot be deleted
    // does not make it "not restored"; reporting an error now would claim that nothing
    // changed, which would be false (docs/BACKUP.md, "Restore").
    parents.keep();
    const auto parent = vaultDir.parent_path().empty() ? std::filesystem::path(".") : vaultDir.parent_path();
    (void)syncDirectory(parent);
    if (old) {
        std::filesystem::remove_all(*old, ec);
    }
    return std::move(layout->manifest);
}

} // namespace twofold
