// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "prompts/ShippedPromptPacks.h"

#include <filesystem>

#include <gtest/gtest.h>

using namespace twofold;

namespace {

// The compiled-in packs are exactly resources/prompts/*.json: all of them, every one
// parsed, in the order loadPromptPacks lists the folder.
TEST(ShippedPromptPacksTest, AreTheFilesOfResourcesPromptsEveryOneParsed)
{
    std::vector<PackProblem> problems;
    const auto onDisk =
        loadPromptPacks(std::filesystem::path(TWOFOLD_SOURCE_DIR) / "resources" / "prompts", problems);
    ASSERT_TRUE(onDisk.has_value());
    EXPECT_TRUE(problems.empty());
    const std::vector<PromptPack>& shipped = shippedPromptPacks();
    ASSERT_FALSE(shipped.empty());
    ASSERT_EQ(shipped.size(), onDisk->size());
    for (std::size_t i = 0; i < shipped.size(); ++i) {
        const PromptPack& pack = shipped[i];
        const PromptPack& file = (*onDisk)[i];
        EXPECT_EQ(pack.id, file.id);
        EXPECT_EQ(pack.title, file.title);
        EXPECT_EQ(pack.description, file.description);
        EXPECT_EQ(pack.order, file.order);
        EXPECT_EQ(pack.defaultEnabled, file.defaultEnabled);
        EXPECT_EQ(pack.defaultVisibility, file.defaultVisibility);
        ASSERT_EQ(pack.prompts.size(), file.prompts.size()) << pack.id;
        for (std::size_t p = 0; p < pack.prompts.size(); ++p) {
            EXPECT_EQ(pack.prompts[p].id, file.prompts[p].id);
            EXPECT_EQ(pack.prompts[p].text, file.prompts[p].text);
            EXPECT_EQ(pack.prompts[p].followUp, file.prompts[p].followUp);
            EXPECT_EQ(pack.prompts[p].visibility, file.prompts[p].visibility);
            EXPECT_EQ(pack.prompts[p].kind, file.prompts[p].kind);
        }
    }
}

TEST(ShippedPromptPacksTest, AreSortedByOrderThenId)
{
    const std::vector<PromptPack>& shipped = shippedPromptPacks();
    for (std::size_t i = 1; i < shipped.size(); ++i) {
        const PromptPack& a = shipped[i - 1];
        const PromptPack& b = shipped[i];
        EXPECT_TRUE(a.order < b.order || (a.order == b.order && a.id < b.id)) << a.id << " " << b.id;
    }
}

} // namespace
