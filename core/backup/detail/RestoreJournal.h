// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "backup/Backup.h"
#include "backup/detail/BackupFormat.h"
#include "vault/Keyring.h"

#include <filesystem>
#include <string_view>

// Restoring one partner's journal from a backup (RestoreScope::MyJournal). Private to core.
namespace twofold::detail {

const PartnerConsent* consentOf(const RestoreRequest& request, std::string_view partnerId);

// Puts the backup's journal of request.partnerId into `vaultDir`, keeping everything else of
// the vault as it is. The caller holds the vault's lock and has checked the consents.
Result<BackupManifest> restoreMyJournal(const InputFile& file, Layout& layout,
                                        const std::filesystem::path& vaultDir, Keyring& keyring,
                                        const RestoreRequest& request);

} // namespace twofold::detail
