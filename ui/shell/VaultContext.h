// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Clock.h"
#include "couple/CoupleSession.h"
#include "couple/CoupleSpace.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include <QThreadPool>

namespace twofold::ui {

// What the screens share: the vault directory, the open vault, whoever is unlocked (a
// CoupleSession), and the pool that runs Argon2id off the GUI thread. Owned by AppWindow.
// While a job runs on the pool the GUI leaves the vault and session alone (the
// screens are busy and disabled), and lock waits for the pool before wiping keys.
struct VaultContext
{
    VaultContext(std::filesystem::path directory, VaultOptions vaultOptions)
        : dir(std::move(directory)), options(vaultOptions)
    {
        pool.setMaxThreadCount(1);
    }
    ~VaultContext() { pool.waitForDone(); }

    std::filesystem::path dir;
    VaultOptions options;
    std::optional<Vault> vault;
    // The vault's clock (VaultOptions::clock): every screen asks it the time, locked or
    // not (LocalTime.h turns it into local dates and times).
    const Clock& clock() const { return *options.clock; }
    // Whoever is unlocked, with their couple space and, in Together mode (DESIGN.md §5),
    // the other partner's session and space. CoupleSession tears them down in the right
    // order (the other partner's space and keys first) on endTogether(), lock() and
    // destruction. Empty when locked.
    std::optional<CoupleSession> unlocked;
    bool unlockedWithRecoveryCode = false;
    // A re-key is running (NewPasswordDialog): the idle lock waits, so that the new
    // recovery code reaches the screen (locking would close the dialog that shows it).
    bool keysChanging = false;
    // A turn of the review's talk is running (TalkStep): a couple talking and listening
    // touches nothing for minutes, so the idle lock waits until the turn's minutes are up.
    bool talkTurnRunning = false;

    // The partner at the keyboard; null when locked.
    Session* session() { return unlocked ? &unlocked->session() : nullptr; }
    const Session* session() const { return unlocked ? &unlocked->session() : nullptr; }
    // Their couple space, opened right after unlock (AppWindow::showMain; its pending
    // grants are written before anything is shown). Null until then and when locked.
    CoupleSpace* couple() { return unlocked ? unlocked->couple() : nullptr; }
    // Together mode: the other partner, unlocked in the same window. Null otherwise.
    Session* otherSession() { return unlocked ? unlocked->otherSession() : nullptr; }
    CoupleSpace* otherCouple() { return unlocked ? unlocked->otherCouple() : nullptr; }

    // The name `partnerId` enrolled with (keyring.db); empty with no vault or no such partner.
    // (Their own signed name, for the other partner, is CoupleSpace::partnerProfile.)
    std::string partnerName(std::string_view partnerId) const
    {
        if (vault) {
            if (auto partners = vault->partners()) {
                for (const PartnerInfo& p : *partners) {
                    if (p.id == partnerId) {
                        return p.name;
                    }
                }
            }
        }
        return {};
    }

    // Still unlocked as `partnerId`? After anything that runs a nested event loop (a file
    // chooser, a message box) the session may be gone: an idle lock can fire inside it.
    bool unlockedAs(const std::string& partnerId) const
    {
        return unlocked && unlocked->isUnlocked() && unlocked->session().partner().id == partnerId;
    }

    // Ends Together mode: the other partner's space, then their keys.
    void endTogether()
    {
        if (unlocked) {
            unlocked->endTogether();
        }
    }

    // Lock, idle timeout and close: Together mode ends, then this partner's space and keys.
    void lock()
    {
        if (unlocked) {
            unlocked->lock();
            unlocked.reset();
        }
    }
    QThreadPool pool;
};

} // namespace twofold::ui
