// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Bytes.h"
#include "common/Result.h"

#include <cstddef>
#include <optional>
#include <string_view>

// What Twofold needs to know about an image before it keeps it, and a copy of it without
// the metadata that can tell where and when it was taken (docs/PHOTOS.md). Every parser
// here reads untrusted bytes: each read is bounds-checked, and a malformed file is refused
// (ErrorCode::InvalidArgument, ImageProblem::NotAnImage), never half-read. No image is decoded.
namespace twofold {

// The largest image Twofold keeps (docs/PHOTOS.md).
inline constexpr std::size_t kMaxImageBytes = 25u * 1024u * 1024u;

enum class ImageType
{
    Jpeg,
    Png,
    WebP,
    Gif,
};

struct ImageInfo
{
    ImageType type = ImageType::Jpeg;
    std::optional<int> width; // pixels, when the header says so
    std::optional<int> height;
};

std::string_view mimeTypeOf(ImageType type);

// Why an image was refused, for the shells to phrase. The errors are InvalidArgument (a
// caller passed something unusable); imageProblemOf tells these two apart from the others.
enum class ImageProblem
{
    NotAnImage, // not a JPEG, PNG, WebP or GIF, or a damaged one
    TooLarge,   // above kMaxImageBytes
};
std::optional<ImageProblem> imageProblemOf(const Error& error);

// Recognizes JPEG, PNG, WebP and GIF by their magic bytes and walks their structure.
// ImageProblem::NotAnImage for anything else or anything malformed; TooLarge above
// kMaxImageBytes.
Result<ImageInfo> inspectImage(ByteView bytes);

// A copy without EXIF, XMP, IPTC, comments, text chunks and timestamps. A JPEG keeps its
// JFIF, ICC profile and Adobe segments (needed to show its colours) and its EXIF
// orientation, rewritten as a fresh EXIF segment holding nothing else.
// Fails like inspectImage.
Result<Bytes> stripImageMetadata(ByteView bytes);

} // namespace twofold
