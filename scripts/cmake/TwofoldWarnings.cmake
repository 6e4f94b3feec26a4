# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The Twofold developers
# Per-target warnings and hardening: call twofold_harden(<target>) on every target we own.
function(twofold_harden target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                             -Wno-missing-field-initializers # designated initializers omit fields on purpose
                                             -fstack-protector-strong)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
        # GCC 12 at -O2 reports std::vector/std::string inserts as overflows
        # (GCC bugs 105329, 105651); they are false positives, and -Werror makes them fatal.
        target_compile_options(${target} PRIVATE -Wno-stringop-overflow -Wno-restrict)
    endif()
    if(TWOFOLD_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    if(NOT CMAKE_BUILD_TYPE STREQUAL "Debug" AND NOT TWOFOLD_ASAN)
        target_compile_definitions(${target} PRIVATE _FORTIFY_SOURCE=2)
    endif()
    if(TWOFOLD_ASAN)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                 -fno-sanitize-recover=undefined)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
endfunction()
