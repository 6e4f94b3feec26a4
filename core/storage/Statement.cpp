// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "storage/Statement.h"

#include "common/Propagate.h"
#include "storage/Database.h"

#include <utility>

#include <sqlite3.h>

namespace twofold {

Statement::Statement(Statement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_db(other.m_db), m_cached(other.m_cached),
      m_bindError(other.m_bindError)
{}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        release();
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = other.m_db;
        m_cached = other.m_cached;
        m_bindError = other.m_bindError;
    }
    return *this;
}

Statement::~Statement()
{
    release();
}

void Statement::release() noexcept
{
    sqlite3_stmt* stmt = std::exchange(m_stmt, nullptr);
    if (stmt == nullptr) {
        return;
    }
    if (m_cached && m_db != nullptr) {
        m_db->returnToCache(stmt);
        return;
    }
    sqlite3_finalize(stmt);
}

Statement& Statement::bind(int index, std::int64_t value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK && m_bindError == 0) {
        m_bindError = rc;
    }
    return *this;
}

Statement& Statement::bind(int index, std::string_view text)
{
    // SQLITE_TRANSIENT: SQLite copies the text, the caller's buffer may go away.
    const int rc =
        sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK && m_bindError == 0) {
        m_bindError = rc;
    }
    return *this;
}

Statement& Statement::bind(int index, ByteView blob)
{
    const int rc = sqlite3_bind_blob64(m_stmt, index, blob.data(), blob.size(), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK && m_bindError == 0) {
        m_bindError = rc;
    }
    return *this;
}

Statement& Statement::bind(int index, std::nullopt_t)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK && m_bindError == 0) {
        m_bindError = rc;
    }
    return *this;
}

Result<bool> Statement::step()
{
    if (m_bindError != 0) {
        const int rc = std::exchange(m_bindError, 0);
        return std::unexpected(m_db->lastError(rc, "bind"));
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        // A row read through a page that failed authentication is damage, not data.
        if (auto st = m_db->checkReadsAuthenticated(); !st) {
            sqlite3_reset(m_stmt);
            return propagate(st);
        }
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    Error error = m_db->lastError(rc, "step");
    sqlite3_reset(m_stmt);
    return std::unexpected(std::move(error));
}

Status Statement::run()
{
    return forEachRow(*this, [](const Statement&) {});
}

Result<std::vector<std::string>> Statement::textColumn(int column)
{
    std::vector<std::string> values;
    if (auto st = forEachRow(*this, [&](const Statement& s) { values.push_back(s.columnText(column)); });
        !st) {
        return propagate(st);
    }
    return values;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError = 0;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

std::string Statement::columnText(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return text != nullptr ? std::string(text, static_cast<std::size_t>(size)) : std::string();
}

Bytes Statement::columnBlob(int column) const
{
    const auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data != nullptr ? Bytes(data, data + size) : Bytes();
}

std::optional<std::int64_t> Statement::columnOptionalInt(int column) const
{
    if (isNull(column)) {
        return std::nullopt;
    }
    return columnInt(column);
}

} // namespace twofold
