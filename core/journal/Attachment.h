// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "journal/Entry.h"

#include <cstdint>
#include <optional>
#include <string>

namespace twofold {

using AttachmentId = std::int64_t;

// Whether a photo keeps what its file says about where and when it was taken.
enum class KeepMetadata
{
    No, // EXIF, XMP, IPTC, comments and text chunks removed (the default)
    Yes,
};

struct AttachOptions
{
    std::string fileName; // the original file's name, shown in lists and exports; may be empty
    KeepMetadata keepMetadata = KeepMetadata::No;
};

// A photo's description, without its bytes: an entry lists these to open fast and reads
// each photo's bytes only when it is shown (Journal::attachmentBytes).
struct AttachmentInfo
{
    AttachmentId id = 0;
    EntryId entryId = 0;
    int position = 0; // order within the entry, from 0
    std::string mimeType;
    std::optional<int> width; // pixels, when the file's header says so
    std::optional<int> height;
    std::int64_t byteSize = 0; // as stored (after metadata was removed)
    std::string fileName;
    std::int64_t addedMs = 0;

    bool operator==(const AttachmentInfo&) const = default;
};

} // namespace twofold
