// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "couple/detail/MyItemStore.h"

#include "common/Propagate.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

namespace twofold::detail {

namespace {

// The fields couple_items_headers (journal/0006) covers: no ciphertext, seal or question.
constexpr std::string_view kHeaderColumns =
    "kind, topic, envelope_id, format, question_hash, signature, created_at, version, agreed, grant_seal";
// A whole item: its header's columns, then the rest.
constexpr std::string_view kItemColumns =
    "kind, topic, envelope_id, format, question_hash, signature, created_at, version, agreed, grant_seal, "
    "question, ciphertext, author_seal";
static_assert(kItemColumns.starts_with(kHeaderColumns));

int kindValue(EnvelopeKind kind)
{
    return static_cast<int>(kind);
}

MyItem readHeader(const Statement& s)
{
    MyItem item;
    EnvelopeRow& e = item.envelope;
    e.kind = static_cast<EnvelopeKind>(s.columnInt(0));
    e.topic = s.columnText(1);
    e.id = s.columnText(2);
    e.format = static_cast<int>(s.columnInt(3));
    e.questionHash = s.columnBlob(4);
    e.signature = s.columnBlob(5);
    e.createdMs = s.columnInt(6);
    e.version = s.columnInt(7);
    e.current = true;
    item.agreed = s.columnInt(8) != 0;
    item.grantSeal = s.columnBlob(9);
    return item;
}

MyItem readItem(const Statement& s)
{
    MyItem item = readHeader(s);
    item.question = s.columnText(10);
    item.envelope.ciphertext = s.columnBlob(11);
    item.envelope.authorSeal = s.columnBlob(12);
    return item;
}

Status runWithTopic(Database& db, std::string_view sql, const Topic& topic)
{
    auto stmt = db.prepareCached(sql);
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, kindValue(topic.kind)).bind(2, topic.key);
    return stmt->run();
}

Status runWithId(Database& db, std::string_view sql, std::string_view id)
{
    auto stmt = db.prepareCached(sql);
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, id);
    return stmt->run();
}

} // namespace

Result<std::optional<MyItem>> MyItemStore::item(const Topic& topic)
{
    auto all = items(topic);
    if (!all) {
        return propagate(all);
    }
    if (all->empty()) {
        return std::optional<MyItem>();
    }
    return std::optional<MyItem>(std::move(all->front()));
}

Result<std::vector<MyItem>> MyItemStore::items(const std::optional<Topic>& topic)
{
    return select(kItemColumns, topic, readItem);
}

Result<std::vector<MyItem>> MyItemStore::headers(const std::optional<Topic>& topic)
{
    return select(kHeaderColumns, topic, readHeader);
}

Result<std::vector<MyItem>> MyItemStore::select(std::string_view columns, const std::optional<Topic>& topic,
                                                MyItem (*read)(const Statement&))
{
    std::string sql = "SELECT " + std::string(columns) + " FROM couple_items";
    sql += topic ? " WHERE kind = ? AND topic = ?;" : " ORDER BY kind, topic;";
    auto stmt = m_db->prepareCached(sql);
    if (!stmt) {
        return propagate(stmt);
    }
    if (topic) {
        stmt->bind(1, kindValue(topic->kind)).bind(2, topic->key);
    }
    std::vector<MyItem> out;
    auto walked = forEachRow(*stmt, [&](const Statement& s) {
        out.push_back(read(s));
        out.back().envelope.authorId = m_authorId;
    });
    if (!walked) {
        return propagate(walked);
    }
    return out;
}

Status MyItemStore::put(const MyItem& item)
{
    auto stmt = m_db->prepareCached("INSERT OR REPLACE INTO couple_items (" + std::string(kItemColumns) +
                                    ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);");
    if (!stmt) {
        return propagate(stmt);
    }
    const EnvelopeRow& e = item.envelope;
    stmt->bindAll(kindValue(e.kind), e.topic, e.id, e.format, e.questionHash, e.signature, e.createdMs,
                  e.version, item.agreed ? 1 : 0,
                  item.grantSeal.empty() ? std::optional<Bytes>() : std::optional<Bytes>(item.grantSeal),
                  item.question, e.ciphertext, e.authorSeal);
    return stmt->run();
}

Status MyItemStore::setAgreed(const Topic& topic, bool agreed)
{
    return runWithTopic(
        *m_db,
        agreed ? "UPDATE couple_items SET agreed = 1 WHERE kind = ? AND topic = ?;"
               : "UPDATE couple_items SET agreed = 0, grant_seal = NULL WHERE kind = ? AND topic = ?;",
        topic);
}

