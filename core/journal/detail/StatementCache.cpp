// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "journal/detail/StatementCache.h"

#include "common/Propagate.h"
#include "storage/Database.h"

#include <utility>

namespace twofold::detail {

StatementCache::Lease::Lease(std::unique_ptr<Statement> owned) noexcept
    : m_stmt(owned.get()), m_owned(std::move(owned))
{}

StatementCache::Lease::Lease(Lease&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_inUse(std::exchange(other.m_inUse, nullptr)),
      m_owned(std::move(other.m_owned))
{}

StatementCache::Lease::~Lease()
{
    if (m_stmt != nullptr) {
        m_stmt->reset();
    }
    if (m_inUse != nullptr) {
        *m_inUse = false;
    }
}

Result<StatementCache::Lease> StatementCache::get(std::string_view sql)
{
    auto found = m_slots.find(sql);
    if (found == m_slots.end()) {
        auto stmt = m_db->prepare(sql);
        if (!stmt) {
            return propagate(stmt);
        }
        found = m_slots.emplace(sql, Slot{std::move(*stmt), false}).first;
    }
    Slot& slot = found->second;
    if (slot.inUse) {
        // The same statement is already stepping further up the stack.
        auto stmt = m_db->prepare(sql);
        if (!stmt) {
            return propagate(stmt);
        }
        return Lease(std::make_unique<Statement>(std::move(*stmt)));
    }
    slot.inUse = true;
    slot.stmt.reset();
    return Lease(&slot.stmt, &slot.inUse);
}

void StatementCache::clear() noexcept
{
    m_slots.clear();
}

} // namespace twofold::detail
