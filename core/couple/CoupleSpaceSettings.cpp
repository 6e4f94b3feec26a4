// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "couple/CoupleSpace.h"
#include "couple/detail/PartnerLeft.h"
#include "journal/Journal.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "vault/Session.h"

#include <charconv>

// Couple-wide settings (couple.db `couple_settings`): not secret from the partner.
namespace twofold {

Result<std::optional<std::string>> CoupleSpace::coupleSetting(std::string_view key)
{
    if (auto st = checkUnlocked(); !st) {
        return std::unexpected(st.error());
    }
    auto stmt = db().prepare("SELECT value FROM couple_settings WHERE key = ?;");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, key);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<std::string>{};
    }
    return std::optional<std::string>{stmt->columnText(0)};
}

Status CoupleSpace::setCoupleSetting(std::string_view key, std::string_view value)
{
    if (auto st = checkUnlocked(); !st) {
        return st;
    }
    if (key.empty()) {
        return fail(ErrorCode::InvalidArgument, "empty setting key");
    }
    auto stmt = db().prepare("INSERT OR REPLACE INTO couple_settings (key, value) VALUES (?, ?);");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, key).bind(2, value);
    return stmt->run();
}

Status CoupleSpace::setCoupleSettings(std::span<const std::pair<std::string_view, std::string_view>> values)
{
    if (auto st = checkUnlocked(); !st) {
        return st;
    }
    auto transaction = db().transaction();
    if (!transaction) {
        return std::unexpected(transaction.error());
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
        return std::unexpected(st.error());
    }
    if (!m_partnerId.empty()) {
        return std::optional<std::int64_t>{};
    }
    auto value = m_session->journal().setting(detail::kPartnerLeftSetting);
    if (!value) {
        return std::unexpected(value.error());
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
    auto stmt = journalDb().prepare("DELETE FROM settings WHERE key = ?;");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, detail::kPartnerLeftSetting);
    return stmt->run();
}

} // namespace twofold
