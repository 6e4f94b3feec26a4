// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Bytes.h"
#include "common/Result.h"
#include "journal/Attachment.h"

#include <cstdint>
#include <expected>
#include <ostream>
#include <string>

namespace twofold::cli {

// One image named on the command line, read and checked before anything is saved.
struct ImageFile
{
    std::string name; // the file's name, without its folder
    Bytes bytes;
};

// Reads FILE (at most the size limit) and checks it is an image Twofold keeps. On failure
// the human message is written to err and the exit code returned.
std::expected<ImageFile, int> readImageFile(const std::string& path, std::ostream& err);
// Reports a failed Journal::attach: the image problems in words, others as usual.
int reportAttachError(std::ostream& err, const Error& error);
// "1.2 MB", "830 KB", "512 bytes".
std::string humanSize(std::int64_t bytes);
// "  IMG_1.jpg  image/jpeg  3×2  1.2 MB": one line of `show`.
std::string attachmentLine(const AttachmentInfo& info);

} // namespace twofold::cli
