// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "couple/CoupleSpace.h"

#include "common/Propagate.h"
#include "couple/detail/EnvelopeCrypto.h"
#include "couple/detail/EnvelopeStore.h"
#include "couple/detail/GrantResolver.h"
#include "couple/detail/MyItemStore.h"
#include "couple/detail/OpenEnvelope.h"
#include "couple/detail/PartnerLeft.h"
#include "couple/detail/SignedRecords.h"
#include "journal/detail/JournalAccess.h"
#include "storage/Database.h"
#include "vault/Session.h"
#include "vault/Vault.h"

namespace twofold {

using detail::EnvelopeStore;
using detail::MyItemStore;

namespace {

CoupleSpaceOptions withSessionClock(CoupleSpaceOptions options, const Session& session)
{
    if (options.clock == nullptr) {
        options.clock = &session.clock();
    }
    return options;
}

} // namespace

CoupleSpace::CoupleSpace(Session& session, std::string partnerId, std::vector<PromptPack> packs,
                         CoupleSpaceOptions given)
    : m_session(&session), m_myId(session.partner().id), m_partnerId(std::move(partnerId)),
      m_options(withSessionClock(given, session)),
      m_catalog(std::make_unique<PromptCatalog>(session, m_partnerId, std::move(packs), *m_options.clock,
                                                *m_options.random))
{}

CoupleSpace::CoupleSpace(CoupleSpace&& other) noexcept
    : m_session(other.m_session), m_myId(std::move(other.m_myId)), m_partnerId(std::move(other.m_partnerId)),
      m_options(other.m_options), m_catalog(std::move(other.m_catalog)),
      m_together(std::exchange(other.m_together, nullptr))
{
    if (m_together != nullptr) {
        m_together->m_together = this;
    }
}

CoupleSpace& CoupleSpace::operator=(CoupleSpace&& other) noexcept
{
    if (this != &other) {
        endTogether();
        m_session = other.m_session;
        m_myId = std::move(other.m_myId);
        m_partnerId = std::move(other.m_partnerId);
        m_options = other.m_options;
        m_catalog = std::move(other.m_catalog);
        m_together = std::exchange(other.m_together, nullptr);
        if (m_together != nullptr) {
            m_together->m_together = this;
        }
    }
    return *this;
}

CoupleSpace::~CoupleSpace()
{
    endTogether();
}

Result<CoupleSpace> CoupleSpace::open(Session& session, std::vector<PromptPack> packs,
                                      CoupleSpaceOptions given)
{
    if (!session.isUnlocked()) {
        return fail(ErrorCode::NotUnlocked, "session is locked");
    }
    const CoupleSpaceOptions options = withSessionClock(given, session);
    EnvelopeStore store(session.coupleDatabase());
    auto keys = store.partnerKeys();
    if (!keys) {
        return propagate(keys);
    }
    // couple.db names at most two partners, one of them us with the key we derived.
    if (keys->size() > 2) {
        return fail(ErrorCode::DamagedDatabase, "couple.db names more than two partners");
    }
    std::string partnerId;
    bool foundMe = false;
    for (const auto& k : *keys) {
        if (k.id == session.partner().id) {
            foundMe = detail::sameBytes(k.boxPublicKey, session.publicKey());
        } else {
            partnerId = k.id;
        }
    }
    if (!foundMe) {
        return fail(ErrorCode::DamagedDatabase, "couple.db does not hold this partner's public key");
    }
    // My partner left the couple (docs/ARCHITECTURE.md, "Leaving the couple"): nothing I
    // agreed to with them carries over, to anyone. Before anything is read or resolved.
    auto pinned =
        MyItemStore(detail::JournalAccess::database(session.journal()), session.partner().id).pinnedIds();
    if (!pinned) {
        return propagate(pinned);
    }
    for (const auto& id : *pinned) {
        auto left = session.partnerHasLeft(id);
        if (!left) {
            return propagate(left);
        }
        if (*left) {
            if (auto st = detail::closeAfterPartnerLeft(session, id, options.clock->nowMs()); !st) {
                return propagate(st);
            }
        }
    }
    CoupleSpace space(session, std::move(partnerId), std::move(packs), options);
    // Signed records: my rows of the first release signed, my partner's remembered, my
    // name and colour signed, before anything is read.
    detail::SignedRecords records(session, space.m_partnerId);
    if (auto st = records.upgrade(); !st) {
        return propagate(st);
    }
    if (auto st = records.signMyProfile(); !st) {
        return propagate(st);
    }
    // §4: a session writes its own pending grants at unlock, before it shows anything.
    if (auto resolved = space.resolvePendingGrants(); !resolved) {
        return propagate(resolved);
    }
    return space;
}

Status CoupleSpace::checkUnlocked() const
{
    if (m_session == nullptr || !m_session->isUnlocked()) {
        return fail(ErrorCode::NotUnlocked, "session is locked");
    }
    return {};
}

Database& CoupleSpace::db()
{
    return m_session->coupleDatabase();
}

Database& CoupleSpace::journalDb()
{
    return detail::JournalAccess::database(m_session->journal());
}

detail::GrantResolver CoupleSpace::resolver()
{
    detail::GrantResolver resolver(*m_session, m_partnerId, *m_options.clock,
                                   [this](std::string_view promptId) {
                                       auto prompt = m_catalog->find(promptId);
                                       return prompt && *prompt ? (*prompt)->text : std::string();
                                   });
    resolver.allowTogetherOnlyGrants(isTogether() &&
                                     (m_revealingTogether || m_together->m_revealingTogether));
    return resolver;
}
Status CoupleSpace::verifyPassword(const SecretBuffer& password)
{
    if (auto st = checkUnlocked(); !st) {
        return st;
    }
    return m_session->verifyPassword(password);
}

const std::filesystem::path& CoupleSpace::vaultDirectory() const noexcept
{
    return m_session->vaultDirectory();
}

Result<PartnerProfile> CoupleSpace::partnerProfile(const Vault& vault)
{
    auto keyring = vault.partners();
    if (!keyring) {
        return propagate(keyring);
    }
    return partnerProfile(*keyring);
}

Result<PartnerProfile> CoupleSpace::partnerProfile(const std::vector<PartnerInfo>& keyring)
{
    if (auto st = checkUnlocked(); !st) {
        return propagate(st);
    }
    return detail::SignedRecords(*m_session, m_partnerId).partnerProfile(keyring);
}

Result<int> CoupleSpace::resolvePendingGrants()
{
    return resolve(std::nullopt, detail::Comparison::Bytes);
}

Result<int> CoupleSpace::resolve(const std::optional<Topic>& topic)
{
    return resolve(topic, detail::Comparison::Signed);
}

Result<int> CoupleSpace::resolve(const std::optional<Topic>& topic, detail::Comparison comparison)
{
    if (auto st = checkUnlocked(); !st) {
        return propagate(st);
    }
    m_resolvedAt.reset();
    auto written = resolver().run(topic, comparison);
    if (!written || topic) {
        return written;
    }
    auto couple = db().changeStamp();
    auto journal = journalDb().changeStamp();
    if (couple && journal) {
        m_resolvedAt = std::pair{*couple, *journal};
    }
    return written;
}

Status CoupleSpace::resolveIfChanged()
{
    if (m_resolvedAt) {
        auto couple = db().changeStamp();
        if (!couple) {
            return propagate(couple);
        }
        auto journal = journalDb().changeStamp();
        if (!journal) {
            return propagate(journal);
        }
        if (m_resolvedAt->first == *couple && m_resolvedAt->second == *journal) {
            return {};
        }
    }
    if (auto r = resolve(std::nullopt); !r) {
        return propagate(r);
    }
    return {};
}

Status CoupleSpace::afterChange(const std::optional<Topic>& topic)
{
    if (auto r = resolve(topic); !r) {
        return propagate(r);
    }
    if (m_together != nullptr && m_together->m_session->isUnlocked()) {
        if (auto r = m_together->resolve(topic); !r) {
            return propagate(r);
        }
    }
    return {};
}

Status CoupleSpace::beginTogether(CoupleSpace& partnerSpace)
{
    if (auto st = checkUnlocked(); !st) {
        return st;
    }
    if (auto st = partnerSpace.checkUnlocked(); !st) {
        return st;
    }
    if (&partnerSpace == this || m_partnerId.empty() || partnerSpace.m_myId != m_partnerId ||
        partnerSpace.m_partnerId != m_myId || partnerSpace.db().path() != db().path()) {
        return fail(ErrorCode::InvalidArgument, "together mode needs both partners of one vault");
    }
    endTogether();
    partnerSpace.endTogether();
    m_together = &partnerSpace;
    partnerSpace.m_together = this;
    if (auto r = resolvePendingGrants(); !r) {
        return propagate(r);
    }
    if (auto r = partnerSpace.resolvePendingGrants(); !r) {
        return propagate(r);
    }
    return {};
}

void CoupleSpace::endTogether() noexcept
{
    if (m_together != nullptr) {
        m_together->m_together = nullptr;
        m_together = nullptr;
    }
}

bool CoupleSpace::isTogether() const noexcept
{
    return m_together != nullptr && m_together->m_session->isUnlocked() && m_session->isUnlocked();
}

} // namespace twofold
