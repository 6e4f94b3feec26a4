// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "support/CoupleTestSupport.h"

#include "crypto/KeyWrap.h"
#include "storage/Statement.h"
#include "support/FastKdf.h"
#include "vault/Keyring.h"

#include <stdexcept>

#include <gtest/gtest.h>
#include <sodium.h>

namespace twofold::test {

namespace {

void appendField(Bytes& out, std::string_view field)
{
    const auto size = static_cast<std::uint32_t>(field.size());
    out.push_back(static_cast<std::uint8_t>(size >> 24));
    out.push_back(static_cast<std::uint8_t>(size >> 16));
    out.push_back(static_cast<std::uint8_t>(size >> 8));
    out.push_back(static_cast<std::uint8_t>(size));
    out.insert(out.end(), field.begin(), field.end());
}

} // namespace

std::vector<PromptPack> shippedPacks()
{
    static const std::vector<PromptPack> kPacks = [] {
        std::vector<PackProblem> problems;
        auto packs =
            loadPromptPacks(std::filesystem::path(TWOFOLD_SOURCE_DIR) / "resources" / "prompts", problems);
        if (!packs || !problems.empty()) {
            throw std::runtime_error("shipped prompt packs did not load");
        }
        return std::move(*packs);
    }();
    return kPacks;
}

RawKeys unwrapKeys(const std::filesystem::path& vaultDir, std::string_view partnerId,
                   std::string_view password)
{
    auto keyring = Keyring::open(vaultDir / "keyring.db");
    if (!keyring) {
        throw std::runtime_error("keyring");
    }
    auto row = keyring->row(partnerId);
    if (!row || !*row) {
        throw std::runtime_error("keyring row");
    }
    const KeyringRow& r = **row;
    auto passwordKey =
        deriveKeyFromPassword(SecretBuffer::fromString(password), r.passwordSalt, r.passwordKdf);
    auto master =
        unwrapSecret(r.passwordWrappedMaster, *passwordKey, keyring->associatedData(r.id, "password"));
    if (!master) {
        throw std::runtime_error("master");
    }
    auto boxSecret = unwrapSecret(r.wrappedBoxSecret, *master, keyring->associatedData(r.id, "box-secret"));
    auto coupleKey = unwrapSecret(r.wrappedCoupleKey, *master, keyring->associatedData(r.id, "couple-key"));
    if (!boxSecret || !coupleKey) {
        throw std::runtime_error("wrapped keys");
    }
    auto box = BoxKeyPair::fromSecretKey(std::move(*boxSecret));
    auto seed = unwrapSecret(r.wrappedSignSecret, *master, keyring->associatedData(r.id, "sign-secret"));
    if (!seed) {
        throw std::runtime_error("wrapped signing key");
    }
    auto sign = SignKeyPair::fromSeed(std::move(*seed));
    return RawKeys{std::move(*coupleKey), std::move(*box), std::move(*sign)};
}

Bytes envelopeAd(std::string_view id, std::string_view author, int kind, std::string_view topic)
{
    const std::string_view context = "twofold-envelope-v1";
    Bytes ad(context.begin(), context.end());
    appendField(ad, id);
    appendField(ad, author);
    ad.push_back(static_cast<std::uint8_t>(kind));
    appendField(ad, topic);
    return ad;
}

Bytes envelopeAdV2(std::string_view id, std::string_view author, int kind, std::string_view topic,
                   ByteView questionHash)
{
    const std::string_view context = "twofold-envelope-v2";
    Bytes ad(context.begin(), context.end());
    appendField(ad, id);
    appendField(ad, author);
    ad.push_back(static_cast<std::uint8_t>(kind));
    appendField(ad, topic);
    appendField(ad,
                std::string_view(reinterpret_cast<const char*>(questionHash.data()), questionHash.size()));
    return ad;
}

Bytes envelopeAd(const RawEnvelope& e)
{
    return e.format == 1 ? envelopeAd(e.id, e.author, e.kind, e.topic)
                         : envelopeAdV2(e.id, e.author, e.kind, e.topic, e.questionHash);
}

std::optional<std::string> rawOpen(ByteView sealed, const BoxKeyPair& keys, ByteView ciphertext, ByteView ad)
{
    if (sealed.size() != crypto_box_SEALBYTES + 32) {
        return std::nullopt;
    }
    std::uint8_t itemKey[32];
    if (crypto_box_seal_open(itemKey, sealed.data(), sealed.size(), keys.publicKey.data(),
                             keys.secretKey.data()) != 0) {
        return std::nullopt;
    }
    constexpr std::size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    constexpr std::size_t kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (ciphertext.size() < kNonce + kTag) {
        return std::nullopt;
    }
    std::string plain(ciphertext.size() - kNonce - kTag, '\0');
    unsigned long long written = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        reinterpret_cast<std::uint8_t*>(plain.data()), &written, nullptr, ciphertext.data() + kNonce,
        ciphertext.size() - kNonce, ad.data(), ad.size(), ciphertext.data(), itemKey);
    sodium_memzero(itemKey, sizeof itemKey);
    if (rc != 0) {
        return std::nullopt;
    }
    plain.resize(written);
    return plain;
}

