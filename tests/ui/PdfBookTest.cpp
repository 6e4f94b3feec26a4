// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// The PDF book (ui/data/PdfBook.h), read back with poppler's pdftotext: the cover, a table
// of contents whose page numbers are true, every entry, the prompts, and what must not
// be in it.
#include "ui/data/PdfBook.h"

#include "UiTestSupport.h"
#include "journal/Journal.h"
#include "support/CoupleTestSupport.h"
#include "support/TempDir.h"

#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <vector>

#include <gtest/gtest.h>

namespace twofold::test {
namespace {

constexpr std::string_view kBoth = "foundations.what-intimacy-means";
constexpr std::string_view kOnlyAlexAgreed = "foundations.intimacy-and-sex";

bool havePdftotext()
{
    return std::system("command -v pdftotext >/dev/null 2>&1") == 0;
}

// pdftotext -layout, one string per page (pdftotext ends each page with a form feed).
std::vector<std::string> pdfPages(const std::filesystem::path& pdf)
{
    const auto text = pdf.parent_path() / (pdf.filename().string() + ".txt");
    const std::string command = "pdftotext -layout '" + pdf.string() + "' '" + text.string() + "'";
    EXPECT_EQ(std::system(command.c_str()), 0) << command;
    const std::string all = readFile(text);
    std::filesystem::remove(text);
    std::vector<std::string> pages;
    std::size_t start = 0;
    for (std::size_t ff = all.find('\f'); ff != std::string::npos; ff = all.find('\f', start)) {
        pages.push_back(all.substr(start, ff - start));
        start = ff + 1;
    }
    return pages;
}

std::string joined(const std::vector<std::string>& pages)
{
    std::string all;
    for (const std::string& page : pages) {
        all += page;
        all += '\f';
    }
    return all;
}

// The number at the end of the contents line that names `title` (pages 2 onwards).
std::optional<int> tocNumber(const std::vector<std::string>& pages, const std::string& title)
{
    for (std::size_t p = 1; p < pages.size(); ++p) {
        const std::string& page = pages[p];
        std::size_t lineStart = 0;
        while (lineStart < page.size()) {
            std::size_t lineEnd = page.find('\n', lineStart);
            if (lineEnd == std::string::npos) {
                lineEnd = page.size();
            }
            const std::string line = page.substr(lineStart, lineEnd - lineStart);
            lineStart = lineEnd + 1;
            const std::size_t at = line.find(title);
            if (at == std::string::npos) {
                continue;
            }
            std::size_t end = line.find_last_not_of(' ');
            std::size_t digits = end;
            while (digits != std::string::npos && digits > at + title.size() &&
                   std::isdigit(static_cast<unsigned char>(line[digits])) != 0) {
                --digits;
            }
            if (end != std::string::npos && digits < end && line[digits] == ' ') {
                return std::stoi(line.substr(digits + 1, end - digits));
            }
        }
    }
    return std::nullopt;
}

// The 1-based page whose text holds `marker`, the first one at or after `from`.
int pageWith(const std::vector<std::string>& pages, const std::string& marker, int from = 1)
{
    for (std::size_t p = static_cast<std::size_t>(from - 1); p < pages.size(); ++p) {
        if (pages[p].find(marker) != std::string::npos) {
            return static_cast<int>(p) + 1;
        }
    }
    return 0;
}

bool hasArabicLetters(const std::string& text)
{
    const QString s = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if ((u >= 0x0620 && u <= 0x064A) || (u >= 0xFB50 && u <= 0xFDFF) || (u >= 0xFE70 && u <= 0xFEFF)) {
            return true;
        }
    }
    return false;
}

std::string words(int count, const std::string& prefix)
{
    std::string out;
    for (int i = 0; i < count; ++i) {
        out += prefix + std::to_string(i % 97) + ((i % 120 == 119) ? "\n\n" : " ");
    }
    return out;
}

class PdfBookTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ensureApplication();
        if (!havePdftotext()) {
            GTEST_SKIP() << "pdftotext (poppler-utils) is not installed; scripts/setup-deps installs it";
        }
        Journal& j = p.alex->journal();
        ASSERT_TRUE(j.createAt({"Sunday walk",
                                "We walked by the **river**.\n\n- nobody checked a phone\n- BODY-SUNDAY",
                                4,
                                kindBit(IntimacyKind::Emotional),
                                {"walks", "us"},
                                {}},
                               1'700'000'000'000, 1'700'000'000'000));
        ASSERT_TRUE(j.createAt({"A long evening", words(3000, "evening") + "\n\nBODY-LONG-END", 3, 0, {}, {}},
                               1'700'100'000'000, 1'700'100'000'000));
        ASSERT_TRUE(j.createAt(
            {"Quiet morning", "BODY-RTL שלום עליכם. مرحبا بكم 🙂🌙", {}, 0, {}, {}},
            1'700'200'000'000, 1'700'200'000'000));
        ASSERT_TRUE(j.createAt({"Angle brackets",
                                "BODY-HTML <b>not bold</b> <img src=x> <script>alert(1)</script>\n\n"
                                "![a picture](file:///etc/hostname)",
                                {},
                                0,
                                {"<i>tag</i>"},
                                {}},
                               1'700'300'000'000, 1'700'300'000'000));
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
        data->partnerLabel = "Sam";
        return *data;
    }

    TwoPartners p;
    TempDir tmp;

    // The cover page's text of a book holding the entries tagged `tag`; there must be `entries` of them.
    std::string coverOfTag(const std::string& tag, std::size_t entries)
    {
        ExportFilter filter;
        filter.tags = {tag};
        const auto file = tmp / (tag + ".pdf");
        auto summary = ui::writePdfExport(exportAlex(PartnerAnswers::Leave, filter), file);
        EXPECT_TRUE(summary) << (summary ? std::string() : summary.error().detail);
        EXPECT_EQ(summary ? summary->entries : entries + 1, entries);
        const auto pages = pdfPages(file);
        EXPECT_GE(pages.size(), 1u);
        return pages.empty() ? std::string() : pages[0];
    }
};

