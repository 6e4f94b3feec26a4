// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Day One's .zip as exported, read in memory (core/import/detail/Zip.h): the same entries as
// the unzipped folder, and hostile zips refused with a clear reason and nothing written.
#include "core/import/ZipWriter.h"
#include "import/Import.h"
#include "import/detail/JsonImport.h"
#include "import/detail/Zip.h"
#include "journal/Journal.h"
#include "support/CoupleTestSupport.h"
#include "support/TempDir.h"

#include <algorithm>

#include <gtest/gtest.h>

namespace twofold::test {
namespace {

const std::filesystem::path kExport =
    std::filesystem::path(TWOFOLD_SOURCE_DIR) / "tests" / "data" / "import" / "dayone" / "export";
const std::string kPhoto = "photos/a1b2c3d4e5f60718293a4b5c6d7e8f90.jpeg";

// The export folder zipped as Day One does: the journals at the top, photos/ beside them.
std::vector<ZipItem> dayOneExport(bool deflate = true)
{
    return {{.name = "Journal.json", .data = readFile(kExport / "Journal.json"), .deflate = deflate},
            {.name = "Travel.json", .data = readFile(kExport / "Travel.json"), .deflate = deflate},
            {.name = "photos/", .data = "", .deflate = false},
            {.name = kPhoto, .data = readFile(kExport / kPhoto), .deflate = false}};
}

struct Seen
{
    std::string title, body;
    std::vector<std::string> tags;
    std::int64_t created, updated;
    bool operator==(const Seen&) const = default;
};

std::vector<Seen> everything(Journal& journal)
{
    std::vector<Seen> out;
    auto page = journal.list({.limit = 100});
    EXPECT_TRUE(page);
    for (const EntrySummary& s : *page) {
        Entry e = *journal.get(s.id);
        out.push_back({e.fields.title, e.fields.body, e.fields.tags, e.createdMs, e.updatedMs});
    }
    std::ranges::sort(out, {}, &Seen::created);
    return out;
}

class DayOneZipTest : public ::testing::Test
{
protected:
    std::filesystem::path zipOf(const std::vector<ZipItem>& items, const std::string& name = "export.zip")
    {
        writeFile(dir / name, makeZip(items));
        return dir / name;
    }

    // Imports `zip`, expects it refused with `reason`, and nothing written.
    void expectRefused(const std::filesystem::path& zip, const std::string& reason)
    {
        auto report = importEntries(p.alex->journal(), ImportFormat::DayOneJson, zip);
        ASSERT_FALSE(report) << reason;
        EXPECT_NE(report.error().message.find(reason), std::string::npos) << report.error().message;
        EXPECT_EQ(report.error().file.rfind(zip.string(), 0), 0u); // the zip, or a journal in it
        EXPECT_TRUE(everything(p.alex->journal()).empty());
    }

