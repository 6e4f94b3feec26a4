// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "import/detail/Zip.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <memory>
#include <ranges>
#include <unordered_set>
#include <zlib.h>

namespace twofold::detail {

namespace {

constexpr std::uint32_t kLocalSig = 0x04034b50;
constexpr std::uint32_t kCentralSig = 0x02014b50;
constexpr std::uint32_t kEndSig = 0x06054b50;
constexpr std::uint32_t kZip64LocatorSig = 0x07064b50;
constexpr std::size_t kEndSize = 22;
constexpr std::size_t kCentralSize = 46;
constexpr std::size_t kLocalSize = 30;
constexpr std::uint64_t kMaxComment = 0xFFFF;
constexpr std::uint64_t kMaxDirectoryBytes = 64ull << 20;

using Fail = std::unexpected<std::string>;

const std::string kCutShort = "the zip file is cut short or damaged";

std::uint16_t u16(const char* p)
{
    const auto* b = reinterpret_cast<const unsigned char*>(p);
    return static_cast<std::uint16_t>(b[0] | (b[1] << 8));
}

std::uint32_t u32(const char* p)
{
    const auto* b = reinterpret_cast<const unsigned char*>(p);
    return static_cast<std::uint32_t>(b[0]) | (static_cast<std::uint32_t>(b[1]) << 8) |
           (static_cast<std::uint32_t>(b[2]) << 16) | (static_cast<std::uint32_t>(b[3]) << 24);
}

bool readAt(const ZipSource& source, std::uint64_t offset, std::span<char> out)
{
    if (offset > source.size || out.size() > source.size - offset) {
        return false;
    }
    return out.empty() || source.read(offset, out);
}

// A name that stays inside the folder it would be unpacked in.
bool safeName(std::string_view name)
{
    if (name.empty() || name.front() == '/' || name.find('\\') != std::string_view::npos ||
        name.find('\0') != std::string_view::npos || (name.size() >= 2 && name[1] == ':')) {
        return false;
    }
    for (const auto part : std::views::split(name, '/')) {
        if (std::string_view(part.begin(), part.end()) == "..") {
            return false;
        }
    }
    return true;
}

std::expected<std::uint64_t, std::string> findEnd(const ZipSource& source)
{
    if (source.size < kEndSize) {
        return Fail("the file is not a zip archive");
    }
    const std::uint64_t window = std::min<std::uint64_t>(source.size, kEndSize + kMaxComment);
    std::string tail(window, '\0');
    if (!readAt(source, source.size - window, tail)) {
        return Fail(kCutShort);
    }
    for (std::size_t i = window - kEndSize + 1; i-- > 0;) {
        // The comment must end exactly at the end of the file: strict, no trailing bytes.
        if (u32(tail.data() + i) == kEndSig && i + kEndSize + u16(tail.data() + i + 20) == window) {
            return source.size - window + i;
        }
    }
    // A zip's start without its end: cut short (a download that stopped, say).
    std::array<char, 4> magic{};
    if (readAt(source, 0, magic) && u32(magic.data()) == kLocalSig) {
        return Fail(kCutShort);
    }
    return Fail("the file is not a zip archive");
}

} // namespace

ZipSource zipBytes(std::string_view bytes)
{
    return ZipSource{bytes.size(), [bytes](std::uint64_t offset, std::span<char> out) {
                         std::copy_n(bytes.data() + offset, out.size(), out.data());
                         return true;
                     }};
}

std::expected<ZipSource, std::string> zipFile(const std::filesystem::path& file)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    auto in = std::make_shared<std::ifstream>(file, std::ios::binary);
    if (ec || !*in) {
        return Fail("the file cannot be read");
    }
    return ZipSource{size, [in](std::uint64_t offset, std::span<char> out) {
                         in->clear();
                         in->seekg(static_cast<std::streamoff>(offset));
                         in->read(out.data(), static_cast<std::streamsize>(out.size()));
                         return static_cast<std::size_t>(in->gcount()) == out.size();
                     }};
}

