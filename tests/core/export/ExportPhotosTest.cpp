// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Photos in exports and backups (docs/PHOTOS.md, docs/EXPORT_FORMAT.md).
#include "backup/Backup.h"
#include "common/Json.h"
#include "export/Export.h"
#include "journal/Journal.h"
#include "support/CoupleTestSupport.h"
#include "support/TempDir.h"
#include "support/TestImages.h"
#include "vault/Vault.h"

#include <sys/stat.h>

#include <gtest/gtest.h>
#include <sodium.h>

namespace twofold::test {
namespace {

constexpr std::string_view kMarker = "MARKER-EXPORT-PHOTO-91c0";

std::string asString(const Bytes& bytes)
{
    return std::string(bytes.begin(), bytes.end());
}

unsigned modeOf(const std::filesystem::path& path)
{
    struct stat st
    {
    };
    EXPECT_EQ(::stat(path.c_str(), &st), 0) << path;
    return st.st_mode & 0777u;
}

class ExportPhotosTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Journal& j = p.alex->journal();
        auto id = j.createAt({"Sunday", "We walked by the river.", 4, 0, {"walks"}, {}}, 1'700'000'000'123,
                             1'700'000'000'123);
        ASSERT_TRUE(id);
        entry = *id;
        auto first = j.attach(entry, asBytes(jpegWithMarker(kMarker)), {.fileName = "river.jpg"});
        auto second = j.attach(entry, asBytes(pngWithMarker(kMarker)), {.fileName = "sky.png"});
        ASSERT_TRUE(first && second);
        jpeg = asString(*j.attachmentBytes(*first));
        png = asString(*j.attachmentBytes(*second));
        ASSERT_TRUE(
            j.createAt({"No photos", "Just words.", {}, 0, {}, {}}, 1'700'000'100'000, 1'700'000'100'000));
    }

    ExportData exportAlex()
    {
        auto data = collectExport(*p.alex, nullptr, {});
        EXPECT_TRUE(data);
        return *data;
    }

    TwoPartners p;
    TempDir tmp;
    EntryId entry = 0;
    std::string jpeg; // as stored: metadata removed
    std::string png;
};

TEST_F(ExportPhotosTest, JsonExportCarriesEachPhotoAsBase64WithItsType)
{
    const auto file = tmp / "alex.json";
    ASSERT_TRUE(writeJsonExport(exportAlex(), file));
    const std::string text = readFile(file);
    EXPECT_EQ(text.find(kMarker), std::string::npos);
    auto doc = json::parse(text);
    ASSERT_TRUE(doc) << doc.error().message;
    auto str = [](const json::Value* v, std::string_view key) {
        const json::Value* m = v ? v->find(key) : nullptr;
        return m && m->ifString() ? *m->ifString() : std::string("(missing)");
    };
    const json::Value* entries = doc->find("entries");
    ASSERT_TRUE(entries && entries->ifArray());
    ASSERT_EQ(entries->ifArray()->size(), 2u);
    const json::Value* photos = (*entries->ifArray())[0].find("attachments");
    ASSERT_TRUE(photos && photos->ifArray());
    ASSERT_EQ(photos->ifArray()->size(), 2u);
    const auto& list = *photos->ifArray();
    EXPECT_EQ(str(&list[0], "fileName"), "river.jpg");
    EXPECT_EQ(str(&list[0], "mimeType"), "image/jpeg");
    EXPECT_EQ(str(&list[1], "mimeType"), "image/png");
    EXPECT_EQ((*entries->ifArray())[1].find("attachments"), nullptr);
    for (const auto& [index, expected] : {std::pair{0, jpeg}, std::pair{1, png}}) {
        const std::string b64 = str(&list[static_cast<std::size_t>(index)], "data");
        Bytes decoded(b64.size());
        std::size_t length = 0;
        ASSERT_EQ(sodium_base642bin(decoded.data(), decoded.size(), b64.data(), b64.size(), nullptr, &length,
                                    nullptr, sodium_base64_VARIANT_ORIGINAL),
                  0);
        decoded.resize(length);
        EXPECT_EQ(asString(decoded), expected);
    }
}

TEST_F(ExportPhotosTest, MarkdownExportWritesPhotosBesideTheEntriesAndLinksThem)
{
    const auto folder = tmp / "alex-md";
    auto summary = writeMarkdownExport(exportAlex(), folder);
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->files, 4u); // two entries, two photos
    const auto photos = folder / "photos";
    EXPECT_EQ(modeOf(photos), 0700u);
    const auto jpegFile = photos / "2023-11-14-sunday-1-1.jpg";
    const auto pngFile = photos / "2023-11-14-sunday-1-2.png";
    ASSERT_TRUE(std::filesystem::exists(jpegFile));
    EXPECT_EQ(readFile(jpegFile), jpeg);
    EXPECT_EQ(readFile(pngFile), png);
    EXPECT_EQ(modeOf(jpegFile), 0600u);
    EXPECT_EQ(modeOf(pngFile), 0600u);
    const std::string markdown = readFile(folder / "2023-11-14-sunday-1.md");
    EXPECT_NE(markdown.find("![river.jpg](photos/2023-11-14-sunday-1-1.jpg)"), std::string::npos) << markdown;
    EXPECT_NE(markdown.find("![sky.png](photos/2023-11-14-sunday-1-2.png)"), std::string::npos) << markdown;
    EXPECT_TRUE(plaintextFormsIn(concatenateAllFiles(folder), std::string(kMarker)).empty());
}

TEST_F(ExportPhotosTest, BackupAndRestoreKeepThePhotos)
{
    const auto file = tmp / "vault.backup";
    ASSERT_TRUE(createBackup(p.dir(), file, SystemClock::instance()));
    EXPECT_TRUE(plaintextFormsIn(readFile(file), std::string(kMarker)).empty());
    EXPECT_EQ(readFile(file).find("IHDR"), std::string::npos);
    const auto restored = tmp / "restored";
    ASSERT_TRUE(restoreBackup(file, restored));
    auto vault = Vault::open(restored, p.options());
    ASSERT_TRUE(vault) << vault.error().detail;
    auto alex = vault->unlock(p.alexId, SecretBuffer::fromString(TwoPartners::kAlexPassword));
    ASSERT_TRUE(alex);
    auto list = alex->journal().attachments(entry);
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 2u);
    EXPECT_EQ((*list)[0].fileName, "river.jpg");
    EXPECT_EQ(asString(*alex->journal().attachmentBytes((*list)[0].id)), jpeg);
    EXPECT_EQ(asString(*alex->journal().attachmentBytes((*list)[1].id)), png);
}

} // namespace
} // namespace twofold::test
