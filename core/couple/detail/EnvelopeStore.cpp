#include "couple/detail/EnvelopeStore.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace twofold::detail {

namespace {

constexpr std::string_view kEnvelopeColumns =
    "id, author_id, kind, topic, ciphertext, author_seal, created_at, version, is_current";

int kindValue(EnvelopeKind kind)
{
    return static_cast<int>(kind);
}

EnvelopeRow readEnvelope(const Statement& s, int first = 0)
{
    EnvelopeRow row;
    row.id = s.columnText(first);
    row.authorId = s.columnText(first + 1);
    row.kind = static_cast<EnvelopeKind>(s.columnInt(first + 2));
    row.topic = s.columnText(first + 3);
    row.ciphertext = s.columnBlob(first + 4);
    row.authorSeal = s.columnBlob(first + 5);
    row.createdMs = s.columnInt(first + 6);
    row.version = s.columnInt(first + 7);
    row.current = s.columnInt(first + 8) != 0;
    return row;
}

ConsentRow readConsent(const Statement& s, int first = 0)
{
    ConsentRow row;
    row.partnerId = s.columnText(first);
    row.kind = static_cast<EnvelopeKind>(s.columnInt(first + 1));
    row.topic = s.columnText(first + 2);
    row.envelopeId = s.columnText(first + 3);
    row.ciphertextHash = s.columnBlob(first + 4);
    row.tag = s.columnBlob(first + 5);
    row.givenMs = s.columnInt(first + 6);
    return row;
}

template <typename T, typename ReadRow> Result<std::vector<T>> collect(Statement& stmt, ReadRow readRow)
{
    std::vector<T> rows;
    while (true) {
        auto more = stmt.step();
        if (!more) {
            return std::unexpected(more.error());
        }
        if (!*more) {
            return rows;
        }
        rows.push_back(readRow(stmt));
    }
}

template <typename T> Result<std::optional<T>> first(Result<std::vector<T>> rows)
{
    if (!rows) {
        return std::unexpected(rows.error());
    }
    if (rows->empty()) {
        return std::optional<T>();
    }
    return std::optional<T>(std::move(rows->front()));
}

} // namespace

Result<std::optional<EnvelopeRow>> EnvelopeStore::byId(std::string_view id)
{
    auto stmt = m_db->prepare("SELECT " + std::string(kEnvelopeColumns) + " FROM envelopes WHERE id = ?;");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, id);
    return first(collect<EnvelopeRow>(*stmt, [](const Statement& s) { return readEnvelope(s); }));
}

Result<std::optional<EnvelopeRow>> EnvelopeStore::current(std::string_view authorId, const Topic& topic)
{
    auto stmt =
        m_db->prepare("SELECT " + std::string(kEnvelopeColumns) +
                      " FROM envelopes WHERE author_id = ? AND kind = ? AND topic = ? AND is_current = 1;");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, authorId).bind(2, kindValue(topic.kind)).bind(3, topic.key);
    return first(collect<EnvelopeRow>(*stmt, [](const Statement& s) { return readEnvelope(s); }));
}

Result<std::vector<EnvelopeRow>> EnvelopeStore::versions(std::string_view authorId, const Topic& topic)
{
    auto stmt = m_db->prepare("SELECT " + std::string(kEnvelopeColumns) +
                              " FROM envelopes WHERE author_id = ? AND kind = ? AND topic = ?"
                              " ORDER BY is_current DESC, version DESC;");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, authorId).bind(2, kindValue(topic.kind)).bind(3, topic.key);
    return collect<EnvelopeRow>(*stmt, [](const Statement& s) { return readEnvelope(s); });
}

Result<std::vector<EnvelopeRow>> EnvelopeStore::byAuthor(std::string_view authorId, EnvelopeKind kind)
{
    auto stmt =
        m_db->prepare("SELECT " + std::string(kEnvelopeColumns) +
                      " FROM envelopes WHERE author_id = ? AND kind = ? ORDER BY created_at DESC, id;");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, authorId).bind(2, kindValue(kind));
    return collect<EnvelopeRow>(*stmt, [](const Statement& s) { return readEnvelope(s); });
}

Status EnvelopeStore::insert(const EnvelopeRow& row)
{
    auto stmt = m_db->prepare("INSERT INTO envelopes (" + std::string(kEnvelopeColumns) +
                              ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?);");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, row.id)
        .bind(2, row.authorId)
        .bind(3, kindValue(row.kind))
        .bind(4, row.topic)
        .bind(5, row.ciphertext)
        .bind(6, row.authorSeal)
        .bind(7, row.createdMs)
        .bind(8, row.version)
        .bind(9, row.current ? 1 : 0);
    return stmt->run();
}

Status EnvelopeStore::remove(std::string_view id)
{
    auto stmt = m_db->prepare("DELETE FROM envelopes WHERE id = ?;");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, id);
    return stmt->run();
}

Status EnvelopeStore::markEarlier(std::string_view id)
{
    auto stmt = m_db->prepare("UPDATE envelopes SET is_current = 0 WHERE id = ?;");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, id);
    return stmt->run();
}

Status EnvelopeStore::removeEarlier(std::string_view authorId, const Topic& topic)
{
    auto stmt = m_db->prepare(
        "DELETE FROM envelopes WHERE author_id = ? AND kind = ? AND topic = ? AND is_current = 0;");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, authorId).bind(2, kindValue(topic.kind)).bind(3, topic.key);
    return stmt->run();
}

Result<std::optional<ConsentRow>> EnvelopeStore::consent(std::string_view partnerId, const Topic& topic)
{
    auto stmt = m_db->prepare("SELECT partner_id, kind, topic, envelope_id, ciphertext_hash, tag, given_at"
                              " FROM consents WHERE partner_id = ? AND kind = ? AND topic = ?;");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, partnerId).bind(2, kindValue(topic.kind)).bind(3, topic.key);
    return first(collect<ConsentRow>(*stmt, [](const Statement& s) { return readConsent(s); }));
}

