// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "FileWatch.h"

#include <cerrno>
#include <sys/inotify.h>
#include <unistd.h>

namespace twofold::test {

FileWatch::FileWatch(const std::vector<std::filesystem::path>& dirs)
{
    m_fd = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (m_fd < 0) {
        return;
    }
    for (const auto& dir : dirs) {
        const int wd = ::inotify_add_watch(m_fd, dir.c_str(), IN_CREATE | IN_MOVED_TO);
        if (wd < 0) {
            ::close(m_fd);
            m_fd = -1;
            return;
        }
        m_watches.emplace_back(wd, dir.string());
    }
}

FileWatch::~FileWatch()
{
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

std::vector<std::string> FileWatch::created()
{
    alignas(inotify_event) char buffer[16 * 1024];
    while (m_fd >= 0) {
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n <= 0) {
            break;
        }
        for (ssize_t at = 0; at < n;) {
            const auto* event = reinterpret_cast<const inotify_event*>(buffer + at);
            std::string dir = "?";
            for (const auto& [wd, path] : m_watches) {
                if (wd == event->wd) {
                    dir = path;
                }
            }
            if (event->mask & IN_Q_OVERFLOW) {
                m_seen.push_back("(events lost)");
            } else if (event->len > 0) {
                m_seen.push_back(dir + "/" + event->name);
            }
            at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
        }
    }
    return m_seen;
}

} // namespace twofold::test
