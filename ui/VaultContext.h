#pragma once

#include "vault/Session.h"
#include "vault/Vault.h"

#include <filesystem>
#include <optional>

#include <QThreadPool>

namespace twofold::ui {

// What the screens share: the vault directory, the open vault, the partner at the
// keyboard, and the pool that runs Argon2id off the GUI thread. Owned by AppWindow.
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
    QThreadPool pool;
};

} // namespace twofold::ui
