// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"

namespace twofold {
class Database;
}

namespace twofold::detail {

// Registers the FTS5 ranking function twofold_rank(entries_fts, word_count) on a
// connection: Okapi BM25 over title (weight 4), tags (2) and body (1), lower is
// better, like FTS5's bm25(). It exists because FTS5's bm25() asks for every row's
// column sizes, which on a contentless table is one docsize lookup per row; with
// SQLCipher's memory security each of those pays for mlock'd allocations and the
// search budget (DESIGN.md §7) is missed. The document length comes from
// entries.word_count instead.
Status registerSearchRank(Database& db);

} // namespace twofold::detail