bool looksLikeZip(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::array<char, 4> magic{};
    in.read(magic.data(), magic.size());
    return in.gcount() == 4 && (u32(magic.data()) == kLocalSig || u32(magic.data()) == kEndSig);
}

std::expected<ZipArchive, std::string> ZipArchive::open(ZipSource source, ZipLimits limits)
{
    auto endAt = findEnd(source);
    if (!endAt) {
        return Fail(endAt.error());
    }
    std::array<char, kEndSize> end{};
    if (!readAt(source, *endAt, end)) {
        return Fail(kCutShort);
    }
    std::array<char, 4> locator{};
    if (*endAt >= 20 && readAt(source, *endAt - 20, locator) && u32(locator.data()) == kZip64LocatorSig) {
        return Fail(
            "the zip uses the zip64 format, which Twofold cannot read yet: unzip it and import the folder");
    }
    const std::uint16_t disk = u16(&end[4]), cdDisk = u16(&end[6]);
    const std::uint16_t onDisk = u16(&end[8]), count = u16(&end[10]);
    const std::uint32_t cdSize = u32(&end[12]), cdOffset = u32(&end[16]);
    if (count == 0xFFFF || cdSize == 0xFFFFFFFF || cdOffset == 0xFFFFFFFF) {
        return Fail(
            "the zip uses the zip64 format, which Twofold cannot read yet: unzip it and import the folder");
    }
    if (disk != 0 || cdDisk != 0 || onDisk != count) {
        return Fail("the zip is split over several files; join it into one first");
    }
    if (std::uint64_t{cdOffset} + cdSize > *endAt || cdSize > kMaxDirectoryBytes) {
        return Fail(kCutShort);
    }
    std::string dir(cdSize, '\0');
    if (!readAt(source, cdOffset, dir)) {
        return Fail(kCutShort);
    }

    ZipArchive archive;
    archive.limits_ = limits;
    std::unordered_set<std::string> names;
    std::vector<std::pair<std::uint64_t, std::uint64_t>> spans; // [local header, data end)
    std::size_t at = 0;
    for (std::uint16_t i = 0; i < count; ++i) {
        if (at + kCentralSize > dir.size() || u32(&dir[at]) != kCentralSig) {
            return Fail(kCutShort);
        }
        const char* h = &dir[at];
        const std::uint16_t flags = u16(h + 8), method = u16(h + 10);
        const std::uint32_t crc = u32(h + 16), csize = u32(h + 20), size = u32(h + 24);
        const std::uint16_t nameLen = u16(h + 28), extraLen = u16(h + 30), commentLen = u16(h + 32);
        const std::uint16_t startDisk = u16(h + 34);
        const std::uint32_t localAt = u32(h + 42);
        if (at + kCentralSize + nameLen + extraLen + commentLen > dir.size()) {
            return Fail(kCutShort);
        }
        std::string name(h + kCentralSize, nameLen);
        at += kCentralSize + nameLen + extraLen + commentLen;
        if ((flags & 0x0001) != 0 || (flags & 0x0040) != 0) {
            return Fail("the zip holds an encrypted file; Twofold cannot read encrypted zips");
        }
        if (csize == 0xFFFFFFFF || size == 0xFFFFFFFF || localAt == 0xFFFFFFFF || startDisk != 0) {
            return Fail("the zip uses the zip64 format, which Twofold cannot read yet: unzip it and import "
                        "the folder");
        }
        if (method != 0 && method != 8) {
            return Fail(
                "the zip holds a file compressed in a way Twofold cannot read (only stored and deflate)");
        }
        if (!safeName(name)) {
            return Fail("the zip holds a file whose name would point outside its folder (.., / or a drive)");
        }
        if (!names.insert(name).second) {
            return Fail("the zip holds two files with the same name");
        }
        if (method == 0 && csize != size) {
            return Fail(kCutShort);
        }
        // The local header: its signature, method and name must agree with the directory.
        std::array<char, kLocalSize> local{};
        if (!readAt(source, localAt, local) || u32(local.data()) != kLocalSig) {
            return Fail(kCutShort);
        }
        const std::uint16_t localNameLen = u16(&local[26]), localExtraLen = u16(&local[28]);
        if ((u16(&local[6]) & 0x0001) != 0) {
            return Fail("the zip holds an encrypted file; Twofold cannot read encrypted zips");
        }
        std::string localName(localNameLen, '\0');
        if (u16(&local[8]) != method || !readAt(source, localAt + kLocalSize, localName) ||
            localName != name) {
            return Fail("the zip's directory and its contents disagree; the file may be damaged");
        }
        const std::uint64_t dataAt = std::uint64_t{localAt} + kLocalSize + localNameLen + localExtraLen;
        if (dataAt + csize > cdOffset) {
            return Fail(kCutShort);
        }
        spans.emplace_back(localAt, dataAt + csize);
        archive.members_.push_back(ZipMember{std::move(name), method, crc, csize, size, dataAt});
    }
    if (at != dir.size()) {
        return Fail("the zip's directory and its contents disagree; the file may be damaged");
    }
    std::ranges::sort(spans);
    for (std::size_t i = 1; i < spans.size(); ++i) {
        if (spans[i].first < spans[i - 1].second) {
            return Fail("the zip holds files that overlap one another; it may be built to harm");
        }
    }
    archive.source_ = std::move(source);
    return archive;
}

