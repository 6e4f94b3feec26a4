// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// The CMake files list their sources by name (no GLOB). A file that is in the tree but in no
// list would silently not be built (or its tests not run): this finds it.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

namespace {

namespace fs = std::filesystem;

// The words of a CMake file: whitespace, parentheses and quotes separate them.
std::set<std::string> wordsOf(const fs::path& file)
{
    std::ifstream in(file);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::replace_if(
        text.begin(), text.end(), [](char c) { return c == '(' || c == ')' || c == '"'; }, ' ');
    std::istringstream words(text);
    return {std::istream_iterator<std::string>(words), std::istream_iterator<std::string>()};
}

// Whether `words` names `relative` (as it is, or ending in /<relative>, e.g. after
// ${CMAKE_CURRENT_SOURCE_DIR}).
bool names(const std::set<std::string>& words, const std::string& relative)
{
    return std::any_of(words.begin(), words.end(), [&](const std::string& word) {
        return word == relative || word.ends_with("/" + relative);
    });
}

} // namespace

// Every .cpp and .h of core/, ui/ and app/, and every .cpp of tests/ (but the fuzz targets,
// which tests/fuzz/CMakeLists.txt names without the extension), is named in the CMakeLists.txt
// nearest above it, or in scripts/cmake/ (the icon tool), relative to that folder.
TEST(SourceListTest, EverySourceIsListedInItsCMakeLists)
{
    const fs::path source(TWOFOLD_SOURCE_DIR);
    std::set<std::string> scriptWords;
    for (const auto& item : fs::directory_iterator(source / "scripts" / "cmake")) {
        scriptWords.merge(wordsOf(item.path()));
    }
    int filesChecked = 0;
    for (const char* dir : {"core", "ui", "app", "tests"}) {
        const bool testsDir = std::string(dir) == "tests";
        for (auto it = fs::recursive_directory_iterator(source / dir);
             it != fs::recursive_directory_iterator(); ++it) {
            const fs::path& path = it->path();
            if (it->is_directory() && testsDir && (path.filename() == "fuzz" || path.filename() == "data")) {
                it.disable_recursion_pending();
                continue;
            }
            const auto extension = path.extension();
            if (!it->is_regular_file() || !(extension == ".cpp" || (extension == ".h" && !testsDir))) {
                continue;
            }
            fs::path listDir = path.parent_path();
            while (!fs::exists(listDir / "CMakeLists.txt") && listDir != source) {
                listDir = listDir.parent_path();
            }
            ++filesChecked;
            const auto words = wordsOf(listDir / "CMakeLists.txt");
            EXPECT_TRUE(names(words, fs::relative(path, listDir).generic_string()) ||
                        names(scriptWords, fs::relative(path, source).generic_string()))
                << fs::relative(path, source).generic_string() << " is in no list of "
                << fs::relative(listDir / "CMakeLists.txt", source).generic_string();
        }
    }
    EXPECT_GT(filesChecked, 100);
}
