// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "storage/Transaction.h"

#include "storage/Database.h"

#include <utility>

namespace twofold {

Transaction::Transaction(Transaction&& other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

Transaction& Transaction::operator=(Transaction&& other) noexcept
{
    if (this != &other) {
        rollback();
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (m_db == nullptr) {
        return fail(ErrorCode::Internal, "transaction already finished");
    }
    auto st = m_db->exec("COMMIT;");
    if (!st) {
        rollback();
        return st;
    }
    m_db = nullptr;
    return {};
}

void Transaction::rollback() noexcept
{
    if (m_db != nullptr) {
        (void)std::exchange(m_db, nullptr)->exec("ROLLBACK;");
    }
}

} // namespace twofold
