// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "media/ImageMetadata.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>

namespace twofold {

namespace {

// The details' prefixes are how imageProblemOf recognizes the two problems.
constexpr std::string_view kNotAnImage = "not an image: ";
constexpr std::string_view kTooLarge = "image too large";

std::unexpected<Error> malformed(std::string_view what)
{
    return fail(ErrorCode::InvalidArgument, std::string(kNotAnImage) + std::string(what));
}

bool startsWith(ByteView bytes, std::string_view magic, std::size_t at = 0)
{
    return bytes.size() >= at + magic.size() &&
           std::memcmp(bytes.data() + at, magic.data(), magic.size()) == 0;
}

std::uint32_t be16(ByteView b, std::size_t at)
{
    return (std::uint32_t{b[at]} << 8) | b[at + 1];
}

std::uint32_t be32(ByteView b, std::size_t at)
{
    return (be16(b, at) << 16) | be16(b, at + 2);
}

std::uint32_t le16(ByteView b, std::size_t at)
{
    return std::uint32_t{b[at]} | (std::uint32_t{b[at + 1]} << 8);
}

std::uint32_t le24(ByteView b, std::size_t at)
{
    return le16(b, at) | (std::uint32_t{b[at + 2]} << 16);
}

std::uint32_t le32(ByteView b, std::size_t at)
{
    return le16(b, at) | (le16(b, at + 2) << 16);
}

void append(Bytes& out, ByteView part)
{
    out.insert(out.end(), part.begin(), part.end());
}

// ---- JPEG -------------------------------------------------------------------------

bool isStartOfFrame(std::uint8_t marker)
{
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

// Segments a decoder needs: frames, tables, restart interval, scans. Everything else
// (APPn, COM, the reserved JPGn and RES markers) is free to hold anything.
bool isImageSegment(std::uint8_t marker)
{
    return isStartOfFrame(marker) || marker == 0xC4 || marker == 0xCC || (marker >= 0xDA && marker <= 0xDF);
}

// The EXIF orientation (1..8) in an APP1 payload, if it is there and well formed.
std::optional<std::uint16_t> exifOrientation(ByteView app1)
{
    if (!startsWith(app1, std::string_view("Exif\0\0", 6))) {
        return std::nullopt;
    }
    const ByteView tiff = app1.subspan(6);
    if (tiff.size() < 8) {
        return std::nullopt;
    }
    const bool little = startsWith(tiff, "II");
    if (!little && !startsWith(tiff, "MM")) {
        return std::nullopt;
    }
    auto u16 = [&](std::size_t at) {
        return little ? le16(tiff, at) : be16(tiff, at);
    };
    auto u32 = [&](std::size_t at) {
        return little ? le32(tiff, at) : be32(tiff, at);
    };
    const std::size_t ifd = u32(4);
    if (ifd > tiff.size() || tiff.size() - ifd < 2) {
        return std::nullopt;
    }
    const std::size_t count = u16(ifd);
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t at = ifd + 2 + i * 12;
        if (at > tiff.size() || tiff.size() - at < 12) {
            return std::nullopt;
        }
        if (u16(at) == 0x0112 && u16(at + 2) == 3) {
            const std::uint32_t value = u16(at + 8);
            if (value >= 1 && value <= 8) {
                return static_cast<std::uint16_t>(value);
            }
            return std::nullopt;
        }
    }
    return std::nullopt;
}

// A fresh APP1 segment holding only the orientation (big-endian TIFF, one IFD entry).
void appendOrientationSegment(Bytes& out, std::uint16_t orientation)
{
    static constexpr std::array<std::uint8_t, 4> kHeader{0xFF, 0xE1, 0x00, 0x22};
    const std::array<std::uint8_t, 32> payload{'E',
                                               'x',
                                               'i',
                                               'f',
                                               0,
                                               0,
                                               'M',
                                               'M',
                                               0,
                                               42,
                                               0,
                                               0,
                                               0,
                                               8, // Exif header, TIFF header
                                               0,
                                               1, // one entry
                                               0x01,
                                               0x12,
                                               0,
                                               3,
                                               0,
                                               0,
                                               0,
                                               1, // Orientation, SHORT, count 1
                                               static_cast<std::uint8_t>(orientation >> 8),
                                               static_cast<std::uint8_t>(orientation),
                                               0,
                                               0,
                                               0,
                                               0,
                                               0,
                                               0}; // no next IFD
    append(out, kHeader);
    append(out, payload);
}

// Segments worth keeping: JFIF (APP0), the ICC profile (APP2) and Adobe's colour
// transform (APP14) change how the picture looks and say nothing about its taking.
bool keepsJpegSegment(std::uint8_t marker, ByteView payload)
{
    if (marker == 0xE0) {
        return startsWith(payload, std::string_view("JFIF\0", 5));
    }
    if (marker == 0xE2) {
        return startsWith(payload, std::string_view("ICC_PROFILE\0", 12));
    }
    if (marker == 0xEE) {
        return startsWith(payload, "Adobe");
    }
    return false;
}

Result<ImageInfo> walkJpeg(ByteView b, Bytes* out)
{
    ImageInfo info{.type = ImageType::Jpeg};
    std::size_t i = 2;
    bool seenScan = false;
    std::optional<std::uint16_t> orientation;
    bool orientationWritten = false;
    if (out) {
        out->reserve(b.size());
        append(*out, b.first(2));
    }
    while (true) {
        if (i >= b.size() || b[i] != 0xFF) {
            return malformed("jpeg: expected a marker");
        }
        while (i < b.size() && b[i] == 0xFF) {
            ++i; // fill bytes
        }
        if (i >= b.size()) {
            return malformed("jpeg: truncated marker");
        }
        const std::uint8_t marker = b[i++];
        if (marker == 0xD9) {
            if (!seenScan || !info.width) {
                return malformed("jpeg: no image before its end");
            }
            if (out) {
                append(*out, std::array<std::uint8_t, 2>{0xFF, 0xD9});
            }
            // Anything after the end (some cameras add a second EXIF block there) is dropped.
            return info;
        }
        if (marker == 0x00 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
            return malformed("jpeg: unexpected marker");
        }
        if (b.size() - i < 2) {
            return malformed("jpeg: truncated segment");
        }
        const std::size_t length = be16(b, i);
        if (length < 2 || b.size() - i < length) {
            return malformed("jpeg: segment overruns the file");
        }
        const ByteView payload = b.subspan(i + 2, length - 2);
        const ByteView segment = b.subspan(i - 2, length + 2);
        i += length;
        if (isStartOfFrame(marker)) {
            if (payload.size() < 6) {
                return malformed("jpeg: short frame header");
            }
            info.height = static_cast<int>(be16(payload, 1));
            info.width = static_cast<int>(be16(payload, 3));
        }
        const bool metadata = !isImageSegment(marker);
        if (marker == 0xE1 && !orientation) {
            orientation = exifOrientation(payload);
        }
        if (out) {
            if (!metadata || keepsJpegSegment(marker, payload)) {
                if (!metadata && orientation && !orientationWritten) {
                    appendOrientationSegment(*out, *orientation);
                    orientationWritten = true;
                }
                append(*out, segment);
            }
        }
        if (marker == 0xDA) {
            if (!info.width) {
                return malformed("jpeg: scan before frame header");
            }
            seenScan = true;
            // Entropy-coded data runs to the next marker that is not a stuffed byte or a restart.
            const std::size_t scanStart = i;
            while (true) {
                if (i >= b.size()) {
                    return malformed("jpeg: no end of image");
                }
                if (b[i] == 0xFF && i + 1 < b.size()) {
                    const std::uint8_t next = b[i + 1];
                    if (next != 0x00 && next != 0xFF && !(next >= 0xD0 && next <= 0xD7)) {
                        break;
                    }
                }
                ++i;
            }
            if (out) {
                append(*out, b.subspan(scanStart, i - scanStart));
            }
        }
    }
}

// ---- PNG --------------------------------------------------------------------------

bool isPngMetadataChunk(ByteView type)
{
    static constexpr std::array<std::string_view, 5> kDropped{"tEXt", "iTXt", "zTXt", "eXIf", "tIME"};
    return std::ranges::any_of(kDropped, [&](std::string_view name) { return startsWith(type, name); });
}

Result<ImageInfo> walkPng(ByteView b, Bytes* out)
{
    ImageInfo info{.type = ImageType::Png};
    std::size_t i = 8;
    if (out) {
        out->reserve(b.size());
        append(*out, b.first(8));
    }
    bool first = true;
    while (true) {
        if (b.size() - i < 12) {
            return malformed("png: truncated chunk");
        }
        const std::size_t length = be32(b, i);
        if (length > b.size() - i - 12) {
            return malformed("png: chunk overruns the file");
        }
        const ByteView type = b.subspan(i + 4, 4);
        for (std::uint8_t c : type) {
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
                return malformed("png: bad chunk type");
            }
        }
        const ByteView data = b.subspan(i + 8, length);
        if (first) {
            if (!startsWith(type, "IHDR") || length != 13) {
                return malformed("png: IHDR must come first");
            }
            info.width = static_cast<int>(std::min<std::uint32_t>(be32(data, 0), 0x7fffffff));
            info.height = static_cast<int>(std::min<std::uint32_t>(be32(data, 4), 0x7fffffff));
            first = false;
        }
        if (out && !isPngMetadataChunk(type)) {
            append(*out, b.subspan(i, length + 12));
        }
        i += length + 12;
        if (startsWith(type, "IEND")) {
            return info; // trailing bytes after IEND are dropped
        }
    }
}

// ---- WebP -------------------------------------------------------------------------

Result<ImageInfo> walkWebP(ByteView b, Bytes* out)
{
    ImageInfo info{.type = ImageType::WebP};
    const std::size_t riffEnd = std::size_t{le32(b, 4)} + 8;
    if (riffEnd > b.size() || riffEnd < 12) {
        return malformed("webp: RIFF size overruns the file");
    }
    Bytes body;
    std::size_t i = 12;
    std::optional<std::size_t> vp8xAt; // offset of the VP8X flags byte in body
    bool image = false;
    while (i < riffEnd) {
        if (riffEnd - i < 8) {
            return malformed("webp: truncated chunk");
        }
        const ByteView fourcc = b.subspan(i, 4);
        const std::size_t size = le32(b, i + 4);
        const std::size_t padded = size + (size & 1);
        if (size > riffEnd - i - 8 || padded > riffEnd - i - 8 + (size & 1)) {
            return malformed("webp: chunk overruns the file");
        }
        const ByteView data = b.subspan(i + 8, size);
        if (startsWith(fourcc, "VP8X")) {
            if (size < 10) {
                return malformed("webp: short VP8X");
            }
            info.width = static_cast<int>(le24(data, 4) + 1);
            info.height = static_cast<int>(le24(data, 7) + 1);
            vp8xAt = body.size() + 8;
        } else if (startsWith(fourcc, "VP8 ")) {
            if (size < 10 || data[3] != 0x9D || data[4] != 0x01 || data[5] != 0x2A) {
                return malformed("webp: bad VP8 frame");
            }
            if (!info.width) {
                info.width = static_cast<int>(le16(data, 6) & 0x3FFF);
                info.height = static_cast<int>(le16(data, 8) & 0x3FFF);
            }
            image = true;
        } else if (startsWith(fourcc, "VP8L")) {
            if (size < 5 || data[0] != 0x2F) {
                return malformed("webp: bad VP8L frame");
            }
            if (!info.width) {
                const std::uint32_t bits = le32(data, 1);
                info.width = static_cast<int>((bits & 0x3FFF) + 1);
                info.height = static_cast<int>(((bits >> 14) & 0x3FFF) + 1);
            }
            image = true;
        } else if (startsWith(fourcc, "ANMF")) {
            image = true;
        }
        const bool metadata = startsWith(fourcc, "EXIF") || startsWith(fourcc, "XMP ");
        const std::size_t taken = std::min(8 + padded, riffEnd - i);
        if (out && !metadata) {
            append(body, b.subspan(i, taken));
        }
        i += taken;
    }
    if (!image) {
        return malformed("webp: no image data");
    }
    if (out) {
        if (vp8xAt && *vp8xAt < body.size()) {
            body[*vp8xAt] &= static_cast<std::uint8_t>(~0x0Cu); // EXIF and XMP flags
        }
        const std::size_t riffSize = body.size() + 4;
        out->reserve(riffSize + 8);
        append(*out, b.first(4));
        for (int shift = 0; shift < 32; shift += 8) {
            out->push_back(static_cast<std::uint8_t>(riffSize >> shift));
        }
        append(*out, b.subspan(8, 4));
        append(*out, body);
    }
    return info;
}

// ---- GIF --------------------------------------------------------------------------

// Skips a run of data sub-blocks from `i`; returns the offset after the terminator.
std::optional<std::size_t> skipSubBlocks(ByteView b, std::size_t i)
{
    while (true) {
        if (i >= b.size()) {
            return std::nullopt;
        }
        const std::size_t size = b[i];
        if (size == 0) {
            return i + 1;
        }
        if (size > b.size() - i - 1) {
            return std::nullopt;
        }
        i += size + 1;
    }
}

Result<ImageInfo> walkGif(ByteView b, Bytes* out)
{
    ImageInfo info{.type = ImageType::Gif};
    if (b.size() < 13) {
        return malformed("gif: truncated header");
    }
    info.width = static_cast<int>(le16(b, 6));
    info.height = static_cast<int>(le16(b, 8));
    std::size_t i = 13;
    if (b[10] & 0x80) {
        i += 3u * (std::size_t{1} << ((b[10] & 0x07) + 1));
    }
    if (i > b.size()) {
        return malformed("gif: truncated colour table");
    }
    if (out) {
        out->reserve(b.size());
        append(*out, b.first(i));
    }
    bool image = false;
    while (true) {
        if (i >= b.size()) {
            return malformed("gif: no trailer");
        }
        const std::size_t start = i;
        const std::uint8_t kind = b[i];
        bool keep = true;
        if (kind == 0x3B) {
            if (!image) {
                return malformed("gif: no image");
            }
            if (out) {
                out->push_back(0x3B);
            }
            return info;
        }
        if (kind == 0x2C) {
            if (b.size() - i < 10) {
                return malformed("gif: truncated image descriptor");
            }
            const std::uint8_t flags = b[i + 9];
            i += 10;
            if (flags & 0x80) {
                i += 3u * (std::size_t{1} << ((flags & 0x07) + 1));
            }
            if (i >= b.size()) {
                return malformed("gif: truncated image");
            }
            auto end = skipSubBlocks(b, i + 1); // after the LZW minimum code size
            if (!end) {
                return malformed("gif: image data overruns the file");
            }
            i = *end;
            image = true;
        } else if (kind == 0x21) {
            if (b.size() - i < 2) {
                return malformed("gif: truncated extension");
            }
            const std::uint8_t label = b[i + 1];
            auto end = skipSubBlocks(b, i + 2);
            if (!end) {
                return malformed("gif: extension overruns the file");
            }
            if (label == 0xFE) {
                keep = false; // comment
            } else if (label == 0xFF) {
                // Application extensions: keep only the looping ones (NETSCAPE2.0, ANIMEXTS1.0).
                const ByteView app = b.subspan(i + 2, *end - i - 2);
                keep = app.size() >= 12 && app[0] == 11 &&
                       (startsWith(app, "NETSCAPE2.0", 1) || startsWith(app, "ANIMEXTS1.0", 1));
            }
            i = *end;
        } else {
            return malformed("gif: unknown block");
        }
        if (out && keep) {
            append(*out, b.subspan(start, i - start));
        }
    }
}

Result<ImageInfo> walk(ByteView bytes, Bytes* out)
{
    if (bytes.size() > kMaxImageBytes) {
        return fail(ErrorCode::InvalidArgument, std::string(kTooLarge));
    }
    if (startsWith(bytes, "\xFF\xD8\xFF")) {
        return walkJpeg(bytes, out);
    }
    if (startsWith(bytes, "\x89PNG\r\n\x1A\n")) {
        return walkPng(bytes, out);
    }
    if (startsWith(bytes, "RIFF") && startsWith(bytes, "WEBP", 8)) {
        return walkWebP(bytes, out);
    }
    if (startsWith(bytes, "GIF87a") || startsWith(bytes, "GIF89a")) {
        return walkGif(bytes, out);
    }
    return malformed("not a JPEG, PNG, WebP or GIF");
}

} // namespace

std::string_view mimeTypeOf(ImageType type)
{
    switch (type) {
    case ImageType::Jpeg:
        return "image/jpeg";
    case ImageType::Png:
        return "image/png";
    case ImageType::WebP:
        return "image/webp";
    case ImageType::Gif:
        return "image/gif";
    }
    return "application/octet-stream";
}

std::optional<ImageProblem> imageProblemOf(const Error& error)
{
    if (error.code != ErrorCode::InvalidArgument) {
        return std::nullopt;
    }
    if (error.detail.starts_with(kNotAnImage)) {
        return ImageProblem::NotAnImage;
    }
    if (error.detail.starts_with(kTooLarge)) {
        return ImageProblem::TooLarge;
    }
    return std::nullopt;
}

Result<ImageInfo> inspectImage(ByteView bytes)
{
    return walk(bytes, nullptr);
}

Result<Bytes> stripImageMetadata(ByteView bytes)
{
    Bytes out;
    auto info = walk(bytes, &out);
    if (!info) {
        return std::unexpected(info.error());
    }
    return out;
}

} // namespace twofold
