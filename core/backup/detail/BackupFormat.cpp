// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "backup/detail/BackupFormat.h"

#include "common/Json.h"
#include "common/Propagate.h"

#include <algorithm>
#include <set>
#include <sys/stat.h>

namespace twofold::detail {

namespace {

bool isHex(std::string_view text, std::size_t length)
{
    return text.size() == length &&
           std::ranges::all_of(text, [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

} // namespace

Error damaged(std::string detail)
{
    return Error{ErrorCode::DamagedDatabase, "backup: " + std::move(detail)};
}

std::string hexOf(std::string_view bytes)
{
    Hasher h;
    h.update(bytes);
    return h.finishHex();
}

// Only these names are ever read from a vault or written into one, so a crafted
// manifest cannot name "../x" or anything outside the vault's own files.
bool isVaultFileName(std::string_view name)
{
    if (name.ends_with("-wal")) {
        name.remove_suffix(4);
    }
    if (name == "keyring.db" || name == "couple.db") {
        return true;
    }
    // A re-keyed journal waiting to replace its journal (docs/ARCHITECTURE.md, "Re-keying"):
    // after a crash past the commit point it is the only copy the keyring's key opens.
    if (name.ends_with(".rekey")) {
        name.remove_suffix(6);
    }
    return name.size() == 8 + 16 + 3 && name.starts_with("partner-") && name.ends_with(".db") &&
           isHex(name.substr(8, 16), 16);
}

std::string manifestJson(const BackupManifest& manifest)
{
    std::string out = "{\"format\":\"";
    out += kFormatName;
    out += "\",\"formatVersion\":" + std::to_string(manifest.formatVersion);
    out += ",\"vaultId\":\"" + manifest.vaultId + "\"";
    out += ",\"createdMs\":" + std::to_string(manifest.createdMs);
    out += ",\"files\":[";
    for (std::size_t i = 0; i < manifest.files.size(); ++i) {
        const BackupEntry& f = manifest.files[i];
        out += i == 0 ? "" : ",";
        out += "{\"name\":\"" + f.name + "\",\"size\":" + std::to_string(f.size) + ",\"blake2b256\":\"" +
               f.blake2b256 + "\"}";
    }
    out += "]}";
    return out;
}

Result<BackupManifest> parseManifest(std::string_view text)
{
    auto root = json::parse(text);
    if (!root) {
        return std::unexpected(damaged("manifest is not valid JSON"));
    }
    const auto* format = root->find("format");
    if (format == nullptr || format->ifString() == nullptr || *format->ifString() != kFormatName) {
        return std::unexpected(damaged("not a Twofold backup manifest"));
    }
    const auto* version = root->find("formatVersion");
    if (version == nullptr || version->ifNumber() == nullptr || !version->ifNumber()->integer) {
        return std::unexpected(damaged("manifest has no format version"));
    }
    if (*version->ifNumber()->integer > BackupManifest::kFormatVersion) {
        return fail(ErrorCode::UnsupportedFormat, "backup made by a newer Twofold");
    }
    BackupManifest manifest;
    manifest.formatVersion = static_cast<int>(*version->ifNumber()->integer);
    const auto* vaultId = root->find("vaultId");
    const auto* created = root->find("createdMs");
    const auto* files = root->find("files");
    if (vaultId == nullptr || vaultId->ifString() == nullptr || !isHex(*vaultId->ifString(), 32) ||
        created == nullptr || created->ifNumber() == nullptr || !created->ifNumber()->integer ||
        files == nullptr || files->ifArray() == nullptr) {
        return std::unexpected(damaged("manifest is malformed"));
    }
    manifest.vaultId = *vaultId->ifString();
    manifest.createdMs = *created->ifNumber()->integer;
    std::set<std::string> seen;
    for (const json::Value& file : *files->ifArray()) {
        const auto* name = file.find("name");
        const auto* size = file.find("size");
        const auto* hash = file.find("blake2b256");
        if (name == nullptr || name->ifString() == nullptr || !isVaultFileName(*name->ifString()) ||
            size == nullptr || size->ifNumber() == nullptr || !size->ifNumber()->integer ||
            *size->ifNumber()->integer < 0 || hash == nullptr || hash->ifString() == nullptr ||
            !isHex(*hash->ifString(), 64) || !seen.insert(*name->ifString()).second) {
            return std::unexpected(damaged("manifest lists a malformed file"));
        }
        manifest.files.push_back(BackupEntry{
            *name->ifString(), static_cast<std::uint64_t>(*size->ifNumber()->integer), *hash->ifString()});
    }
    if (!seen.contains("keyring.db")) {
        return std::unexpected(damaged("manifest has no keyring"));
    }
    return manifest;
}

Result<std::string> readExactly(const InputFile& file, std::uint64_t offset, std::uint64_t length)
{
    std::string out;
    auto st = file.read(offset, length, [&](std::string_view chunk) -> Status {
        out.append(chunk);
        return {};
    });
    if (!st) {
        return propagate(st);
    }
    return out;
}

// The size of an open regular file, after checking that it can be a backup at all.
Result<std::uint64_t> backupFileSize(const InputFile& file)
{
    if (file.fd() < 0) {
        return fail(errno == ENOENT ? ErrorCode::NotFound : ErrorCode::IoError, "cannot open backup");
    }
    struct stat st = {};
    if (::fstat(file.fd(), &st) != 0 || !S_ISREG(st.st_mode)) {
        return fail(ErrorCode::IoError, "backup is not a regular file");
    }
    const auto size = static_cast<std::uint64_t>(st.st_size);
    if (size < kMagic.size() + kLengthBytes + kHashBytes) {
        return std::unexpected(damaged("file is too short"));
    }
    return size;
}

// The magic, the manifest length and the manifest; no checksums.
Result<Layout> readLayout(const InputFile& file, std::uint64_t size)
{
    const std::uint64_t bodySize = size - kHashBytes;
    auto magic = readExactly(file, 0, kMagic.size());
    if (!magic) {
        return propagate(magic);
    }
    if (*magic != kMagic) {
        return std::unexpected(damaged("not a Twofold backup"));
    }
    auto lengthBytes = readExactly(file, bodySize - kLengthBytes, kLengthBytes);
    if (!lengthBytes) {
        return propagate(lengthBytes);
    }
    std::uint64_t manifestSize = 0;
    for (const char c : *lengthBytes) {
        manifestSize = (manifestSize << 8) | static_cast<unsigned char>(c);
    }
    if (manifestSize > kMaxManifestBytes || manifestSize + kMagic.size() > bodySize - kLengthBytes) {
        return std::unexpected(damaged("manifest length is out of range"));
    }
    const std::uint64_t manifestOffset = bodySize - kLengthBytes - manifestSize;
    auto manifestText = readExactly(file, manifestOffset, manifestSize);
    if (!manifestText) {
        return propagate(manifestText);
    }
    auto manifest = parseManifest(*manifestText);
    if (!manifest) {
        return propagate(manifest);
    }
    if (manifest->totalBytes() != manifestOffset - kMagic.size()) {
        return std::unexpected(damaged("file sizes do not add up"));
    }
    return Layout{std::move(*manifest), kMagic.size()};
}

// Checks the whole-file checksum, then the manifest, then every file's checksum.
Result<Layout> checkBackup(const InputFile& file)
{
    auto size = backupFileSize(file);
    if (!size) {
        return propagate(size);
    }
    const std::uint64_t bodySize = *size - kHashBytes;
    Hasher whole;
    if (auto s = file.read(0, bodySize,
                           [&](std::string_view chunk) -> Status {
                               whole.update(chunk);
                               return {};
                           });
        !s) {
        return propagate(s);
    }
    auto trailer = readExactly(file, bodySize, kHashBytes);
    if (!trailer) {
        return propagate(trailer);
    }
    const auto digest = whole.finish();
    if (sodium_memcmp(digest.data(), trailer->data(), kHashBytes) != 0) {
        return std::unexpected(damaged("whole-file checksum does not match"));
    }
    auto layout = readLayout(file, *size);
    if (!layout) {
        return propagate(layout);
    }
    std::uint64_t offset = layout->dataOffset;
    for (const BackupEntry& entry : layout->manifest.files) {
        Hasher h;
        if (auto s = file.read(offset, entry.size,
                               [&](std::string_view chunk) -> Status {
                                   h.update(chunk);
                                   return {};
                               });
            !s) {
            return propagate(s);
        }
        if (h.finishHex() != entry.blake2b256) {
            return std::unexpected(damaged("checksum of " + entry.name + " does not match"));
        }
        offset += entry.size;
    }
    return layout;
}

} // namespace twofold::detail
