// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "RobustSupport.h"

#include "support/FastKdf.h"
#include "vault/Session.h"

#include <algorithm>
#include <array>
#include <random>

namespace twofold::test {

SecretBuffer secret(std::string_view text)
{
    return SecretBuffer::fromString(text);
}

MadeVault makeVault(const std::filesystem::path& dir)
{
    MadeVault made{dir, {}, {}};
    auto vault = Vault::create(dir, twofold::test::fastVaultOptions());
    if (!vault) {
        throw std::runtime_error("cannot create vault: " + vault.error().detail);
    }
    auto alex = vault->enroll({.name = "Alex"}, secret(kAlexPassword));
    if (!alex) {
        throw std::runtime_error("cannot enroll Alex: " + alex.error().detail);
    }
    auto sam = vault->enroll({.name = "Sam"}, secret(kSamPassword), &alex->session);
    if (!sam) {
        throw std::runtime_error("cannot enroll Sam: " + sam.error().detail);
    }
    made.alexId = alex->session.partner().id;
    made.samId = sam->session.partner().id;
    return made;
}

Result<Vault> openVault(const std::filesystem::path& dir)
{
    return Vault::open(dir, twofold::test::fastVaultOptions());
}

Result<Session> unlock(Vault& vault, std::string_view partnerId, std::string_view password)
{
    return vault.unlock(partnerId, secret(password));
}

Result<std::map<EntryId, Entry>> allEntries(Journal& journal)
{
    std::map<EntryId, Entry> all;
    PageRequest request{.limit = 500};
    while (true) {
        auto page = journal.list(request);
        if (!page) {
            return std::unexpected(page.error());
        }
        for (const auto& summary : *page) {
            auto entry = journal.get(summary.id);
            if (!entry) {
                return std::unexpected(entry.error());
            }
            all.emplace(summary.id, std::move(*entry));
        }
        if (page->size() < static_cast<std::size_t>(request.limit)) {
            break;
        }
        request.after = PageCursor{page->back().createdMs, page->back().id};
    }
    // The list and the count agree: nothing is skipped by the paging.
    auto count = journal.count();
    if (!count) {
        return std::unexpected(count.error());
    }
    if (static_cast<std::size_t>(*count) != all.size()) {
        return fail(ErrorCode::Internal, "list and count disagree");
    }
    return all;
}

std::vector<PromptPack> shippedPacks()
{
    std::vector<PackProblem> problems;
    auto packs =
        loadPromptPacks(std::filesystem::path(TWOFOLD_SOURCE_DIR) / "resources" / "prompts", problems);
    if (!packs || !problems.empty()) {
        throw std::runtime_error("cannot load the shipped prompt packs");
    }
    return std::move(*packs);
}

std::string sampleText(std::uint64_t seed, std::size_t bytes)
{
    static constexpr std::array<std::string_view, 16> kWords = {
        "river", "evening", "tender", "kitchen", "laughed", "quiet", "promise", "walk",
        "café",  "naïve",   "مرحبا",  "🙂",    "trust",   "rain",  "window",  "held"};
    std::mt19937_64 random(seed);
    std::string text = "text " + std::to_string(seed) + ":";
    while (text.size() < bytes) {
        text += ' ';
        text += kWords[random() % kWords.size()];
        if (random() % 11 == 0) {
            text += ".\n";
        }
    }
    return text;
}

std::vector<std::string> fileNames(const std::filesystem::path& dir)
{
    std::vector<std::string> names;
    for (const auto& item : std::filesystem::directory_iterator(dir)) {
        names.push_back(item.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

void copyDirectory(const std::filesystem::path& from, const std::filesystem::path& to)
{
    std::filesystem::create_directories(to);
    for (const auto& item : std::filesystem::directory_iterator(from)) {
        if (item.is_regular_file()) {
            std::filesystem::copy_file(item.path(), to / item.path().filename(),
                                       std::filesystem::copy_options::overwrite_existing);
        }
    }
}

} // namespace twofold::test
