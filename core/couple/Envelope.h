// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace twofold {

// Everything that can be shared is an envelope (DESIGN.md §4): its own random item
// key encrypts it, its author signs it, and a partner can read it only if that key is
// sealed to their public key (a grant). Answers and check-ins live in their author's
// journal until agreed; agreeing publishes them to couple.db.
using EnvelopeId = std::string; // 32 lowercase hex digits

enum class EnvelopeKind
{
    Answer = 1,       // an answer to a shared prompt: reciprocal
    CheckIn = 2,      // the weekly check-in: reciprocal
    OfferedEntry = 3, // a copy of a journal entry, offered: granted at offer time
};

// What a reciprocal envelope is about: a prompt (answers), a review date (check-ins), or
// a private step of that review ("YYYY-MM-DD/appreciations", "YYYY-MM-DD/loved", kind
// CheckIn). Both partners' envelopes on the same topic are revealed together or not at all.
struct Topic
{
    EnvelopeKind kind = EnvelopeKind::Answer;
    std::string key; // prompt id, the review date "YYYY-MM-DD", or "YYYY-MM-DD/<step>"

    static Topic answer(std::string promptId) { return {EnvelopeKind::Answer, std::move(promptId)}; }
    static Topic checkIn(std::string reviewDate) { return {EnvelopeKind::CheckIn, std::move(reviewDate)}; }
    static Topic reviewStep(std::string reviewDate, std::string_view suffix)
    {
        return {EnvelopeKind::CheckIn, std::move(reviewDate) + "/" + std::string(suffix)};
    }
    // A private step of the weekly review other than the check-in: granted only while
    // both partners sit together and the review reveals it (detail::GrantResolver).
    bool isTogetherOnly() const
    {
        return kind == EnvelopeKind::CheckIn && key.find('/') != std::string::npos;
    }
    bool operator==(const Topic&) const = default;
};

inline constexpr std::string_view kAppreciationsStep = "appreciations";
inline constexpr std::string_view kLovedStep = "loved";

// Whether the caller passing text to answer() or checkIn() also agrees to reveal it.
enum class Reveal
{
    NotYet,
    Yes,
};

// An envelope that failed authentication (flipped bytes, a seal or ciphertext moved
// from another row, a missing or wrong signature) is Damaged: its value is empty and must be shown as "this
// item is damaged", never as anyone's words.
enum class ItemState
{
    Readable,
    Damaged,
};

template <typename T> struct Opened
{
    ItemState state = ItemState::Readable;
    T value{};                  // empty unless Readable
    std::int64_t writtenMs = 0; // when this version was written (UTC ms); 0 when damaged
    // The question an answer was written for, as its author signed it (§4: the question
    // travels with the answer). Empty for check-ins, offers and damaged items.
    std::string question;

    bool readable() const noexcept { return state == ItemState::Readable; }
};

} // namespace twofold
