// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Bytes.h"
#include "common/Result.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace twofold {
class Database;
}

namespace twofold::detail {

// One partner's own record of the guided reviews they saved or countersigned (journal
// table review_ledger, migrations/journal/0007): the authority couple.db's reviews rows
// are checked against, since the other partner can edit couple.db but not this journal.
class ReviewLedger
{
public:
    struct Save
    {
        std::int64_t savedMs = 0;
        Bytes contentsHash;
    };
    struct Entry
    {
        std::optional<Save> saved;   // the last save couple.db committed
        std::optional<Save> pending; // a save begun whose couple.db commit was not confirmed
    };

    explicit ReviewLedger(Database& journal) : m_db(&journal) {}

    // Before couple.db's record is written.
    Status begin(std::string_view reviewDate, const Save& save);
    // After couple.db committed it: the pending save becomes the saved one.
    Status confirm(std::string_view reviewDate);
    // After couple.db refused it: the pending save is forgotten.
    Status abandon(std::string_view reviewDate);

    Result<std::map<std::string, Entry>> entries(std::optional<std::string_view> reviewDate);
    // "YYYY-MM-DD": the day this journal began keeping reviews (nullopt: unreadable).
    Result<std::optional<std::string>> since();

private:
    Database* m_db;
};

} // namespace twofold::detail
