// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "common/Propagate.h"
#include "couple/CoupleSpace.h"
#include "couple/detail/EnvelopeStore.h"
#include "couple/detail/MyItemStore.h"
#include "couple/detail/OpenEnvelope.h"
#include "storage/Transaction.h"

// Taking back what I shared: unpublish, hold, retract, delete.
namespace twofold {

using detail::EnvelopeStore;
using detail::MyItemStore;

using detail::settledLater;

Status CoupleSpace::unpublish(const std::vector<std::string>& ids)
{
    if (ids.empty()) {
        return {};
    }
    MyItemStore mine(journalDb(), m_myId);
    {
        auto jtx = journalDb().transaction();
        if (!jtx) {
            return propagate(jtx);
        }
        for (const auto& id : ids) {
            if (auto st = mine.markUnpublishing(id); !st) {
                return st;
            }
        }
        if (auto st = jtx->commit(); !st) {
            return st;
        }
    }
    EnvelopeStore store(db());
    auto tx = db().transaction();
    if (!tx) {
        return propagate(tx);
    }
    for (const auto& id : ids) {
        if (auto st = store.remove(id); !st) {
            return st;
        }
    }
    if (auto st = tx->commit(); !st) {
        return st;
    }
    return mine.clearUnpublishing(ids);
}

Result<Withdrawal> CoupleSpace::hold(const Topic& topic)
{
    if (auto st = checkUnlocked(); !st) {
        return propagate(st);
    }
    // A grant this session owes is written first: holding back cannot undo a reveal
    // whose rule already held (§4).
    if (auto r = resolve(topic); !r) {
        return propagate(r);
    }
    MyItemStore myStore(journalDb(), m_myId);
    auto mine = myStore.item(topic);
    if (!mine) {
        return propagate(mine);
    }
    if (!*mine) {
        return Withdrawal::Withdrawn;
    }
    if ((*mine)->granted()) {
        return Withdrawal::AlreadyRevealed;
    }
    if (auto st = myStore.decide(topic, MyItemStore::Agreement::Withdraw); !st) {
        return propagate(st);
    }
    if (auto st = settledLater(unpublish({(*mine)->envelope.id})); !st) {
        return propagate(st);
    }
    return Withdrawal::Withdrawn;
}

Result<Retraction> CoupleSpace::retract(const Topic& topic)
{
    if (auto st = checkUnlocked(); !st) {
        return propagate(st);
    }
    Retraction result;
    MyItemStore myStore(journalDb(), m_myId);
    auto mine = myStore.item(topic);
    if (!mine) {
        return propagate(mine);
    }
    auto kept = myStore.keptIds(topic);
    if (!kept) {
        return propagate(kept);
    }
    std::vector<std::string> toUnpublish = *kept;
    {
        auto jtx = journalDb().transaction();
        if (!jtx) {
            return propagate(jtx);
        }
        if (*mine) {
            result.partnerMayHaveRead = (*mine)->granted();
            toUnpublish.push_back((*mine)->envelope.id);
            if (auto st = myStore.setAgreed(topic, false); !st) {
                return propagate(st);
            }
        }
        result.partnerMayHaveRead = result.partnerMayHaveRead || !kept->empty();
        if (auto st = myStore.removeKept(topic); !st) {
            return propagate(st);
        }
        if (auto st = myStore.clearAlert(topic); !st) {
            return propagate(st);
        }
        for (const auto& id : toUnpublish) {
            if (auto st = myStore.markUnpublishing(id); !st) {
                return propagate(st);
            }
        }
        if (auto st = jtx->commit(); !st) {
            return propagate(st);
        }
    }
    if (!m_partnerId.empty()) {
        EnvelopeStore store(db());
        auto tx = db().transaction();
        if (!tx) {
            return propagate(tx);
        }
        // Un-revealed both ways: I also give up my key to my partner's words on this
        // topic, so the topic is back to "waiting" for both and nobody keeps a one-sided view.
        if (auto r = store.removeGrants(m_partnerId, topic, m_myId); !r) {
            return propagate(r);
        }
        if (auto st = tx->commit(); !st) {
            return propagate(st);
        }
    }
    if (auto st = settledLater(unpublish(toUnpublish)); !st) {
        return propagate(st);
    }
    if (auto st = settledLater(afterChange(topic)); !st) {
        return propagate(st);
    }
    return result;
}

Result<Withdrawal> CoupleSpace::deleteMine(const Topic& topic)
{
    if (auto st = checkUnlocked(); !st) {
        return propagate(st);
    }
    if (auto r = resolve(topic); !r) {
        return propagate(r);
    }
    MyItemStore myStore(journalDb(), m_myId);
    auto mine = myStore.item(topic);
    if (!mine) {
        return propagate(mine);
    }
    auto kept = myStore.keptIds(topic);
    if (!kept) {
        return propagate(kept);
    }
    if ((*mine && (*mine)->granted()) || !kept->empty()) {
        return Withdrawal::AlreadyRevealed;
    }
    if (!*mine) {
        return Withdrawal::Withdrawn;
    }
    {
        auto jtx = journalDb().transaction();
        if (!jtx) {
            return propagate(jtx);
        }
        if (auto st = myStore.remove(topic); !st) {
            return propagate(st);
        }
        if (auto st = myStore.clearAlert(topic); !st) {
            return propagate(st);
        }
        if (auto st = jtx->commit(); !st) {
            return propagate(st);
        }
    }
    if (auto st = settledLater(unpublish({(*mine)->envelope.id})); !st) {
        return propagate(st);
    }
    return Withdrawal::Withdrawn;
}

} // namespace twofold
