// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "couple/detail/KeyRotation.h"

#include "common/Propagate.h"
#include "couple/detail/EnvelopeCrypto.h"
#include "couple/detail/EnvelopeStore.h"
#include "crypto/BoxKeyPair.h"
#include "journal/detail/JournalAccess.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "vault/Session.h"

#include <map>
#include <optional>
#include <vector>

#include <sqlite3.h>

namespace twofold::detail {

namespace {

void appendField(Bytes& out, ByteView field)
{
    const auto size = static_cast<std::uint32_t>(field.size());
    for (int shift = 24; shift >= 0; shift -= 8) {
        out.push_back(static_cast<std::uint8_t>(size >> shift));
    }
    out.insert(out.end(), field.begin(), field.end());
}

bool samePin(const Pin& a, const Pin& b)
{
    return sameBytes(a.boxPublicKey, b.boxPublicKey) && sameBytes(a.signPublicKey, b.signPublicKey);
}

// A transaction of our own, unless the caller is already inside one on this connection
// (GrantResolver::run calls partner() inside its couple.db transaction).
Result<std::optional<Transaction>> joinOrBegin(Database& db)
{
    if (sqlite3_get_autocommit(db.handle()) == 0) {
        return std::optional<Transaction>();
    }
    auto tx = db.transaction();
    if (!tx) {
        return propagate(tx);
    }
    return std::optional<Transaction>(std::move(*tx));
}

Status commitIfOwn(std::optional<Transaction>& tx)
{
    return tx ? tx->commit() : Status{};
}

} // namespace

Bytes keyRotationMessage(std::string_view partnerId, const Pin& from, const Pin& to)
{
    Bytes message;
    appendField(message, asBytes("twofold-key-rotation-v1"));
    appendField(message, asBytes(partnerId));
    appendField(message, from.boxPublicKey);
    appendField(message, from.signPublicKey);
    appendField(message, to.boxPublicKey);
    appendField(message, to.signPublicKey);
    return message;
}

Status recordKeyRotation(Database& couple, std::string_view partnerId, const Pin& from, const Pin& to,
                         const SignKeyPair& oldSign, std::int64_t atMs)
{
    auto stmt =
        couple.prepare("INSERT OR REPLACE INTO key_rotations (partner_id, old_public_key, old_sign_key, "
                       "new_public_key, new_sign_key, signature, rotated_at) VALUES (?, ?, ?, ?, ?, ?, ?);");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, partnerId)
        .bind(2, from.boxPublicKey)
        .bind(3, from.signPublicKey)
        .bind(4, to.boxPublicKey)
        .bind(5, to.signPublicKey)
        .bind(6, oldSign.sign(keyRotationMessage(partnerId, from, to)))
        .bind(7, atMs);
    return stmt->run();
}

