// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Restoring over a vault asks for the current password (or recovery code) of every partner
// whose data it replaces (DESIGN.md §6; docs/BACKUP.md, "Who must agree"), played by the
// partner who has the files, the keyboard and an older backup: Alex wants Sam's journal back
// as it was, or to pass as Sam with the password Sam had then.
#include "backup/Backup.h"
#include "couple/CoupleSpace.h"
#include "support/CoupleTestSupport.h"
#include "support/FastKdf.h"
#include "support/TempDir.h"
#include "vault/Vault.h"

#include <fstream>
#include <map>

#include <gtest/gtest.h>

namespace twofold::test {
namespace {

constexpr std::string_view kPrompt = "foundations.what-intimacy-means";
constexpr std::string_view kAlexPassword = "alex-pass";
constexpr std::string_view kSamOld = "sam-old-pass";
constexpr std::string_view kSamNew = "sam-new-pass";

std::string readAll(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Every file below `dir` (and the folder's own listing), byte for byte.
std::map<std::string, std::string> snapshot(const std::filesystem::path& dir)
{
    std::map<std::string, std::string> files;
    std::error_code ec;
    for (const auto& item : std::filesystem::recursive_directory_iterator(dir, ec)) {
        files[item.path().lexically_relative(dir).string()] =
            item.is_regular_file() ? readAll(item.path()) : std::string("<folder>");
    }
    return files;
}

std::size_t entryCount(Session& session)
{
    auto page = session.journal().list({.limit = 1000});
    EXPECT_TRUE(page);
    return page ? page->size() : 0;
}

// Alex and Sam, each with two entries, when the backup is made. Afterwards each writes one
// more, Alex reveals an answer, and Sam changes the password Alex had learned.
class RestoreConsentTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto vault = Vault::create(dir(), options());
        ASSERT_TRUE(vault);
        auto alex = vault->enroll({"Alex", "#aa5500"}, SecretBuffer::fromString(kAlexPassword));
        ASSERT_TRUE(alex);
        auto sam = vault->enroll({"Sam", "#0055aa"}, SecretBuffer::fromString(kSamOld), &alex->session);
        ASSERT_TRUE(sam);
        alexId = alex->session.partner().id;
        samId = sam->session.partner().id;
        samCode = std::string(sam->recoveryCode.view());
        for (int i = 0; i < 2; ++i) {
            ASSERT_TRUE(alex->session.journal().create({"Alex then", "words", 3, 0, {}, {}}));
            ASSERT_TRUE(sam->session.journal().create({"Sam then", "words", 3, 0, {}, {}}));
        }
        alex->session.lock();
        sam->session.lock();
        ASSERT_TRUE(createBackup(dir(), backup(), SystemClock::instance()));

        auto a = vault->unlock(alexId, SecretBuffer::fromString(kAlexPassword));
        auto s = vault->unlock(samId, SecretBuffer::fromString(kSamOld));
        ASSERT_TRUE(a && s);
        ASSERT_TRUE(a->journal().create({"Alex now", "words", 3, 0, {}, {}}));
        ASSERT_TRUE(s->journal().create({"Sam now", "words", 3, 0, {}, {}}));
        ASSERT_TRUE(s->changePassword(SecretBuffer::fromString(kSamNew)));
        {
            auto space = CoupleSpace::open(*a, shippedPacks());
            ASSERT_TRUE(space);
            ASSERT_TRUE(space->answer(kPrompt, "ALEX-LATER", Reveal::Yes));
        }
        a->lock();
        s->lock();
    }

    std::filesystem::path dir() const { return m_tmp.path() / "home" / "vault"; }
    std::filesystem::path stateDir() const { return m_tmp.path() / "state"; }
    std::filesystem::path backup() const { return m_tmp.path() / "old.twofold-backup"; }
    VaultOptions options() const
    {
        VaultOptions o = fastVaultOptions();
        o.stateDirectory = stateDir();
        return o;
    }

    // What the shells do: confirm against the vault as it is now, then let go of it.
    std::optional<PartnerConsent> consent(std::string_view id, std::string_view secret,
                                          Credential with = Credential::Password)
    {
        auto vault = Vault::open(dir(), options());
        EXPECT_TRUE(vault);
        auto made = vault->confirmPartner(id, SecretBuffer::fromString(secret), with);
        if (!made) {
            m_lastError = made.error().code;
            return std::nullopt;
        }
        return std::move(*made);
    }

    RestoreRequest everything() const
    {
        return RestoreRequest{.backup = backup(), .vaultDir = dir(), .overwrite = Overwrite::Yes};
    }
    RestoreRequest onlyJournalOf(const std::string& id) const
    {
        return RestoreRequest{
            .backup = backup(), .vaultDir = dir(), .scope = RestoreScope::MyJournal, .partnerId = id};
    }

    // Nothing anywhere changed: the vault, this account's records, the folder around them.
    void expectNothingChanged(const std::map<std::string, std::string>& before)
    {
        EXPECT_EQ(snapshot(m_tmp.path()), before);
    }

    TempDir m_tmp;
    std::string alexId;
    std::string samId;
    std::string samCode;
    ErrorCode m_lastError = ErrorCode::Internal;
};

TEST_F(RestoreConsentTest, EverythingWithOnlyOnePartnersPasswordIsRefusedAndChangesNoByte)
{
    auto alex = consent(alexId, kAlexPassword);
    ASSERT_TRUE(alex);
    const auto before = snapshot(m_tmp.path());
    ASSERT_TRUE(std::filesystem::exists(stateDir())) << "the test must guard the records too";

    RestoreRequest request = everything();
    request.consents.push_back(std::move(*alex));
    auto refused = restoreBackup(request);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::PasswordRequired);
    expectNothingChanged(before);

