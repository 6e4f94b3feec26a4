// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "crypto/SecretBuffer.h"

class QLineEdit;
class QByteArray;

namespace twofold::ui {

// Moves what was typed into secure memory and clears the field at once. The UTF-8
// copy Qt hands us is zeroed before it is freed; the field's own QString cannot be
// wiped from outside, so the field is cleared right away to shorten its life.
SecretBuffer takeSecret(QLineEdit* field);

// Zeroes a byte array in place (for QByteArrays that held secrets).
void wipe(QByteArray& bytes) noexcept;

} // namespace twofold::ui
