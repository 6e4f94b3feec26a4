// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "support/TempDir.h"

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>

namespace twofold::test {

TempDir::TempDir()
{
    std::string pattern = (std::filesystem::temp_directory_path() / "twofold-test-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error("mkdtemp failed");
    }
    m_path = pattern;
}

TempDir::~TempDir()
{
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string concatenateAllFiles(const std::filesystem::path& dir)
{
    std::string all;
    for (const auto& item : std::filesystem::recursive_directory_iterator(dir)) {
        if (item.is_regular_file()) {
            all += readFile(item.path());
        }
    }
    return all;
}

std::vector<std::string> plaintextFormsIn(const std::string& bytes, const std::string& asciiMarker)
{
    std::string upper;
    std::string le;
    std::string be;
    for (const char c : asciiMarker) {
        upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        le += c;
        le += '\0';
        be += '\0';
        be += c;
    }
    std::vector<std::string> found;
    const std::pair<const char*, const std::string*> forms[] = {
        {"UTF-8", &asciiMarker}, {"UTF-8 upper case", &upper}, {"UTF-16LE", &le}, {"UTF-16BE", &be}};
    for (const auto& [name, needle] : forms) {
        if (bytes.find(*needle) != std::string::npos) {
            found.emplace_back(name);
        }
    }
    return found;
}

} // namespace twofold::test
