// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "export/Export.h"

#include "import/Import.h"
#include "journal/Journal.h"
#include "support/CoupleTestSupport.h"
#include "support/TempDir.h"

#include <algorithm>
#include <fstream>

#include <gtest/gtest.h>

namespace twofold::test {
namespace {

constexpr std::string_view kBoth = "foundations.what-intimacy-means";
constexpr std::string_view kOnlyAlexAgreed = "foundations.intimacy-and-sex";

std::vector<Entry> allEntries(Journal& journal)
{
    std::vector<Entry> out;
    auto page = journal.list({.limit = 10'000});
    EXPECT_TRUE(page);
    for (const EntrySummary& s : *page) {
        out.push_back(*journal.get(s.id));
    }
    return out;
}

std::vector<EntryFields> fieldsByTime(Journal& journal, std::vector<std::int64_t>* created = nullptr)
{
    auto entries = allEntries(journal);
    std::ranges::sort(entries, {}, &Entry::createdMs);
    std::vector<EntryFields> out;
    for (const Entry& e : entries) {
        out.push_back(e.fields);
        if (created != nullptr) {
            created->push_back(e.createdMs);
            created->push_back(e.updatedMs);
        }
    }
    return out;
}

// Alex: a varied journal; both answered two prompts; one revealed, on the other Sam has
// not agreed, so Sam's words there are sealed to nobody but Sam.
class ExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Journal& j = p.alex->journal();
        ASSERT_TRUE(j.createAt({"Sunday",
                                "We walked by the river.\n\nNobody checked a phone.",
                                4,
                                kindBit(IntimacyKind::Emotional),
                                {"walks", "us"},
                                {}},
                               1'700'000'000'123, 1'700'000'500'000));
        ASSERT_TRUE(j.createAt(
            {"", "صباح هادئ معًا 🙂 \"quoted\" \\ back\tslash", {}, 0, {}, std::string(kBoth)},
            1'710'000'000'000, 1'710'000'000'000));
        ASSERT_TRUE(j.createAt({"---\ntitle: tricky",
                                "---\nnot front matter\n",
                                1,
                                kindBit(IntimacyKind::Physical) | kindBit(IntimacyKind::Spiritual),
                                {"a: b", "[x]"},
                                {}},
                               1'720'000'000'000, 1'720'000'001'000));
        auto a = p.openSpace(*p.alex);
        auto s = p.openSpace(*p.sam);
        ASSERT_TRUE(a.answer(kBoth, "ALEX-REVEALED-ANSWER", Reveal::Yes));
        ASSERT_TRUE(s.answer(kBoth, "SAM-REVEALED-MARKER", Reveal::Yes));
        ASSERT_TRUE(a.answer(kOnlyAlexAgreed, "ALEX-WAITING-ANSWER", Reveal::Yes));
        ASSERT_TRUE(s.answer(kOnlyAlexAgreed, "SAM-UNREVEALED-MARKER", Reveal::NotYet));
        ASSERT_TRUE(a.resolvePendingGrants());
    }

    ExportData exportAlex(PartnerAnswers partner, ExportFilter filter = {})
    {
        filter.partnerAnswers = partner;
        auto space = p.openSpace(*p.alex);
        auto data = collectExport(*p.alex, &space, filter);
        EXPECT_TRUE(data);
        return *data;
    }

    TwoPartners p;
    TempDir tmp;
};

TEST_F(ExportTest, JsonExportImportsIntoAFreshVaultWithTheSameEntries)
{
    const auto file = tmp / "alex.json";
    ASSERT_TRUE(writeJsonExport(exportAlex(PartnerAnswers::Leave), file));
    EXPECT_FALSE(std::filesystem::exists(file.string() + ".partial"));

    TwoPartners fresh;
    auto report = importEntries(fresh.alex->journal(), ImportFormat::TwofoldJson, file);
    ASSERT_TRUE(report) << report.error().message << " line " << report.error().line;
    EXPECT_EQ(report->imported, 3u);
    std::vector<std::int64_t> before;
    std::vector<std::int64_t> after;
    EXPECT_EQ(fieldsByTime(fresh.alex->journal(), &after), fieldsByTime(p.alex->journal(), &before));
    EXPECT_EQ(after, before);

    // And importing it into the journal it came from adds nothing.
    auto same = importEntries(p.alex->journal(), ImportFormat::TwofoldJson, file);
    ASSERT_TRUE(same);
    EXPECT_EQ(same->imported, 0u);
    EXPECT_EQ(same->duplicates, 3u);
}

TEST_F(ExportTest, MarkdownExportImportsBackTheSameEntries)
{
    const auto folder = tmp / "alex-md";
    auto summary = writeMarkdownExport(exportAlex(PartnerAnswers::Leave), folder);
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->files, 4u); // three entries and answers/answers.md
    EXPECT_TRUE(std::filesystem::exists(folder / "answers" / "answers.md"));

