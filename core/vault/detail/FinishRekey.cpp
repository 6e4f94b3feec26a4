// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "common/CrashPoint.h"
#include "common/Propagate.h"
#include "couple/detail/EnvelopeCrypto.h"
#include "couple/detail/EnvelopeStore.h"
#include "couple/detail/KeyRotation.h"
#include "couple/detail/MyItemStore.h"
#include "couple/detail/ReviewNoteStore.h"
#include "couple/detail/SignedRecords.h"
#include "crypto/BoxKeyPair.h"
#include "crypto/SignKeyPair.h"
#include "journal/detail/JournalAccess.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "vault/Keyring.h"
#include "vault/detail/Rekey.h"
#include "vault/detail/VaultState.h"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <sodium.h>

// Phase C of a re-key (Rekey.h): couple.db brought over to my new keys, in one transaction.
namespace twofold::detail {

namespace {

struct Resealed
{
    Bytes authorSeal;
    Bytes signature;
};

struct OldKeys
{
    BoxKeyPair box;
    SignKeyPair sign;
};

Result<std::optional<OldKeys>> pendingOldKeys(Database& journal)
{
    auto stmt = journal.prepare("SELECT old_box_secret, old_sign_seed FROM rekey_pending WHERE id = 1;");
    if (!stmt) {
        return propagate(stmt);
    }
    auto row = stmt->step();
    if (!row) {
        return propagate(row);
    }
    if (!*row) {
        return std::optional<OldKeys>();
    }
    Bytes boxSecret = stmt->columnBlob(0);
    Bytes seed = stmt->columnBlob(1);
    auto box = BoxKeyPair::fromSecretKey(SecretBuffer::fromBytes(boxSecret));
    auto sign = SignKeyPair::fromSeed(SecretBuffer::fromBytes(seed));
    sodium_memzero(boxSecret.data(), boxSecret.size());
    sodium_memzero(seed.data(), seed.size());
    if (!box || !sign) {
        return fail(ErrorCode::DamagedDatabase, "the journal's unfinished re-key is malformed");
    }
    return std::optional<OldKeys>(OldKeys{std::move(*box), std::move(*sign)});
}

Status runUpdate(Database& db, std::string_view sql, const std::vector<Bytes>& blobs, std::string_view id,
                 std::optional<std::string_view> id2 = std::nullopt)
{
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return propagate(stmt);
    }
    int index = 1;
    for (const auto& blob : blobs) {
        stmt->bind(index++, blob);
    }
    stmt->bind(index++, id);
    if (id2) {
        stmt->bind(index, *id2);
    }
    return stmt->run();
}

// My envelopes in couple.db: the seal and signature my journal now holds for the same id
// (byte for byte, as GrantResolver compares them), or, for rows my journal keeps no copy of
// (earlier versions kept because revealed), sealed and signed again here.
Status resealCoupleEnvelopes(Database& couple, Database& journal, std::string_view me, const OldKeys& old,
                             const SessionKeys& keys)
{
    MyItemStore mine(journal, std::string(me));
    std::map<std::string, Resealed> fromJournal;
    auto items = mine.items();
    if (!items) {
        return propagate(items);
    }
    auto offers = mine.offers();
    if (!offers) {
        return propagate(offers);
    }
    for (const auto* list : {&*items, &*offers}) {
        for (const auto& item : *list) {
            fromJournal.emplace(item.envelope.id,
                                Resealed{item.envelope.authorSeal, item.envelope.signature});
        }
    }
    EnvelopeStore store(couple);
    auto rows = store.allByAuthor(me);
    if (!rows) {
        return propagate(rows);
    }
    for (const auto& row : *rows) {
        Resealed next{row.authorSeal, row.signature};
        if (const auto it = fromJournal.find(row.id); it != fromJournal.end()) {
            next = it->second;
        } else {
            if (auto itemKey = openSealed(row.authorSeal, old.box)) {
                next.authorSeal = sealToPublicKey(*itemKey, keys.box.publicKey);
            }
            if (!row.signature.empty() &&
                verifySignature(old.sign.publicKey, signedMessage(row), row.signature)) {
                next.signature = keys.sign.sign(signedMessage(row));
            }
        }
        if (sameBytes(next.authorSeal, row.authorSeal) && sameBytes(next.signature, row.signature)) {
            continue;
        }
        if (auto st = runUpdate(couple, "UPDATE envelopes SET author_seal = ?, signature = ? WHERE id = ?;",
                                {next.authorSeal, next.signature}, row.id);
            !st) {
            return st;
        }
    }
    return {};
}

// Grants my partner wrote to me: sealed again to my new public key.
Status resealGrantsToMe(Database& couple, std::string_view me, const OldKeys& old, const SessionKeys& keys)
{
    std::vector<std::pair<std::string, Bytes>> resealedGrants;
    {
        auto stmt = couple.prepare("SELECT envelope_id, seal FROM grants WHERE reader_id = ?;");
        if (!stmt) {
            return propagate(stmt);
        }
        stmt->bind(1, me);
        auto read = forEachRow(*stmt, [&](const Statement& s) {
            if (auto itemKey = openSealed(s.columnBlob(1), old.box)) {
                resealedGrants.emplace_back(s.columnText(0), sealToPublicKey(*itemKey, keys.box.publicKey));
            }
        });
        if (!read) {
            return propagate(read);
        }
    }
    for (const auto& [envelopeId, seal] : resealedGrants) {
        if (auto st = runUpdate(couple, "UPDATE grants SET seal = ? WHERE envelope_id = ? AND reader_id = ?;",
                                {seal}, envelopeId, me);
            !st) {
            return st;
        }
    }
    return {};
}

// One kind of signed record: (key columns..., message) for each row that carries my old
// signature, signed again.
struct SignedRow
{
    std::string key;
    Bytes message;
    Bytes signature;
};

Status resignRows(Database& couple, std::vector<SignedRow> rows, std::string_view updateSql,
                  const OldKeys& old, const SessionKeys& keys)
{
    for (const auto& row : rows) {
        if (!verifySignature(old.sign.publicKey, row.message, row.signature)) {
            continue; // not my signature (or not my old one): left for its reader to judge
        }
        if (auto st = runUpdate(couple, updateSql, {keys.sign.sign(row.message)}, row.key); !st) {
            return st;
        }
    }
    return {};
}

// The weekly review's shared notes I wrote (couple/0008).
Status resignReviewNotes(Database& couple, std::string_view me, const OldKeys& old, const SessionKeys& keys)
{
    auto mine = ReviewNoteStore(couple).byAuthor(me);
    if (!mine) {
        return propagate(mine);
    }
    std::vector<SignedRow> notes;
    for (const ReviewNoteRow& row : *mine) {
        notes.push_back({row.id, reviewNoteMessage(row.fields()), row.signature});
    }
    return resignRows(couple, std::move(notes), "UPDATE review_notes SET signature = ? WHERE id = ?;", old,
                      keys);
}

// Format 2 reviews (couple/0008): my signature as the partner who saved, or my
// countersignature as the other one. The contents hash covers what rows sign, not their
// signatures, so it stays as it is.
Status resignFormat2Reviews(Database& couple, const OldKeys& old, const SessionKeys& keys)
{
    std::vector<SignedRow> signatures;
    std::vector<SignedRow> countersignatures;
    {
        auto stmt = couple.prepare("SELECT review_date, saved_at, signed_by, contents_hash, signature,"
                                   " countersignature FROM reviews WHERE format = 2 AND signed_by IS NOT NULL"
                                   " AND contents_hash IS NOT NULL;");
        if (!stmt) {
            return propagate(stmt);
        }
        auto read = forEachRow(*stmt, [&](const Statement& s) {
            const std::string date = s.columnText(0);
            const Bytes message = reviewMessageV2(date, s.columnInt(1), s.columnText(2), s.columnBlob(3));
            const auto blob = [&](int column) {
                return s.isNull(column) ? Bytes() : s.columnBlob(column);
            };
            signatures.push_back({date, message, blob(4)});
            countersignatures.push_back({date, message, blob(5)});
        });
        if (!read) {
            return read;
        }
    }
    if (auto st = resignRows(couple, std::move(signatures),
                             "UPDATE reviews SET signature = ? WHERE review_date = ?;", old, keys);
        !st) {
        return st;
    }
    return resignRows(couple, std::move(countersignatures),
                      "UPDATE reviews SET countersignature = ? WHERE review_date = ?;", old, keys);
}

Status resignRecords(Database& couple, std::string_view me, const OldKeys& old, const SessionKeys& keys)
{
    std::vector<SignedRow> prompts;
    {
        auto stmt =
            couple.prepare("SELECT id, text, follow_up, added_by, created_at, updated_at, retired_at, "
                           "signature FROM custom_prompts WHERE signed_by = ? AND signature IS NOT NULL;");
        if (!stmt) {
            return propagate(stmt);
        }
        stmt->bind(1, me);
        auto read = forEachRow(*stmt, [&](const Statement& s) {
            const std::optional<std::int64_t> retired =
                s.isNull(6) ? std::nullopt : std::optional<std::int64_t>(s.columnInt(6));
            prompts.push_back(
                {s.columnText(0),
                 customPromptMessage(s.columnText(0), s.columnText(1), s.columnText(2), s.columnText(3),
                                     s.columnInt(4), s.columnInt(5), retired, me),
                 s.columnBlob(7)});
        });
        if (!read) {
            return propagate(read);
        }
    }
    if (auto st = resignRows(couple, std::move(prompts),
                             "UPDATE custom_prompts SET signature = ? WHERE id = ?;", old, keys);
        !st) {
        return st;
    }
    std::vector<SignedRow> intentions;
    {
        auto stmt = couple.prepare("SELECT review_date, text, updated_at, signature FROM intentions "
                                   "WHERE partner_id = ? AND signature IS NOT NULL;");
        if (!stmt) {
            return propagate(stmt);
        }
        stmt->bind(1, me);
        auto read = forEachRow(*stmt, [&](const Statement& s) {
            intentions.push_back({s.columnText(0),
                                  intentionMessage(s.columnText(0), me, s.columnText(1), s.columnInt(2)),
                                  s.columnBlob(3)});
        });
        if (!read) {
            return propagate(read);
        }
    }
    for (const auto& row : intentions) {
        if (!verifySignature(old.sign.publicKey, row.message, row.signature)) {
            continue;
        }
        if (auto st = runUpdate(
                couple, "UPDATE intentions SET signature = ? WHERE review_date = ? AND partner_id = ?;",
                {keys.sign.sign(row.message)}, row.key, me);
            !st) {
            return st;
        }
    }
    std::vector<SignedRow> reviews;
    {
        auto stmt = couple.prepare("SELECT review_date, saved_at, signature FROM reviews WHERE signed_by = ? "
                                   "AND signature IS NOT NULL AND format = 1;");
        if (!stmt) {
            return propagate(stmt);
        }
        stmt->bind(1, me);
        auto read = forEachRow(*stmt, [&](const Statement& s) {
            reviews.push_back(
                {s.columnText(0), reviewMessage(s.columnText(0), s.columnInt(1), me), s.columnBlob(2)});
        });
        if (!read) {
            return propagate(read);
        }
    }
    if (auto st = resignRows(couple, std::move(reviews),
                             "UPDATE reviews SET signature = ? WHERE review_date = ?;", old, keys);
        !st) {
        return st;
    }
    if (auto st = resignReviewNotes(couple, me, old, keys); !st) {
        return st;
    }
    return resignFormat2Reviews(couple, old, keys);
}
} // namespace

