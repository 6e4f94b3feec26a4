// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Bytes.h"
#include "common/Result.h"
#include "couple/Envelope.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace twofold {
class Database;
}

// The couple space's rows in couple.db: envelopes, grants, the partners' public keys,
// and (read once, for migration) protocol v1's consents. Only SQL here; no keys, no
// decisions. Private to core.
namespace twofold::detail {

struct EnvelopeRow
{
    std::string id;
    std::string authorId;
    EnvelopeKind kind = EnvelopeKind::Answer;
    std::string topic;
    Bytes ciphertext;
    Bytes authorSeal;
    std::int64_t createdMs = 0;
    std::int64_t version = 1;
    bool current = true;
    int format = 2;     // 1: written by protocol v1; 2: binds the question (ARCHITECTURE.md)
    Bytes questionHash; // empty for format 1 until signed
    Bytes signature;    // empty: not signed (format 1 before its author's v2 session)
};

// Protocol v1's consent row, read once by its author's session.
struct LegacyConsent
{
    EnvelopeKind kind = EnvelopeKind::Answer;
    std::string topic;
    std::string envelopeId;
    Bytes ciphertextHash;
    Bytes tag;
};

struct PartnerKeys
{
    std::string id;
    Bytes boxPublicKey;
    Bytes signPublicKey; // empty until that partner's first protocol v2 session
};

// For the Prompts list: per topic, whether the partner's current version is
// published and whether a version of theirs is granted to me.
struct PartnerTopicRow
{
    EnvelopeKind kind = EnvelopeKind::Answer;
    std::string topic;
    bool published = false;      // a current version exists (published = agreed)
    bool currentGranted = false; // their current version is sealed to me
    bool earlierGranted = false; // an earlier version of theirs is sealed to me
};

class EnvelopeStore
{
public:
    explicit EnvelopeStore(Database& db) : m_db(&db) {}

    Result<std::optional<EnvelopeRow>> byId(std::string_view id);
    Result<std::optional<EnvelopeRow>> current(std::string_view authorId, const Topic& topic);
    // Every version, newest first.
    Result<std::vector<EnvelopeRow>> versions(std::string_view authorId, const Topic& topic);
    Result<std::vector<EnvelopeRow>> byAuthor(std::string_view authorId, EnvelopeKind kind);
    // Every envelope authorId stands under in couple.db (any kind).
    Result<std::vector<EnvelopeRow>> allByAuthor(std::string_view authorId);
    // The same without ciphertext and author seal (left empty): one read of an index
    // (couple/0007), for comparing the signed fields with what the author's journal holds.
    Result<std::vector<EnvelopeRow>> headersByAuthor(std::string_view authorId);
    Status insert(const EnvelopeRow& row);
    Status remove(std::string_view id);
    Status markEarlier(std::string_view id);
    Status setSignature(std::string_view id, ByteView questionHash, ByteView signature);

    Result<std::vector<LegacyConsent>> legacyConsents(std::string_view partnerId);
    Status removeLegacyConsents(std::string_view partnerId);

    Result<std::optional<Bytes>> grant(std::string_view envelopeId, std::string_view readerId);
    Status putGrant(std::string_view envelopeId, std::string_view readerId, ByteView seal, std::int64_t atMs);
    Status removeGrant(std::string_view envelopeId, std::string_view readerId);
    // Deletes the grants to readerId of every version authorId wrote on topic; how many.
    Result<int> removeGrants(std::string_view authorId, const Topic& topic, std::string_view readerId);
    // The grants of authorId's envelopes to readerId: (envelope id, seal), in one query.
    Result<std::vector<std::pair<std::string, Bytes>>> grantSeals(std::string_view authorId,
                                                                  std::string_view readerId);
    // Envelope ids of authorId's that are granted to readerId.
    Result<std::vector<std::string>> grantedIds(std::string_view authorId, std::string_view readerId);
    // The author's envelopes of a kind that are granted to readerId.
    Result<std::vector<EnvelopeRow>> grantedTo(std::string_view readerId, std::string_view authorId,
                                               EnvelopeKind kind);
    // One query for the Prompts list: every reciprocal topic of the partner's.
    Result<std::vector<PartnerTopicRow>> partnerTopics(std::string_view partnerId, std::string_view me,
                                                       EnvelopeKind kind);

    Result<std::vector<PartnerKeys>> partnerKeys();
    Status setSignKey(std::string_view partnerId, ByteView signPublicKey);

private:
    Database* m_db;
};

} // namespace twofold::detail
