// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace twofold::test {

// A fresh directory under the build tree's temp area, removed on destruction.
class TempDir
{
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

// Reads a whole file as bytes (as a string).
std::string readFile(const std::filesystem::path& path);
// Every regular file below dir (databases, WAL, shm, anything).
std::string concatenateAllFiles(const std::filesystem::path& dir);
// The encodings of an ASCII marker found in bytes: "UTF-8", "UTF-8 upper case",
// "UTF-16LE", "UTF-16BE". Empty when none is there.
std::vector<std::string> plaintextFormsIn(const std::string& bytes, const std::string& asciiMarker);

} // namespace twofold::test
