// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Bytes.h"
#include "common/Result.h"
#include "couple/detail/SignedRecords.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace twofold {
class Database;
}

// couple.db's review_notes rows (migration couple/0008), as stored: no signature is
// checked here (ReviewNotes does). Private to core.
namespace twofold::detail {

struct ReviewNoteRow
{
    std::string id;
    std::string reviewDate;
    int kind = 0;
    std::string partnerId;
    std::string about;
    std::int64_t position = 0;
    std::string text;
    std::int64_t updatedMs = 0;
    Bytes signature;

    ReviewNoteFields fields() const
    {
        return {id, reviewDate, kind, partnerId, about, position, text, updatedMs};
    }
};

// A private step's envelope revealed to the other partner: its id and BLAKE2b of its
// ciphertext (what its author's signature covers besides the id).
struct RevealedEnvelope
{
    std::string id;
    Bytes ciphertextHash;
};

class ReviewNoteStore
{
public:
    explicit ReviewNoteStore(Database& couple) : m_db(&couple) {}

    Result<std::optional<ReviewNoteRow>> get(std::string_view id);
    // The notes of a review date (of one kind, or of every kind), by kind and position.
    Result<std::vector<ReviewNoteRow>> forDate(std::string_view reviewDate, std::optional<int> kind = {});
    // Every note `partnerId` wrote, of any date (a re-key signs them again).
    Result<std::vector<ReviewNoteRow>> byAuthor(std::string_view partnerId);
    // After the last note of that date and kind.
    Result<std::int64_t> nextPosition(std::string_view reviewDate, int kind);
    Status put(const ReviewNoteRow& row); // inserts or replaces
    Status remove(std::string_view id);
    // What the intentions of a review date sign (intentionMessage), by partner id.
    Result<std::vector<Bytes>> intentionMessages(std::string_view reviewDate);
    // Every envelope on the date's three private topics (the check-in, appreciations and
    // "more loved", any version) with a grant to a partner other than its author: what the
    // review revealed, as couple.db holds it now. Sorted by id.
    Result<std::vector<RevealedEnvelope>> revealedSteps(std::string_view reviewDate);

private:
    Database* m_db;
};

// A saved review's contents (format 2): BLAKE2b-256 of "twofold-review-contents-v2" ‖ the
// notes' (id, BLAKE2b of what they sign) sorted by id ‖ the revealed private envelopes'
// (id, BLAKE2b of the ciphertext) sorted by id (revealedSteps) ‖ BLAKE2b of what each
// intention signs; counts first, every field length-prefixed.
// What is signed, not the signatures: a re-key signs every row again (FinishRekey) and the
// review must not read as changed; a signature altered alone makes its row Damaged.
Bytes reviewContentsHash(std::span<const ReviewNoteRow> notes, std::span<const RevealedEnvelope> revealed,
                         std::span<const Bytes> intentionMessages);

} // namespace twofold::detail