Result<bool> rotationLeadsTo(Database& couple, std::string_view partnerId, const Pin& from, const Pin& to)
{
    auto stmt = couple.prepare("SELECT old_public_key, old_sign_key, new_public_key, new_sign_key, signature "
                               "FROM key_rotations WHERE partner_id = ?;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, partnerId);
    std::vector<KeyRotation> records;
    auto read = forEachRow(*stmt, [&](const Statement& s) {
        KeyRotation r;
        r.from = Pin{s.columnBlob(0), s.columnBlob(1)};
        r.to = Pin{s.columnBlob(2), s.columnBlob(3)};
        r.signature = s.columnBlob(4);
        records.push_back(std::move(r));
    });
    if (!read) {
        return propagate(read);
    }
    // Search from the trusted keys: each step must be signed by the signing key before it.
    // Not greedy: a re-key that never committed leaves a genuine record to keys nobody
    // holds, beside the one that did.
    std::vector<Pin> reached{from};
    std::vector<bool> used(records.size(), false);
    for (std::size_t next = 0; next < reached.size(); ++next) {
        const Pin at = reached[next];
        if (samePin(at, to)) {
            return true;
        }
        for (std::size_t i = 0; i < records.size(); ++i) {
            const KeyRotation& r = records[i];
            if (!used[i] && samePin(r.from, at) &&
                verifySignature(at.signPublicKey, keyRotationMessage(partnerId, r.from, r.to), r.signature)) {
                used[i] = true;
                reached.push_back(r.to);
            }
        }
    }
    return false;
}

Result<bool> followKeyRotation(Session& session, std::string_view me, std::string_view partnerId,
                               const Pin& pinned, const Pin& current, std::int64_t nowMs)
{
    Database& couple = session.coupleDatabase();
    Database& journal = detail::JournalAccess::database(session.journal());
    auto leads = rotationLeadsTo(couple, partnerId, pinned, current);
    if (!leads || !*leads) {
        return leads;
    }
    auto ctx = joinOrBegin(couple);
    if (!ctx) {
        return propagate(ctx);
    }
    auto jtx = joinOrBegin(journal);
    if (!jtx) {
        return propagate(jtx);
    }
    MyItemStore mine(journal, std::string(me));
    EnvelopeStore store(couple);
    if (auto st = mine.setPin(partnerId, current); !st) {
        return propagate(st);
    }
    // Every grant of mine to my partner, sealed again to their new key (only where a grant
    // stands: GrantResolver decides, as always, whether one is owed).
    std::map<std::string, Bytes> resealed;
    auto grants = store.grantSeals(me, partnerId);
    if (!grants) {
        return propagate(grants);
    }
    for (const auto& [envelopeId, seal] : *grants) {
        auto row = store.byId(envelopeId);
        if (!row) {
            return propagate(row);
        }
        if (!*row) {
            continue;
        }
        auto itemKey = session.openSealed((*row)->authorSeal);
        if (!itemKey) {
            continue; // not an item of mine after all: GrantResolver removes it
        }
        Bytes fresh = sealToPublicKey(*itemKey, current.boxPublicKey);
        if (auto st = store.putGrant(envelopeId, partnerId, fresh, nowMs); !st) {
            return propagate(st);
        }
        resealed.emplace(envelopeId, std::move(fresh));
    }
    // What my journal records as the grant I wrote follows, so GrantResolver puts back the
    // new seal, not the old one.
    auto resealFor = [&](const MyItem& item) -> std::optional<Bytes> {
        if (const auto it = resealed.find(item.envelope.id); it != resealed.end()) {
            return it->second;
        }
        auto itemKey = session.openSealed(item.envelope.authorSeal);
        if (!itemKey) {
            return std::nullopt;
        }
        return sealToPublicKey(*itemKey, current.boxPublicKey);
    };
    auto items = mine.items();
    if (!items) {
        return propagate(items);
    }
    for (const auto& item : *items) {
        if (!item.granted()) {
            continue;
        }
        const auto seal = resealFor(item);
        const Topic topic{item.envelope.kind, item.envelope.topic};
        if (auto st = mine.setGrantSeal(topic, seal ? ByteView(*seal) : ByteView()); !st) {
            return propagate(st);
        }
    }
    auto offers = mine.offers();
    if (!offers) {
        return propagate(offers);
    }
    for (const auto& offer : *offers) {
        if (!offer.granted()) {
            continue;
        }
        const auto seal = resealFor(offer);
        if (auto st = mine.addOffer(offer.envelope, seal ? ByteView(*seal) : ByteView()); !st) {
            return propagate(st);
        }
    }
    // My journal first, as GrantResolver does: after a crash between the two, the pin has
    // moved and the new seals are recorded; the grants are put back from them.
    if (auto st = commitIfOwn(*jtx); !st) {
        return propagate(st);
    }
    if (auto st = commitIfOwn(*ctx); !st) {
        return propagate(st);
    }
    return true;
}

} // namespace twofold::detail
