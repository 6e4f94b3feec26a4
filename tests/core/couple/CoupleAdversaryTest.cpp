// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// DESIGN.md §4's second required test: someone holding the couple key and partner B's
// secret key (B, or anyone who has B's password) reads couple.db directly with SQL and
// libsodium, not through the API, and still cannot decrypt any of A's answers that
// were not revealed. Every seal in the database is tried against every envelope.
#include "storage/Statement.h"
#include "support/CoupleTestSupport.h"

#include <set>

#include <gtest/gtest.h>

using namespace twofold;
using namespace twofold::test;

namespace {

std::vector<Bytes> everyBlob(Database& db)
{
    std::vector<Bytes> blobs;
    for (const char* sql :
         {"SELECT author_seal FROM envelopes;", "SELECT ciphertext FROM envelopes;",
          "SELECT seal FROM grants;", "SELECT tag FROM consents;", "SELECT ciphertext_hash FROM consents;"}) {
        auto stmt = db.prepare(sql);
        EXPECT_TRUE(stmt);
        while (stmt && *stmt->step()) {
            blobs.push_back(stmt->columnBlob(0));
        }
    }
    return blobs;
}

} // namespace

TEST(CoupleAdversaryTest, CoupleKeyAndPartnersSecretKeyDoNotOpenUnrevealedAnswers)
{
    TwoPartners couple;
    struct Answer
    {
        std::string prompt;
        std::string text;
        bool revealed;
    };
    const std::vector<Answer> answers = {
        {"foundations.what-intimacy-means", "ALEX-SECRET-1 only when both agree", true},
        {"foundations.intimacy-and-sex", "ALEX-SECRET-2 answered, not agreed", false},
        {"foundations.last-felt-close", "ALEX-SECRET-3 agreed, Sam has not answered", false},
        {"foundations.kinds-of-closeness", "ALEX-SECRET-4 agreed, Sam answered but holds", false},
        {"foundations.a-little-more", "ALEX-SECRET-5 edited after Sam agreed", false},
    };
    {
        CoupleSpace alex = couple.openSpace(*couple.alex);
        CoupleSpace sam = couple.openSpace(*couple.sam);
        ASSERT_TRUE(alex.beginTogether(sam));
        ASSERT_TRUE(alex.answer(answers[0].prompt, answers[0].text, Reveal::Yes));
        ASSERT_TRUE(sam.answer(answers[0].prompt, "sam one", Reveal::Yes));
        ASSERT_TRUE(alex.answer(answers[1].prompt, answers[1].text));
        ASSERT_TRUE(sam.answer(answers[1].prompt, "sam two", Reveal::Yes));
        ASSERT_TRUE(alex.answer(answers[2].prompt, answers[2].text, Reveal::Yes));
        ASSERT_TRUE(alex.answer(answers[3].prompt, answers[3].text, Reveal::Yes));
        ASSERT_TRUE(sam.answer(answers[3].prompt, "sam four"));
        ASSERT_TRUE(sam.answer(answers[4].prompt, "sam five", Reveal::Yes));
        ASSERT_TRUE(alex.answer(answers[4].prompt, "first version", Reveal::NotYet));
        ASSERT_TRUE(alex.answer(answers[4].prompt, answers[4].text, Reveal::NotYet));
    }
    couple.alex->lock();
    couple.sam->lock();

    // The attacker: Sam's keys, unwrapped from keyring.db with Sam's password.
    RawKeys sam = unwrapKeys(couple.dir(), couple.samId, TwoPartners::kSamPassword);
    Database raw = openCoupleRaw(couple.dir(), sam.coupleKey);
    const auto envelopes = rawEnvelopes(raw);
    const auto blobs = everyBlob(raw);
    int opened = 0;
    for (const auto& e : envelopes) {
        if (e.author != couple.alexId) {
            continue;
        }
        // Any seal anywhere, with the right AD, with an empty AD, with any other row's AD.
        std::vector<Bytes> ads = {envelopeAd(e), Bytes()};
        for (const auto& other : envelopes) {
            if (other.id == e.id) {
                continue;
            }
            ads.push_back(envelopeAd(other));
        }
        for (const auto& seal : blobs) {
            for (const auto& ad : ads) {
                if (auto plain = rawOpen(seal, sam.box, e.ciphertext, ad)) {
                    ++opened;
                    EXPECT_NE(plain->find("ALEX-SECRET-1"), std::string::npos)
                        << "only the revealed answer may open, not: " << *plain;
                }
            }
        }
    }
    EXPECT_EQ(opened, 1) << "the method works: the one revealed answer opens";

    // Protocol v2: with those keys Sam cannot even find that Alex answered what Alex did not
    // agree to. couple.db holds only the three answers Alex agreed to (1, 3, 4); answer 2
    // and both versions of answer 5 exist only in Alex's journal.
    std::set<std::string> alexTopics;
    for (const auto& e : envelopes) {
        if (e.author == couple.alexId) {
            alexTopics.insert(e.topic);
        }
    }
    EXPECT_EQ(alexTopics, (std::set<std::string>{answers[0].prompt, answers[2].prompt, answers[3].prompt}));

    // And no answer's words are anywhere on disk in clear.
    const std::string disk = concatenateAllFiles(couple.dir());
    for (const auto& a : answers) {
        EXPECT_EQ(disk.find(a.text.substr(0, 13)), std::string::npos) << a.text;
    }
}
