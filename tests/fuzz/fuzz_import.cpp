// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Import files (core/import: Day One JSON, jrnl JSON, Markdown with front matter,
// Twofold's own JSON export) on arbitrary bytes: readImport must give entries or an
// ImportProblem, never a crash. The first byte picks the format.
#include "import/Import.h"
#include "support/FuzzWorkDir.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace twofold;

namespace {

const std::filesystem::path& workDir()
{
    return test::fuzzWorkDir("import");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) {
        return 0;
    }
    static constexpr ImportFormat kFormats[] = {ImportFormat::DayOneJson, ImportFormat::JrnlJson,
                                                ImportFormat::Markdown, ImportFormat::TwofoldJson};
    const ImportFormat format = kFormats[data[0] % 4];
    const auto path = workDir() / (format == ImportFormat::Markdown ? "entry.md" : "export.json");
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data + 1), static_cast<std::streamsize>(size - 1));
    }
    static const ManualClock clock;
    auto entries = readImport(format, path, clock);
    if (!entries && entries.error().message.empty()) {
        std::abort(); // a problem must say what it is
    }
    return 0;
}
