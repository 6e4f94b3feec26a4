// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Bytes.h"
#include "common/Clock.h"
#include "couple/CoupleSpace.h"
#include "couple/ReviewFlow.h"
#include "crypto/BoxKeyPair.h"
#include "crypto/SecretBuffer.h"
#include "crypto/SignKeyPair.h"
#include "prompts/PromptPack.h"
#include "storage/Database.h"
#include "support/TempDir.h"
#include "vault/Vault.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace twofold::test {

std::vector<PromptPack> shippedPacks();

// What an attacker who holds one partner's unwrapped keys has: the couple key and
// that partner's X25519 key pair. Unwrapped here from keyring.db the way Vault does,
// so tests can read couple.db with SQL and libsodium alone.
struct RawKeys
{
    SecretBuffer coupleKey;
    BoxKeyPair box;
    SignKeyPair sign;
};
RawKeys unwrapKeys(const std::filesystem::path& vaultDir, std::string_view partnerId,
                   std::string_view password);

// The envelope format, written out again independently of core (a second reading of
// docs/ARCHITECTURE.md): AD = "twofold-envelope-v1" ‖ len id ‖ id ‖ len author ‖ author ‖
// kind ‖ len topic ‖ topic, lengths as 4-byte big-endian (format 1); format 2 says
// "twofold-envelope-v2" and appends len ‖ question hash.
Bytes envelopeAd(std::string_view id, std::string_view author, int kind, std::string_view topic);
Bytes envelopeAdV2(std::string_view id, std::string_view author, int kind, std::string_view topic,
                   ByteView questionHash);
// Tries to open `sealed` with the key pair and the result as item key for the envelope.
std::optional<std::string> rawOpen(ByteView sealed, const BoxKeyPair& keys, ByteView ciphertext, ByteView ad);

struct RawEnvelope
{
    std::string id;
    std::string author;
    int kind = 0;
    std::string topic;
    Bytes ciphertext;
    Bytes authorSeal;
    bool current = true;
    int format = 2;
    Bytes questionHash;
    Bytes signature;
};
// The AD of an envelope as stored (its own format).
Bytes envelopeAd(const RawEnvelope& e);
std::vector<RawEnvelope> rawEnvelopes(Database& couple);
// The grant seal of (envelope, reader), if any.
std::optional<Bytes> rawGrant(Database& couple, std::string_view envelopeId, std::string_view readerId);
// Can `reader` decrypt the envelope through a grant sealed to them? (raw SQL + libsodium)
std::optional<std::string> rawReadAsReader(Database& couple, const RawEnvelope& e, std::string_view readerId,
                                           const BoxKeyPair& readerKeys);

// Alex and Sam enrolled in a fresh vault with the fast KDF; sessions kept open.
class TwoPartners
{
public:
    explicit TwoPartners(const Clock* clock = nullptr);
    ~TwoPartners();

    std::filesystem::path dir() const { return m_tmp.path() / "vault"; }
    VaultOptions options() const;
    Vault& vault() { return *m_vault; }

    std::string alexId;
    std::string samId;
    std::optional<Session> alex;
    std::optional<Session> sam;

    Session& unlock(std::string_view who); // "alex" or "sam"
    CoupleSpace openSpace(Session& session);
    CoupleSpaceOptions spaceOptions() const;

    static constexpr std::string_view kAlexPassword = "alex-pass";
    static constexpr std::string_view kSamPassword = "sam-pass";

private:
    TempDir m_tmp;
    const Clock* m_clock;
    std::optional<Vault> m_vault;
};

// A direct, raw connection to couple.db with the couple key, for tampering and adversaries.
Database openCoupleRaw(const std::filesystem::path& vaultDir, const SecretBuffer& coupleKey);

// Every text of Alex's envelopes that Sam can open through any grant row, with the couple
// key and his own secret key only (SQL + libsodium): what the partner with the files reads.
std::vector<std::string> whatSamCanRead(TwoPartners& couple, const RawKeys& sam);

// Next, step by step, until the guided review is at `step`; fails where it cannot move on.
::testing::AssertionResult goToStep(ReviewFlow& flow, ReviewStep step);

} // namespace twofold::test
