// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// offer, inbox, accept, not-now: journal entries one partner offers the other. The
// reader's "not now" is recorded in the reader's own journal only, so the author cannot
// tell it from "not seen yet" (docs/ARCHITECTURE.md, "Offered entries").
#include "cli/Commands.h"
#include "cli/ExitCodes.h"
#include "cli/Format.h"
#include "cli/Json.h"
#include "cli/UnlockCouple.h"

#include <algorithm>
#include <ostream>
#include <string>

namespace twofold::cli {

namespace {

// Offer ids are 32 hex digits; a unique start of one is enough.
constexpr std::size_t kMinOfferIdPrefix = 4;
constexpr std::size_t kOfferIdLength = 32;

std::string_view responseKey(OfferResponse response)
{
    switch (response) {
    case OfferResponse::NotSeen:
        return "new";
    case OfferResponse::NotNow:
        return "not-now";
    case OfferResponse::Read:
        return "read";
    }
    return {};
}

bool isHexPrefix(std::string_view text)
{
    return text.size() >= kMinOfferIdPrefix && text.size() <= kOfferIdLength &&
           std::ranges::all_of(text, [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// The inbox item OFFER_ID (or a unique start of it) names. Reports a usage error.
std::expected<InboxItem, int> findOffer(CoupleSpace& space, std::string_view id, CliIo& io)
{
    if (!isHexPrefix(id)) {
        return std::unexpected(reportUsage(
            io.err,
            "an offer id is the hex number 'twofold inbox' shows (its first few digits are enough)."));
    }
    const auto items = space.inbox();
    if (!items) {
        return std::unexpected(reportError(io.err, items.error()));
    }
    std::optional<InboxItem> found;
    for (const InboxItem& item : *items) {
        if (item.id.starts_with(id)) {
            if (found) {
                return std::unexpected(
                    reportUsage(io.err, "more than one offer's id starts like that; give more of it."));
            }
            found = item;
        }
    }
    if (!found) {
        return std::unexpected(reportUsage(io.err, "there is no offer with that id in your inbox (see "
                                                   "'twofold inbox')."));
    }
    return std::move(*found);
}

int reportDamagedOffer(std::ostream& err)
{
    err << "twofold: this item is damaged: the offered entry cannot be opened.\n";
    return toInt(ExitCode::DamagedData);
}

} // namespace

int runOffer(const Invocation& invocation)
{
    CliIo& io = invocation.io;
    const auto id = parseNonNegative(invocation.line.arguments.front());
    if (!id || *id == 0) {
        return reportUsage(io.err, "'offer' needs an entry id, a number as 'twofold list' shows it.");
    }
    auto couple = unlockCouple(invocation);
    if (!couple) {
        return couple.error();
    }
    CoupleSpace& space = couple->couple();
    if (space.partnerId().empty()) {
        return reportUsage(io.err, "nobody else has joined this vault yet, so there is no one to offer to.");
    }
    const auto entry = couple->session().journal().get(*id);
    if (!entry) {
        return reportError(io.err, entry.error());
    }
    const auto offered = space.offerEntry(*id);
    if (!offered) {
        return reportError(io.err, offered.error());
    }
    const std::string& title = entry->fields.title;
    io.out << "Offered "
           << (title.empty() ? std::string("entry ") + std::to_string(*id) : "\"" + title + "\"") << " to "
           << couple->partnerName << ". It waits in their inbox until they choose to read it.\n";
    return toInt(ExitCode::Ok);
}

int runInbox(const Invocation& invocation)
{
    CliIo& io = invocation.io;
    auto couple = unlockCouple(invocation);
    if (!couple) {
        return couple.error();
    }
    const auto items = couple->couple().inbox();
    if (!items) {
        return reportError(io.err, items.error());
    }

    if (invocation.line.has("json")) {
        std::string out = "[";
        for (std::size_t i = 0; i < items->size(); ++i) {
            const InboxItem& item = (*items)[i];
            out += i == 0 ? "\n  {" : ",\n  {";
            out += "\"id\":";
            appendJsonString(out, item.id);
            out += ",\"from\":";
            appendJsonString(out, couple->partnerName);
            out += ",\"offered\":\"" + isoUtc(item.offeredMs) + "\"";
            out += ",\"response\":\"" + std::string(responseKey(item.response)) + "\"}";
        }
        out += items->empty() ? "]\n" : "\n]\n";
        io.out << out;
        return toInt(ExitCode::Ok);
    }

    if (items->empty()) {
        io.out << "Nothing offered to you right now.\n";
        return toInt(ExitCode::Ok);
    }
    const auto waiting = std::ranges::count_if(
        *items, [](const InboxItem& item) { return item.response != OfferResponse::Read; });
    io.out << couple->partnerName << " offered you " << items->size()
           << (items->size() == 1 ? " entry" : " entries") << " (" << waiting << " waiting):\n";
    for (const InboxItem& item : *items) {
        std::string response;
        switch (item.response) {
        case OfferResponse::NotSeen:
            response = "new";
            break;
        case OfferResponse::NotNow:
            response = "not now";
            break;
        case OfferResponse::Read:
            response = "read";
            break;
        }
        io.out << "  " << item.id << "  offered " << localDateTime(item.offeredMs) << "  " << response
               << '\n';
    }
    io.out << "Read one with 'twofold accept ID' (the first few digits are enough), or leave it for later "
              "with 'twofold not-now ID'.\n";
    return toInt(ExitCode::Ok);
}

int runAccept(const Invocation& invocation)
{
    CliIo& io = invocation.io;
    auto couple = unlockCouple(invocation);
    if (!couple) {
        return couple.error();
    }
    CoupleSpace& space = couple->couple();
    const auto item = findOffer(space, invocation.line.arguments.front(), io);
    if (!item) {
        return item.error();
    }
    const auto opened = space.acceptOffer(item->id);
    if (!opened) {
        if (opened.error().code == ErrorCode::NotFound) {
            return reportUsage(io.err, "that offer was withdrawn.");
        }
        return reportError(io.err, opened.error());
    }
    if (!opened->readable()) {
        return reportDamagedOffer(io.err);
    }
    const OfferedEntry& entry = opened->value;

    if (invocation.line.has("json")) {
        std::string out = "{\"id\":";
        appendJsonString(out, item->id);
        out += ",\"from\":";
        appendJsonString(out, couple->partnerName);
        out += ",\"title\":";
        appendJsonString(out, entry.title);
        out += ",\"body\":";
        appendJsonString(out, entry.body);
        out += ",\"promptId\":";
        out += entry.promptId.empty() ? std::string("null") : jsonString(entry.promptId);
        out += ",\"written\":\"" + isoUtc(entry.writtenMs) + "\"";
        out += ",\"offered\":\"" + isoUtc(item->offeredMs) + "\"}\n";
        io.out << out;
        return toInt(ExitCode::Ok);
    }

    io.out << (entry.title.empty() ? std::string("(untitled)") : entry.title) << '\n'
           << "Written by " << couple->partnerName << " " << localDateTime(entry.writtenMs) << " · offered "
           << localDateTime(item->offeredMs) << "\n\n"
           << entry.body << '\n';
    return toInt(ExitCode::Ok);
}

int runNotNow(const Invocation& invocation)
{
    CliIo& io = invocation.io;
    auto couple = unlockCouple(invocation);
    if (!couple) {
        return couple.error();
    }
    CoupleSpace& space = couple->couple();
    const auto item = findOffer(space, invocation.line.arguments.front(), io);
    if (!item) {
        return item.error();
    }
    if (const Status noted = space.notNow(item->id); !noted) {
        if (noted.error().code == ErrorCode::NotFound) {
            return reportUsage(io.err, "that offer was withdrawn.");
        }
        return reportError(io.err, noted.error());
    }
    if (item->response == OfferResponse::Read) {
        io.out << "You have already read this one; it stays in your inbox.\n";
    } else {
        io.out << "Not now: it stays in your inbox for whenever you are ready. Only you know you chose this; "
               << couple->partnerName << " sees the offer exactly as before.\n";
    }
    return toInt(ExitCode::Ok);
}

} // namespace twofold::cli