    TwoPartners fresh;
    auto report = importEntries(fresh.alex->journal(), ImportFormat::Markdown, folder);
    ASSERT_TRUE(report) << report.error().file << ": " << report.error().message;
    std::vector<std::int64_t> before;
    std::vector<std::int64_t> after;
    auto mine = fieldsByTime(p.alex->journal(), &before);
    for (EntryFields& f : mine) {
        // Markdown keeps the text as a file does: without trailing newlines.
        while (!f.body.empty() && f.body.back() == '\n') {
            f.body.pop_back();
        }
    }
    EXPECT_EQ(fieldsByTime(fresh.alex->journal(), &after), mine);
    EXPECT_EQ(after, before);
    auto existing = writeMarkdownExport(exportAlex(PartnerAnswers::Leave), folder);
    EXPECT_FALSE(existing); // never into a folder that holds something
}

// Names in `folder`, sorted: what an export left behind.
std::vector<std::string> namesIn(const std::filesystem::path& folder)
{
    std::vector<std::string> names;
    for (const auto& item : std::filesystem::directory_iterator(folder)) {
        names.push_back(item.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

void writeText(const std::filesystem::path& path, std::string_view text)
{
    std::ofstream(path, std::ios::binary) << text;
}

TEST_F(ExportTest, AnExportNeverDeletesAPartialFileOrFolderItDidNotMake)
{
    // Someone else's `X.partial` (a file, and a folder with content) next to each target.
    writeText(tmp / "alex.json.partial", "not yours");
    std::filesystem::create_directory(tmp / "alex-md.partial");
    writeText(tmp / "alex-md.partial" / "keep.txt", "also not yours");

    ASSERT_TRUE(writeJsonExport(exportAlex(PartnerAnswers::Leave), tmp / "alex.json"));
    ASSERT_TRUE(writeMarkdownExport(exportAlex(PartnerAnswers::Leave), tmp / "alex-md"));

    EXPECT_EQ(readFile(tmp / "alex.json.partial"), "not yours");
    EXPECT_EQ(readFile(tmp / "alex-md.partial" / "keep.txt"), "also not yours");
    // And nothing of the exports' own temporary names is left.
    EXPECT_EQ(namesIn(tmp.path()),
              (std::vector<std::string>{"alex-md", "alex-md.partial", "alex.json", "alex.json.partial"}));
    EXPECT_EQ(namesIn(tmp / "alex-md.partial"), std::vector<std::string>{"keep.txt"});
}

TEST_F(ExportTest, AnUnrevealedPartnerAnswerIsNeverExported)
{
    auto readEverything = [](const std::filesystem::path& root) {
        std::string all;
        if (std::filesystem::is_regular_file(root)) {
            std::ifstream in(root, std::ios::binary);
            return std::string{std::istreambuf_iterator<char>(in), {}};
        }
        for (const auto& item : std::filesystem::recursive_directory_iterator(root)) {
            if (item.is_regular_file()) {
                std::ifstream in(item.path(), std::ios::binary);
                all += std::string{std::istreambuf_iterator<char>(in), {}};
            }
        }
        return all;
    };
    for (const PartnerAnswers partner : {PartnerAnswers::Leave, PartnerAnswers::Include}) {
        const bool include = partner == PartnerAnswers::Include;
        const auto tag = std::string(include ? "with" : "without");
        const auto json = tmp / (tag + ".json");
        const auto md = tmp / (tag + "-md");
        const auto data = exportAlex(partner);
        ASSERT_TRUE(writeJsonExport(data, json));
        ASSERT_TRUE(writeMarkdownExport(data, md));
        for (const auto& path : {json, md}) {
            const std::string text = readEverything(path);
            EXPECT_NE(text.find("ALEX-REVEALED-ANSWER"), std::string::npos) << path;
            EXPECT_NE(text.find("ALEX-WAITING-ANSWER"), std::string::npos) << path;
            EXPECT_EQ(text.find("SAM-UNREVEALED-MARKER"), std::string::npos) << path;
            EXPECT_EQ(text.find("SAM-REVEALED-MARKER") != std::string::npos, include) << path;
        }
    }
}

TEST_F(ExportTest, DateRangeAndTagFiltersSelectEntries)
{
    ExportFilter range;
    range.fromMs = 1'705'000'000'000;
    range.toMs = 1'720'000'000'000; // exclusive
    auto data = exportAlex(PartnerAnswers::Leave, range);
    ASSERT_EQ(data.entries.size(), 1u);
    EXPECT_EQ(data.entries[0].createdMs, 1'710'000'000'000);

    ExportFilter tags;
    tags.tags = {"WALKS"};
    auto tagged = exportAlex(PartnerAnswers::Leave, tags);
    ASSERT_EQ(tagged.entries.size(), 1u);
    EXPECT_EQ(tagged.entries[0].fields.title, "Sunday");
    EXPECT_TRUE(tagged.answers.empty());
}

} // namespace
} // namespace twofold::test
