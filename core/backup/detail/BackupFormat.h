// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "backup/Backup.h"
#include "common/AtomicFile.h"
#include "common/Bytes.h"
#include "common/Result.h"

#include <array>
#include <cerrno>
#include <cstdint>
#include <fcntl.h>
#include <string>
#include <string_view>
#include <unistd.h>

#include <sodium.h>

// The backup file's format: reading, checking and hashing it. Private to core.
namespace twofold::detail {

// The file, front to back (docs/BACKUP.md): magic, every file's bytes in manifest
// order, the manifest (JSON), its length (u32 big-endian), BLAKE2b-256 of all before.
inline constexpr std::string_view kMagic = "TWOFOLD-BACKUP-1";
inline constexpr std::size_t kHashBytes = 32;
inline constexpr std::size_t kLengthBytes = 4;
inline constexpr std::size_t kMaxManifestBytes = 1 << 20;
inline constexpr std::string_view kFormatName = "twofold-backup";

Error damaged(std::string detail);

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

std::string hexOf(std::string_view bytes);

// Only these names are ever read from a vault or written into one, so a crafted
// manifest cannot name "../x" or anything outside the vault's own files.
bool isVaultFileName(std::string_view name);

std::string manifestJson(const BackupManifest& manifest);
Result<BackupManifest> parseManifest(std::string_view text);

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

Result<std::string> readExactly(const InputFile& file, std::uint64_t offset, std::uint64_t length);

struct Layout
{
    BackupManifest manifest;
    std::uint64_t dataOffset = kMagic.size();
};

// The size of an open regular file, after checking that it can be a backup at all.
Result<std::uint64_t> backupFileSize(const InputFile& file);
// The magic, the manifest length and the manifest; no checksums.
Result<Layout> readLayout(const InputFile& file, std::uint64_t size);
// Checks the whole-file checksum, then the manifest, then every file's checksum.
Result<Layout> checkBackup(const InputFile& file);

} // namespace twofold::detail
