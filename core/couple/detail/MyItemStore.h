// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Bytes.h"
#include "common/Result.h"
#include "couple/Envelope.h"
#include "couple/detail/EnvelopeStore.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace twofold {
class Database;
class Statement;
} // namespace twofold

// This partner's side of the couple space, in their own journal (journal migration
// 0003): the authority on what they agreed to reveal. Only SQL here. Private to core.
namespace twofold::detail {

// My current version of a reciprocal topic, exactly as it is (or would be) published.
struct MyItem
{
    EnvelopeRow envelope; // authorId is mine; current
    std::string question; // the question text it was written for ('' for check-ins)
    bool agreed = false;  // I agree to reveal exactly this version: it is published
    Bytes grantSeal;      // the grant my session wrote, byte for byte; empty before

    bool granted() const noexcept { return !grantSeal.empty(); }
};

struct Pin
{
    Bytes boxPublicKey;
    Bytes signPublicKey;
};

class MyItemStore
{
public:
    // authorId: the journal's owner, whose items these are.
    MyItemStore(Database& journal, std::string authorId) : m_db(&journal), m_authorId(std::move(authorId)) {}

    Result<std::optional<MyItem>> item(const Topic& topic);
    // Every item (or one topic's), in (kind, topic) order.
    Result<std::vector<MyItem>> items(const std::optional<Topic>& topic = std::nullopt);
    // The same without the ciphertext, author seal and question text (empty): one read of
    // an index (journal/0006), for the Prompts list and for deciding what needs work.
    Result<std::vector<MyItem>> headers(const std::optional<Topic>& topic = std::nullopt);
    Status put(const MyItem& item);
    // Withdrawing also forgets the grant (there is none: hold refuses after a grant).
    Status setAgreed(const Topic& topic, bool agreed);
    // An empty seal: not granted (retract).
    Status setGrantSeal(const Topic& topic, ByteView seal);
    Status remove(const Topic& topic);
    // My decision on a topic, in one transaction: agreeing or withdrawing settles any
    // alert on it (I have seen the topic and acted).
    enum class Agreement
    {
        Agree,
        Withdraw,
    };
    Status decide(const Topic& topic, Agreement agreement);

    // Earlier versions kept published because they had been revealed.
    Status addKept(const EnvelopeId& id, const Topic& topic);
    Result<std::vector<std::string>> keptIds(const std::optional<Topic>& topic = std::nullopt);
    Status removeKept(const Topic& topic);

    // Ids being removed from couple.db by this session (see the migration).
    Status markUnpublishing(const EnvelopeId& id);
    Result<std::vector<std::string>> unpublishingIds();
    Status clearUnpublishing(const std::vector<std::string>& ids);

    // My offers, whole, with the grant my session wrote (empty: none yet).
    Status addOffer(const EnvelopeRow& offer, ByteView grantSeal);
    Status removeOffer(const EnvelopeId& id);
    Result<std::vector<MyItem>> offers();

    Status addAlert(const Topic& topic, std::int64_t atMs);
    Status clearAlert(const Topic& topic);
    Result<std::vector<Topic>> alerts();

    Status trustLegacy(const EnvelopeId& id, ByteView ciphertextHash);
    Result<std::optional<Bytes>> legacyHash(const EnvelopeId& id);

    Result<std::optional<Pin>> pin(std::string_view partnerId);
    Status setPin(std::string_view partnerId, const Pin& pin);
    // Every partner id pinned in this journal.
    Result<std::vector<std::string>> pinnedIds();

private:
    Result<std::vector<MyItem>> select(std::string_view columns, const std::optional<Topic>& topic,
                                       MyItem (*read)(const Statement&));
    Database* m_db;
    std::string m_authorId;
};

} // namespace twofold::detail
