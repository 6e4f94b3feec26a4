// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "couple/CoupleSession.h"

#include "common/Propagate.h"

namespace twofold {

CoupleSession::CoupleSession(Session session) : m_session(std::make_unique<Session>(std::move(session))) {}

CoupleSession::CoupleSession(CoupleSession&&) noexcept = default;

CoupleSession& CoupleSession::operator=(CoupleSession&& other) noexcept
{
    if (this != &other) {
        lock();
        m_session = std::move(other.m_session);
        m_couple = std::move(other.m_couple);
        m_other = std::move(other.m_other);
        m_otherCouple = std::move(other.m_otherCouple);
    }
    return *this;
}

CoupleSession::~CoupleSession()
{
    lock();
}

bool CoupleSession::isUnlocked() const noexcept
{
    return m_session && m_session->isUnlocked();
}

CoupleSpaceOptions CoupleSession::optionsOf(const Session& session)
{
    CoupleSpaceOptions options;
    options.clock = &session.clock();
    options.random = &session.random();
    return options;
}

Status CoupleSession::openCouple(std::vector<PromptPack> packs)
{
    if (!isUnlocked()) {
        return fail(ErrorCode::NotUnlocked);
    }
    if (m_couple) {
        return {};
    }
    auto space = CoupleSpace::open(*m_session, std::move(packs), optionsOf(*m_session));
    if (!space) {
        return propagate(space);
    }
    m_couple.emplace(std::move(*space));
    return {};
}

Status CoupleSession::beginTogether(Session other, std::vector<PromptPack> packs)
{
    endTogether();
    if (!m_couple) {
        other.lock();
        return fail(ErrorCode::NotUnlocked, "Together mode needs this partner's couple space");
    }
    if (other.partner().id != m_couple->partnerId()) {
        other.lock();
        return fail(ErrorCode::InvalidArgument, "Together mode is for the two partners of this couple");
    }
    m_other = std::make_unique<Session>(std::move(other));
    auto space = CoupleSpace::open(*m_other, std::move(packs), optionsOf(*m_other));
    if (!space) {
        endTogether();
        return propagate(space);
    }
    m_otherCouple.emplace(std::move(*space));
    if (Status linked = m_couple->beginTogether(*m_otherCouple); !linked) {
        endTogether();
        return linked;
    }
    return {};
}

void CoupleSession::endTogether() noexcept
{
    if (m_couple) {
        m_couple->endTogether();
    }
    m_otherCouple.reset();
    if (m_other) {
        m_other->lock();
        m_other.reset();
    }
}

void CoupleSession::lock() noexcept
{
    endTogether();
    m_couple.reset();
    if (m_session) {
        m_session->lock();
    }
}

} // namespace twofold
