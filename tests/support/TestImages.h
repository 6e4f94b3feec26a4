// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

// Tiny images built byte by byte for the photo tests (docs/PHOTOS.md): each carries a
// marker where cameras and editors put metadata, so a test can prove it is gone.
namespace twofold::test {

inline void put16be(std::string& out, std::uint32_t v)
{
    out += static_cast<char>((v >> 8) & 0xFF);
    out += static_cast<char>(v & 0xFF);
}

inline void put32be(std::string& out, std::uint32_t v)
{
    put16be(out, v >> 16);
    put16be(out, v & 0xFFFF);
}

inline void put32le(std::string& out, std::uint32_t v)
{
    for (int shift = 0; shift < 32; shift += 8) {
        out += static_cast<char>((v >> shift) & 0xFF);
    }
}

inline std::uint32_t crc32(std::string_view bytes)
{
    std::uint32_t crc = 0xFFFFFFFFu;
    for (char c : bytes) {
        crc ^= static_cast<std::uint8_t>(c);
        for (int k = 0; k < 8; ++k) {
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
    }
    return ~crc;
}

inline void jpegSegment(std::string& out, std::uint8_t marker, std::string_view payload)
{
    out += '\xFF';
    out += static_cast<char>(marker);
    put16be(out, static_cast<std::uint32_t>(payload.size() + 2));
    out += payload;
}

// A baseline JPEG's structure (JFIF, EXIF with orientation 6 and the marker as the image
// description, a comment with the marker, tables, frame, scan) with `scanBytes` of
// entropy-coded data (no 0xFF in it).
inline std::string jpegWithMarker(std::string_view marker, std::size_t scanBytes = 16, int width = 3,
                                  int height = 2)
{
    std::string out("\xFF\xD8", 2);
    jpegSegment(out, 0xE0, std::string("JFIF\0\x01\x01\0\0\x01\0\x01\0\0", 14));
    // EXIF: big-endian TIFF, IFD0 with Orientation = 6 and ImageDescription = marker.
    std::string tiff("MM\0\x2A\0\0\0\x08", 8);
    put16be(tiff, 2);
    put16be(tiff, 0x010E); // ImageDescription, ASCII
    put16be(tiff, 2);
    put32be(tiff, static_cast<std::uint32_t>(marker.size() + 1));
    put32be(tiff, 8 + 2 + 24 + 4);
    put16be(tiff, 0x0112); // Orientation, SHORT
    put16be(tiff, 3);
    put32be(tiff, 1);
    put16be(tiff, 6);
    put16be(tiff, 0);
    put32be(tiff, 0);
    tiff += marker;
    tiff += '\0';
    jpegSegment(out, 0xE1, std::string("Exif\0\0", 6) + tiff);
    jpegSegment(out, 0xE1,
                std::string("http://ns.adobe.com/xap/1.0/\0", 29) + "<x>" + std::string(marker) + "</x>");
    jpegSegment(out, 0xED, std::string("Photoshop 3.0\0", 14) + std::string(marker));
    jpegSegment(out, 0xFE, marker);
    jpegSegment(out, 0xDB, std::string(1, '\0') + std::string(64, '\x01'));
    std::string frame("\x08", 1);
    put16be(frame, static_cast<std::uint32_t>(height));
    put16be(frame, static_cast<std::uint32_t>(width));
    frame += std::string("\x01\x01\x11\x00", 4);
    jpegSegment(out, 0xC0, frame);
    jpegSegment(out, 0xC4, std::string("\x00", 1) + std::string(16, '\0'));
    jpegSegment(out, 0xDA, std::string("\x01\x01\x00\x00\x3F\x00", 6));
    for (std::size_t i = 0; i < scanBytes; ++i) {
        out += static_cast<char>((i * 37 + 11) % 0xFF); // never 0xFF
    }
    out += std::string("\xFF\x00\x12\xFF\xD0\x34", 6); // a stuffed byte and a restart marker
    out += std::string("\xFF\xD9", 2);
    out += std::string(marker); // some cameras leave data after the end
    return out;
}

inline void pngChunk(std::string& out, std::string_view type, std::string_view data)
{
    put32be(out, static_cast<std::uint32_t>(data.size()));
    const std::string typed = std::string(type) + std::string(data);
    out += typed;
    put32be(out, crc32(typed));
}

// A 1×1 grey PNG with the marker in tEXt, iTXt and zTXt chunks and a tIME chunk.
inline std::string pngWithMarker(std::string_view marker)
{
    std::string out("\x89PNG\r\n\x1A\n", 8);
    std::string header;
    put32be(header, 1);
    put32be(header, 1);
    header += std::string("\x08\x00\x00\x00\x00", 5);
    pngChunk(out, "IHDR", header);
    pngChunk(out, "tEXt", std::string("Comment\0", 8) + std::string(marker));
    pngChunk(out, "iTXt", std::string("Description\0\0\0\0\0", 16) + std::string(marker));
    pngChunk(out, "tIME", std::string("\x07\xEA\x0C\x02\x10\x00\x00", 7));
    // zlib, one stored block holding the row: filter 0, pixel 0; Adler-32 of it.
    pngChunk(out, "IDAT", std::string("\x78\x01\x01\x02\x00\xFD\xFF\x00\x00\x00\x02\x00\x01", 13));
    pngChunk(out, "IEND", "");
    return out;
}

// A lossless WebP with the marker in EXIF and XMP chunks (VP8X says they are there).
inline std::string webpWithMarker(std::string_view marker)
{
    std::string body("WEBP", 4);
    auto chunk = [&](std::string_view fourcc, std::string_view data) {
        body += fourcc;
        put32le(body, static_cast<std::uint32_t>(data.size()));
        body += data;
        if (data.size() % 2 == 1) {
            body += '\0';
        }
    };
    chunk("VP8X", std::string("\x0C\0\0\0\x01\0\0\x00\0\0", 10));  // EXIF+XMP flags, 2×1
    chunk("VP8L", std::string("\x2F\x01\x00\x00\x00\x00\x00", 7)); // 2×1
    chunk("EXIF", std::string("MM\0\x2A", 4) + std::string(marker));
    chunk("XMP ", std::string(marker));
    std::string out("RIFF", 4);
    put32le(out, static_cast<std::uint32_t>(body.size()));
    return out + body;
}

// A 1×1 GIF89a with the marker in a comment extension.
inline std::string gifWithMarker(std::string_view marker)
{
    std::string out("GIF89a\x01\x00\x01\x00\x80\x00\x00", 13);
    out += std::string("\x00\x00\x00\xFF\xFF\xFF", 6); // two-colour table
    out += std::string("\x21\xFE", 2);
    out += static_cast<char>(marker.size());
    out += marker;
    out += '\0';
    out += std::string("\x2C\0\0\0\0\x01\0\x01\0\0", 10);
    out += std::string("\x02\x02\x44\x01\x00", 5); // LZW: min code size 2, one sub-block
    out += '\x3B';
    return out;
}

} // namespace twofold::test