Status finishRekey(const KeyringRow& row, SessionKeys& keys, std::int64_t nowMs)
{
    Database& journal = detail::JournalAccess::database(*keys.journal);
    auto old = pendingOldKeys(journal);
    if (!old) {
        return propagate(old);
    }
    if (!*old) {
        return {};
    }
    const OldKeys& was = **old;
    Database& couple = keys.couple;
    {
        auto ctx = couple.transaction();
        if (!ctx) {
            return propagate(ctx);
        }
        const Pin from{was.box.publicKey, was.sign.publicKey};
        const Pin to{keys.box.publicKey, keys.sign.publicKey};
        if (auto st = recordKeyRotation(couple, row.id, from, to, was.sign, nowMs); !st) {
            return st;
        }
        auto partner = couple.prepare(
            "UPDATE partners SET public_key = ?, sign_public_key = ?, profile_signature = ? WHERE id = ?;");
        if (!partner) {
            return propagate(partner);
        }
        partner->bind(1, keys.box.publicKey)
            .bind(2, keys.sign.publicKey)
            .bind(3, keys.sign.sign(profileMessage(row.id, row.name, row.colour)))
            .bind(4, row.id);
        if (auto st = partner->run(); !st) {
            return st;
        }
        if (auto st = resealCoupleEnvelopes(couple, journal, row.id, was, keys); !st) {
            return st;
        }
        if (auto st = resealGrantsToMe(couple, row.id, was, keys); !st) {
            return st;
        }
        if (auto st = resignRecords(couple, row.id, was, keys); !st) {
            return st;
        }
        if (auto st = ctx->commit(); !st) {
            return st;
        }
    }
    crashPoint("rekey-couple-updated");
    // Done: the old secret keys leave the journal.
    return journal.exec("DELETE FROM rekey_pending;");
}

} // namespace twofold::detail
