# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The Twofold developers
# The `format` and `format-check` targets (top-level CMakeLists.txt): clang-format with the
# committed .clang-format over every C++ source of core/, ui/, app/ and tests/. The files are
# found when the target runs, so a new file is formatted without reconfiguring.
# Inputs: CLANG_FORMAT, SOURCE_DIR, MODE (format: rewrite in place; check: report and fail).
set(sources)
foreach(dir core ui app tests)
    file(GLOB_RECURSE found "${SOURCE_DIR}/${dir}/*.cpp" "${SOURCE_DIR}/${dir}/*.h")
    list(APPEND sources ${found})
endforeach()
list(SORT sources)
if(MODE STREQUAL "check")
    set(args --dry-run --Werror)
else()
    set(args -i)
endif()
execute_process(COMMAND "${CLANG_FORMAT}" --style=file ${args} ${sources}
                WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "clang-format: sources not formatted (run: cmake --build <dir> --target format)")
endif()
