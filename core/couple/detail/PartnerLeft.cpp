// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "couple/detail/PartnerLeft.h"

#include "common/Propagate.h"
#include "couple/detail/EnvelopeStore.h"
#include "couple/detail/MyItemStore.h"
#include "journal/Journal.h"
#include "journal/detail/JournalAccess.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "vault/Session.h"

#include <set>
#include <string>

namespace twofold::detail {

namespace {

Status runWith(Database& db, std::string_view sql, std::string_view value)
{
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return propagate(stmt);
    }
    if (sql.find('?') != std::string_view::npos) {
        stmt->bind(1, value);
    }
    return stmt->run();
}

} // namespace

Status closeAfterPartnerLeft(Session& session, std::string_view leftId, std::int64_t nowMs)
{
    const std::string me = session.partner().id;
    EnvelopeStore store(session.coupleDatabase());
    auto published = store.allByAuthor(me);
    if (!published) {
        return propagate(published);
    }
    Database& journal = detail::JournalAccess::database(session.journal());
    MyItemStore mine(journal, me);
    auto offers = mine.offers();
    if (!offers) {
        return propagate(offers);
    }
    auto kept = mine.keptIds();
    if (!kept) {
        return propagate(kept);
    }
    std::set<std::string> ids;
    for (const auto& row : *published) {
        ids.insert(row.id);
    }
    for (const auto& offer : *offers) {
        ids.insert(offer.envelope.id);
    }
    ids.insert(kept->begin(), kept->end());

    auto tx = journal.transaction();
    if (!tx) {
        return propagate(tx);
    }
    for (const auto& id : ids) {
        if (auto st = mine.markUnpublishing(EnvelopeId{id}); !st) {
            return st;
        }
    }
    static constexpr std::string_view kForget[] = {
        "UPDATE couple_items SET agreed = 0, grant_seal = NULL;",
        "DELETE FROM couple_kept;",
        "DELETE FROM couple_offers;",
        "DELETE FROM couple_alerts;",
        "DELETE FROM couple_legacy_trusted;",
        // "Read now" / "Not now" on their offers.
        "DELETE FROM settings WHERE key LIKE 'couple.offer.%';",
        "DELETE FROM couple_pins WHERE partner_id = ?;",
    };
    for (const std::string_view sql : kForget) {
        if (auto st = runWith(journal, sql, leftId); !st) {
            return st;
        }
    }
    auto note = journal.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?);");
    if (!note) {
        return propagate(note);
    }
    note->bind(1, kPartnerLeftSetting).bind(2, std::to_string(nowMs));
    if (auto st = note->run(); !st) {
        return st;
    }
    return tx->commit();
}

} // namespace twofold::detail