    TempDir dir;
    TwoPartners p;
};

TEST_F(DayOneZipTest, TheZipAsExportedImportsExactlyLikeTheUnzippedFolder)
{
    for (const bool deflate : {true, false}) {
        TwoPartners fresh;
        auto fromZip =
            importEntries(fresh.alex->journal(), ImportFormat::DayOneJson, zipOf(dayOneExport(deflate)));
        ASSERT_TRUE(fromZip) << fromZip.error().message;
        auto fromFolder = importEntries(fresh.sam->journal(), ImportFormat::DayOneJson, kExport);
        ASSERT_TRUE(fromFolder) << fromFolder.error().message;
        EXPECT_EQ(fromZip->files, 2u);
        EXPECT_EQ(fromZip->imported, 3u);
        EXPECT_EQ(fromZip->photos, 1u); // photos/ is only counted, as for the folder
        EXPECT_EQ(fromZip->files, fromFolder->files);
        EXPECT_EQ(fromZip->imported, fromFolder->imported);
        EXPECT_EQ(fromZip->photos, fromFolder->photos);
        EXPECT_EQ(fromZip->locations, fromFolder->locations);
        EXPECT_EQ(fromZip->starred, fromFolder->starred);
        EXPECT_EQ(fromZip->timeWithZone, fromFolder->timeWithZone);
        const auto zipped = everything(fresh.alex->journal());
        EXPECT_EQ(zipped, everything(fresh.sam->journal()));
        ASSERT_EQ(zipped.size(), 3u);
        EXPECT_EQ(zipped[0].tags, (std::vector<std::string>{"winter", "Journal"})); // the journal's name

        auto again = importEntries(fresh.alex->journal(), ImportFormat::DayOneJson, dir / "export.zip");
        ASSERT_TRUE(again);
        EXPECT_EQ(again->duplicates, 3u);
    }
}

TEST_F(DayOneZipTest, JournalsInTheOneFolderTheExportSitsInAreFoundToo)
{
    auto items = dayOneExport();
    for (ZipItem& item : items) {
        item.name = "Export/" + item.name;
    }
    auto report = importEntries(p.alex->journal(), ImportFormat::DayOneJson, zipOf(items));
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_EQ(report->imported, 3u);
}

TEST_F(DayOneZipTest, AZipWithoutAJournalSaysSo)
{
    expectRefused(zipOf({{.name = kPhoto, .data = "jpeg"}}), "the zip holds no Day One journal");
}

TEST_F(DayOneZipTest, NamesThatCouldLeaveTheFolderAreRefused)
{
    for (const char* name : {"../evil.json", "photos/../../evil.json", "/abs.json", "C:evil.json",
                             "..\\evil.json", "photos\\..\\evil.json"}) {
        auto items = dayOneExport();
        items.push_back({.name = name, .data = "{}"});
        expectRefused(zipOf(items), "would point outside its folder");
    }
}

TEST_F(DayOneZipTest, HostileAndDamagedZipsAreRefusedWithTheirReason)
{
    const std::string json = readFile(kExport / "Journal.json");
    expectRefused(zipOf({{.name = "Journal.json", .data = json, .flags = 1}}), "encrypted");
    expectRefused(zipOf({{.name = "Journal.json", .data = json, .crc = 1234u}}),
                  "does not match its checksum");
    expectRefused(zipOf({{.name = "Journal.json", .data = json}, {.name = "Journal.json", .data = json}}),
                  "two files with the same name");
    expectRefused(zipOf({{.name = "Journal.json", .data = json, .method = std::uint16_t{12}}}),
                  "compressed in a way Twofold cannot read");
    expectRefused(zipOf({{.name = "Journal.json", .data = json, .declaredSize = 0xFFFFFFFFu}}), "zip64");
    // A bomb: a small file that inflates to far more than it declares.
    expectRefused(zipOf({{.name = "Journal.json", .data = std::string(8 << 20, '{'), .declaredSize = 1000u}}),
                  "may be a zip bomb");
    // A declared size above the cap: refused before anything is inflated.
    expectRefused(zipOf({{.name = "Journal.json", .data = json, .declaredSize = 65u << 20}}),
                  "larger than 64 MiB");
    // Cut short: a download that stopped half way.
    const std::string whole = makeZip(dayOneExport());
    writeFile(dir / "cut.zip", whole.substr(0, whole.size() / 2));
    expectRefused(dir / "cut.zip", "cut short");
    writeFile(dir / "end.zip", whole.substr(0, whole.size() - 1));
    expectRefused(dir / "end.zip", "cut short");
    // Not a zip at all, though named like one.
    writeFile(dir / "notes.zip", "Dear diary, this is not a zip.");
    expectRefused(dir / "notes.zip", "not a zip archive");
    // A journal in the zip that is not Day One's JSON: the JSON reader's own reason.
    expectRefused(zipOf({{.name = "Journal.json", .data = "\xff\xfe"}}), "not UTF-8");
}

TEST_F(DayOneZipTest, TheCapsStopInflatingWhateverTheSizesDeclare)
{
    const std::string half(600 << 10, 'x');
    const std::string zip = makeZip({{.name = "a.json", .data = half}, {.name = "b.json", .data = half}});
    const detail::ZipLimits small{.maxMemberBytes = 1 << 20, .maxTotalBytes = 1 << 20};
    auto archive = detail::ZipArchive::open(detail::zipBytes(zip), small);
    ASSERT_TRUE(archive) << archive.error();
    ASSERT_EQ(archive->members().size(), 2u);
    EXPECT_TRUE(archive->read(archive->members()[0]));
    auto second = archive->read(archive->members()[1]);
    ASSERT_FALSE(second);
    EXPECT_NE(second.error().find("add up to more than 1 MiB"), std::string::npos) << second.error();

    // Declared within the cap, inflating beyond it: stopped at the declared size.
    const std::string bomb =
        makeZip({{.name = "a.json", .data = std::string(4 << 20, 'x'), .declaredSize = 1u << 20}});
    auto bombed = detail::ZipArchive::open(detail::zipBytes(bomb), small);
    ASSERT_TRUE(bombed);
    auto read = bombed->read(bombed->members()[0]);
    ASSERT_FALSE(read);
    EXPECT_NE(read.error().find("zip bomb"), std::string::npos);
}

TEST_F(DayOneZipTest, OverlappingMembersAreRefused)
{
    // Two directory records pointing into the same bytes: b's local header sits inside a's data.
    const std::string inner = makeZip({{.name = "b.json", .data = "{}", .deflate = false}});
    const std::string innerLocal = inner.substr(0, 30 + 6 + 2);
    std::string zip = makeZip({{.name = "a.json", .data = innerLocal, .deflate = false},
                               {.name = "b.json", .data = "{}", .deflate = false}});
    // Point b's directory record (the second one) at the copy inside a's data.
    const std::size_t second = zip.rfind(std::string("PK\x01\x02", 4));
    const std::uint32_t inside = 30 + 6;
    for (int i = 0; i < 4; ++i) {
        zip[second + 42 + i] = static_cast<char>((inside >> (8 * i)) & 0xFF);
    }
    auto archive = detail::ZipArchive::open(detail::zipBytes(zip));
    ASSERT_FALSE(archive);
    EXPECT_NE(archive.error().find("overlap"), std::string::npos) << archive.error();
}

TEST_F(DayOneZipTest, AnEmptyZipAndGarbageAreRefusedWithoutACrash)
{
    const std::string empty = makeZip({});
    EXPECT_TRUE(detail::ZipArchive::open(detail::zipBytes(empty))); // no members: the import says no journal
    for (const std::string& bytes : {std::string(), std::string("PK"), std::string("PK\x05\x06", 4),
                                     std::string(100, '\0'), std::string("hello")}) {
        auto archive = detail::ZipArchive::open(detail::zipBytes(bytes));
        EXPECT_FALSE(archive);
    }
}

} // namespace
} // namespace twofold::test
