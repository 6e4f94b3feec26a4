// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace twofold::test {

// Records every file created in (or moved into) a set of directories, with inotify, so
// that even a temp file unlinked right after it was opened (as SQLite does) is seen.
class FileWatch
{
public:
    explicit FileWatch(const std::vector<std::filesystem::path>& dirs);
    ~FileWatch();
    FileWatch(const FileWatch&) = delete;
    FileWatch& operator=(const FileWatch&) = delete;

    bool ok() const { return m_fd >= 0; }
    // "dir/name" for each creation since the watch began (drains pending events).
    std::vector<std::string> created();

private:
    int m_fd = -1;
    std::vector<std::pair<int, std::string>> m_watches;
    std::vector<std::string> m_seen;
};

} // namespace twofold::test
