// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <cstdlib>
#include <filesystem>
#include <string>
#include <unistd.h>

namespace twofold::test {

// The fuzz targets' shared prologue: one scratch directory per fuzzing process, made on first
// use (in /dev/shm when there is one, so millions of runs do not wear a disk) and removed at
// exit. `name` tells whose it is (twofold-fuzz-<name>-XXXXXX). Aborts when it cannot be made:
// a fuzz target has no other way to fail.
inline const std::filesystem::path& fuzzWorkDir(const char* name)
{
    static const std::filesystem::path dir = [name] {
        const char* shm = "/dev/shm";
        std::string base =
            std::filesystem::is_directory(shm) ? shm : std::filesystem::temp_directory_path().string();
        std::string pattern = base + "/twofold-fuzz-" + name + "-XXXXXX";
        if (::mkdtemp(pattern.data()) == nullptr) {
            std::abort();
        }
        return std::filesystem::path(pattern);
    }();
    static const bool removedAtExit = [] {
        std::atexit([] { std::filesystem::remove_all(dir); });
        return true;
    }();
    (void)removedAtExit;
    return dir;
}

} // namespace twofold::test