Status MyItemStore::setGrantSeal(const Topic& topic, ByteView seal)
{
    auto stmt = m_db->prepareCached("UPDATE couple_items SET grant_seal = ? WHERE kind = ? AND topic = ?;");
    if (!stmt) {
        return propagate(stmt);
    }
    if (seal.empty()) {
        stmt->bind(1, std::nullopt);
    } else {
        stmt->bind(1, seal);
    }
    stmt->bind(2, kindValue(topic.kind)).bind(3, topic.key);
    return stmt->run();
}

Status MyItemStore::markUnpublishing(const EnvelopeId& id)
{
    return runWithId(*m_db, "INSERT OR REPLACE INTO couple_unpublishing (envelope_id) VALUES (?);", id);
}

Result<std::vector<std::string>> MyItemStore::unpublishingIds()
{
    auto stmt = m_db->prepareCached("SELECT envelope_id FROM couple_unpublishing;");
    if (!stmt) {
        return propagate(stmt);
    }
    return stmt->textColumn(0);
}

Status MyItemStore::clearUnpublishing(const std::vector<std::string>& ids)
{
    auto stmt = m_db->prepareCached("DELETE FROM couple_unpublishing WHERE envelope_id = ?;");
    if (!stmt) {
        return propagate(stmt);
    }
    for (const auto& id : ids) {
        stmt->reset();
        stmt->bind(1, id);
        if (auto st = stmt->run(); !st) {
            return st;
        }
    }
    return {};
}

Status MyItemStore::decide(const Topic& topic, Agreement agreement)
{
    auto tx = m_db->transaction();
    if (!tx) {
        return propagate(tx);
    }
    if (auto st = setAgreed(topic, agreement == Agreement::Agree); !st) {
        return st;
    }
    if (auto st = clearAlert(topic); !st) {
        return st;
    }
    return tx->commit();
}

Status MyItemStore::remove(const Topic& topic)
{
    return runWithTopic(*m_db, "DELETE FROM couple_items WHERE kind = ? AND topic = ?;", topic);
}

Status MyItemStore::addKept(const EnvelopeId& id, const Topic& topic)
{
    auto stmt = m_db->prepareCached(
        "INSERT OR REPLACE INTO couple_kept (envelope_id, kind, topic) VALUES (?, ?, ?);");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, id).bind(2, kindValue(topic.kind)).bind(3, topic.key);
    return stmt->run();
}

Result<std::vector<std::string>> MyItemStore::keptIds(const std::optional<Topic>& topic)
{
    auto stmt =
        m_db->prepareCached(topic ? "SELECT envelope_id FROM couple_kept WHERE kind = ? AND topic = ?;"
                                  : "SELECT envelope_id FROM couple_kept;");
    if (!stmt) {
        return propagate(stmt);
    }
    if (topic) {
        stmt->bind(1, kindValue(topic->kind)).bind(2, topic->key);
    }
    return stmt->textColumn(0);
}

Status MyItemStore::removeKept(const Topic& topic)
{
    return runWithTopic(*m_db, "DELETE FROM couple_kept WHERE kind = ? AND topic = ?;", topic);
}

Status MyItemStore::addOffer(const EnvelopeRow& offer, ByteView grantSeal)
{
    auto stmt = m_db->prepareCached(
        "INSERT OR REPLACE INTO couple_offers (envelope_id, topic, format, question_hash, "
        "ciphertext, author_seal, signature, created_at, grant_seal)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?);");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, offer.id)
        .bind(2, offer.topic)
        .bind(3, offer.format)
        .bind(4, offer.questionHash)
        .bind(5, offer.ciphertext)
        .bind(6, offer.authorSeal)
        .bind(7, offer.signature)
        .bind(8, offer.createdMs);
    if (grantSeal.empty()) {
        stmt->bind(9, std::nullopt);
    } else {
        stmt->bind(9, grantSeal);
    }
    return stmt->run();
}

Status MyItemStore::removeOffer(const EnvelopeId& id)
{
    return runWithId(*m_db, "DELETE FROM couple_offers WHERE envelope_id = ?;", id);
}

