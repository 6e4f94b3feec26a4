// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// The zip reader (core/import/detail/Zip.h) on arbitrary bytes, in memory: opening gives
// members or a reason, never a crash; every member then reads to its bytes or a reason.
// Small caps, so a bomb is stopped early and the fuzzer stays fast.
#include "import/detail/Zip.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace twofold;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    auto archive = detail::ZipArchive::open(detail::zipBytes(bytes),
                                            {.maxMemberBytes = 1 << 20, .maxTotalBytes = 4 << 20});
    if (!archive) {
        if (archive.error().empty()) {
            std::abort(); // a refusal must say why
        }
        return 0;
    }
    for (const detail::ZipMember& member : archive->members()) {
        auto read = archive->read(member);
        if (read && read->size() != member.size) {
            std::abort(); // never more (or less) than declared
        }
        if (!read && read.error().empty()) {
            std::abort();
        }
    }
    return 0;
}
