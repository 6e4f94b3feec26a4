// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"

namespace twofold {

// The four kinds of failure both shells tell apart: the command line's exit status
// (docs/CLI.md) and the vault check's "damaged" are read from here, so a new ErrorCode is
// grouped in one place.
enum class ErrorKind
{
    Usage,       // the request was malformed or cannot be done as asked
    NotAllowed,  // wrong password, unknown partner, locked, someone's consent is missing
    DamagedData, // a file is damaged, tampered with, not encrypted, or from a newer Twofold
    Io,          // disk full, permissions, missing vault, vault in use, a bug
};

ErrorKind errorKindOf(ErrorCode code);

} // namespace twofold