    // And with no one's at all.
    auto none = restoreBackup(everything());
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, ErrorCode::PasswordRequired);
    expectNothingChanged(before);
}

TEST_F(RestoreConsentTest, AWrongPasswordIsNoConsentAndSamIsToldOfTheAttempt)
{
    EXPECT_FALSE(consent(samId, "guess"));
    EXPECT_EQ(m_lastError, ErrorCode::WrongPassword);
    EXPECT_FALSE(consent(samId, "guess", Credential::RecoveryCode));
    EXPECT_EQ(m_lastError, ErrorCode::WrongPassword);
    auto vault = Vault::open(dir(), options());
    ASSERT_TRUE(vault);
    auto sam = vault->unlock(samId, SecretBuffer::fromString(kSamNew));
    ASSERT_TRUE(sam);
    EXPECT_EQ(sam->failedAttemptsSinceLastUnlock().size(), 2u);
}

TEST_F(RestoreConsentTest, ThePasswordTheBackupKnowsCountsForNothing)
{
    // Against today's keyring Sam's old password is simply wrong.
    EXPECT_FALSE(consent(samId, kSamOld));
    EXPECT_EQ(m_lastError, ErrorCode::WrongPassword);

    // Alex restores the backup somewhere else, where the old password still opens Sam's row,
    // and brings that consent (same vault, same master key) to the real vault.
    const auto elsewhere = m_tmp.path() / "elsewhere";
    ASSERT_TRUE(restoreBackup(backup(), elsewhere));
    RestoreRequest request = everything();
    {
        auto old = Vault::open(elsewhere, options());
        ASSERT_TRUE(old);
        auto sam = old->confirmPartner(samId, SecretBuffer::fromString(kSamOld), Credential::Password);
        ASSERT_TRUE(sam) << "the backup's keyring does know it";
        request.consents.push_back(std::move(*sam));
    }
    auto alex = consent(alexId, kAlexPassword);
    ASSERT_TRUE(alex);
    request.consents.push_back(std::move(*alex));
    const auto before = snapshot(m_tmp.path());
    auto refused = restoreBackup(request);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::PasswordRequired);
    expectNothingChanged(before);
}

TEST_F(RestoreConsentTest, OnlyMyJournalNeedsMyPasswordNotMyPartners)
{
    auto sam = consent(samId, kSamNew);
    ASSERT_TRUE(sam);
    const auto before = snapshot(m_tmp.path());
    RestoreRequest request = onlyJournalOf(alexId);
    request.consents.push_back(std::move(*sam));
    auto refused = restoreBackup(request);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::PasswordRequired);
    expectNothingChanged(before);

    // Nor is Sam's journal Alex's to restore with Alex's password.
    auto alex = consent(alexId, kAlexPassword);
    ASSERT_TRUE(alex);
    RestoreRequest theirs = onlyJournalOf(samId);
    theirs.consents.push_back(std::move(*alex));
    auto alsoRefused = restoreBackup(theirs);
    ASSERT_FALSE(alsoRefused);
    EXPECT_EQ(alsoRefused.error().code, ErrorCode::PasswordRequired);
    expectNothingChanged(before);
}

TEST_F(RestoreConsentTest, OntoAnEmptyComputerNoPasswordIsNeeded)
{
    const auto fresh = m_tmp.path() / "new-computer" / "share" / "vault";
    ASSERT_TRUE(restoreBackup(backup(), fresh));
    auto vault = Vault::open(fresh, options());
    ASSERT_TRUE(vault);
    EXPECT_TRUE(vault->unlock(samId, SecretBuffer::fromString(kSamOld)));
    // ...and "only my journal" has nothing to replace there.
    auto mine = restoreBackup(RestoreRequest{.backup = backup(),
                                             .vaultDir = m_tmp.path() / "nothing",
                                             .scope = RestoreScope::MyJournal,
                                             .partnerId = alexId});
    ASSERT_FALSE(mine);
    EXPECT_EQ(mine.error().code, ErrorCode::VaultNotFound);
}

