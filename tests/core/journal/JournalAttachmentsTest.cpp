// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "crypto/Random.h"
#include "crypto/SecretBuffer.h"
#include "journal/Journal.h"
#include "media/ImageMetadata.h"
#include "support/ScopedEnv.h"
#include "support/TempDir.h"
#include "support/TestImages.h"

#include <optional>
#include <string>

#include <gtest/gtest.h>

using namespace twofold;

namespace {

constexpr std::string_view kMarker = "MARKER-PHOTO-EXIF-7f3a";

SecretBuffer randomKey()
{
    SecretBuffer key(32);
    SystemRandom::instance().fill(key.span());
    return key;
}

std::string asString(const Bytes& bytes)
{
    return std::string(bytes.begin(), bytes.end());
}

class JournalAttachmentsTest : public ::testing::Test
{
protected:
    void SetUp() override { reopen(); }

    void reopen()
    {
        if (journal) {
            ASSERT_TRUE(journal->close().has_value());
            journal.reset();
        }
        auto opened = Journal::open(dir / "partner-a.db", key, OpenMode::CreateIfMissing, clock);
        ASSERT_TRUE(opened.has_value()) << opened.error().detail;
        journal.emplace(std::move(*opened));
    }

    EntryId addEntry(std::string title = "A day out")
    {
        EntryFields fields;
        fields.title = std::move(title);
        fields.body = "We walked to the river.";
        auto id = journal->create(fields);
        EXPECT_TRUE(id.has_value());
        return id.value_or(0);
    }

    AttachmentId attach(EntryId entry, const std::string& image, AttachOptions options = {})
    {
        auto id = journal->attach(entry, asBytes(image), options);
        EXPECT_TRUE(id.has_value()) << id.error().detail;
        return id.value_or(0);
    }

    test::TempDir dir;
    ManualClock clock;
    SecretBuffer key = randomKey();
    std::optional<Journal> journal;
};

} // namespace

