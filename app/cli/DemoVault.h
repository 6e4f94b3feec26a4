#pragma once

#include "journal/Entry.h"

#include <cstdint>
#include <span>
#include <string_view>
#include <utility>

namespace twofold::cli {

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

EntryFields demoFields(const DemoEntry& entry);
// {created, updated} in UTC ms, never after nowMs.
std::pair<std::int64_t, std::int64_t> demoTimes(const DemoEntry& entry, std::int64_t nowMs);

} // namespace twofold::cli