Status EnvelopeStore::putConsent(const ConsentRow& row)
{
    auto stmt = m_db->prepare("INSERT OR REPLACE INTO consents"
                              " (partner_id, kind, topic, envelope_id, ciphertext_hash, tag, given_at)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?);");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, row.partnerId)
        .bind(2, kindValue(row.kind))
        .bind(3, row.topic)
        .bind(4, row.envelopeId)
        .bind(5, row.ciphertextHash)
        .bind(6, row.tag)
        .bind(7, row.givenMs);
    return stmt->run();
}

Status EnvelopeStore::removeConsent(std::string_view partnerId, const Topic& topic)
{
    auto stmt = m_db->prepare("DELETE FROM consents WHERE partner_id = ? AND kind = ? AND topic = ?;");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, partnerId).bind(2, kindValue(topic.kind)).bind(3, topic.key);
    return stmt->run();
}

Result<std::optional<Bytes>> EnvelopeStore::grant(std::string_view envelopeId, std::string_view readerId)
{
    auto stmt = m_db->prepare("SELECT seal FROM grants WHERE envelope_id = ? AND reader_id = ?;");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, envelopeId).bind(2, readerId);
    return first(collect<Bytes>(*stmt, [](const Statement& s) { return s.columnBlob(0); }));
}

Status EnvelopeStore::putGrant(std::string_view envelopeId, std::string_view readerId, ByteView seal,
                               std::int64_t atMs)
{
    auto stmt = m_db->prepare(
        "INSERT OR REPLACE INTO grants (envelope_id, reader_id, seal, granted_at) VALUES (?, ?, ?, ?);");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, envelopeId).bind(2, readerId).bind(3, seal).bind(4, atMs);
    return stmt->run();
}

Result<int> EnvelopeStore::removeGrants(std::string_view authorId, const Topic& topic,
                                        std::string_view readerId)
{
    auto stmt = m_db->prepare("DELETE FROM grants WHERE reader_id = ? AND envelope_id IN"
                              " (SELECT id FROM envelopes WHERE author_id = ? AND kind = ? AND topic = ?);");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, readerId).bind(2, authorId).bind(3, kindValue(topic.kind)).bind(4, topic.key);
    if (auto st = stmt->run(); !st) {
        return std::unexpected(st.error());
    }
    return m_db->changes();
}

Result<std::vector<EnvelopeRow>> EnvelopeStore::grantedTo(std::string_view readerId,
                                                          std::string_view authorId, EnvelopeKind kind)
{
    auto stmt = m_db->prepare("SELECT e.id, e.author_id, e.kind, e.topic, e.ciphertext, e.author_seal,"
                              " e.created_at, e.version, e.is_current FROM envelopes e"
                              " JOIN grants g ON g.envelope_id = e.id AND g.reader_id = ?"
                              " WHERE e.author_id = ? AND e.kind = ? ORDER BY e.created_at DESC, e.id;");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, readerId).bind(2, authorId).bind(3, kindValue(kind));
    return collect<EnvelopeRow>(*stmt, [](const Statement& s) { return readEnvelope(s); });
}

Result<std::vector<GrantCandidate>> EnvelopeStore::grantCandidates(std::string_view me,
                                                                   std::string_view partner,
                                                                   const std::optional<Topic>& topic)
{
    // My current envelope and the consent naming it; theirs likewise; no grant yet.
    // The hashes and my consent's tag are checked by the caller, with the keys.
    std::string sql =
        "SELECT m.id, m.author_id, m.kind, m.topic, m.ciphertext, m.author_seal, m.created_at, m.version,"
        " m.is_current,"
        " mc.partner_id, mc.kind, mc.topic, mc.envelope_id, mc.ciphertext_hash, mc.tag, mc.given_at,"
        " t.ciphertext, tc.ciphertext_hash"
        " FROM envelopes m"
        " JOIN consents mc ON mc.partner_id = m.author_id AND mc.kind = m.kind AND mc.topic = m.topic"
        "   AND mc.envelope_id = m.id"
        " JOIN envelopes t ON t.author_id = ?2 AND t.kind = m.kind AND t.topic = m.topic AND t.is_current = 1"
        " JOIN consents tc ON tc.partner_id = t.author_id AND tc.kind = t.kind AND tc.topic = t.topic"
        "   AND tc.envelope_id = t.id"
        " WHERE m.author_id = ?1 AND m.is_current = 1 AND m.kind IN (1, 2)"
        "   AND NOT EXISTS (SELECT 1 FROM grants g WHERE g.envelope_id = m.id AND g.reader_id = ?2)";
    if (topic) {
        sql += " AND m.kind = ?3 AND m.topic = ?4";
    }
    sql += ";";
    auto stmt = m_db->prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, me).bind(2, partner);
    if (topic) {
        stmt->bind(3, kindValue(topic->kind)).bind(4, topic->key);
    }
    return collect<GrantCandidate>(*stmt, [](const Statement& s) {
        return GrantCandidate{readEnvelope(s, 0), readConsent(s, 9), s.columnBlob(16), s.columnBlob(17)};
    });
}

Result<std::vector<std::pair<std::string, Bytes>>> EnvelopeStore::partnerKeys()
{
    auto stmt = m_db->prepare("SELECT id, public_key FROM partners ORDER BY joined_at, id;");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    return collect<std::pair<std::string, Bytes>>(*stmt, [](const Statement& s) {
        return std::pair{s.columnText(0), s.columnBlob(1)};
    });
}

} // namespace twofold::detail
