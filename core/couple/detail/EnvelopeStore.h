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

// The couple space's rows in couple.db: envelopes, consents, grants. Only SQL here;
// no keys, no decisions. Private to core.
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
};

struct ConsentRow
{
    std::string partnerId;
    EnvelopeKind kind = EnvelopeKind::Answer;
    std::string topic;
    std::string envelopeId;
    Bytes ciphertextHash;
    Bytes tag;
    std::int64_t givenMs = 0;
};

// A reciprocal topic where both partners have a current envelope and a consent that
// names it, and the first partner's envelope is not yet granted to the second.
struct GrantCandidate
{
    EnvelopeRow mine;
    ConsentRow myConsent;
    Bytes theirCiphertext;
    Bytes theirConsentHash;
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
    Status insert(const EnvelopeRow& row);
    Status remove(std::string_view id);
    Status markEarlier(std::string_view id);
    // Deletes the earlier (not current) versions authorId wrote on topic.
    Status removeEarlier(std::string_view authorId, const Topic& topic);

    Result<std::optional<ConsentRow>> consent(std::string_view partnerId, const Topic& topic);
    Status putConsent(const ConsentRow& row);
    Status removeConsent(std::string_view partnerId, const Topic& topic);

    Result<std::optional<Bytes>> grant(std::string_view envelopeId, std::string_view readerId);
    Status putGrant(std::string_view envelopeId, std::string_view readerId, ByteView seal, std::int64_t atMs);
    // Deletes the grants to readerId of every version authorId wrote on topic; how many.
    Result<int> removeGrants(std::string_view authorId, const Topic& topic, std::string_view readerId);
    // Partner's offers granted to readerId.
    Result<std::vector<EnvelopeRow>> grantedTo(std::string_view readerId, std::string_view authorId,
                                               EnvelopeKind kind);

    // Reciprocal topics (one, or all) whose rule may hold and where `me` owes a grant.
    Result<std::vector<GrantCandidate>> grantCandidates(std::string_view me, std::string_view partner,
                                                        const std::optional<Topic>& topic);

    // Public keys of couple.db's partners (authenticated by SQLCipher), by id.
    Result<std::vector<std::pair<std::string, Bytes>>> partnerKeys();

private:
    Database* m_db;
};

} // namespace twofold::detail
