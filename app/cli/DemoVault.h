// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "couple/Envelope.h"
#include "journal/Entry.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <utility>

namespace twofold::cli {

// The demo vault's content is resources/demo/demo.json, compiled in and read once by
// DemoData.cpp; runDemo (DemoVault.cpp) writes it into a new vault.

// One entry of the demo journals, dated relative to "now" so the demo always looks
// like the last three months.
struct DemoEntry
{
    int daysAgo = 0;
    int hour = 0; // UTC
    int minute = 0;
    int editedAfterMinutes = 0; // 0: never edited
    int mood = 0;               // 0: no mood
    unsigned kinds = 0;         // IntimacyKind bits
    std::string_view tags;      // comma-separated
    std::string_view title;
    std::string_view body; // Markdown
};

struct DemoPartner
{
    std::string_view name;
    std::string_view password; // public on purpose: this is a demo
    std::string_view colour;
    std::span<const DemoEntry> entries;
};

// Alex, then Sam.
std::span<const DemoPartner> demoPartners();

// Alex's and Sam's answers to a shared prompt; together they show every reveal state.
struct DemoAnswer
{
    std::string_view promptId;
    std::string_view alex; // empty: Alex has not answered
    Reveal alexReveal = Reveal::NotYet;
    std::string_view sam; // empty: Sam has not answered
    Reveal samReveal = Reveal::NotYet;
};

std::span<const DemoAnswer> demoAnswers();

// A journal entry (by title) that one partner has offered the other, still waiting
// in the other's inbox.
struct DemoOffer
{
    std::size_t fromPartner = 0; // index into demoPartners()
    std::string_view entryTitle;
};

std::span<const DemoOffer> demoOffers();

EntryFields demoFields(const DemoEntry& entry);
// {created, updated} in UTC ms, never after nowMs.
std::pair<std::int64_t, std::int64_t> demoTimes(const DemoEntry& entry, std::int64_t nowMs);

} // namespace twofold::cli
