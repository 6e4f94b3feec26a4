// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Photos on the command line (docs/PHOTOS.md): write --attach, attach, show; in-process and
// through the real binary.
#include "CliTestSupport.h"
#include "support/ScopedEnv.h"
#include "support/TestHooks.h"
#include "support/TestImages.h"

#include <fstream>

#include <gtest/gtest.h>

namespace twofold::test {
namespace {

constexpr std::string_view kMarker = "MARKER-CLI-PHOTO-5d21";

class CliPhotosTest : public CliTest
{
protected:
    std::string file(const std::string& name, const std::string& bytes)
    {
        const auto path = m_temp.path() / name;
        std::ofstream(path, std::ios::binary) << bytes;
        return path.string();
    }
};

TEST_F(CliPhotosTest, WriteAttachThenShowListsThePhotos)
{
    makeVault();
    const std::string jpeg = file("river.jpg", jpegWithMarker(kMarker));
    const std::string png = file("sky.png", pngWithMarker(kMarker));
    const std::string id =
        writeAsAlex("By the river.", {"--title", "Sunday", "--attach", jpeg, "--attach", png});
    ASSERT_FALSE(id.empty());

    const CliRun shown = runAs("Alex", kAlexPassword, {"show", id});
    ASSERT_EQ(shown.exitCode, 0) << shown.err;
    EXPECT_NE(shown.out.find("2 photos:"), std::string::npos) << shown.out;
    EXPECT_NE(shown.out.find("river.jpg  image/jpeg  3×2"), std::string::npos) << shown.out;
    EXPECT_NE(shown.out.find("sky.png  image/png  1×1"), std::string::npos) << shown.out;
    EXPECT_LT(shown.out.find("river.jpg"), shown.out.find("sky.png"));

    const CliRun json = runAs("Alex", kAlexPassword, {"show", "--json", id});
    ASSERT_EQ(json.exitCode, 0) << json.err;
    const auto parsed = parseJson(json.out);
    ASSERT_TRUE(parsed.has_value()) << json.out;
    ASSERT_EQ((*parsed)["attachments"].array.size(), 2u);
    EXPECT_EQ((*parsed)["attachments"].array[1]["mimeType"].string, "image/png");
}

TEST_F(CliPhotosTest, AttachAddsToAnExistingEntry)
{
    makeVault();
    const std::string id = writeAsAlex("A quiet evening.");
    const CliRun attached =
        runAs("Alex", kAlexPassword, {"attach", id, file("g.gif", gifWithMarker(kMarker))});
    ASSERT_EQ(attached.exitCode, 0) << attached.err;
    const CliRun kept = runAs("Alex", kAlexPassword,
                              {"attach", "--keep-location", id, file("w.webp", webpWithMarker(kMarker))});
    ASSERT_EQ(kept.exitCode, 0) << kept.err;
    const CliRun shown = runAs("Alex", kAlexPassword, {"show", id});
    EXPECT_NE(shown.out.find("g.gif  image/gif"), std::string::npos) << shown.out;
    EXPECT_NE(shown.out.find("w.webp  image/webp  2×1"), std::string::npos) << shown.out;
}

TEST_F(CliPhotosTest, NotAnImageTooLargeMissingAndUnknownEntryAreRefusedWithNothingSaved)
{
    makeVault();
    const std::string id = writeAsAlex("Still here.");
    const CliRun text = runAs("Alex", kAlexPassword, {"attach", id, file("notes.txt", "just words")});
    EXPECT_EQ(text.exitCode, 1);
    EXPECT_NE(text.err.find("notes.txt is not a photo Twofold can keep"), std::string::npos) << text.err;
    std::string big = pngWithMarker(kMarker);
    big.resize(26u * 1024u * 1024u, '\0');
    const CliRun large = runAs("Alex", kAlexPassword, {"attach", id, file("big.png", big)});
    EXPECT_EQ(large.exitCode, 1);
    EXPECT_NE(large.err.find("big.png is larger than 25 MB"), std::string::npos) << large.err;
    const CliRun missing =
        runAs("Alex", kAlexPassword, {"attach", id, (m_temp.path() / "nope.jpg").string()});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_NE(missing.err.find("is not a file Twofold can read"), std::string::npos) << missing.err;
    const CliRun nowhere =
        runAs("Alex", kAlexPassword, {"attach", "999", file("ok.png", pngWithMarker(kMarker))});
    EXPECT_NE(nowhere.exitCode, 0);
    EXPECT_NE(nowhere.err.find("no entry with that id"), std::string::npos) << nowhere.err;

    // write --attach with a bad file saves no entry at all.
    const CliRun wrote =
        runAs("Alex", kAlexPassword, {"write", "--attach", file("bad.jpg", "\xFF\xD8\xFF")}, "text");
    EXPECT_EQ(wrote.exitCode, 1);
    const CliRun listed = runAs("Alex", kAlexPassword, {"list"});
    EXPECT_EQ(listed.out.find("text"), std::string::npos) << listed.out;
    const CliRun shown = runAs("Alex", kAlexPassword, {"show", id});
    EXPECT_EQ(shown.out.find("photo"), std::string::npos) << shown.out;
}

// Issue 16's proof: a marker in a JPEG's EXIF and comment and in a PNG's tEXt chunk, and the
// images' own bytes, are in no file of the vault, TMPDIR or XDG_CACHE_HOME after attaching;
// kept with --keep-location, the marker is inside the encrypted journal (show cannot print
// it, but the photo's size says the metadata is there) and still not on disk in clear.
TEST_F(CliPhotosTest, NoMarkerOrImageBytesOnDiskInTheVaultTmpOrCaches)
{
    const auto tmp = m_temp.path() / "tmp";
    const auto cache = m_temp.path() / "cache";
    std::filesystem::create_directories(tmp);
    std::filesystem::create_directories(cache);
    const ScopedEnv tmpDir("TMPDIR", tmp.string());
    const ScopedEnv cacheDir("XDG_CACHE_HOME", cache.string());
    makeVault();
    const std::string jpegBytes = jpegWithMarker(kMarker);
    const std::string pngBytes = pngWithMarker(kMarker);
    const std::string jpeg = file("river.jpg", jpegBytes);
    const std::string png = file("sky.png", pngBytes);
    const std::string id = writeAsAlex("Proof.", {"--attach", jpeg, "--attach", png});
    ASSERT_FALSE(id.empty());
    const CliRun kept = runAs("Alex", kAlexPassword, {"attach", "--keep-location", id, jpeg});
    ASSERT_EQ(kept.exitCode, 0) << kept.err;
    const CliRun json = runAs("Alex", kAlexPassword, {"show", "--json", id});
    const auto parsed = parseJson(json.out);
    ASSERT_TRUE(parsed.has_value()) << json.out;
    const auto& photos = (*parsed)["attachments"].array;
    ASSERT_EQ(photos.size(), 3u);
    EXPECT_LT(photos[0]["byteSize"].number, static_cast<double>(jpegBytes.size())); // stripped
    EXPECT_EQ(photos[2]["byteSize"].number, static_cast<double>(jpegBytes.size())); // kept whole

    for (const auto& dir : {m_vaultDir, tmp, cache}) {
        const std::string all = concatenateAllFiles(dir);
        EXPECT_TRUE(plaintextFormsIn(all, std::string(kMarker)).empty()) << dir;
        EXPECT_EQ(all.find("IHDR"), std::string::npos) << dir;
        EXPECT_EQ(all.find(std::string("JFIF\0", 5)), std::string::npos) << dir;
    }
}

TEST_F(CliPhotosTest, TheRealBinaryAttachesAndShows)
{
    if (!kFastKdfHook) {
        GTEST_SKIP() << kNeedsFastKdfHook;
    }
    makeVault();
    const std::string jpeg = file("river.jpg", jpegWithMarker(kMarker));
    const std::vector<std::string> base = {"--vault", m_vaultDir.string(), "--partner",
                                           "Alex",    "--password-fd",     "3"};
    auto with = [&](std::vector<std::string> args) {
        args.insert(args.begin(), base.begin(), base.end());
        return args;
    };
    const std::string password = std::string(kAlexPassword) + "\n";
    const ChildRun wrote =
        runTwofold(m_temp.path(), with({"write", "--attach", jpeg}), "From the binary.\n", password);
    ASSERT_EQ(wrote.exitCode, 0) << wrote.err;
    const std::string id = wrote.out.substr(0, wrote.out.find('\n'));
    const ChildRun attached = runTwofold(
        m_temp.path(), with({"attach", id, file("sky.png", pngWithMarker(kMarker))}), {}, password);
    ASSERT_EQ(attached.exitCode, 0) << attached.err;
    const ChildRun refused =
        runTwofold(m_temp.path(), with({"attach", id, file("a.txt", "words")}), {}, password);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_NE(refused.err.find("not a photo"), std::string::npos) << refused.err;
    const ChildRun shown = runTwofold(m_temp.path(), with({"show", id}), {}, password);
    ASSERT_EQ(shown.exitCode, 0) << shown.err;
    EXPECT_NE(shown.out.find("river.jpg  image/jpeg"), std::string::npos) << shown.out;
    EXPECT_NE(shown.out.find("sky.png  image/png"), std::string::npos) << shown.out;
    // The marker and the images' own bytes are nowhere in the vault in plaintext.
    const std::string all = concatenateAllFiles(m_vaultDir);
    EXPECT_TRUE(plaintextFormsIn(all, std::string(kMarker)).empty());
    EXPECT_EQ(all.find("IHDR"), std::string::npos);
}

} // namespace
} // namespace twofold::test
