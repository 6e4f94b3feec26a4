// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "common/Propagate.h"
#include "couple/detail/EnvelopeCrypto.h"
#include "couple/detail/GrantResolver.h"
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

constexpr std::string_view kProtocolSetting = kCoupleProtocolSetting;
constexpr std::string_view kProtocolV2 = kCoupleProtocolV2;

} // namespace

// Protocol v1 kept every answer in couple.db and consents beside them. Once, at my
// first v2 session: my unpublished answers move into my journal (and out of
// couple.db), what I had agreed to stays published and is recorded as agreed, every
// item of mine is signed, and my partner's items I could read are remembered as
// readable until their author signs them.
Status GrantResolver::upgradeFromV1()
{
    Journal& journal = m_session->journal();
    auto done = journal.setting(kProtocolSetting);
    if (!done) {
        return propagate(done);
    }
    if (*done == kProtocolV2) {
        return {};
    }
    Database& couple = m_session->coupleDatabase();
    EnvelopeStore store(couple);
    MyItemStore mine(detail::JournalAccess::database(journal), m_me);
    auto rows = store.allByAuthor(m_me);
    if (!rows) {
        return propagate(rows);
    }
    auto consents = store.legacyConsents(m_me);
    if (!consents) {
        return propagate(consents);
    }
    std::vector<std::string> partnersLegacy;
    if (!m_partnerId.empty()) {
        auto readable = store.grantedIds(m_partnerId, m_me);
        if (!readable) {
            return propagate(readable);
        }
        for (const auto& id : *readable) {
            auto row = store.byId(id);
            if (!row) {
                return propagate(row);
            }
            if (*row && (*row)->signature.empty()) {
                partnersLegacy.push_back(id);
            }
        }
    }
    const bool anyUnsigned =
        std::ranges::any_of(*rows, [](const EnvelopeRow& r) { return r.signature.empty() && r.format == 1; });
    if (!anyUnsigned && consents->empty() && partnersLegacy.empty()) {
        // Nothing of protocol v1 here. Marked as done when there is room, so a row forged
        // later in v1's format is never adopted as mine.
        auto st = journal.setSetting(kProtocolSetting, kProtocolV2);
        if (!st && st.error().code != ErrorCode::DiskFull) {
            return st;
        }
        return {};
    }
    auto ctx = couple.transaction();
    if (!ctx) {
        return propagate(ctx);
    }
    auto jtx = detail::JournalAccess::database(journal).transaction();
    if (!jtx) {
        return propagate(jtx);
    }
    for (EnvelopeRow row : *rows) {
        if (!row.signature.empty() || row.format != 1) {
            continue; // only the first release's items are signed now; anything else unsigned is not mine
        }
        auto key = m_session->openSealed(row.authorSeal);
        if (!key || !decrypt(row.ciphertext, *key, bindingOf(row))) {
            continue; // not mine after all: the resolver removes it and says so
        }
        const std::string question =
            row.kind == EnvelopeKind::Answer && m_questionFor ? m_questionFor(row.topic) : std::string();
        row.questionHash = questionHash(question);
        auto signature = m_session->sign(signedMessage(row));
        if (!signature) {
            return propagate(signature);
        }
        row.signature = std::move(*signature);
        if (row.kind == EnvelopeKind::OfferedEntry) {
            if (auto st = store.setSignature(row.id, row.questionHash, row.signature); !st) {
                return st;
            }
            Bytes offerGrant;
            if (!m_partnerId.empty()) {
                auto grant = store.grant(row.id, m_partnerId);
                if (!grant) {
                    return propagate(grant);
                }
                if (*grant) {
                    offerGrant = std::move(**grant);
                }
            }
            if (auto st = mine.addOffer(row, offerGrant); !st) {
                return st;
            }
            continue;
        }
        Bytes grantSeal;
        if (!m_partnerId.empty()) {
            auto grant = store.grant(row.id, m_partnerId);
            if (!grant) {
                return propagate(grant);
            }
            if (*grant) {
                grantSeal = std::move(**grant);
            }
        }
        const bool granted = !grantSeal.empty();
        const Bytes hash = ciphertextHash(row.ciphertext);
        const bool consented = std::ranges::any_of(*consents, [&](const LegacyConsent& c) {
            return c.kind == row.kind && c.topic == row.topic && c.envelopeId == row.id &&
                   sameBytes(c.ciphertextHash, hash) &&
                   sameBytes(consentTag(*key, bindingOf(row), hash), c.tag);
        });
        if (!row.current) {
            // An earlier version kept only because it had been revealed.
            auto st = granted ? mine.addKept(row.id, Topic{row.kind, row.topic}) : store.remove(row.id);
            if (!st) {
                return st;
            }
            if (granted) {
                if (auto s2 = store.setSignature(row.id, row.questionHash, row.signature); !s2) {
                    return s2;
                }
            }
            continue;
        }
        // Only my own consent (its tag needs my item key) says I agreed: a grant row can be
        // put there by anyone. A grant without my consent is not mine; it goes with the row.
        const bool agreed = consented;
        if (!agreed) {
            grantSeal.clear();
        }
        if (auto st = mine.put(MyItem{row, question, agreed, grantSeal}); !st) {
            return st;
        }
        auto st = agreed ? store.setSignature(row.id, row.questionHash, row.signature) : store.remove(row.id);
        if (!st) {
            return st;
        }
    }
    if (auto st = store.removeLegacyConsents(m_me); !st) {
        return st;
    }
    // What I can read of my partner's today stays readable (issue 10, item 7).
    for (const auto& id : partnersLegacy) {
        auto row = store.byId(id);
        if (!row) {
            return propagate(row);
        }
        if (*row) {
            if (auto st = mine.trustLegacy(id, ciphertextHash((*row)->ciphertext)); !st) {
                return st;
            }
        }
    }
    if (auto st = journal.setSetting(kProtocolSetting, kProtocolV2); !st) {
        return st;
    }
    if (auto st = jtx->commit(); !st) {
        return st;
    }
    return ctx->commit();
}

} // namespace twofold::detail