TEST_F(PdfBookTest, CoverContentsWithTruePageNumbersAndEveryEntry)
{
    const auto file = tmp / "alex.pdf";
    auto summary = ui::writePdfExport(exportAlex(PartnerAnswers::Leave), file);
    ASSERT_TRUE(summary) << summary.error().detail;
    EXPECT_EQ(summary->entries, 4u);
    EXPECT_EQ(summary->answers, 2u);
    EXPECT_EQ(summary->files, 1u);
    EXPECT_EQ(readFile(file).substr(0, 5), "%PDF-");
    EXPECT_FALSE(std::filesystem::exists(file.string() + ".partial"));

    const auto pages = pdfPages(file);
    ASSERT_GE(pages.size(), 7u); // cover, contents, four entries (one long), prompts
    EXPECT_NE(pages[0].find("Alex's journal"), std::string::npos) << pages[0];
    EXPECT_NE(pages[0].find("4 entries"), std::string::npos) << pages[0];
    EXPECT_NE(pages[0].find("not encrypted"), std::string::npos) << pages[0];
    EXPECT_NE(pages[1].find("Contents"), std::string::npos) << pages[1];

    const std::vector<std::pair<std::string, std::string>> titles = {
        {"Sunday walk", "BODY-SUNDAY"},
        {"A long evening", "evening0"},
        {"Quiet morning", "BODY-RTL"},
        {"Angle brackets", "BODY-HTML"},
        {"Prompts we answered", "ALEX-REVEALED"}};
    int previous = 2;
    for (const auto& [title, marker] : titles) {
        const auto number = tocNumber(pages, title);
        ASSERT_TRUE(number) << "no contents line for " << title << "\n" << pages[1];
        EXPECT_GT(*number, previous) << title;
        ASSERT_LE(*number, static_cast<int>(pages.size())) << title;
        const std::string& page = pages[static_cast<std::size_t>(*number - 1)];
        EXPECT_NE(page.find(title), std::string::npos) << title << " is not on page " << *number << ":\n"
                                                       << page;
        EXPECT_NE(page.find(marker), std::string::npos) << marker << " is not on page " << *number;
        EXPECT_EQ(pageWith(pages, marker), *number) << marker;
        previous = *number;
    }
    // The long entry runs over several pages, and the entry after it starts on a new one.
    EXPECT_GT(pageWith(pages, "BODY-LONG-END"), *tocNumber(pages, "A long evening"));
    EXPECT_EQ(pageWith(pages, "BODY-LONG-END") + 1, *tocNumber(pages, "Quiet morning"));
    // Page numbers in the footer.
    const std::string footer =
        std::to_string(*tocNumber(pages, "Quiet morning")) + " of " + std::to_string(pages.size());
    EXPECT_NE(pages[static_cast<std::size_t>(*tocNumber(pages, "Quiet morning") - 1)].find(footer),
              std::string::npos);
    // Markdown is rendered: the emphasis markers are gone, the list items are there.
    const std::string all = joined(pages);
    EXPECT_NE(all.find("We walked by the river."), std::string::npos);
    EXPECT_NE(all.find("different things"), std::string::npos) << "a ligature in the text"; // prompt text
    EXPECT_EQ(all.find("**river**"), std::string::npos);
    EXPECT_NE(all.find("Mood: Good"), std::string::npos);
    EXPECT_NE(all.find("walks, us"), std::string::npos);
}

