// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "couple/detail/SignedRecords.h"

#include "common/Clock.h"
#include "common/Propagate.h"
#include "couple/CoupleSpace.h"
#include "couple/detail/EnvelopeCrypto.h"
#include "couple/detail/MyItemStore.h"
#include "couple/detail/SignedMessage.h"
#include "crypto/SignKeyPair.h"
#include "journal/detail/JournalAccess.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "vault/Session.h"

#include <algorithm>

namespace twofold::detail {

namespace {

// A remembered unsigned profile whose name was not yet seen: the first one shown is kept.
const Bytes kProfileNotYetSeen{0};

using Message = SignedMessage;

Bytes recordHash(ByteView message)
{
    return ciphertextHash(message); // BLAKE2b-256, as for envelopes
}

Status unlessDiskFull(Status st)
{
    if (!st && st.error().code == ErrorCode::DiskFull) {
        return {};
    }
    return st;
}

} // namespace

Bytes customPromptMessage(std::string_view id, std::string_view text, std::string_view followUp,
                          std::string_view addedBy, std::int64_t createdMs, std::int64_t updatedMs,
                          std::optional<std::int64_t> retiredMs, std::string_view signedBy)
{
    return Message("twofold-sign-custom-prompt-v1")
        .field(id)
        .field(text)
        .field(followUp)
        .field(addedBy)
        .time(createdMs)
        .time(updatedMs)
        .time(retiredMs)
        .field(signedBy)
        .take();
}

Bytes intentionMessage(std::string_view reviewDate, std::string_view partnerId, std::string_view text,
                       std::int64_t updatedMs)
{
    return Message("twofold-sign-intention-v1")
        .field(reviewDate)
        .field(partnerId)
        .field(text)
        .time(updatedMs)
        .take();
}

Bytes reviewMessage(std::string_view reviewDate, std::int64_t savedMs, std::string_view signedBy)
{
    return Message("twofold-sign-review-v1").field(reviewDate).time(savedMs).field(signedBy).take();
}

Bytes reviewMessageV2(std::string_view reviewDate, std::int64_t savedMs, std::string_view signedBy,
                      ByteView contentsHash)
{
    return Message("twofold-sign-review-v2")
        .field(reviewDate)
        .time(savedMs)
        .field(signedBy)
        .field(contentsHash)
        .take();
}

Bytes reviewNoteMessage(const ReviewNoteFields& note)
{
    return Message("twofold-sign-review-note-v1")
        .field(note.id)
        .field(note.reviewDate)
        .field(std::to_string(note.kind))
        .field(note.partnerId)
        .field(note.about)
        .field(std::to_string(note.position))
        .field(note.text)
        .time(note.updatedMs)
        .take();
}

Bytes profileMessage(std::string_view partnerId, std::string_view name, std::string_view colour)
{
    return Message("twofold-sign-profile-v1").field(partnerId).field(name).field(colour).take();
}

std::string promptLegacyKey(std::string_view promptId)
{
    return "prompt:" + std::string(promptId);
}

std::string intentionLegacyKey(std::string_view reviewDate, std::string_view partnerId)
{
    return "intention:" + std::string(reviewDate) + ":" + std::string(partnerId);
}

std::string profileLegacyKey(std::string_view partnerId)
{
    return "profile:" + std::string(partnerId);
}

SignedRecords::SignedRecords(Session& session, std::string partnerId)
    : m_session(&session), m_me(session.partner().id), m_partnerId(std::move(partnerId))
{}

Result<Bytes> SignedRecords::sign(ByteView message)
{
    return m_session->sign(message);
}

Result<TrustedPartner> SignedRecords::trusted()
{
    if (!m_trusted) {
        // Only partner() is used: it reads couple.db's keys and checks them against the pin.
        GrantResolver resolver(*m_session, m_partnerId, m_session->clock(), {});
        auto partner = resolver.partner();
        if (!partner) {
            return propagate(partner);
        }
        m_trusted = std::move(*partner);
    }
    return *m_trusted;
}

Result<bool> SignedRecords::isAuthentic(std::string_view signerId, ByteView message, ByteView signature,
                                        std::string_view legacyKey)
{
    if (!signature.empty()) {
        if (signerId == m_me) {
            return verifySignatureRemembered(m_session->signPublicKey(), message, signature);
        }
        if (m_partnerId.empty() || signerId != m_partnerId) {
            return false;
        }
        auto partner = trusted();
        if (!partner) {
            return propagate(partner);
        }
        return !partner->keysChanged && !partner->signPublicKey.empty() &&
               verifySignatureRemembered(partner->signPublicKey, message, signature);
    }
    if (legacyKey.empty()) {
        return false;
    }
    auto legacy = MyItemStore(detail::JournalAccess::database(m_session->journal()), m_me)
                      .legacyHash(std::string(legacyKey));
    if (!legacy) {
        return propagate(legacy);
    }
    return *legacy && sameBytes(**legacy, recordHash(message));
}

Status SignedRecords::signMyProfile()
{
    const PartnerInfo& mine = m_session->partner();
    Database& couple = m_session->coupleDatabase();
    const Bytes message = profileMessage(mine.id, mine.name, mine.colour);
    auto stmt = couple.prepareCached("SELECT profile_signature FROM partners WHERE id = ?;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, mine.id);
    auto row = stmt->step();
    if (!row) {
        return propagate(row);
    }
    if (!*row) {
        return fail(ErrorCode::DamagedDatabase, "couple.db does not hold this partner");
    }
    if (!stmt->isNull(0) && verifySignature(m_session->signPublicKey(), message, stmt->columnBlob(0))) {
        return {};
    }
    stmt->reset();
    auto signature = sign(message);
    if (!signature) {
        return propagate(signature);
    }
    auto update = couple.prepareCached("UPDATE partners SET profile_signature = ? WHERE id = ?;");
    if (!update) {
        return propagate(update);
    }
    update->bind(1, *signature).bind(2, mine.id);
    return unlessDiskFull(update->run()); // on a full disk, at the next unlock
}

Result<PartnerProfile> SignedRecords::partnerProfile(const std::vector<PartnerInfo>& keyring)
{
    PartnerProfile profile;
    if (m_partnerId.empty()) {
        return profile;
    }
    const auto info =
        std::ranges::find_if(keyring, [&](const PartnerInfo& p) { return p.id == m_partnerId; });
    if (info == keyring.end()) {
        return profile;
    }
    auto stmt =
        m_session->coupleDatabase().prepareCached("SELECT profile_signature FROM partners WHERE id = ?;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, m_partnerId);
    auto row = stmt->step();
    if (!row) {
        return propagate(row);
    }
    const Bytes signature = *row && !stmt->isNull(0) ? stmt->columnBlob(0) : Bytes();
    const Bytes message = profileMessage(info->id, info->name, info->colour);
    bool authentic = false;
    if (!signature.empty()) {
        auto ok = isAuthentic(m_partnerId, message, signature);
        if (!ok) {
            return propagate(ok);
        }
        authentic = *ok;
    } else {
        // Unsigned: only a partner of the first release, not yet unlocked since. Their
        // name as first shown to me after my upgrade is kept; a later change needs their signature.
        MyItemStore mine(detail::JournalAccess::database(m_session->journal()), m_me);
        const std::string key = profileLegacyKey(m_partnerId);
        auto legacy = mine.legacyHash(key);
        if (!legacy) {
            return propagate(legacy);
        }
        if (*legacy && sameBytes(**legacy, kProfileNotYetSeen)) {
            if (auto st = unlessDiskFull(mine.trustLegacy(key, recordHash(message))); !st) {
                return propagate(st);
            }
            authentic = true;
        } else {
            authentic = *legacy && sameBytes(**legacy, recordHash(message));
        }
    }
    if (authentic) {
        profile.name = info->name;
        profile.colour = info->colour;
        profile.authentic = true;
    }
    return profile;
}

Status SignedRecords::upgrade()
{
    if (m_session->freshness().journalOlder) {
        return {}; // nothing is remembered from an older journal put back until it is accepted
    }
    Journal& journal = m_session->journal();
    auto done = journal.setting(kSignedRecordsSetting);
    if (!done) {
        return propagate(done);
    }
    if (*done == kSignedRecordsDone) {
        return {};
    }
    Database& couple = m_session->coupleDatabase();
    MyItemStore mine(detail::JournalAccess::database(journal), m_me);
    auto ctx = couple.transaction();
    if (!ctx) {
        return unlessDiskFull(propagate(ctx));
    }
    auto jtx = detail::JournalAccess::database(journal).transaction();
    if (!jtx) {
        return unlessDiskFull(propagate(jtx));
    }

    struct PromptRow
    {
        std::string id, text, followUp, addedBy;
        std::int64_t created = 0, updated = 0;
        std::optional<std::int64_t> retired;
    };
    std::vector<PromptRow> prompts;
    {
        auto stmt =
            couple.prepareCached("SELECT id, text, follow_up, added_by, created_at, updated_at, retired_at"
                                 " FROM custom_prompts WHERE signature IS NULL;");
        if (!stmt) {
            return propagate(stmt);
        }
        auto read = forEachRow(*stmt, [&](const Statement& s) {
            prompts.push_back(PromptRow{s.columnText(0), s.columnText(1), s.columnText(2), s.columnText(3),
                                        s.columnInt(4), s.columnInt(5), s.columnOptionalInt(6)});
        });
        if (!read) {
            return propagate(read);
        }
    }
    for (const auto& p : prompts) {
        if (p.addedBy == m_me) {
            auto signature = sign(customPromptMessage(p.id, p.text, p.followUp, p.addedBy, p.created,
                                                      p.updated, p.retired, m_me));
            if (!signature) {
                return propagate(signature);
            }
            auto stmt =
                couple.prepareCached("UPDATE custom_prompts SET signed_by = ?, signature = ? WHERE id = ?;");
            if (!stmt) {
                return propagate(stmt);
            }
            stmt->bind(1, m_me).bind(2, *signature).bind(3, p.id);
            if (auto st = stmt->run(); !st) {
                return unlessDiskFull(st);
            }
        } else if (!m_partnerId.empty() && p.addedBy == m_partnerId) {
            const Bytes message = customPromptMessage(p.id, p.text, p.followUp, p.addedBy, p.created,
                                                      p.updated, p.retired, p.addedBy);
            if (auto st = mine.trustLegacy(promptLegacyKey(p.id), recordHash(message)); !st) {
                return unlessDiskFull(st);
            }
        }
    }

    struct IntentionRow
    {
        std::string date, partnerId, text;
        std::int64_t updated = 0;
    };
    std::vector<IntentionRow> intentions;
    {
        auto stmt = couple.prepareCached(
            "SELECT review_date, partner_id, text, updated_at FROM intentions WHERE signature IS NULL;");
        if (!stmt) {
            return propagate(stmt);
        }
        auto read = forEachRow(*stmt, [&](const Statement& s) {
            intentions.push_back(
                IntentionRow{s.columnText(0), s.columnText(1), s.columnText(2), s.columnInt(3)});
        });
        if (!read) {
            return propagate(read);
        }
    }
    for (const auto& i : intentions) {
        const Bytes message = intentionMessage(i.date, i.partnerId, i.text, i.updated);
        if (i.partnerId == m_me) {
            auto signature = sign(message);
            if (!signature) {
                return propagate(signature);
            }
            auto stmt = couple.prepareCached(
                "UPDATE intentions SET signature = ? WHERE review_date = ? AND partner_id = ?;");
            if (!stmt) {
                return propagate(stmt);
            }
            stmt->bind(1, *signature).bind(2, i.date).bind(3, i.partnerId);
            if (auto st = stmt->run(); !st) {
                return unlessDiskFull(st);
            }
        } else if (!m_partnerId.empty() && i.partnerId == m_partnerId) {
            if (auto st = mine.trustLegacy(intentionLegacyKey(i.date, i.partnerId), recordHash(message));
                !st) {
                return unlessDiskFull(st);
            }
        }
    }

    // Saved reviews of the first release do not say who saved them: the first partner to
    // upgrade signs those they see, and the other then reads them under that signature.
    std::vector<std::pair<std::string, std::int64_t>> reviews;
    {
        auto stmt =
            couple.prepareCached("SELECT review_date, saved_at FROM reviews WHERE signature IS NULL;");
        if (!stmt) {
            return propagate(stmt);
        }
        auto read = forEachRow(
            *stmt, [&](const Statement& s) { reviews.emplace_back(s.columnText(0), s.columnInt(1)); });
        if (!read) {
            return propagate(read);
        }
    }
    for (const auto& [date, savedMs] : reviews) {
        auto signature = sign(reviewMessage(date, savedMs, m_me));
        if (!signature) {
            return propagate(signature);
        }
        auto stmt =
            couple.prepareCached("UPDATE reviews SET signed_by = ?, signature = ? WHERE review_date = ?;");
        if (!stmt) {
            return propagate(stmt);
        }
        stmt->bind(1, m_me).bind(2, *signature).bind(3, date);
        if (auto st = stmt->run(); !st) {
            return unlessDiskFull(st);
        }
    }

    // My partner's name and colour, if they have not signed them yet: the first shown to me
    // is kept (partnerProfile()).
    if (!m_partnerId.empty()) {
        auto stmt =
            couple.prepareCached("SELECT 1 FROM partners WHERE id = ? AND profile_signature IS NULL;");
        if (!stmt) {
            return propagate(stmt);
        }
        stmt->bind(1, m_partnerId);
        auto row = stmt->step();
        if (!row) {
            return propagate(row);
        }
        if (*row) {
            if (auto st = mine.trustLegacy(profileLegacyKey(m_partnerId), kProfileNotYetSeen); !st) {
                return unlessDiskFull(st);
            }
        }
    }

    if (auto st = journal.setSetting(kSignedRecordsSetting, kSignedRecordsDone); !st) {
        return unlessDiskFull(st);
    }
    // couple.db first: after a crash between the two, the upgrade runs again, finds my
    // rows signed and remembers my partner's again.
    if (auto st = ctx->commit(); !st) {
        return unlessDiskFull(st);
    }
    return unlessDiskFull(jtx->commit());
}

} // namespace twofold::detail
