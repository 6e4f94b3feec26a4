// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <string>
#include <string_view>

// Writing JSON (the reader is common/Json.h).
namespace twofold::json {

// Appends `text` as a JSON string literal (with quotes). Valid UTF-8 passes through
// unchanged; control characters, quotes, backslashes, DEL and U+2028/U+2029 are
// escaped; bytes that are not valid UTF-8 become U+FFFD, so the output is always
// valid JSON and valid UTF-8 (and a valid YAML double-quoted scalar).
void appendJsonString(std::string& out, std::string_view text);
std::string jsonString(std::string_view text);

} // namespace twofold::json