TEST_F(PdfBookTest, RightToLeftTextAndHtmlLookingTextSurvive)
{
    const auto file = tmp / "alex.pdf";
    ASSERT_TRUE(ui::writePdfExport(exportAlex(PartnerAnswers::Leave), file));
    const std::string all = joined(pdfPages(file));
    EXPECT_NE(all.find("שלום"), std::string::npos) << "Hebrew lost";
    EXPECT_NE(all.find("עליכם"), std::string::npos) << "Hebrew lost";
    const std::size_t rtl = all.find("BODY-RTL");
    ASSERT_NE(rtl, std::string::npos);
    EXPECT_TRUE(hasArabicLetters(all.substr(rtl > 200 ? rtl - 200 : 0, 600))) << "Arabic lost";
    // User text is text: never HTML, never an image loaded from disk.
    EXPECT_NE(all.find("<b>not bold</b>"), std::string::npos);
    EXPECT_NE(all.find("<img src=x>"), std::string::npos);
    EXPECT_NE(all.find("<script>alert(1)</script>"), std::string::npos);
    EXPECT_NE(all.find("<i>tag</i>"), std::string::npos);
    EXPECT_NE(all.find("[image: file:///etc/hostname]"), std::string::npos)
        << all.substr(all.find("BODY-HTML"), 400);
}

TEST_F(PdfBookTest, PartnerAnswersOnlyWhenIncludedAndNeverUnrevealedOnes)
{
    const auto without = tmp / "without.pdf";
    ASSERT_TRUE(ui::writePdfExport(exportAlex(PartnerAnswers::Leave), without));
    const std::string left = joined(pdfPages(without));
    EXPECT_NE(left.find("ALEX-REVEALED-ANSWER"), std::string::npos);
    EXPECT_NE(left.find("ALEX-WAITING-ANSWER"), std::string::npos);
    EXPECT_EQ(left.find("SAM-REVEALED-MARKER"), std::string::npos);
    EXPECT_EQ(left.find("Sam's answer"), std::string::npos);
    EXPECT_EQ(left.find("SAM-UNREVEALED-MARKER"), std::string::npos);

    const auto with = tmp / "with.pdf";
    ASSERT_TRUE(ui::writePdfExport(exportAlex(PartnerAnswers::Include), with));
    const auto pages = pdfPages(with);
    const std::string included = joined(pages);
    EXPECT_NE(included.find("SAM-REVEALED-MARKER"), std::string::npos);
    EXPECT_NE(included.find("Sam's answer"), std::string::npos);
    EXPECT_NE(pages[0].find("revealed answers, which they agreed"), std::string::npos) << pages[0];
    EXPECT_EQ(included.find("SAM-UNREVEALED-MARKER"), std::string::npos);
    // Not in the file's bytes in any encoding either (compressed streams aside, the
    // marker must not even reach the document).
    EXPECT_TRUE(plaintextFormsIn(readFile(with), "SAM-UNREVEALED-MARKER").empty());
}

TEST_F(PdfBookTest, AnEmptyRangeIsStillABookThatSaysSo)
{
    const std::string cover = coverOfTag("no-such-tag", 0);
    EXPECT_NE(cover.find("Alex's journal"), std::string::npos) << cover;
    EXPECT_NE(cover.find("There is nothing in this range"), std::string::npos) << cover;
}

TEST_F(PdfBookTest, TheCoverCountsOneEntryInTheSingular)
{
    const std::string cover = coverOfTag("walks", 1);
    EXPECT_NE(cover.find("1 entry"), std::string::npos) << cover;
    EXPECT_EQ(cover.find("1 entries"), std::string::npos) << cover;
}

TEST_F(PdfBookTest, AFailureLeavesNothingAndKeepsAnExistingFile)
{
    const auto missing = tmp / "no-such-folder" / "alex.pdf";
    auto result = ui::writePdfExport(exportAlex(PartnerAnswers::Leave), missing);
    ASSERT_FALSE(result);
    EXPECT_FALSE(std::filesystem::exists(tmp / "no-such-folder"));

    if (::geteuid() != 0) { // root writes anywhere
        const auto locked = tmp / "locked";
        std::filesystem::create_directory(locked);
        ::chmod(locked.c_str(), 0500);
        EXPECT_FALSE(ui::writePdfExport(exportAlex(PartnerAnswers::Leave), locked / "alex.pdf"));
        EXPECT_TRUE(std::filesystem::is_empty(locked));
        ::chmod(locked.c_str(), 0700);
    }

    // A path that is a folder: nothing written, the folder untouched, no .partial left.
    const auto folder = tmp / "folder.pdf";
    std::filesystem::create_directory(folder);
    std::filesystem::create_directory(folder / "inside");
    EXPECT_FALSE(ui::writePdfExport(exportAlex(PartnerAnswers::Leave), folder));
    EXPECT_TRUE(std::filesystem::is_directory(folder / "inside"));
    EXPECT_FALSE(std::filesystem::exists(folder.string() + ".partial"));

    // Writing over an existing file replaces it whole.
    const auto existing = tmp / "existing.pdf";
    std::filesystem::copy_file(TWOFOLD_SOURCE_DIR "/README.md", existing);
    ASSERT_TRUE(ui::writePdfExport(exportAlex(PartnerAnswers::Leave), existing));
    EXPECT_EQ(readFile(existing).substr(0, 5), "%PDF-");
}

