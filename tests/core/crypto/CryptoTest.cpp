// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "crypto/BoxKeyPair.h"
#include "crypto/Kdf.h"
#include "crypto/KeyWrap.h"
#include "crypto/Random.h"
#include "crypto/RecoveryCode.h"
#include "crypto/SecretBuffer.h"

#include <set>
#include <string>

#include <gtest/gtest.h>
#include <sodium.h>

using namespace twofold;

namespace {

Bytes salt(std::uint8_t fill)
{
    return Bytes(kSaltBytes, fill);
}

} // namespace

TEST(SecretBufferTest, MoveLeavesSourceEmptyAndWipeEmpties)
{
    SecretBuffer a = SecretBuffer::fromString("hunter2");
    SecretBuffer b = std::move(a);
    EXPECT_TRUE(a.empty()); // NOLINT(bugprone-use-after-move): the moved-from state is the point
    EXPECT_EQ(b.view(), "hunter2");
    b.wipe();
    EXPECT_TRUE(b.empty());
    EXPECT_EQ(b.data(), nullptr);
}

TEST(SecretBufferTest, EqualsIsByContent)
{
    EXPECT_TRUE(SecretBuffer::fromString("abc").equals(SecretBuffer::fromString("abc")));
    EXPECT_FALSE(SecretBuffer::fromString("abc").equals(SecretBuffer::fromString("abd")));
    EXPECT_FALSE(SecretBuffer::fromString("abc").equals(SecretBuffer::fromString("abcd")));
}

TEST(KdfTest, ProductionParametersAreLibsodiumModerateAndPinnedToArgon2id)
{
    EXPECT_EQ(KdfParams::production().opsLimit, crypto_pwhash_argon2id_OPSLIMIT_MODERATE);
    EXPECT_EQ(KdfParams::production().memLimit, crypto_pwhash_argon2id_MEMLIMIT_MODERATE);
    EXPECT_EQ(KdfParams::production().memLimit, 256u * 1024 * 1024);
    EXPECT_TRUE(KdfParams::production().atLeast(KdfParams::productionFloor()));
    EXPECT_FALSE(KdfParams::minimum().atLeast(KdfParams::productionFloor()));
}

TEST(KdfTest, SamePasswordAndSaltGiveSameKeyOtherwiseDifferent)
{
    const auto pw = SecretBuffer::fromString("correct horse");
    auto k1 = deriveKeyFromPassword(pw, salt(1), KdfParams::minimum());
    auto k2 = deriveKeyFromPassword(pw, salt(1), KdfParams::minimum());
    auto k3 = deriveKeyFromPassword(pw, salt(2), KdfParams::minimum());
    auto k4 = deriveKeyFromPassword(SecretBuffer::fromString("correct horsf"), salt(1), KdfParams::minimum());
    ASSERT_TRUE(k1 && k2 && k3 && k4);
    EXPECT_TRUE(k1->equals(*k2));
    EXPECT_FALSE(k1->equals(*k3));
    EXPECT_FALSE(k1->equals(*k4));
}

TEST(KdfTest, MatchesLibsodiumArgon2idDirectly)
{
    // Proves the algorithm is Argon2id and not libsodium's default of the day.
    const auto pw = SecretBuffer::fromString("pässwörd ✓");
    auto ours = deriveKeyFromPassword(pw, salt(7), KdfParams::minimum());
    ASSERT_TRUE(ours);
    std::uint8_t theirs[32];
    const Bytes s = salt(7);
    ASSERT_EQ(crypto_pwhash(theirs, 32, reinterpret_cast<const char*>(pw.data()), pw.size(), s.data(),
                            crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN,
                            crypto_pwhash_ALG_ARGON2ID13),
              0);
    EXPECT_EQ(sodium_memcmp(ours->data(), theirs, 32), 0);
}

TEST(KdfTest, MalformedSaltIsDamage)
{
    auto key = deriveKeyFromPassword(SecretBuffer::fromString("x"), Bytes(3, 0), KdfParams::minimum());
    ASSERT_FALSE(key);
    EXPECT_EQ(key.error().code, ErrorCode::DamagedKeyring);
}

