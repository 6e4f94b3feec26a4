// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"

#include <expected>
#include <utility>

namespace twofold {

// Passes a failed result's error up unchanged, whatever the caller returns:
//     auto stmt = db.prepare(sql);
//     if (!stmt) {
//         return propagate(stmt);
//     }
// Any error type: Result's Error, or a parser's own (json::ParseError).
template <typename T, typename E> std::unexpected<E> propagate(const std::expected<T, E>& failed)
{
    return std::unexpected(failed.error());
}

template <typename T, typename E> std::unexpected<E> propagate(std::expected<T, E>&& failed)
{
    return std::unexpected(std::move(failed).error());
}

} // namespace twofold
