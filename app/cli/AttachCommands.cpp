// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// attach, and the photo files `write --attach` and `attach` read (docs/PHOTOS.md).
#include "cli/AttachFiles.h"
#include "cli/Commands.h"
#include "cli/ExitCodes.h"
#include "cli/Format.h"
#include "cli/Unlock.h"
#include "media/ImageMetadata.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace twofold::cli {

namespace {

int reportImageProblem(std::ostream& err, ImageProblem problem, const std::string& name)
{
    switch (problem) {
    case ImageProblem::NotAnImage:
        err << "twofold: " << name
            << " is not a photo Twofold can keep: only JPEG, PNG, WebP and GIF images are accepted, and a "
               "damaged one is refused. Nothing was saved.\n";
        break;
    case ImageProblem::TooLarge:
        err << "twofold: " << name << " is larger than " << kMaxImageBytes / (1024 * 1024)
            << " MB, the most Twofold keeps for one photo. Nothing was saved.\n";
        break;
    }
    return toInt(ExitCode::Usage);
}

} // namespace

std::expected<ImageFile, int> readImageFile(const std::string& path, std::ostream& err)
{
    const std::string name = std::filesystem::path(path).filename().string();
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        err << "twofold: " << path << " is not a file Twofold can read. Nothing was saved.\n";
        return std::unexpected(toInt(ExitCode::Usage));
    }
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        err << "twofold: Twofold could not read " << path
            << " (check that you may read it). Nothing was saved.\n";
        return std::unexpected(toInt(ExitCode::IoFailure));
    }
    ImageFile image{.name = name, .bytes = {}};
    // At most one byte past the limit: enough to know it is too large.
    image.bytes.resize(kMaxImageBytes + 1);
    file.read(reinterpret_cast<char*>(image.bytes.data()), static_cast<std::streamsize>(image.bytes.size()));
    if (file.bad()) {
        err << "twofold: Twofold could not read " << path << ". Nothing was saved.\n";
        return std::unexpected(toInt(ExitCode::IoFailure));
    }
    image.bytes.resize(static_cast<std::size_t>(file.gcount()));
    if (auto info = inspectImage(image.bytes); !info) {
        if (const auto problem = imageProblemOf(info.error())) {
            return std::unexpected(reportImageProblem(err, *problem, name));
        }
        return std::unexpected(reportError(err, info.error()));
    }
    return image;
}

int reportAttachError(std::ostream& err, const Error& error)
{
    if (const auto problem = imageProblemOf(error)) {
        return reportImageProblem(err, *problem, "That file");
    }
    return reportError(err, error);
}

std::string humanSize(std::int64_t bytes)
{
    char text[32];
    if (bytes >= 1024 * 1024) {
        std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    } else if (bytes >= 1024) {
        std::snprintf(text, sizeof text, "%lld KB", static_cast<long long>((bytes + 512) / 1024));
    } else {
        std::snprintf(text, sizeof text, "%lld bytes", static_cast<long long>(bytes));
    }
    return text;
}

std::string attachmentLine(const AttachmentInfo& info)
{
    std::string line = "  " + std::to_string(info.id) + "  " +
                       (info.fileName.empty() ? std::string("(no name)") : info.fileName) + "  " +
                       info.mimeType;
    if (info.width && info.height) {
        line += "  " + std::to_string(*info.width) + "×" + std::to_string(*info.height);
    }
    return line + "  " + humanSize(info.byteSize);
}

int runAttach(const Invocation& invocation)
{
    CliIo& io = invocation.io;
    const CommandLine& line = invocation.line;
    const auto id = parseNonNegative(line.arguments.front());
    if (!id || *id == 0) {
        return reportUsage(io.err, "'attach' needs an entry id, a number as 'twofold list' shows it.");
    }
    auto image = readImageFile(line.arguments.at(1), io.err);
    if (!image) {
        return image.error();
    }
    auto unlocked = unlockPartner(invocation);
    if (!unlocked) {
        return unlocked.error();
    }
    const AttachOptions options{.fileName = image->name,
                                .keepMetadata =
                                    line.has("keep-location") ? KeepMetadata::Yes : KeepMetadata::No};
    const auto attached = unlocked->session.journal().attach(*id, image->bytes, options);
    if (!attached) {
        return reportAttachError(io.err, attached.error());
    }
    io.out << *attached << '\n';
    return toInt(ExitCode::Ok);
}

} // namespace twofold::cli