TEST(KdfTest, SubkeysDifferByIdAndContext)
{
    SecretBuffer master(32);
    SystemRandom::instance().fill(master.span());
    const SecretBuffer a = deriveSubkey(master, 1, "journal_");
    const SecretBuffer b = deriveSubkey(master, 2, "journal_");
    const SecretBuffer c = deriveSubkey(master, 1, "rowmac__");
    EXPECT_FALSE(a.equals(b));
    EXPECT_FALSE(a.equals(c));
    EXPECT_TRUE(a.equals(deriveSubkey(master, 1, "journal_")));
}

TEST(KeyWrapTest, UnwrapNeedsTheSameKeyAndAssociatedData)
{
    SecretBuffer key(32);
    SecretBuffer secret(32);
    SystemRandom::instance().fill(key.span());
    SystemRandom::instance().fill(secret.span());
    const Bytes ad{1, 2, 3};
    const Bytes wrapped = wrapSecret(secret, key, ad);
    auto back = unwrapSecret(wrapped, key, ad);
    ASSERT_TRUE(back);
    EXPECT_TRUE(back->equals(secret));

    EXPECT_FALSE(unwrapSecret(wrapped, key, Bytes{1, 2, 4}));
    SecretBuffer other(32);
    SystemRandom::instance().fill(other.span());
    EXPECT_FALSE(unwrapSecret(wrapped, other, ad));
    for (std::size_t i = 0; i < wrapped.size(); ++i) {
        Bytes flipped = wrapped;
        flipped[i] ^= 0x01;
        EXPECT_FALSE(unwrapSecret(flipped, key, ad)) << "bit flip at " << i << " went unnoticed";
    }
    EXPECT_FALSE(unwrapSecret(Bytes(10, 0), key, ad));
}

TEST(BoxKeyPairTest, SealOpensOnlyWithTheRecipientsSecretKey)
{
    auto alice = BoxKeyPair::generate(SystemRandom::instance());
    auto bob = BoxKeyPair::generate(SystemRandom::instance());
    SecretBuffer itemKey = SecretBuffer::fromString("0123456789abcdef0123456789abcdef");
    const Bytes sealed = sealToPublicKey(itemKey, alice.publicKey);
    auto opened = openSealed(sealed, alice);
    ASSERT_TRUE(opened);
    EXPECT_TRUE(opened->equals(itemKey));
    EXPECT_FALSE(openSealed(sealed, bob));
}

TEST(BoxKeyPairTest, PublicKeyIsDerivedFromSecretKey)
{
    auto pair = BoxKeyPair::generate(SystemRandom::instance());
    auto again = BoxKeyPair::fromSecretKey(pair.secretKey.clone());
    ASSERT_TRUE(again);
    EXPECT_EQ(again->publicKey, pair.publicKey);
}

TEST(RecoveryCodeTest, HasAtLeast128BitsInEightGroupsAndNormalizes)
{
    DeterministicRandom random(42);
    std::set<std::string> seen;
    for (int i = 0; i < 200; ++i) {
        const SecretBuffer code = generateRecoveryCode(random);
        const std::string text(code.view());
        ASSERT_EQ(text.size(), 39u);
        for (std::size_t g = 4; g < text.size(); g += 5) {
            EXPECT_EQ(text[g], '-');
        }
        seen.insert(text);
        std::string typed;
        for (char c : text) {
            typed += (c == '-') ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        auto normalized = normalizeRecoveryCode(typed);
        ASSERT_TRUE(normalized);
        EXPECT_EQ(normalized->view(), text);
    }
    EXPECT_EQ(seen.size(), 200u);
    // 32 characters of a 32-letter alphabet: 160 bits.
    EXPECT_FALSE(normalizeRecoveryCode("ABCD-EFGH"));
    EXPECT_FALSE(normalizeRecoveryCode("UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU")); // U is not Crockford
}

TEST(RecoveryCodeTest, ConfusableLettersMapToDigits)
{
    auto a = normalizeRecoveryCode("OOOO-IIII-LLLL-0000-1111-2222-3333-4444");
    ASSERT_TRUE(a);
    EXPECT_EQ(a->view(), "0000-1111-1111-0000-1111-2222-3333-4444");
}
