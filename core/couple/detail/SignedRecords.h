// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Bytes.h"
#include "common/Result.h"
#include "couple/detail/GrantResolver.h"
#include "vault/PartnerInfo.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace twofold {
class Session;
struct PartnerProfile;
} // namespace twofold

// Signed records (docs/ARCHITECTURE.md, "Signed records (protocol v2)"): the rows of
// couple.db that carry a partner's words or choices besides envelopes (custom prompts,
// intentions, saved reviews) and the partner's display name and colour are signed with
// the Ed25519 key of the partner who wrote them. A reader checks the signature against
// its own key or the partner's key pinned in its journal (GrantResolver::partner()).
// Private to core.
namespace twofold::detail {

// Set in a journal once its owner's session has signed its own unsigned rows of the
// first release and remembered the partner's (a journal made by this release says so
// from the start).
inline constexpr std::string_view kSignedRecordsSetting = "couple.signed_records";
inline constexpr std::string_view kSignedRecordsDone = "1";

// What is signed: a context string, then each field length-prefixed (4-byte big-endian),
// so no two records share an encoding (detail::SignedMessage). Times are decimal ms; a
// missing time is "".
Bytes customPromptMessage(std::string_view id, std::string_view text, std::string_view followUp,
                          std::string_view addedBy, std::int64_t createdMs, std::int64_t updatedMs,
                          std::optional<std::int64_t> retiredMs, std::string_view signedBy);
Bytes intentionMessage(std::string_view reviewDate, std::string_view partnerId, std::string_view text,
                       std::int64_t updatedMs);
Bytes reviewMessage(std::string_view reviewDate, std::int64_t savedMs, std::string_view signedBy);
// A format 2 saved review, over the hash of its contents (detail::reviewContentsHash).
Bytes reviewMessageV2(std::string_view reviewDate, std::int64_t savedMs, std::string_view signedBy,
                      ByteView contentsHash);
// A shared note of the weekly review (couple.db review_notes), signed by its partner.
struct ReviewNoteFields
{
    std::string_view id;
    std::string_view reviewDate;
    int kind = 0;
    std::string_view partnerId;
    std::string_view about;
    std::int64_t position = 0;
    std::string_view text;
    std::int64_t updatedMs = 0;
};
Bytes reviewNoteMessage(const ReviewNoteFields& note);
Bytes profileMessage(std::string_view partnerId, std::string_view name, std::string_view colour);

// Keys under which a reader's journal remembers an unsigned row of the first release
// (table couple_legacy_trusted, beside envelope ids, which are 32 hex digits).
std::string promptLegacyKey(std::string_view promptId);
std::string intentionLegacyKey(std::string_view reviewDate, std::string_view partnerId);
std::string profileLegacyKey(std::string_view partnerId);

class SignedRecords
{
public:
    SignedRecords(Session& session, std::string partnerId);

    const std::string& me() const noexcept { return m_me; }
    Result<Bytes> sign(ByteView message);

    // Signed: by signerId (me, or my partner under the key pinned in my journal) over
    // message. Unsigned: only a row of the first release that this session remembered at
    // its upgrade (legacyKey), unchanged since.
    Result<bool> isAuthentic(std::string_view signerId, ByteView message, ByteView signature,
                             std::string_view legacyKey = {});

    // Once per journal, before anything is shown: signs my unsigned rows of the first
    // release (custom prompts I added, my intentions, every saved review) and remembers my
    // partner's unsigned ones as they are now, to accept them until their author signs.
    Status upgrade();
    // couple.db holds my signature over my name and colour as my keyring row says.
    Status signMyProfile();
    // My partner's name and colour from keyring.db, if they carry their signature.
    Result<PartnerProfile> partnerProfile(const std::vector<PartnerInfo>& keyring);

private:
    Result<TrustedPartner> trusted();

    Session* m_session;
    std::string m_me;
    std::string m_partnerId;
    std::optional<TrustedPartner> m_trusted;
};

} // namespace twofold::detail
