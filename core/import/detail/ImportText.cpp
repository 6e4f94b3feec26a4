// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "import/detail/ImportText.h"

#include "common/Json.h"
#include "journal/detail/Utf8.h"

#include <algorithm>
#include <fstream>

namespace twofold::detail {

namespace {

constexpr std::size_t kMaxFileBytes = 256u << 20;

} // namespace

Problem problemAt(const std::filesystem::path& file, std::string_view text, std::size_t offset,
                  std::string message, ErrorCode code)
{
    const json::Position p = json::locate(text, offset);
    return Problem(
        ImportProblem{Error{code, "import: " + message}, file.string(), p.line, p.column, message});
}

Problem problemIn(const std::filesystem::path& file, std::string message, ErrorCode code)
{
    return Problem(ImportProblem{Error{code, "import: " + message}, file.string(), 0, 0, message});
}

std::expected<std::vector<std::filesystem::path>, ImportProblem>
filesBelow(const std::filesystem::path& folder, std::initializer_list<std::string_view> extensions,
           ReadResult& out)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::recursive_directory_iterator it(folder, fs::directory_options::none, ec);
    if (ec) {
        return problemIn(folder, "the folder cannot be read", ErrorCode::IoError);
    }
    std::vector<fs::path> files;
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) {
            return problemIn(folder, "a folder inside it cannot be read", ErrorCode::IoError);
        }
        const fs::path& item = it->path();
        const bool hidden = item.filename().string().starts_with(".");
        if (it->is_directory(ec)) {
            if (hidden) {
                ++out.hiddenFoldersSkipped;
                it.disable_recursion_pending();
            }
            continue;
        }
        const std::string ext = item.extension().string();
        if (!hidden && it->is_regular_file(ec) && std::ranges::find(extensions, ext) != extensions.end()) {
            files.push_back(item);
        }
    }
    std::ranges::sort(files);
    return files;
}

std::expected<std::string, ImportProblem> readText(const std::filesystem::path& path)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        return problemIn(path, "the file cannot be read", ErrorCode::IoError);
    }
    if (size > kMaxFileBytes) {
        return problemIn(path, "the file is larger than 256 MiB");
    }
    std::ifstream in(path, std::ios::binary);
    std::string text(static_cast<std::size_t>(size), '\0'); // read once, not copied again
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    if (!in || in.gcount() != static_cast<std::streamsize>(text.size()) || in.peek() != EOF) {
        return problemIn(path, "the file cannot be read, or changed while it was read", ErrorCode::IoError);
    }
    if (!detail::isValidUtf8(text)) {
        return problemIn(path, "the file is not UTF-8 text");
    }
    return text;
}

std::string trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

// "# Title\n\nbody": a leading level-1 heading becomes the title (Day One, plain Markdown).
void splitHeading(std::string_view text, std::string& title, std::string& body)
{
    const std::string all = trimmed(text);
    if (all.starts_with("# ")) {
        const auto end = all.find('\n');
        title =
            trimmed(std::string_view(all).substr(2, end == std::string::npos ? std::string::npos : end - 2));
        body = end == std::string::npos ? std::string() : trimmed(std::string_view(all).substr(end + 1));
    } else {
        body = all;
    }
}

std::int64_t toUtc(const ParsedTime& t, const ImportOptions& options)
{
    if (t.offsetMinutes) {
        return civilToUtcMs(t.civil) - std::int64_t{*t.offsetMinutes} * 60'000;
    }
    return options.localToUtc ? options.localToUtc(t.civil) : civilToUtcMs(t.civil);
}

std::int64_t toUtc(const ParsedTime& t, const ImportOptions& options, EntryNotes& notes)
{
    notes.zone = zoneOf(t);
    notes.wallClockMs = t.offsetMinutes ? std::nullopt : std::optional<std::int64_t>(civilToUtcMs(t.civil));
    return toUtc(t, options);
}

} // namespace twofold::detail
