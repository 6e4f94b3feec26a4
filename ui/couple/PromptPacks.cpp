// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/couple/PromptPacks.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QLoggingCategory>

namespace twofold::ui {

namespace {
Q_LOGGING_CATEGORY(lcPacks, "twofold.packs")
}

std::vector<PromptPack> bundledPromptPacks()
{
    std::vector<PromptPack> packs;
    const QDir dir(QStringLiteral(":/prompts"));
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray json = file.readAll();
        const QByteArray fileName = name.toUtf8();
        auto pack = parsePromptPack(
            std::string_view(json.constData(), static_cast<std::size_t>(json.size())),
            std::string_view(fileName.constData(), static_cast<std::size_t>(fileName.size())));
        if (!pack) {
            qCWarning(lcPacks, "prompt pack not loaded: %s", pack.error().detail.c_str());
            continue;
        }
        packs.push_back(std::move(*pack));
    }
    std::ranges::sort(packs, [](const PromptPack& a, const PromptPack& b) {
        return a.order != b.order ? a.order < b.order : a.id < b.id;
    });
    return packs;
}

} // namespace twofold::ui
