// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "support/CoupleTestSupport.h"

#include <gtest/gtest.h>

using namespace twofold;
using namespace twofold::test;

TEST(OfferedEntryTest, OfferIsGrantedAtOnceButShownOnlyAfterReadNow)
{
    TwoPartners couple;
    CoupleSpace alex = couple.openSpace(*couple.alex);
    CoupleSpace sam = couple.openSpace(*couple.sam);
    auto entry = couple.alex->journal().create(
        {.title = "Tuesday", .body = "What I could not say out loud.", .promptId = "healing.still-raw"});
    ASSERT_TRUE(entry);
    auto offer = alex.offerEntry(*entry);
    ASSERT_TRUE(offer) << offer.error().detail;

    auto inbox = sam.inbox();
    ASSERT_TRUE(inbox);
    ASSERT_EQ(inbox->size(), 1u);
    EXPECT_EQ((*inbox)[0].id, *offer);
    EXPECT_EQ((*inbox)[0].response, OfferResponse::NotSeen);
    EXPECT_EQ(sam.readOffer(*offer).error().code, ErrorCode::InvalidArgument) << "not before Read now";

    auto authorBefore = alex.myOffers();
    const std::string coupleDbBefore =
        readFile(couple.dir() / "couple.db") + readFile(couple.dir() / "couple.db-wal");
    ASSERT_TRUE(sam.notNow(*offer));
    EXPECT_EQ((*sam.inbox())[0].response, OfferResponse::NotNow);
    // "Not now" is recorded in Sam's own journal: couple.db does not change at all, so
    // Alex cannot tell it from "not seen yet".
    EXPECT_EQ(readFile(couple.dir() / "couple.db") + readFile(couple.dir() / "couple.db-wal"),
              coupleDbBefore);
    auto authorAfter = alex.myOffers();
    ASSERT_EQ(authorAfter->size(), 1u);
    EXPECT_EQ((*authorAfter)[0].id, (*authorBefore)[0].id);
    EXPECT_EQ((*authorAfter)[0].title.value, "Tuesday");

    auto read = sam.acceptOffer(*offer);
    ASSERT_TRUE(read) << read.error().detail;
    ASSERT_TRUE(read->readable());
    EXPECT_EQ(read->value.title, "Tuesday");
    EXPECT_EQ(read->value.body, "What I could not say out loud.");
    EXPECT_EQ(read->value.promptId, "healing.still-raw");
    EXPECT_EQ((*sam.inbox())[0].response, OfferResponse::Read);
    EXPECT_TRUE(sam.readOffer(*offer));

    auto retracted = alex.retractOffer(*offer);
    ASSERT_TRUE(retracted);
    EXPECT_TRUE(retracted->partnerMayHaveRead);
    EXPECT_TRUE(sam.inbox()->empty());
    EXPECT_EQ(sam.readOffer(*offer).error().code, ErrorCode::NotFound);
    EXPECT_EQ(sam.retractOffer(*offer).error().code, ErrorCode::NotFound);
}

TEST(OfferedEntryTest, OnlyTheAuthorRetractsAndOnlyThePartnerReads)
{
    TwoPartners couple;
    CoupleSpace alex = couple.openSpace(*couple.alex);
    CoupleSpace sam = couple.openSpace(*couple.sam);
    auto entry = couple.alex->journal().create({.title = "t", .body = "b"});
    auto offer = alex.offerEntry(*entry);
    ASSERT_TRUE(offer);
    EXPECT_EQ(sam.retractOffer(*offer).error().code, ErrorCode::NotFound);
    EXPECT_EQ(alex.acceptOffer(*offer).error().code, ErrorCode::NotFound);
    EXPECT_TRUE(alex.inbox()->empty());
    EXPECT_EQ(alex.offerEntry(9999).error().code, ErrorCode::NotFound);
}
