// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "journal/detail/SearchRank.h"

#include "storage/Database.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <new>
#include <vector>

#include <sqlite3.h>

namespace twofold::detail {

namespace {

// The usual BM25 constants, as FTS5's bm25() uses them.
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;
// entries_fts columns: title, body, tags.
constexpr std::array<double, 3> kColumnWeights = {4.0, 1.0, 2.0};

// What every row of one query shares: each phrase's IDF and the average length.
struct QueryStats
{
    std::vector<double> idf;
    double averageLength = 1.0;
};

void destroyStats(void* stats)
{
    delete static_cast<QueryStats*>(stats);
}

int countRow(const Fts5ExtensionApi*, Fts5Context*, void* count)
{
    ++*static_cast<sqlite3_int64*>(count);
    return SQLITE_OK;
}

QueryStats* statsFor(const Fts5ExtensionApi* api, Fts5Context* fts, int* rc)
{
    if (auto* cached = static_cast<QueryStats*>(api->xGetAuxdata(fts, 0))) {
        return cached;
    }
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    *rc = api->xRowCount(fts, &rows);
    if (*rc == SQLITE_OK) {
        *rc = api->xColumnTotalSize(fts, -1, &tokens);
    }
    if (*rc != SQLITE_OK) {
        return nullptr;
    }
    auto* stats = new (std::nothrow) QueryStats;
    if (stats == nullptr) {
        *rc = SQLITE_NOMEM;
        return nullptr;
    }
    stats->averageLength =
        rows > 0 ? std::max(1.0, static_cast<double>(tokens) / static_cast<double>(rows)) : 1.0;
    const int phrases = api->xPhraseCount(fts);
    stats->idf.assign(static_cast<std::size_t>(std::max(phrases, 0)), 0.0);
    for (int i = 0; i < phrases; ++i) {
        sqlite3_int64 hits = 0;
        *rc = api->xQueryPhrase(fts, i, &hits, countRow);
        if (*rc != SQLITE_OK) {
            delete stats;
            return nullptr;
        }
        const double n = static_cast<double>(rows);
        const double h = static_cast<double>(hits);
        // As FTS5's bm25(): a term in more than half the rows still counts a little.
        stats->idf[static_cast<std::size_t>(i)] = std::max(1e-6, std::log((n - h + 0.5) / (h + 0.5)));
    }
    *rc = api->xSetAuxdata(fts, stats, destroyStats); // frees stats itself on failure
    return *rc == SQLITE_OK ? stats : nullptr;
}

void rank(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* result, int argc,
          sqlite3_value** argv)
{
    int rc = SQLITE_OK;
    const QueryStats* stats = statsFor(api, fts, &rc);
    if (stats == nullptr) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    int instances = 0;
    if ((rc = api->xInstCount(fts, &instances)) != SQLITE_OK) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    // A small fixed buffer: allocations are costly under SQLCipher's memory security.
    std::array<double, 16> small{};
    std::vector<double> large;
    double* frequency = small.data();
    if (stats->idf.size() > small.size()) {
        large.assign(stats->idf.size(), 0.0);
        frequency = large.data();
    }
    for (int i = 0; i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        if ((rc = api->xInst(fts, i, &phrase, &column, &offset)) != SQLITE_OK) {
            sqlite3_result_error_code(result, rc);
            return;
        }
        if (phrase >= 0 && static_cast<std::size_t>(phrase) < stats->idf.size() && column >= 0 &&
            static_cast<std::size_t>(column) < kColumnWeights.size()) {
            frequency[phrase] += kColumnWeights[static_cast<std::size_t>(column)];
        }
    }
    const double length = argc > 0 ? std::max(1.0, sqlite3_value_double(argv[0])) : stats->averageLength;
    const double norm = kK1 * (1.0 - kB + kB * length / stats->averageLength);
    double score = 0.0;
    for (std::size_t i = 0; i < stats->idf.size(); ++i) {
        score += stats->idf[i] * (frequency[i] * (kK1 + 1.0)) / (frequency[i] + norm);
    }
    sqlite3_result_double(result, -score);
}

} // namespace

Status registerSearchRank(Database& db)
{
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db.handle(), "SELECT fts5(?1)", -1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return fail(ErrorCode::Internal, "FTS5 is not available");
    }
    fts5_api* api = nullptr;
    sqlite3_bind_pointer(stmt, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    if (api == nullptr || api->iVersion < 2) {
        return fail(ErrorCode::Internal, "FTS5 API is not available");
    }
    rc = api->xCreateFunction(api, "twofold_rank", nullptr, rank, nullptr);
    if (rc != SQLITE_OK) {
        return fail(ErrorCode::Internal, "cannot register the search ranking function");
    }
    return {};
}

} // namespace twofold::detail
