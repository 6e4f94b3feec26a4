// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "common/Propagate.h"
#include "couple/CoupleSpace.h"
#include "couple/detail/PartnerLeft.h"
#include "journal/Journal.h"
#include "journal/detail/JournalTables.h"
#include "storage/Database.h"
#include "storage/KeyedTable.h"
#include "storage/Transaction.h"
#include "vault/Session.h"

#include <charconv>

// Couple-wide settings (couple.db `couple_settings`): not secret from the partner.
namespace twofold {

namespace {

constexpr KeyedTable kCoupleSettings{
    .selectSql = "SELECT value FROM couple_settings WHERE key = ?;",
    .upsertSql = "INSERT OR REPLACE INTO couple_settings (key, value) VALUES (?, ?);",
    .deleteSql = "DELETE FROM couple_settings WHERE key = ?;",
};

} // namespace

Result<std::optional<std::string>> CoupleSpace::coupleSetting(std::string_view key)
{
    if (auto st = checkUnlocked(); !st) {
        return propagate(st);
    }
    return kCoupleSettings.text(db(), key);
}

Status CoupleSpace::setCoupleSetting(std::string_view key, std::string_view value)
{
    if (auto st = checkUnlocked(); !st) {
        return st;
    }
    if (key.empty()) {
        return fail(ErrorCode::InvalidArgument, "empty setting key");
    }
    return kCoupleSettings.put(db(), key, value);
}

Status CoupleSpace::setCoupleSettings(std::span<const std::pair<std::string_view, std::string_view>> values)
{
    if (auto st = checkUnlocked(); !st) {
        return st;
    }
    auto transaction = db().transaction();
    if (!transaction) {
        return propagate(transaction);
    }
    for (const auto& [key, value] : values) {
        if (auto st = setCoupleSetting(key, value); !st) {
            return st; // the transaction rolls back
        }
    }
    return transaction->commit();
}

Result<std::optional<std::int64_t>> CoupleSpace::partnerLeftAt()
{
    if (auto st = checkUnlocked(); !st) {
        return propagate(st);
    }
    if (!m_partnerId.empty()) {
        return std::optional<std::int64_t>{};
    }
    auto value = m_session->journal().setting(detail::kPartnerLeftSetting);
    if (!value) {
        return propagate(value);
    }
    if (!*value) {
        return std::optional<std::int64_t>{};
    }
    std::int64_t ms = 0;
    const std::string& text = **value;
    (void)std::from_chars(text.data(), text.data() + text.size(), ms);
    return std::optional<std::int64_t>{ms};
}

Status CoupleSpace::dismissPartnerLeft()
{
    if (auto st = checkUnlocked(); !st) {
        return st;
    }
    return detail::kJournalSettings.erase(journalDb(), detail::kPartnerLeftSetting);
}

} // namespace twofold