std::expected<std::string, std::string> ZipArchive::read(const ZipMember& member)
{
    const std::uint64_t cap = std::min(limits_.maxMemberBytes, limits_.maxTotalBytes - totalRead_);
    if (member.size > limits_.maxMemberBytes) {
        return Fail("a file in the zip is larger than " + std::to_string(limits_.maxMemberBytes >> 20) +
                    " MiB");
    }
    if (member.size > cap) {
        return Fail("the files in the zip add up to more than " +
                    std::to_string(limits_.maxTotalBytes >> 20) + " MiB");
    }
    const std::string bomb = "a file in the zip unpacks to more than it says; it may be a zip bomb";
    std::string out;
    out.reserve(static_cast<std::size_t>(member.size));
    std::array<char, 64 * 1024> chunk{};
    if (member.method == 0) {
        out.resize(static_cast<std::size_t>(member.size));
        if (!readAt(source_, member.dataOffset, out)) {
            return Fail(kCutShort);
        }
    } else {
        z_stream z{};
        if (inflateInit2(&z, -15) != Z_OK) {
            return Fail("the zip cannot be read: out of memory");
        }
        std::unique_ptr<z_stream, decltype(&inflateEnd)> guard(&z, &inflateEnd);
        std::array<char, 64 * 1024> input{};
        std::uint64_t consumed = 0;
        int rc = Z_OK;
        while (rc != Z_STREAM_END) {
            if (z.avail_in == 0) {
                const std::uint64_t left = member.compressedSize - consumed;
                if (left == 0) {
                    return Fail(kCutShort);
                }
                const auto n = static_cast<std::size_t>(std::min<std::uint64_t>(left, input.size()));
                if (!readAt(source_, member.dataOffset + consumed, std::span(input.data(), n))) {
                    return Fail(kCutShort);
                }
                consumed += n;
                z.next_in = reinterpret_cast<Bytef*>(input.data());
                z.avail_in = static_cast<uInt>(n);
            }
            z.next_out = reinterpret_cast<Bytef*>(chunk.data());
            z.avail_out = static_cast<uInt>(chunk.size());
            rc = inflate(&z, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END) {
                return Fail(kCutShort);
            }
            const std::size_t produced = chunk.size() - z.avail_out;
            // Never trust the declared size: stop at it (and so at the cap).
            if (out.size() + produced > member.size) {
                return Fail(bomb);
            }
            out.append(chunk.data(), produced);
        }
    }
    if (out.size() != member.size) {
        return Fail(kCutShort);
    }
    const auto crc = crc32(0L, reinterpret_cast<const Bytef*>(out.data()), static_cast<uInt>(out.size()));
    if (crc != member.crc) {
        return Fail("a file in the zip does not match its checksum; the zip is damaged");
    }
    totalRead_ += out.size();
    return out;
}

} // namespace twofold::detail