TEST_F(JournalAttachmentsTest, AttachedPhotosListInOrderWithoutBytesAndReadOneByOne)
{
    const EntryId entry = addEntry();
    clock.setMs(1000);
    const AttachmentId first =
        attach(entry, test::jpegWithMarker(kMarker), {.fileName = "/home/a/IMG_1.jpg"});
    const AttachmentId second = attach(entry, test::pngWithMarker(kMarker), {.fileName = "b.png"});
    auto list = journal->attachments(entry);
    ASSERT_TRUE(list.has_value());
    ASSERT_EQ(list->size(), 2u);
    EXPECT_EQ((*list)[0].id, first);
    EXPECT_EQ((*list)[0].position, 0);
    EXPECT_EQ((*list)[0].mimeType, "image/jpeg");
    EXPECT_EQ((*list)[0].fileName, "IMG_1.jpg"); // a name, never a path
    EXPECT_EQ((*list)[0].width, 3);
    EXPECT_EQ((*list)[0].height, 2);
    EXPECT_EQ((*list)[0].addedMs, 1'000);
    EXPECT_EQ((*list)[1].id, second);
    EXPECT_EQ((*list)[1].position, 1);
    EXPECT_EQ((*list)[1].mimeType, "image/png");
    auto bytes = journal->attachmentBytes(second);
    ASSERT_TRUE(bytes.has_value());
    EXPECT_EQ(static_cast<std::int64_t>(bytes->size()), (*list)[1].byteSize);
    EXPECT_EQ(asString(*bytes), asString(*stripImageMetadata(asBytes(test::pngWithMarker(kMarker)))));

    reopen();
    auto again = journal->attachments(entry);
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(*again, *list);
    EXPECT_EQ(journal->attachmentCount().value_or(-1), 2);
}

TEST_F(JournalAttachmentsTest, MetadataIsRemovedUnlessKept)
{
    const EntryId entry = addEntry();
    const AttachmentId clean = attach(entry, test::jpegWithMarker(kMarker));
    const AttachmentId kept =
        attach(entry, test::jpegWithMarker(kMarker), {.keepMetadata = KeepMetadata::Yes});
    EXPECT_EQ(asString(*journal->attachmentBytes(clean)).find(kMarker), std::string::npos);
    EXPECT_EQ(asString(*journal->attachmentBytes(kept)), test::jpegWithMarker(kMarker));
}

TEST_F(JournalAttachmentsTest, RefusesNonImagesTooLargeAndUnknownEntries)
{
    const EntryId entry = addEntry();
    auto text = journal->attach(entry, asBytes(std::string("just some words")));
    ASSERT_FALSE(text.has_value());
    EXPECT_EQ(imageProblemOf(text.error()), ImageProblem::NotAnImage);
    std::string big = test::jpegWithMarker(kMarker, kMaxImageBytes);
    auto large = journal->attach(entry, asBytes(big));
    ASSERT_FALSE(large.has_value());
    EXPECT_EQ(imageProblemOf(large.error()), ImageProblem::TooLarge);
    auto nowhere = journal->attach(entry + 100, asBytes(test::pngWithMarker(kMarker)));
    ASSERT_FALSE(nowhere.has_value());
    EXPECT_EQ(nowhere.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(journal->attachments(entry)->empty());
    EXPECT_EQ(journal->attachmentCount().value_or(-1), 0);
}

TEST_F(JournalAttachmentsTest, RemovingOnePhotoKeepsTheOthers)
{
    const EntryId entry = addEntry();
    const AttachmentId first = attach(entry, test::pngWithMarker(kMarker));
    const AttachmentId second = attach(entry, test::gifWithMarker(kMarker));
    ASSERT_TRUE(journal->removeAttachment(first).has_value());
    auto list = journal->attachments(entry);
    ASSERT_EQ(list->size(), 1u);
    EXPECT_EQ(list->front().id, second);
    EXPECT_EQ(journal->attachmentBytes(first).error().code, ErrorCode::NotFound);
    EXPECT_EQ(journal->removeAttachment(first).error().code, ErrorCode::NotFound);
}

TEST_F(JournalAttachmentsTest, UndoOfADeletedEntryBringsItsPhotosBack)
{
    const EntryId entry = addEntry();
    const AttachmentId photo = attach(entry, test::jpegWithMarker(kMarker));
    auto removed = journal->remove(entry);
    ASSERT_TRUE(removed.has_value());
    EXPECT_EQ(journal->attachmentCount().value_or(-1), 0);
    EXPECT_EQ(journal->attachmentBytes(photo).error().code, ErrorCode::NotFound);
    ASSERT_TRUE(journal->restore(*removed).has_value());
    auto list = journal->attachments(entry);
    ASSERT_EQ(list->size(), 1u);
    EXPECT_EQ(list->front().id, photo);
    EXPECT_TRUE(journal->attachmentBytes(photo).has_value());
}

TEST_F(JournalAttachmentsTest, OnlyTheLastDeletionsPhotosAreHeldAndNoneAcrossSessions)
{
    const EntryId first = addEntry("first");
    const EntryId second = addEntry("second");
    attach(first, test::pngWithMarker(kMarker));
    attach(second, test::gifWithMarker(kMarker));
    auto removedFirst = journal->remove(first);
    auto removedSecond = journal->remove(second);
    ASSERT_TRUE(removedFirst && removedSecond);
    ASSERT_TRUE(journal->restore(*removedFirst).has_value());
    EXPECT_TRUE(journal->attachments(first)->empty()); // purged by the second deletion
    reopen();
    ASSERT_TRUE(journal->restore(*removedSecond).has_value());
    EXPECT_TRUE(journal->attachments(second)->empty()); // purged at open
}

TEST_F(JournalAttachmentsTest, NoImageBytesOrMetadataInPlaintextInTheJournalFiles)
{
    const EntryId entry = addEntry();
    attach(entry, test::jpegWithMarker(kMarker));
    attach(entry, test::pngWithMarker(kMarker), {.keepMetadata = KeepMetadata::Yes});
    const std::string all = test::concatenateAllFiles(dir.path());
    EXPECT_TRUE(test::plaintextFormsIn(all, std::string(kMarker)).empty());
    EXPECT_EQ(all.find("IHDR"), std::string::npos);
    EXPECT_EQ(all.find(std::string("JFIF\0", 5)), std::string::npos);
}

// Issue 16's proof in core: TMPDIR and XDG_CACHE_HOME point at empty folders; after
// attaching (one photo with its metadata kept, whose marker is then inside the encrypted
// journal), no file there or in the journal's folder holds the marker or an image's bytes.
TEST_F(JournalAttachmentsTest, KeptMetadataIsOnlyInsideTheEncryptedJournal)
{
    test::TempDir tmp;
    test::TempDir cache;
    const test::ScopedEnv tmpDir("TMPDIR", tmp.path().string());
    const test::ScopedEnv cacheDir("XDG_CACHE_HOME", cache.path().string());
    reopen();
    const EntryId entry = addEntry();
    const AttachmentId kept =
        attach(entry, test::jpegWithMarker(kMarker), {.keepMetadata = KeepMetadata::Yes});
    attach(entry, test::pngWithMarker(kMarker));
    EXPECT_NE(asString(*journal->attachmentBytes(kept)).find(kMarker), std::string::npos);
    for (const auto& where : {dir.path(), tmp.path(), cache.path()}) {
        const std::string all = test::concatenateAllFiles(where);
        EXPECT_TRUE(test::plaintextFormsIn(all, std::string(kMarker)).empty()) << where;
        EXPECT_EQ(all.find("IHDR"), std::string::npos) << where;
        EXPECT_EQ(all.find(std::string("JFIF\0", 5)), std::string::npos) << where;
    }
}
