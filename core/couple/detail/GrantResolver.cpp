// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "couple/detail/GrantResolver.h"

#include "common/Propagate.h"
#include "couple/detail/EnvelopeCrypto.h"
#include "couple/detail/KeyRotation.h"
#include "couple/detail/OpenEnvelope.h"
#include "couple/detail/Protocol.h"
#include "crypto/BoxKeyPair.h"
#include "crypto/SignKeyPair.h"
#include "journal/detail/JournalAccess.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "vault/Session.h"

#include <algorithm>
#include <map>
#include <set>

namespace twofold::detail {

namespace {

using TopicKey = std::pair<int, std::string>;

TopicKey keyOf(EnvelopeKind kind, const std::string& topic)
{
    return {static_cast<int>(kind), topic};
}

// A row of mine in couple.db stands when every field my signature covers, and the
// signature itself, are what my journal holds (Comparison::Signed); with
// Comparison::Bytes, the ciphertext and the author seal too. My signature binds
// BLAKE2b(ciphertext), so a ciphertext changed in couple.db fails every reader's check
// and is shown as damaged, never as my words; an author seal changed there opens only
// for me, and to a key that does not open the signed ciphertext.
bool matchesMyJournal(const EnvelopeRow& mine, const EnvelopeRow& row, Comparison comparison)
{
    const bool signedFieldsSame =
        mine.id == row.id && mine.kind == row.kind && mine.topic == row.topic &&
        mine.version == row.version && mine.createdMs == row.createdMs && mine.format == row.format &&
        sameBytes(mine.questionHash, row.questionHash) && sameBytes(mine.signature, row.signature);
    return signedFieldsSame &&
           (comparison == Comparison::Signed ||
            (sameBytes(mine.ciphertext, row.ciphertext) && sameBytes(mine.authorSeal, row.authorSeal)));
}

bool isReciprocal(EnvelopeKind kind)
{
    return kind == EnvelopeKind::Answer || kind == EnvelopeKind::CheckIn;
}

} // namespace

GrantResolver::GrantResolver(Session& session, std::string partnerId, const Clock& clock,
                             std::function<std::string(std::string_view)> questionFor)
    : m_session(&session), m_me(session.partner().id), m_partnerId(std::move(partnerId)), m_clock(&clock),
      m_questionFor(std::move(questionFor))
{}

Result<TrustedPartner> GrantResolver::partner()
{
    TrustedPartner trusted;
    trusted.id = m_partnerId;
    if (m_partnerId.empty()) {
        return trusted;
    }
    EnvelopeStore store(m_session->coupleDatabase());
    auto keys = store.partnerKeys();
    if (!keys) {
        return propagate(keys);
    }
    const auto found = std::ranges::find_if(*keys, [&](const PartnerKeys& k) { return k.id == m_partnerId; });
    if (found == keys->end()) {
        return fail(ErrorCode::DamagedDatabase, "the partner's public key is gone from couple.db");
    }
    trusted.boxPublicKey = found->boxPublicKey;
    trusted.signPublicKey = found->signPublicKey;
    MyItemStore mine(detail::JournalAccess::database(m_session->journal()), m_me);
    auto pinned = mine.pin(m_partnerId);
    if (!pinned) {
        return propagate(pinned);
    }
    if (!*pinned) {
        // First sight (at enrollment, or the partner's first protocol v2 session): pin
        // both keys once the signing key exists. On a full disk, next time: reading
        // needs no free byte.
        if (!trusted.signPublicKey.empty()) {
            auto st = mine.setPin(m_partnerId, Pin{trusted.boxPublicKey, trusted.signPublicKey});
            if (!st && st.error().code != ErrorCode::DiskFull) {
                return propagate(st);
            }
        }
        return trusted;
    }
    trusted.keysChanged = !sameBytes((*pinned)->boxPublicKey, trusted.boxPublicKey) ||
                          !sameBytes((*pinned)->signPublicKey, trusted.signPublicKey);
    if (trusted.keysChanged) {
        // Only a rotation signed by the pinned key moves the pin (detail/KeyRotation).
        auto moved = followKeyRotation(*m_session, m_me, m_partnerId, **pinned,
                                       Pin{trusted.boxPublicKey, trusted.signPublicKey}, m_clock->nowMs());
        if (!moved && moved.error().code != ErrorCode::DiskFull) { // full disk: next time
            return propagate(moved);
        }
        trusted.keysChanged = !(moved && *moved);
    }
    return trusted;
}

Result<bool> GrantResolver::isAuthentic(const EnvelopeRow& row, const TrustedPartner& partner)
{
    if (row.authorId != partner.id || partner.keysChanged) {
        return false;
    }
    if (!row.signature.empty()) {
        return !partner.signPublicKey.empty() &&
               verifySignature(partner.signPublicKey, signedMessage(row), row.signature);
    }
    // Unsigned: only what I could read under protocol v1, byte for byte.
    auto legacy = MyItemStore(detail::JournalAccess::database(m_session->journal()), m_me).legacyHash(row.id);
    if (!legacy) {
        return propagate(legacy);
    }
    return row.format == 1 && *legacy && sameBytes(**legacy, ciphertextHash(row.ciphertext));
}

Result<bool> GrantResolver::partnerAgreed(EnvelopeStore& store, const EnvelopeRow& theirs,
                                          const TrustedPartner& partner)
{
    if (!theirs.signature.empty()) {
        return isAuthentic(theirs, partner);
    }
    // A protocol v1 answer of theirs counts as agreed only with their v1 consent naming
    // it; their own next session moves it into their journal and signs it.
    auto consents = store.legacyConsents(partner.id);
    if (!consents) {
        return propagate(consents);
    }
    const Bytes hash = ciphertextHash(theirs.ciphertext);
    return std::ranges::any_of(*consents, [&](const LegacyConsent& c) {
        return theirs.format == 1 && c.kind == theirs.kind && c.topic == theirs.topic &&
               c.envelopeId == theirs.id && sameBytes(c.ciphertextHash, hash);
    });
}

Status GrantResolver::ensureMySignKey(EnvelopeStore& store)
{
    auto keys = store.partnerKeys();
    if (!keys) {
        return propagate(keys);
    }
    const auto me = std::ranges::find_if(*keys, [&](const PartnerKeys& k) { return k.id == m_me; });
    if (me == keys->end() || !sameBytes(me->boxPublicKey, m_session->publicKey())) {
        return fail(ErrorCode::DamagedDatabase, "couple.db does not hold this partner's public key");
    }
    if (me->signPublicKey.empty()) {
        return store.setSignKey(m_me, m_session->signPublicKey());
    }
    if (!sameBytes(me->signPublicKey, m_session->signPublicKey())) {
        return fail(ErrorCode::DamagedDatabase, "couple.db holds another signing key for this partner");
    }
    return {};
}

Result<int> GrantResolver::run(const std::optional<Topic>& topic, Comparison comparison)
{
    // An older journal put back may agree to what its owner has since withdrawn: nothing
    // is resolved on it until they restore a backup or accept it (docs/ARCHITECTURE.md,
    // "Freshness"); the app and the command line ask before anything else.
    if (m_session->freshness().journalOlder) {
        return 0;
    }
    Database& couple = m_session->coupleDatabase();
    Database& journalDb = detail::JournalAccess::database(m_session->journal());
    EnvelopeStore store(couple);
    MyItemStore mine(journalDb, m_me);
    if (auto st = upgradeFromV1(); !st) {
        return propagate(st);
    }
    auto ctx = couple.transaction();
    if (!ctx) {
        return propagate(ctx);
    }
    if (auto st = ensureMySignKey(store); !st) {
        return propagate(st);
    }
    auto trusted = partner();
    if (!trusted) {
        return propagate(trusted);
    }
    auto jtx = journalDb.transaction();
    if (!jtx) {
        return propagate(jtx);
    }
    const bool bytes = comparison == Comparison::Bytes;
    auto items = bytes ? mine.items(topic) : mine.headers(topic);
    if (!items) {
        return propagate(items);
    }
    auto kept = mine.keptIds();
    if (!kept) {
        return propagate(kept);
    }
    auto offers = mine.offers();
    if (!offers) {
        return propagate(offers);
    }
    auto unpublishing = mine.unpublishingIds();
    if (!unpublishing) {
        return propagate(unpublishing);
    }
    auto rows = bytes ? store.allByAuthor(m_me) : store.headersByAuthor(m_me);
    if (!rows) {
        return propagate(rows);
    }
    std::map<TopicKey, const MyItem*> byTopic;
    for (const auto& item : *items) {
        byTopic[keyOf(item.envelope.kind, item.envelope.topic)] = &item;
    }
    const std::set<std::string> keptIds(kept->begin(), kept->end());
    std::map<std::string, const MyItem*> offerById;
    for (const auto& offer : *offers) {
        offerById.emplace(offer.envelope.id, &offer);
    }
    const std::set<std::string> withdrawing(unpublishing->begin(), unpublishing->end());
    const std::int64_t now = m_clock->nowMs();

    // 1. couple.db says what my journal says, and nothing more.
    std::set<TopicKey> published;
    std::set<std::string> publishedOffers;
    for (const auto& row : *rows) {
        if (topic && (row.kind != topic->kind || row.topic != topic->key)) {
            continue;
        }
        bool stands = false;
        if (row.kind == EnvelopeKind::OfferedEntry) {
            const auto it = offerById.find(row.id);
            stands = it != offerById.end() && matchesMyJournal(it->second->envelope, row, comparison);
            if (stands) {
                publishedOffers.insert(row.id);
            }
        } else if (keptIds.contains(row.id)) {
            // An earlier version kept because it had been revealed. It stays the current row
            // until I publish a newer one (step 2): an edit I have not agreed to is invisible.
            stands = true;
        } else if (!row.current) {
            stands = false;
        } else if (const auto it = byTopic.find(keyOf(row.kind, row.topic)); it != byTopic.end()) {
            const MyItem& item = *it->second;
            stands = item.agreed && matchesMyJournal(item.envelope, row, comparison);
        }
        if (stands) {
            if (row.current && isReciprocal(row.kind) && !keptIds.contains(row.id)) {
                published.insert(keyOf(row.kind, row.topic));
            }
            continue;
        }
        // Not mine to stand behind: removed (its grants go with it), and I am told,
        // unless it is one my own session was removing when it stopped.
        if (auto st = store.remove(row.id); !st) {
            return propagate(st);
        }
        if (!withdrawing.contains(row.id)) {
            if (auto st = mine.addAlert(Topic{row.kind, row.topic}, now); !st) {
                return propagate(st);
            }
        }
    }

    // 2. What I agreed to is published; grants I owe are written. One read of an index
    // for all of it (the Prompts list runs this: §7, 1,000 answered prompts in < 10 ms);
    // only the topics that need a decision read a whole row, open or verify anything.
    std::map<std::string, Bytes> grantOf;
    if (!m_partnerId.empty() && !trusted->keysChanged) {
        auto seals = store.grantSeals(m_me, m_partnerId);
        if (!seals) {
            return propagate(seals);
        }
        for (auto& [id, seal] : *seals) {
            grantOf.emplace(std::move(id), std::move(seal));
        }
    }
    int written = 0;
    for (const auto& header : *items) {
        if (!header.agreed) {
            continue;
        }
        const Topic itemTopic{header.envelope.kind, header.envelope.topic};
        const bool isPublished = published.contains(keyOf(itemTopic.kind, itemTopic.key));
        const bool needsGrantDecision = [&] {
            if (m_partnerId.empty() || trusted->keysChanged) {
                return false;
            }
            // The grant my journal records is in place: nothing to decide (the usual case,
            // at every unlock and every Prompts list).
            const auto grantIt = grantOf.find(header.envelope.id);
            return !(header.granted() && grantIt != grantOf.end() &&
                     sameBytes(grantIt->second, header.grantSeal));
        }();
        if (isPublished && !needsGrantDecision) {
            continue;
        }
        auto full = mine.item(itemTopic);
        if (!full) {
            return propagate(full);
        }
        if (!*full) {
            continue; // gone since the headers were read: nothing of mine to publish
        }
        const MyItem& item = **full;
        const EnvelopeRow& my = item.envelope;
        if (!isPublished) {
            // Whatever holds my envelope's id goes first: a row of mine moved to my partner's
            // name, say. Moving it was a change behind my back.
            auto holder = store.byId(my.id);
            if (!holder) {
                return propagate(holder);
            }
            if (*holder) {
                if (auto st = store.remove(my.id); !st) {
                    return propagate(st);
                }
                if (auto st = mine.addAlert(itemTopic, now); !st) {
                    return propagate(st);
                }
            }
            // A kept (revealed) earlier version still marked current gives way.
            if (auto current = store.current(m_me, itemTopic); !current) {
                return propagate(current);
            } else if (*current) {
                if (auto st = store.markEarlier((*current)->id); !st) {
                    return propagate(st);
                }
            }
            EnvelopeRow row = my;
            row.authorId = m_me;
            row.current = true;
            if (auto st = store.insert(row); !st) {
                return propagate(st);
            }
        }
        if (!needsGrantDecision) {
            continue;
        }
        const auto grantIt = grantOf.find(my.id);
        const std::optional<Bytes> grant =
            grantIt == grantOf.end() ? std::nullopt : std::optional<Bytes>(grantIt->second);
        bool partnerAgrees = false;
        auto theirs = store.current(m_partnerId, itemTopic);
        if (!theirs) {
            return propagate(theirs);
        }
        if (*theirs) {
            auto agreed = partnerAgreed(store, **theirs, *trusted);
            if (!agreed) {
                return propagate(agreed);
            }
            partnerAgrees = *agreed;
        }
        if (item.granted()) {
            if (partnerAgrees) {
                // The grant I wrote, byte for byte: put back if it went missing or was swapped.
                if (auto st = store.putGrant(my.id, m_partnerId, item.grantSeal, now); !st) {
                    return propagate(st);
                }
                continue;
            }
            // My partner retracted (which removes both grants): my reveal is undone too,
            // and needs both again.
            if (auto st = mine.setGrantSeal(itemTopic, {}); !st) {
                return propagate(st);
            }
        }
        if (grant) {
            // A grant my journal never recorded is not mine: gone before anything else.
            if (auto st = store.removeGrant(my.id, m_partnerId); !st) {
                return propagate(st);
            }
        }
        // A private review step is sealed only while the review reveals it with both
        // present: never at a solo unlock, whatever the two journals agree to.
        if (!partnerAgrees || (itemTopic.isTogetherOnly() && !m_togetherOnlyGrants)) {
            continue;
        }
        auto itemKey = m_session->openSealed(my.authorSeal);
        if (!itemKey) {
            if (itemKey.error().code == ErrorCode::NotUnlocked) {
                return propagate(itemKey);
            }
            continue; // my own journal's copy does not open: never granted
        }
        const Bytes seal = sealToPublicKey(*itemKey, trusted->boxPublicKey);
        if (auto st = mine.setGrantSeal(itemTopic, seal); !st) {
            return propagate(st);
        }
        if (auto st = store.putGrant(my.id, m_partnerId, seal, now); !st) {
            return propagate(st);
        }
        ++written;
    }
    // 2b. My offers: what my journal offered stands in couple.db, with the grant I wrote.
    // (One hidden from me could neither be seen nor retracted, and could come back.)
    if (!topic && !m_partnerId.empty() && !trusted->keysChanged) {
        for (const auto& offer : *offers) {
            const EnvelopeRow& my = offer.envelope;
            if (!publishedOffers.contains(my.id)) {
                auto holder = store.byId(my.id);
                if (!holder) {
                    return propagate(holder);
                }
                if (*holder) {
                    if (auto st = store.remove(my.id); !st) {
                        return propagate(st);
                    }
                }
                if (auto st = store.insert(my); !st) {
                    return propagate(st);
                }
            }
            if (offer.granted()) {
                auto grant = store.grant(my.id, m_partnerId);
                if (!grant) {
                    return propagate(grant);
                }
                if (!*grant || !sameBytes(**grant, offer.grantSeal)) {
                    if (auto st = store.putGrant(my.id, m_partnerId, offer.grantSeal, now); !st) {
                        return propagate(st);
                    }
                }
            }
        }
    }

    // My journal first: after a crash between the two, a grant it records is written
    // again (it was owed), and a row it flagged is removed again.
    if (auto st = jtx->commit(); !st) {
        return propagate(st);
    }
    if (auto st = ctx->commit(); !st) {
        return propagate(st);
    }
    // Markers whose rows are gone from couple.db (removed now, or before) are done.
    std::vector<std::string> done;
    for (const auto& id : withdrawing) {
        const bool stillThere = std::ranges::any_of(*rows, [&](const EnvelopeRow& r) {
            return r.id == id && topic && (r.kind != topic->kind || r.topic != topic->key);
        });
        if (!stillThere) {
            done.push_back(id);
        }
    }
    if (auto st = mine.clearUnpublishing(done); !st) {
        return propagate(st);
    }
    return written;
}

} // namespace twofold::detail
