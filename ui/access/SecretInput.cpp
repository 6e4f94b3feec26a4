// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/access/SecretInput.h"

#include <span>

#include <QByteArray>
#include <QLineEdit>

#include <sodium.h>

namespace twofold::ui {

void wipe(QByteArray& bytes) noexcept
{
    if (!bytes.isEmpty()) {
        // data() detaches, so we wipe our own copy and not a shared one.
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
    bytes.clear();
}

SecretBuffer takeSecret(QLineEdit* field)
{
    QByteArray utf8 = field->text().toUtf8();
    field->clear();
    SecretBuffer secret = SecretBuffer::fromBytes(std::span(
        reinterpret_cast<const std::uint8_t*>(utf8.constData()), static_cast<std::size_t>(utf8.size())));
    wipe(utf8);
    return secret;
}

} // namespace twofold::ui
