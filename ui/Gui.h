#pragma once

#include <filesystem>

namespace twofold::ui {

// The desktop app: constructs QApplication, opens (or sets up) the vault at
// `vaultDir`, shows first run or the unlock screen, and runs the event loop.
// Returns the process exit code.
int runGui(int argc, char** argv, const std::filesystem::path& vaultDir);

} // namespace twofold::ui