TEST_F(RestoreConsentTest, EverythingWithBothConsentsRestoresAndNeitherIsToldOfAnOlderCopy)
{
    RestoreRequest request = everything();
    auto alex = consent(alexId, kAlexPassword);
    // Sam gives the recovery code instead of the password.
    auto sam = consent(samId, samCode, Credential::RecoveryCode);
    ASSERT_TRUE(alex && sam);
    request.consents.push_back(std::move(*alex));
    request.consents.push_back(std::move(*sam));
    auto restored = restoreBackup(request);
    ASSERT_TRUE(restored) << restored.error().detail;

    auto vault = Vault::open(dir(), options());
    ASSERT_TRUE(vault);
    auto a = vault->unlock(alexId, SecretBuffer::fromString(kAlexPassword));
    ASSERT_TRUE(a);
    EXPECT_EQ(entryCount(*a), 2u);
    // Both chose these files: not reported as an older copy put back behind their backs.
    EXPECT_FALSE(a->freshness().anyOlder());
    auto s = vault->unlock(samId, SecretBuffer::fromString(kSamOld));
    ASSERT_TRUE(s) << "each unlocks with the password they had then";
    EXPECT_EQ(entryCount(*s), 2u);
    EXPECT_FALSE(s->freshness().anyOlder());
}

TEST_F(RestoreConsentTest, OnlyMyJournalRestoresMineAndLeavesSamsAsItIs)
{
    const std::string samJournal = readAll(dir() / ("partner-" + samId + ".db"));
    auto alex = consent(alexId, kAlexPassword);
    ASSERT_TRUE(alex);
    RestoreRequest request = onlyJournalOf(alexId);
    request.consents.push_back(std::move(*alex));
    auto restored = restoreBackup(request);
    ASSERT_TRUE(restored) << restored.error().detail;
    EXPECT_EQ(readAll(dir() / ("partner-" + samId + ".db")), samJournal);

    auto vault = Vault::open(dir(), options());
    ASSERT_TRUE(vault);
    auto a = vault->unlock(alexId, SecretBuffer::fromString(kAlexPassword));
    ASSERT_TRUE(a);
    EXPECT_EQ(entryCount(*a), 2u);
    EXPECT_FALSE(a->freshness().anyOlder()) << "Alex chose this journal: not an older copy put back";
    {
        // The answer Alex shared after the backup is not in the restored journal: it is taken
        // back from the couple space, and not reported as a change behind Alex's back.
        auto space = CoupleSpace::open(*a, shippedPacks());
        ASSERT_TRUE(space);
        auto changes = space->sharedFileChanges();
        ASSERT_TRUE(changes);
        EXPECT_TRUE(changes->empty());
        auto view = space->readAnswer(kPrompt);
        ASSERT_TRUE(view);
        EXPECT_FALSE(view->mine);
    }
    a->lock();

    // Sam's journal, password and couple space are as they were.
    auto s = vault->unlock(samId, SecretBuffer::fromString(kSamNew));
    ASSERT_TRUE(s);
    EXPECT_EQ(entryCount(*s), 3u);
    EXPECT_FALSE(s->freshness().anyOlder());
}

TEST_F(RestoreConsentTest, OnlyMyJournalFromBeforeARekeyOrAnotherVaultChangesNothing)
{
    {
        auto vault = Vault::open(dir(), options());
        ASSERT_TRUE(vault);
        auto a = vault->unlock(alexId, SecretBuffer::fromString(kAlexPassword));
        ASSERT_TRUE(a);
        ASSERT_TRUE(a->rekey(SecretBuffer::fromString("alex-rekeyed")));
    }
    auto alex = consent(alexId, "alex-rekeyed");
    ASSERT_TRUE(alex);
    const auto before = snapshot(m_tmp.path());
    RestoreRequest request = onlyJournalOf(alexId);
    request.consents.push_back(std::move(*alex));
    auto refused = restoreBackup(request);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::WrongKey) << "the backup's journal is under Alex's old keys";
    expectNothingChanged(before);

    // A backup of another vault holds no journal of Alex's.
    TwoPartners other;
    const auto foreign = m_tmp.path() / "foreign.twofold-backup";
    ASSERT_TRUE(createBackup(other.dir(), foreign, SystemClock::instance()));
    const auto withForeign = snapshot(m_tmp.path());
    request = onlyJournalOf(alexId);
    request.backup = foreign;
    request.consents.push_back(std::move(*consent(alexId, "alex-rekeyed")));
    auto foreignRefused = restoreBackup(request);
    ASSERT_FALSE(foreignRefused);
    EXPECT_EQ(foreignRefused.error().code, ErrorCode::UnknownPartner);
    expectNothingChanged(withForeign);
}

} // namespace
} // namespace twofold::test
