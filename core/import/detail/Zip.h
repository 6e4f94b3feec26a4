// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <cstddef>
#include <cstdint>
#include <expected>
#include <filesystem>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// A strict, read-only zip reader (Day One's export): the central directory, then each local
// header; stored and deflate only. Nothing is extracted to disk: a member is inflated into
// memory, up to a cap. Refused, with a message that never quotes the archive's contents:
// encrypted members, other methods, zip64, names that could leave a folder (`..`, `/x`, `C:`,
// backslashes), duplicate names, overlapping members, sizes above the caps, a member that
// inflates to more than it declares, a wrong CRC-32 and a cut-short file. Private to core.
namespace twofold::detail {

struct ZipLimits
{
    std::uint64_t maxMemberBytes = 64ull << 20; // one member, inflated
    std::uint64_t maxTotalBytes = 512ull << 20; // every member read from one archive
};

// Where the archive's bytes come from: its size, and a reader of `out.size()` bytes at an
// offset that says false when it cannot give them all.
struct ZipSource
{
    std::uint64_t size = 0;
    std::function<bool(std::uint64_t offset, std::span<char> out)> read;
};

ZipSource zipBytes(std::string_view bytes); // `bytes` must outlive the source
std::expected<ZipSource, std::string> zipFile(const std::filesystem::path& file);

struct ZipMember
{
    std::string name; // as stored, '/'-separated, checked safe
    std::uint16_t method = 0;
    std::uint32_t crc = 0;
    std::uint64_t compressedSize = 0;
    std::uint64_t size = 0;       // declared, inflated
    std::uint64_t dataOffset = 0; // of the compressed bytes
    bool isFolder() const { return !name.empty() && name.back() == '/'; }
};

class ZipArchive
{
public:
    // Reads and checks the whole directory and every local header.
    static std::expected<ZipArchive, std::string> open(ZipSource source, ZipLimits limits = {});

    const std::vector<ZipMember>& members() const { return members_; }
    // Inflates one member into memory, checking its size and CRC-32, and the archive's
    // running total against the cap.
    std::expected<std::string, std::string> read(const ZipMember& member);

private:
    ZipSource source_;
    ZipLimits limits_;
    std::vector<ZipMember> members_;
    std::uint64_t totalRead_ = 0;
};

// Whether the bytes at the start of `file` are a zip's ("PK\3\4", or an empty zip's "PK\5\6").
bool looksLikeZip(const std::filesystem::path& file);

} // namespace twofold::detail
