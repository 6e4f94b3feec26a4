// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"

namespace twofold {

class Database;

// BEGIN IMMEDIATE ... COMMIT, rolled back on destruction unless committed.
class Transaction
{
public:
    Transaction() noexcept = default;
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&& other) noexcept;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    Status commit();
    void rollback() noexcept;

private:
    friend class Database;
    explicit Transaction(Database* db) noexcept : m_db(db) {}

    Database* m_db = nullptr;
};

} // namespace twofold
