// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "media/ImageMetadata.h"

#include "support/TestImages.h"

#include <string>

#include <gtest/gtest.h>

using namespace twofold;

namespace {

constexpr std::string_view kMarker = "MARKER-GPS-48.8584N-2.2945E";

ByteView view(const std::string& s)
{
    return asBytes(s);
}

std::string stripped(const std::string& image)
{
    auto clean = stripImageMetadata(view(image));
    EXPECT_TRUE(clean.has_value()) << clean.error().detail;
    return clean ? std::string(clean->begin(), clean->end()) : std::string();
}

bool contains(const std::string& haystack, std::string_view needle)
{
    return haystack.find(needle) != std::string::npos;
}

} // namespace

TEST(ImageMetadataTest, RecognizesEachTypeWithItsSize)
{
    auto jpeg = inspectImage(view(test::jpegWithMarker(kMarker)));
    ASSERT_TRUE(jpeg.has_value()) << jpeg.error().detail;
    EXPECT_EQ(jpeg->type, ImageType::Jpeg);
    EXPECT_EQ(jpeg->width, 3);
    EXPECT_EQ(jpeg->height, 2);
    auto png = inspectImage(view(test::pngWithMarker(kMarker)));
    ASSERT_TRUE(png.has_value()) << png.error().detail;
    EXPECT_EQ(png->type, ImageType::Png);
    EXPECT_EQ(png->width, 1);
    auto webp = inspectImage(view(test::webpWithMarker(kMarker)));
    ASSERT_TRUE(webp.has_value()) << webp.error().detail;
    EXPECT_EQ(webp->type, ImageType::WebP);
    EXPECT_EQ(webp->width, 2);
    EXPECT_EQ(webp->height, 1);
    auto gif = inspectImage(view(test::gifWithMarker(kMarker)));
    ASSERT_TRUE(gif.has_value()) << gif.error().detail;
    EXPECT_EQ(gif->type, ImageType::Gif);
    EXPECT_EQ(mimeTypeOf(ImageType::WebP), "image/webp");
}

TEST(ImageMetadataTest, JpegLosesExifXmpIptcCommentAndTrailerButKeepsOrientation)
{
    const std::string image = test::jpegWithMarker(kMarker);
    ASSERT_TRUE(contains(image, kMarker));
    const std::string clean = stripped(image);
    EXPECT_FALSE(contains(clean, kMarker));
    EXPECT_FALSE(contains(clean, "http://ns.adobe.com"));
    EXPECT_FALSE(contains(clean, "Photoshop"));
    EXPECT_TRUE(contains(clean, std::string("JFIF\0", 5)));
    // A fresh EXIF segment with only Orientation = 6.
    EXPECT_TRUE(
        contains(clean, std::string("Exif\0\0MM\0\x2A\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01\0\x06", 26)));
    EXPECT_TRUE(clean.ends_with(std::string("\xFF\xD9", 2)));
    // The scan, with its stuffed byte and restart marker, is untouched.
    EXPECT_TRUE(contains(clean, std::string("\xFF\x00\x12\xFF\xD0\x34\xFF\xD9", 8)));
    auto again = inspectImage(view(clean));
    ASSERT_TRUE(again.has_value()) << again.error().detail;
    EXPECT_EQ(again->width, 3);
    EXPECT_EQ(stripped(clean), clean); // stripping twice changes nothing
}

TEST(ImageMetadataTest, JpegKeepsOnlySegmentsADecoderNeeds)
{
    std::string image = test::jpegWithMarker(kMarker);
    // A reserved JPGn segment (0xF0) before the frame: nothing a decoder reads.
    const std::size_t frame = image.find("\xFF\xC0");
    ASSERT_NE(frame, std::string::npos);
    std::string reserved;
    test::jpegSegment(reserved, 0xF0, kMarker);
    image.insert(frame, reserved);
    const std::string clean = stripped(image);
    EXPECT_FALSE(contains(clean, kMarker));
    EXPECT_TRUE(inspectImage(view(clean)).has_value());
}

TEST(ImageMetadataTest, PngLosesTextChunksAndTime)
{
    const std::string clean = stripped(test::pngWithMarker(kMarker));
    EXPECT_FALSE(contains(clean, kMarker));
    EXPECT_FALSE(contains(clean, "tEXt"));
    EXPECT_FALSE(contains(clean, "iTXt"));
    EXPECT_FALSE(contains(clean, "tIME"));
    EXPECT_TRUE(contains(clean, "IDAT"));
    EXPECT_TRUE(contains(clean, "IEND"));
}

TEST(ImageMetadataTest, WebPLosesExifAndXmpAndItsHeaderSaysSo)
{
    const std::string clean = stripped(test::webpWithMarker(kMarker));
    EXPECT_FALSE(contains(clean, kMarker));
    EXPECT_FALSE(contains(clean, "EXIF"));
    ASSERT_GT(clean.size(), 20u);
    EXPECT_EQ(static_cast<std::uint8_t>(clean[20]) & 0x0C, 0); // VP8X flags
    const std::uint32_t riff =
        static_cast<std::uint8_t>(clean[4]) | (static_cast<std::uint8_t>(clean[5]) << 8);
    EXPECT_EQ(riff + 8, clean.size());
    EXPECT_TRUE(inspectImage(view(clean)).has_value());
}

TEST(ImageMetadataTest, GifLosesComments)
{
    const std::string clean = stripped(test::gifWithMarker(kMarker));
    EXPECT_FALSE(contains(clean, kMarker));
    EXPECT_TRUE(inspectImage(view(clean)).has_value());
}

TEST(ImageMetadataTest, RefusesWhatIsNotAnImage)
{
    for (const std::string& bytes : {std::string(), std::string("hello"), std::string("%PDF-1.7 ..."),
                                     std::string("\xFF\xD8\xFF", 3), std::string("\x89PNG\r\n\x1A\n", 8)}) {
        auto info = inspectImage(view(bytes));
        ASSERT_FALSE(info.has_value());
        EXPECT_EQ(imageProblemOf(info.error()), ImageProblem::NotAnImage);
    }
}

TEST(ImageMetadataTest, RefusesTooLarge)
{
    std::string big = test::pngWithMarker(kMarker);
    big.resize(kMaxImageBytes + 1, '\0');
    auto info = stripImageMetadata(view(big));
    ASSERT_FALSE(info.has_value());
    EXPECT_EQ(imageProblemOf(info.error()), ImageProblem::TooLarge);
}

// Every truncation and every single-byte change of each image is either refused or read
// to an image, never a crash (tests/fuzz/fuzz_image_metadata goes further).
TEST(ImageMetadataTest, TruncatedOrFlippedImagesAreRefusedOrClean)
{
    for (const std::string& image : {test::jpegWithMarker(kMarker), test::pngWithMarker(kMarker),
                                     test::webpWithMarker(kMarker), test::gifWithMarker(kMarker)}) {
        for (std::size_t length = 0; length < image.size(); ++length) {
            const std::string cut = image.substr(0, length);
            auto clean = stripImageMetadata(view(cut));
            if (!clean) {
                EXPECT_EQ(imageProblemOf(clean.error()), ImageProblem::NotAnImage);
            }
        }
        for (std::size_t at = 0; at < image.size(); ++at) {
            std::string flipped = image;
            flipped[at] = static_cast<char>(flipped[at] ^ 0x5A);
            (void)stripImageMetadata(view(flipped));
        }
    }
}
