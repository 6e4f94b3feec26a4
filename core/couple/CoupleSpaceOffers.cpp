// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "common/Propagate.h"
#include "couple/CoupleSpace.h"
#include "couple/detail/EnvelopeCrypto.h"
#include "couple/detail/EnvelopeStore.h"
#include "couple/detail/GrantResolver.h"
#include "couple/detail/MyItemStore.h"
#include "couple/detail/OpenEnvelope.h"
#include "crypto/BoxKeyPair.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "vault/Session.h"

#include <algorithm>

// Offered journal entries (DESIGN.md §4): granted at offer time, read after "Read now".
namespace twofold {

using detail::EnvelopeRow;
using detail::EnvelopeStore;
using detail::MyItemStore;
using detail::openWith;
using detail::settledLater;

namespace {

constexpr std::string_view kOfferResponsePrefix = "couple.offer.";
constexpr std::string_view kResponseRead = "read";
constexpr std::string_view kResponseNotNow = "not-now";

} // namespace

Result<EnvelopeId> CoupleSpace::offerEntry(EntryId entryId)
{
    if (auto st = checkUnlocked(); !st) {
        return propagate(st);
    }
    if (m_partnerId.empty()) {
        return fail(ErrorCode::UnknownPartner, "no partner to offer to yet");
    }
    auto entry = m_session->journal().get(entryId);
    if (!entry) {
        return propagate(entry);
    }
    const OfferedEntry offered{entry->fields.title, entry->fields.body, entry->fields.promptId.value_or(""),
                               entry->createdMs};
    auto partner = resolver().partner();
    if (!partner) {
        return propagate(partner);
    }
    if (partner->keysChanged) {
        return fail(ErrorCode::DamagedDatabase, "the partner's public keys changed in couple.db");
    }
    EnvelopeRow row;
    row.id = detail::newEnvelopeId(*m_options.random);
    row.authorId = m_myId;
    row.kind = EnvelopeKind::OfferedEntry;
    row.topic = offered.promptId;
    row.createdMs = m_options.clock->nowMs();
    row.format = 2;
    row.questionHash = detail::questionHash({});
    const SecretBuffer itemKey = detail::newItemKey(*m_options.random);
    const SecretBuffer plain = detail::encodeOffer(offered);
    row.ciphertext = detail::encrypt(plain.span(), itemKey, detail::bindingOf(row));
    row.authorSeal = sealToPublicKey(itemKey, m_session->publicKey());
    auto signature = m_session->sign(detail::signedMessage(row));
    if (!signature) {
        return propagate(signature);
    }
    row.signature = std::move(*signature);
    // The author agreed by offering: the grant is written now; the reader's app shows
    // the entry only once they choose "Read now". My journal first, whole and with the
    // grant: only offers it holds stand under my name, byte for byte.
    const Bytes grantSeal = sealToPublicKey(itemKey, partner->boxPublicKey);
    if (auto st = MyItemStore(journalDb(), m_myId).addOffer(row, grantSeal); !st) {
        return propagate(st);
    }
    EnvelopeStore store(db());
    auto tx = db().transaction();
    if (!tx) {
        return propagate(tx);
    }
    if (auto st = store.insert(row); !st) {
        return propagate(st);
    }
    if (auto st = store.putGrant(row.id, m_partnerId, grantSeal, row.createdMs); !st) {
        return propagate(st);
    }
    if (auto st = tx->commit(); !st) {
        return propagate(st);
    }
    return row.id;
}

Result<std::vector<MyOffer>> CoupleSpace::myOffers()
{
    if (auto st = checkUnlocked(); !st) {
        return propagate(st);
    }
    // From my journal: what couple.db holds under my name may have been changed.
    auto mine = MyItemStore(journalDb(), m_myId).offers();
    if (!mine) {
        return propagate(mine);
    }
    std::vector<MyOffer> offers;
    for (const auto& offer : *mine) {
        const EnvelopeRow& row = offer.envelope;
        auto entry = openWith<OfferedEntry>(*m_session, row.authorSeal, row, detail::decodeOfferFor);
        offers.push_back(
            MyOffer{row.id, row.createdMs, Opened<std::string>{entry.state, std::move(entry.value.title)}});
    }
    return offers;
}

Result<Retraction> CoupleSpace::retractOffer(const EnvelopeId& offer)
{
    if (auto st = checkUnlocked(); !st) {
        return propagate(st);
    }
    MyItemStore myStore(journalDb(), m_myId);
    auto mine = myStore.offers();
    if (!mine) {
        return propagate(mine);
    }
    const auto found =
        std::ranges::find_if(*mine, [&](const detail::MyItem& item) { return item.envelope.id == offer; });
    if (found == mine->end()) {
        return fail(ErrorCode::NotFound, "no such offer of yours");
    }
    const bool granted = found->granted();
    if (auto st = myStore.removeOffer(offer); !st) {
        return propagate(st);
    }
    if (auto st = settledLater(unpublish({offer})); !st) {
        return propagate(st);
    }
    return Retraction{granted};
}

Result<OfferResponse> CoupleSpace::responseTo(const EnvelopeId& offer)
{
    auto value = m_session->journal().setting(std::string(kOfferResponsePrefix) + offer);
    if (!value) {
        return propagate(value);
    }
    if (*value == kResponseRead) {
        return OfferResponse::Read;
    }
    if (*value == kResponseNotNow) {
        return OfferResponse::NotNow;
    }
    return OfferResponse::NotSeen;
}

Result<std::vector<InboxItem>> CoupleSpace::inbox()
{
    if (auto st = checkUnlocked(); !st) {
        return propagate(st);
    }
    std::vector<InboxItem> items;
    if (m_partnerId.empty()) {
        return items;
    }
    auto rows = EnvelopeStore(db()).grantedTo(m_myId, m_partnerId, EnvelopeKind::OfferedEntry);
    if (!rows) {
        return propagate(rows);
    }
    for (const auto& row : *rows) {
        auto response = responseTo(row.id);
        if (!response) {
            return propagate(response);
        }
        items.push_back(InboxItem{row.id, row.createdMs, *response});
    }
    return items;
}

Result<Opened<OfferedEntry>> CoupleSpace::openOffer(const EnvelopeId& offer)
{
    EnvelopeStore store(db());
    auto row = store.byId(offer);
    if (!row) {
        return propagate(row);
    }
    if (!*row || m_partnerId.empty() || (*row)->authorId != m_partnerId ||
        (*row)->kind != EnvelopeKind::OfferedEntry) {
        return fail(ErrorCode::NotFound, "no such offer");
    }
    auto grant = store.grant(offer, m_myId);
    if (!grant) {
        return propagate(grant);
    }
    if (!*grant) {
        return fail(ErrorCode::NotFound, "the offer was withdrawn");
    }
    auto res = resolver();
    auto partner = res.partner();
    if (!partner) {
        return propagate(partner);
    }
    auto authentic = res.isAuthentic(**row, *partner);
    if (!authentic) {
        return propagate(authentic);
    }
    if (!*authentic) {
        return Opened<OfferedEntry>{ItemState::Damaged, {}};
    }
    return openWith<OfferedEntry>(*m_session, **grant, **row, detail::decodeOfferFor);
}

Result<Opened<OfferedEntry>> CoupleSpace::acceptOffer(const EnvelopeId& offer)
{
    if (auto st = checkUnlocked(); !st) {
        return propagate(st);
    }
    auto opened = openOffer(offer);
    if (!opened) {
        return opened;
    }
    if (auto st = m_session->journal().setSetting(std::string(kOfferResponsePrefix) + offer, kResponseRead);
        !st) {
        return propagate(st);
    }
    return opened;
}

Status CoupleSpace::notNow(const EnvelopeId& offer)
{
    if (auto st = checkUnlocked(); !st) {
        return st;
    }
    if (auto opened = openOffer(offer); !opened) {
        return propagate(opened);
    }
    auto response = responseTo(offer);
    if (!response) {
        return propagate(response);
    }
    if (*response == OfferResponse::Read) {
        return {}; // already read: "not now" changes nothing
    }
    return m_session->journal().setSetting(std::string(kOfferResponsePrefix) + offer, kResponseNotNow);
}

Result<Opened<OfferedEntry>> CoupleSpace::readOffer(const EnvelopeId& offer)
{
    if (auto st = checkUnlocked(); !st) {
        return propagate(st);
    }
    auto response = responseTo(offer);
    if (!response) {
        return propagate(response);
    }
    auto opened = openOffer(offer);
    if (!opened) {
        return opened;
    }
    if (*response != OfferResponse::Read) {
        return fail(ErrorCode::InvalidArgument, "the offer has not been accepted");
    }
    return opened;
}

} // namespace twofold