std::vector<RawEnvelope> rawEnvelopes(Database& couple)
{
    auto stmt = couple.prepare("SELECT id, author_id, kind, topic, ciphertext, author_seal, is_current, "
                               "format, question_hash, signature"
                               " FROM envelopes ORDER BY id;");
    std::vector<RawEnvelope> all;
    if (!stmt) {
        ADD_FAILURE() << stmt.error().detail;
        return all;
    }
    while (true) {
        auto row = stmt->step();
        if (!row || !*row) {
            break;
        }
        all.push_back(RawEnvelope{
            stmt->columnText(0), stmt->columnText(1), static_cast<int>(stmt->columnInt(2)),
            stmt->columnText(3), stmt->columnBlob(4), stmt->columnBlob(5), stmt->columnInt(6) != 0,
            static_cast<int>(stmt->columnInt(7)), stmt->columnBlob(8), stmt->columnBlob(9)});
    }
    return all;
}

std::optional<Bytes> rawGrant(Database& couple, std::string_view envelopeId, std::string_view readerId)
{
    auto stmt = couple.prepare("SELECT seal FROM grants WHERE envelope_id = ? AND reader_id = ?;");
    if (!stmt) {
        return std::nullopt;
    }
    stmt->bind(1, envelopeId).bind(2, readerId);
    auto row = stmt->step();
    if (!row || !*row) {
        return std::nullopt;
    }
    return stmt->columnBlob(0);
}

std::optional<std::string> rawReadAsReader(Database& couple, const RawEnvelope& e, std::string_view readerId,
                                           const BoxKeyPair& readerKeys)
{
    auto seal = rawGrant(couple, e.id, readerId);
    if (!seal) {
        return std::nullopt;
    }
    return rawOpen(*seal, readerKeys, e.ciphertext, envelopeAd(e));
}

TwoPartners::TwoPartners(const Clock* clock) : m_clock(clock)
{
    auto vault = Vault::create(dir(), options());
    if (!vault) {
        throw std::runtime_error("vault create");
    }
    m_vault.emplace(std::move(*vault));
    auto a = m_vault->enroll({"Alex", "#aa5500"}, SecretBuffer::fromString(kAlexPassword));
    if (!a) {
        throw std::runtime_error("enroll alex");
    }
    auto s = m_vault->enroll({"Sam", "#0055aa"}, SecretBuffer::fromString(kSamPassword), &a->session);
    if (!s) {
        throw std::runtime_error("enroll sam");
    }
    alexId = a->session.partner().id;
    samId = s->session.partner().id;
    alex.emplace(std::move(a->session));
    sam.emplace(std::move(s->session));
}

TwoPartners::~TwoPartners() = default;

VaultOptions TwoPartners::options() const
{
    VaultOptions o = twofold::test::fastVaultOptions();
    if (m_clock != nullptr) {
        o.clock = m_clock;
    }
    return o;
}

CoupleSpaceOptions TwoPartners::spaceOptions() const
{
    CoupleSpaceOptions o;
    if (m_clock != nullptr) {
        o.clock = m_clock;
    }
    return o;
}

Session& TwoPartners::unlock(std::string_view who)
{
    const bool isAlex = who == "alex";
    auto session = m_vault->unlock(isAlex ? alexId : samId,
                                   SecretBuffer::fromString(isAlex ? kAlexPassword : kSamPassword));
    if (!session) {
        throw std::runtime_error("unlock: " + session.error().detail);
    }
    auto& slot = isAlex ? alex : sam;
    slot.emplace(std::move(*session));
    return *slot;
}

CoupleSpace TwoPartners::openSpace(Session& session)
{
    auto space = CoupleSpace::open(session, shippedPacks(), spaceOptions());
    if (!space) {
        throw std::runtime_error("open space: " + space.error().detail);
    }
    return std::move(*space);
}

Database openCoupleRaw(const std::filesystem::path& vaultDir, const SecretBuffer& coupleKey)
{
    auto db = Database::openEncrypted(vaultDir / "couple.db", coupleKey, OpenMode::Existing);
    if (!db) {
        throw std::runtime_error("raw couple.db: " + db.error().detail);
    }
    return std::move(*db);
}

std::vector<std::string> whatSamCanRead(TwoPartners& couple, const RawKeys& sam)
{
    Database raw = openCoupleRaw(couple.dir(), sam.coupleKey);
    std::vector<std::string> texts;
    for (const auto& e : rawEnvelopes(raw)) {
        if (e.author != couple.alexId) {
            continue;
        }
        if (auto text = rawReadAsReader(raw, e, couple.samId, sam.box)) {
            texts.push_back(*text);
        }
    }
    return texts;
}

::testing::AssertionResult goToStep(ReviewFlow& flow, ReviewStep step)
{
    while (flow.step() != step) {
        if (Status moved = flow.next(); !moved) {
            return ::testing::AssertionFailure()
                   << "the review stopped before the step: " << moved.error().detail;
        }
    }
    return ::testing::AssertionSuccess();
}

} // namespace twofold::test
