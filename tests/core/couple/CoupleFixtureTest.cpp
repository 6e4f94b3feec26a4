// The couple space of the first release (protocol v1: envelopes and consents in
// couple.db) lives under tests/data/vault-format-1-couple/, written by the first
// release's code. Every later build must open it, migrate it to protocol v2 and keep
// everything a partner could read readable (issue 10, item 7).
#include "core/couple/CoupleTestSupport.h"
#include "couple/CoupleSpace.h"
#include "support/TempDir.h"
#include "vault/Vault.h"

#include <cstdlib>
#include <filesystem>

#include <gtest/gtest.h>

using namespace twofold;
using namespace twofold::test;

namespace {

const std::filesystem::path kFixture =
    std::filesystem::path(TWOFOLD_SOURCE_DIR) / "tests/data/vault-format-1-couple";

// Prompts in the fixture, one for each state a v1 vault can hold.
constexpr std::string_view kBothRevealed = "foundations.what-intimacy-means";  // both agreed, granted
constexpr std::string_view kAlexAgreedOnly = "foundations.kinds-of-closeness"; // Alex agreed; Sam nothing
constexpr std::string_view kAlexUnagreed = "foundations.last-felt-close";      // Alex answered, not agreed
constexpr std::string_view kSamUnagreed = "foundations.a-little-more";         // Sam answered, not agreed
constexpr std::string_view kCheckInDate = "2026-01-04";                        // both checked in, revealed

} // namespace

// Run by hand, with the FIRST release's code, to make the fixture:
//   TWOFOLD_WRITE_FIXTURE=1 build-tests/tests/twofold_core_tests
//     --gtest_filter=CoupleFixtureTest.*Write* --gtest_also_run_disabled_tests
TEST(CoupleFixtureTest, DISABLED_WriteFormat1CoupleFixture)
{
    ASSERT_NE(std::getenv("TWOFOLD_WRITE_FIXTURE"), nullptr);
    std::filesystem::remove_all(kFixture);
    {
        auto vault = Vault::create(kFixture, VaultOptions::fastForTests());
        ASSERT_TRUE(vault);
        auto alex = vault->enroll({"Alex", "#b5651d"}, SecretBuffer::fromString("alex-fixture"));
        ASSERT_TRUE(alex);
        auto sam = vault->enroll({"Sam", "#2e6f95"}, SecretBuffer::fromString("sam-fixture"), &alex->session);
        ASSERT_TRUE(sam);
        auto a = CoupleSpace::open(alex->session, shippedPacks());
        auto s = CoupleSpace::open(sam->session, shippedPacks());
        ASSERT_TRUE(a && s);
        ASSERT_TRUE(a->answer(kBothRevealed, "Being known on an ordinary Tuesday.", Reveal::Yes));
        ASSERT_TRUE(s->answer(kBothRevealed, "Feeling safe enough to be silly. 🌙", Reveal::Yes));
        ASSERT_TRUE(a->answer(kAlexAgreedOnly, "Talking in the car.", Reveal::Yes));
        ASSERT_TRUE(a->answer(kAlexUnagreed, "Something I am not ready to share."));
        ASSERT_TRUE(s->answer(kSamUnagreed, "שלום — not yet."));
        CheckIn alexCheck{4, 3, 5, 4, "the tea", "a quiet evening"};
        CheckIn samCheck{5, 4, 3, 5, "the walk", "more time"};
        ASSERT_TRUE(a->checkIn(kCheckInDate, alexCheck, Reveal::Yes));
        ASSERT_TRUE(s->checkIn(kCheckInDate, samCheck, Reveal::Yes));
        auto entry = alex->session.journal().create({.title = "For you", .body = "An entry I offer."});
        ASSERT_TRUE(entry);
        ASSERT_TRUE(a->offerEntry(*entry));
        ASSERT_TRUE(a->resolvePendingGrants());
        ASSERT_TRUE(s->resolvePendingGrants());
        ASSERT_TRUE(alex->session.journal().database().checkpoint());
        ASSERT_TRUE(sam->session.journal().database().checkpoint());
        ASSERT_TRUE(sam->session.coupleDatabase().checkpoint());
    }
    for (const auto& item : std::filesystem::directory_iterator(kFixture)) {
        const std::string name = item.path().filename().string();
        if (name.ends_with("-wal") || name.ends_with("-shm") || name == "vault.lock") {
            std::filesystem::remove(item.path());
        }
    }
}
