// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

// A tiny zip writer for tests: builds zips at test time (zlib's raw deflate), honest ones and,
// through the overrides, hostile ones. Header-only: tests/core and tests/app share it.
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>
#include <zlib.h>

namespace twofold::test {

struct ZipItem
{
    std::string name;
    std::string data;
    bool deflate = true;
    std::uint16_t flags = 0;                   // bit 0: encrypted
    std::optional<std::uint16_t> method;       // default: 8 when deflate, else 0
    std::optional<std::uint32_t> crc;          // default: the right one
    std::optional<std::uint32_t> declaredSize; // default: data.size()
};

inline std::string rawDeflate(const std::string& data)
{
    z_stream z{};
    deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
    std::string out(deflateBound(&z, static_cast<uLong>(data.size())) + 16, '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    deflate(&z, Z_FINISH);
    out.resize(z.total_out);
    deflateEnd(&z);
    return out;
}

inline std::string makeZip(const std::vector<ZipItem>& items)
{
    auto u16 = [](std::string& s, std::uint32_t v) {
        s.push_back(static_cast<char>(v & 0xFF));
        s.push_back(static_cast<char>((v >> 8) & 0xFF));
    };
    auto u32 = [&](std::string& s, std::uint32_t v) {
        u16(s, v & 0xFFFF);
        u16(s, v >> 16);
    };
    std::string out;
    std::string dir;
    for (const ZipItem& item : items) {
        const std::string packed = item.deflate ? rawDeflate(item.data) : item.data;
        const std::uint16_t method = item.method.value_or(item.deflate ? 8 : 0);
        const std::uint32_t crc = item.crc.value_or(static_cast<std::uint32_t>(crc32(
            0L, reinterpret_cast<const Bytef*>(item.data.data()), static_cast<uInt>(item.data.size()))));
        const std::uint32_t size = item.declaredSize.value_or(static_cast<std::uint32_t>(item.data.size()));
        const auto offset = static_cast<std::uint32_t>(out.size());
        auto common = [&](std::string& s) {
            u16(s, item.flags);
            u16(s, method);
            u32(s, 0); // time and date
            u32(s, crc);
            u32(s, static_cast<std::uint32_t>(packed.size()));
            u32(s, size);
            u16(s, static_cast<std::uint32_t>(item.name.size()));
            u16(s, 0); // extra
        };
        u32(out, 0x04034b50);
        u16(out, 20);
        common(out);
        out += item.name;
        out += packed;
        u32(dir, 0x02014b50);
        u16(dir, 20);
        u16(dir, 20);
        common(dir);
        u16(dir, 0); // comment
        u16(dir, 0); // disk
        u16(dir, 0); // internal attributes
        u32(dir, 0); // external attributes
        u32(dir, offset);
        dir += item.name;
    }
    const auto dirAt = static_cast<std::uint32_t>(out.size());
    out += dir;
    u32(out, 0x06054b50);
    u16(out, 0);
    u16(out, 0);
    u16(out, static_cast<std::uint32_t>(items.size()));
    u16(out, static_cast<std::uint32_t>(items.size()));
    u32(out, static_cast<std::uint32_t>(dir.size()));
    u32(out, dirAt);
    u16(out, 0);
    return out;
}

inline void writeFile(const std::filesystem::path& path, const std::string& bytes)
{
    std::ofstream(path, std::ios::binary | std::ios::trunc)
        .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

inline std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace twofold::test