Result<std::vector<MyItem>> MyItemStore::offers()
{
    auto stmt =
        m_db->prepareCached("SELECT envelope_id, topic, format, question_hash, ciphertext, author_seal, "
                            "signature, created_at, grant_seal FROM couple_offers ORDER BY created_at DESC, "
                            "envelope_id;");
    if (!stmt) {
        return propagate(stmt);
    }
    std::vector<MyItem> out;
    auto read = forEachRow(*stmt, [&](const Statement& s) {
        MyItem item;
        EnvelopeRow& e = item.envelope;
        e.id = s.columnText(0);
        e.authorId = m_authorId;
        e.kind = EnvelopeKind::OfferedEntry;
        e.topic = s.columnText(1);
        e.format = static_cast<int>(s.columnInt(2));
        e.questionHash = s.columnBlob(3);
        e.ciphertext = s.columnBlob(4);
        e.authorSeal = s.columnBlob(5);
        e.signature = s.columnBlob(6);
        e.createdMs = s.columnInt(7);
        e.version = 1;
        e.current = true;
        item.agreed = true; // offering is agreeing
        item.grantSeal = s.columnBlob(8);
        out.push_back(std::move(item));
    });
    if (!read) {
        return propagate(read);
    }
    return out;
}

Status MyItemStore::addAlert(const Topic& topic, std::int64_t atMs)
{
    auto stmt =
        m_db->prepareCached("INSERT OR REPLACE INTO couple_alerts (kind, topic, seen_at) VALUES (?, ?, ?);");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, kindValue(topic.kind)).bind(2, topic.key).bind(3, atMs);
    return stmt->run();
}

Status MyItemStore::clearAlert(const Topic& topic)
{
    return runWithTopic(*m_db, "DELETE FROM couple_alerts WHERE kind = ? AND topic = ?;", topic);
}

Result<std::vector<Topic>> MyItemStore::alerts()
{
    auto stmt = m_db->prepareCached("SELECT kind, topic FROM couple_alerts ORDER BY kind, topic;");
    if (!stmt) {
        return propagate(stmt);
    }
    std::vector<Topic> out;
    auto read = forEachRow(*stmt, [&](const Statement& s) {
        out.push_back(Topic{static_cast<EnvelopeKind>(s.columnInt(0)), s.columnText(1)});
    });
    if (!read) {
        return propagate(read);
    }
    return out;
}

Status MyItemStore::trustLegacy(const EnvelopeId& id, ByteView ciphertextHash)
{
    auto stmt = m_db->prepareCached(
        "INSERT OR REPLACE INTO couple_legacy_trusted (envelope_id, ciphertext_hash) VALUES (?, ?);");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, id).bind(2, ciphertextHash);
    return stmt->run();
}

Result<std::optional<Bytes>> MyItemStore::legacyHash(const EnvelopeId& id)
{
    auto stmt =
        m_db->prepareCached("SELECT ciphertext_hash FROM couple_legacy_trusted WHERE envelope_id = ?;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, id);
    auto more = stmt->step();
    if (!more) {
        return propagate(more);
    }
    if (!*more) {
        return std::optional<Bytes>();
    }
    return std::optional<Bytes>(stmt->columnBlob(0));
}

Result<std::optional<Pin>> MyItemStore::pin(std::string_view partnerId)
{
    auto stmt =
        m_db->prepareCached("SELECT box_public_key, sign_public_key FROM couple_pins WHERE partner_id = ?;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, partnerId);
    auto more = stmt->step();
    if (!more) {
        return propagate(more);
    }
    if (!*more) {
        return std::optional<Pin>();
    }
    return std::optional<Pin>(Pin{stmt->columnBlob(0), stmt->columnBlob(1)});
}

Status MyItemStore::setPin(std::string_view partnerId, const Pin& pin)
{
    auto stmt = m_db->prepareCached(
        "INSERT OR REPLACE INTO couple_pins (partner_id, box_public_key, sign_public_key) VALUES (?, ?, ?);");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, partnerId).bind(2, pin.boxPublicKey).bind(3, pin.signPublicKey);
    return stmt->run();
}

Result<std::vector<std::string>> MyItemStore::pinnedIds()
{
    auto stmt = m_db->prepare("SELECT partner_id FROM couple_pins ORDER BY partner_id;");
    if (!stmt) {
        return propagate(stmt);
    }
    std::vector<std::string> ids;
    auto read = forEachRow(*stmt, [&](const Statement& s) { ids.push_back(s.columnText(0)); });
    if (!read) {
        return propagate(read);
    }
    return ids;
}

} // namespace twofold::detail
