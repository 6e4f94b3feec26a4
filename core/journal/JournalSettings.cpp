// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "common/Propagate.h"
#include "journal/Journal.h"
#include "journal/detail/JournalTables.h"
#include "journal/detail/Utf8.h"

// Small per-partner preferences (journal table `settings`).
namespace twofold {

Result<std::optional<std::string>> Journal::setting(std::string_view key)
{
    if (auto st = ensureOpen(); !st) {
        return propagate(st);
    }
    return detail::kJournalSettings.text(*m_db, key);
}

Status Journal::setSetting(std::string_view key, std::string_view value)
{
    if (auto st = ensureOpen(); !st) {
        return st;
    }
    if (key.empty()) {
        return fail(ErrorCode::InvalidArgument, "setting key is empty");
    }
    if (!detail::isValidUtf8(key) || !detail::isValidUtf8(value)) {
        return fail(ErrorCode::InvalidArgument, "setting is not valid UTF-8");
    }
    return detail::kJournalSettings.put(*m_db, key, value);
}

} // namespace twofold
