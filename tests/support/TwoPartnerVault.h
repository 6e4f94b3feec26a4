// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "crypto/SecretBuffer.h"
#include "support/FastKdf.h"
#include "support/TempDir.h"
#include "vault/Vault.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

namespace twofold::test {

// A test's vault in a scratch folder (fast key derivation, its state folder beside it) with
// Alex and Sam enrolled: the fixture of the tests that fill a vault, close it and open it
// again (LeaveTest, RekeyTest).
class TwoPartnerVaultTest : public ::testing::Test
{
protected:
    // Alex and Sam just enrolled, unlocked, with the vault that made them (kept alive, and
    // destroyed last, as long as they are).
    struct Enrolled
    {
        Vault vault;
        Enrollment alex;
        Enrollment sam;
    };

    // Creates the vault and enrolls Alex (#aa5500) with `alexPassword`, then Sam (#0055aa)
    // with `samPassword`, invited by Alex; sets alexId and samId. Nothing when a step failed
    // (the test has failed then).
    std::optional<Enrolled> enrollBoth(std::string_view alexPassword, std::string_view samPassword)
    {
        auto vault = Vault::create(dir(), options());
        EXPECT_TRUE(vault);
        if (!vault) {
            return std::nullopt;
        }
        auto alex = vault->enroll({"Alex", "#aa5500"}, SecretBuffer::fromString(alexPassword));
        EXPECT_TRUE(alex);
        if (!alex) {
            return std::nullopt;
        }
        auto sam = vault->enroll({"Sam", "#0055aa"}, SecretBuffer::fromString(samPassword), &alex->session);
        EXPECT_TRUE(sam);
        if (!sam) {
            return std::nullopt;
        }
        alexId = alex->session.partner().id;
        samId = sam->session.partner().id;
        return Enrolled{std::move(*vault), std::move(*alex), std::move(*sam)};
    }

    std::filesystem::path dir() const { return m_tmp.path() / "vault"; }
    VaultOptions options() const
    {
        VaultOptions o = fastVaultOptions();
        o.stateDirectory = m_tmp.path() / "state";
        return o;
    }
    Vault open() const
    {
        auto vault = Vault::open(dir(), options());
        EXPECT_TRUE(vault) << vault.error().detail;
        return std::move(*vault);
    }

    std::string alexId;
    std::string samId;

private:
    TempDir m_tmp;
};

} // namespace twofold::test