// The app's export dialog runs the writer on its thread pool, off the GUI thread.
TEST_F(PdfBookTest, WritesFromAWorkerThreadWhileTheAppRuns)
{
    const ExportData data = exportAlex(PartnerAnswers::Leave);
    const auto file = tmp / "worker.pdf";
    std::optional<Result<ExportSummary>> result;
    std::thread worker([&] { result = ui::writePdfExport(data, file); });
    worker.join();
    ASSERT_TRUE(result.has_value());
    ASSERT_TRUE(*result) << (*result).error().detail;
    const auto pages = pdfPages(file);
    ASSERT_GE(pages.size(), 3u);
    EXPECT_NE(pages[0].find("Alex's journal"), std::string::npos);
    EXPECT_EQ(tocNumber(pages, "Sunday walk"), pageWith(pages, "BODY-SUNDAY"));
}

// A 50,000-word entry exports; its last words are on the last page. Prints the time.
TEST_F(PdfBookTest, AFiftyThousandWordEntryExports)
{
    ExportData data;
    data.partnerName = "Alex";
    data.exportedMs = 1'763'700'000'000;
    Entry e;
    e.id = 1;
    e.fields.title = "Everything at once";
    e.fields.body = words(50'000, "word") + "\n\nTHE-VERY-END";
    e.createdMs = e.updatedMs = 1'700'000'000'000;
    data.entries.push_back(e);
    const auto file = tmp / "long.pdf";
    const auto start = std::chrono::steady_clock::now();
    auto summary = ui::writePdfExport(data, file);
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start)
            .count();
    ASSERT_TRUE(summary) << summary.error().detail;
    const auto pages = pdfPages(file);
    std::cout << "[ figures  ] 50,000-word entry: " << ms << " ms, " << std::filesystem::file_size(file)
              << " bytes, " << pages.size() << " pages\n";
    ASSERT_GT(pages.size(), 50u);
    EXPECT_EQ(pageWith(pages, "THE-VERY-END"), static_cast<int>(pages.size()));
    EXPECT_EQ(tocNumber(pages, "Everything at once"), 3);
}

// 1,000 entries: the contents run over many pages and every number is still true.
TEST_F(PdfBookTest, AThousandEntriesHaveTrueContents)
{
    ExportData data;
    data.partnerName = "Alex";
    data.exportedMs = 1'763'700'000'000;
    for (int i = 0; i < 1000; ++i) {
        Entry e;
        e.id = i + 1;
        char title[32];
        std::snprintf(title, sizeof title, "Day number %04d", i);
        e.fields.title = title;
        char marker[32];
        std::snprintf(marker, sizeof marker, "MARK-%04d", i);
        e.fields.body = std::string(marker) + " " + words(150 + (i % 7) * 60, "w");
        e.createdMs = e.updatedMs = 1'600'000'000'000 + std::int64_t{i} * 86'400'000;
        data.entries.push_back(e);
    }
    const auto file = tmp / "thousand.pdf";
    const auto start = std::chrono::steady_clock::now();
    auto summary = ui::writePdfExport(data, file);
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start)
            .count();
    ASSERT_TRUE(summary) << summary.error().detail;
    const auto pages = pdfPages(file);
    std::cout << "[ figures  ] 1,000 entries: " << ms << " ms, " << std::filesystem::file_size(file)
              << " bytes, " << pages.size() << " pages\n";
    for (int i : {0, 1, 2, 499, 998, 999}) {
        char title[32];
        std::snprintf(title, sizeof title, "Day number %04d", i);
        char marker[32];
        std::snprintf(marker, sizeof marker, "MARK-%04d", i);
        const auto number = tocNumber(pages, title);
        ASSERT_TRUE(number) << title;
        EXPECT_EQ(pageWith(pages, marker), *number) << title;
    }
}

} // namespace
} // namespace twofold::test
