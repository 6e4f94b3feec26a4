// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// core/media/ImageMetadata.h on arbitrary bytes (a photo file is untrusted input). An image
// that is read must come out as an image of the same type and size, and stripping it again
// must change nothing.
#include "media/ImageMetadata.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>

using namespace twofold;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::span<const std::uint8_t> input(data, size);
    auto info = inspectImage(input);
    auto clean = stripImageMetadata(input);
    if (info.has_value() != clean.has_value()) {
        std::abort();
    }
    if (!clean) {
        return 0;
    }
    auto again = inspectImage(*clean);
    if (!again || again->type != info->type || again->width != info->width || again->height != info->height) {
        std::abort();
    }
    auto twice = stripImageMetadata(*clean);
    if (!twice || *twice != *clean) {
        std::abort();
    }
    return 0;
}
