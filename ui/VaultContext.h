// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "couple/CoupleSpace.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <filesystem>
#include <optional>
#include <string>

#include <QThreadPool>

namespace twofold::ui {

// What the screens share: the vault directory, the open vault, the partner at the
// keyboard (and their couple space), and the pool that runs Argon2id off the GUI thread. Owned by AppWindow.
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
    std::optional<Session> session;
    bool unlockedWithRecoveryCode = false;
    // A re-key is running (NewPasswordDialog): the idle lock waits, so that the new
    // recovery code reaches the screen (locking would close the dialog that shows it).
    bool keysChanging = false;
    // The couple space of the partner at the keyboard, opened right after unlock
    // (its pending grants are written before anything is shown). Empty when locked.
    std::optional<CoupleSpace> couple;
    // Together mode (DESIGN.md §5): the other partner, unlocked in the same window.
    // Destroyed before `session` on lock, idle timeout and close.
    std::optional<Session> otherSession;
    std::optional<CoupleSpace> otherCouple;

    // Still unlocked as `partnerId`? After anything that runs a nested event loop (a file
    // chooser, a message box) the session may be gone: an idle lock can fire inside it.
    bool unlockedAs(const std::string& partnerId) const
    {
        return session && session->isUnlocked() && session->partner().id == partnerId;
    }

    // Ends Together mode: the other partner's space, then their keys.
    void endTogether()
    {
        if (couple) {
            couple->endTogether();
        }
        otherCouple.reset();
        if (otherSession) {
            otherSession->lock();
            otherSession.reset();
        }
    }
    QThreadPool pool;
};

} // namespace twofold::ui
