// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "couple/Envelope.h"
#include "couple/detail/EnvelopeStore.h"
#include "couple/detail/MyItemStore.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace twofold {
class Session;
}

// Grant resolution (docs/ARCHITECTURE.md, "Protocol v2"): the one place that decides
// whether this partner's session writes a grant. Private to core.
//
// It first makes couple.db say what this partner's journal says: anything under my
// name that my journal does not stand behind (a re-inserted row, an older couple.db,
// a forged item) is removed and the topic flagged; what I agreed to and is missing is
// published again. Only then, for each topic where my journal agrees to my current
// version and my partner's current version is published (agreed) with a valid
// signature, is my item key sealed to my partner.
namespace twofold::detail {

// The partner's public keys as this session trusts them: couple.db's copy, pinned in
// my journal at first sight. nullopt while there is no partner.
struct TrustedPartner
{
    std::string id;
    Bytes boxPublicKey;
    Bytes signPublicKey;      // empty until their first protocol v2 session
    bool keysChanged = false; // couple.db's keys differ from the pinned ones: never grant, never trust
};

// How closely step 1 compares my rows in couple.db with my journal.
enum class Comparison
{
    // Every byte, ciphertext and author seal too: a row changed in any way is removed,
    // put back from my journal, and I am told. Reads every ciphertext (§7: at unlock).
    Bytes,
    // The fields my signature covers, and the signature: no ciphertext is read. A
    // ciphertext changed in place fails every reader's signature check (shown as damaged)
    // and is put back at the next Bytes comparison (the next unlock).
    Signed,
};

class GrantResolver
{
public:
    // questionFor: the current text of a prompt, for items of protocol v1 that did not
    // carry their question.
    GrantResolver(Session& session, std::string partnerId, const Clock& clock,
                  std::function<std::string(std::string_view)> questionFor);

    // Reconciles couple.db with my journal and writes the grants I owe, for one topic or
    // all. Returns how many grants were written.
    Result<int> run(const std::optional<Topic>& topic, Comparison comparison);

    // Topics that are Topic::isTogetherOnly() get a new grant only when this is set: by
    // CoupleSpace while the weekly review reveals a step with both partners present
    // (ReviewFlow). An existing grant is kept and put back as for any topic.
    void allowTogetherOnlyGrants(bool allow) { m_togetherOnlyGrants = allow; }

    Result<TrustedPartner> partner();
    // Does this partner's envelope carry their valid signature (or was it readable to me
    // under protocol v1, before they could sign)?
    Result<bool> isAuthentic(const EnvelopeRow& row, const TrustedPartner& partner);

private:
    Status upgradeFromV1();
    Status ensureMySignKey(EnvelopeStore& store);
    Result<bool> partnerAgreed(EnvelopeStore& store, const EnvelopeRow& theirs,
                               const TrustedPartner& partner);

    Session* m_session;
    std::string m_me;
    std::string m_partnerId;
    const Clock* m_clock;
    std::function<std::string(std::string_view)> m_questionFor;
    bool m_togetherOnlyGrants = false;
};

} // namespace twofold::detail
