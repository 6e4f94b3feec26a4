// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"
#include "couple/CoupleSpace.h"
#include "prompts/PromptPack.h"
#include "vault/Session.h"

#include <memory>
#include <optional>
#include <vector>

namespace twofold {

// One partner unlocked, with everything that reads through their keys: their Session,
// their couple space once open, and in Together mode (DESIGN.md §5) the other partner's
// session and space. What both shells hold while someone is unlocked.
//
// It owns them in the order teardown needs — the Together partner's space, then their
// keys, then this partner's space, then their keys — on endTogether()/lock() and on
// destruction, so no space ever outlives the session it reads through. Both spaces take
// the vault's clock and random source from their session (Session::clock()), never a
// default. Sessions live on the heap: a space's reference survives moves of this object.
class CoupleSession
{
public:
    explicit CoupleSession(Session session);
    CoupleSession(CoupleSession&&) noexcept;
    CoupleSession& operator=(CoupleSession&&) noexcept;
    CoupleSession(const CoupleSession&) = delete;
    CoupleSession& operator=(const CoupleSession&) = delete;
    ~CoupleSession();

    Session& session() { return *m_session; }
    const Session& session() const { return *m_session; }
    bool isUnlocked() const noexcept;

    // Opens this partner's couple space (which writes their pending grants before it
    // returns, DESIGN.md §4). Until it succeeds couple() is null: the journal still works.
    Status openCouple(std::vector<PromptPack> packs);
    CoupleSpace* couple() { return m_couple ? &*m_couple : nullptr; }

    // Together mode: `other` is the other partner, just unlocked in this process. Opens
    // their space and links both, so every change resolves grants for both. On failure
    // the other partner is locked again and nothing of theirs is kept.
    Status beginTogether(Session other, std::vector<PromptPack> packs);
    bool isTogether() const noexcept { return m_otherCouple.has_value(); }
    Session* otherSession() { return m_other.get(); }
    CoupleSpace* otherCouple() { return m_otherCouple ? &*m_otherCouple : nullptr; }
    // The other partner's space, then their keys. This partner stays unlocked.
    void endTogether() noexcept;

    // endTogether(), then this partner's space, then their keys.
    void lock() noexcept;

private:
    static CoupleSpaceOptions optionsOf(const Session& session);

    std::unique_ptr<Session> m_session;
    std::optional<CoupleSpace> m_couple;
    std::unique_ptr<Session> m_other;
    std::optional<CoupleSpace> m_otherCouple;
};

} // namespace twofold
