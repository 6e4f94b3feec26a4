// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "couple/Envelope.h"

#include <cstdint>
#include <string>

namespace twofold {

// A copy of a private journal entry that its author offered to the other partner.
struct OfferedEntry
{
    std::string title;
    std::string body;           // Markdown
    std::string promptId;       // the prompt the entry reflects on, or empty
    std::int64_t writtenMs = 0; // when the original entry was created

    bool operator==(const OfferedEntry&) const = default;
};

// The author's view of an offer: there is no "seen", "declined" or "not now" here.
struct MyOffer
{
    EnvelopeId id;
    std::int64_t offeredMs = 0;
    Opened<std::string> title;
};

// The reader's own response, recorded in the reader's private journal, never in
// couple.db: the author cannot tell "not now" from "not seen yet".
enum class OfferResponse
{
    NotSeen,
    NotNow,
    Read,
};

// The reader's inbox row: no title or text until the reader chooses "Read now".
struct InboxItem
{
    EnvelopeId id;
    std::int64_t offeredMs = 0;
    OfferResponse response = OfferResponse::NotSeen;
};

} // namespace twofold
