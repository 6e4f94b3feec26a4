# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The Twofold developers
# Test hooks (issue #10, item 9): things a test needs that a shipped binary must not have.
# Each one is its own option, OFF by default; TWOFOLD_TESTS does not turn any on.
# scripts/test turns them on for its own builds. A build with any hook on refuses
# `cmake --install` and `cpack` (the install rule below runs first, before any file is
# copied, and CPack runs the same install script).
#
# Add a new hook here: an option(... OFF) and its name in TWOFOLD_TEST_HOOK_OPTIONS.
option(TWOFOLD_INSECURE_FAST_KDF_HOOK
       "Test hook: the binaries honour TWOFOLD_INSECURE_FAST_KDF=1 (libsodium's minimum Argon2id cost). Never install such a build"
       OFF)
option(TWOFOLD_CRASH_POINTS_HOOK
       "Test hook: the binaries end at once (_exit) at the named point of a multi-step change (TWOFOLD_CRASH_AT=<point>), for crash-safety tests. Never install such a build"
       OFF)
option(TWOFOLD_QUIT_WHEN_SHOWN_HOOK
       "Bench hook: the window quits as soon as it is shown when TWOFOLD_QUIT_WHEN_SHOWN is set (start-up timing, docs/PERFORMANCE.md). Never install such a build"
       OFF)
set(TWOFOLD_TEST_HOOK_OPTIONS TWOFOLD_INSECURE_FAST_KDF_HOOK TWOFOLD_CRASH_POINTS_HOOK TWOFOLD_QUIT_WHEN_SHOWN_HOOK)

# The environment the tests pass to the binaries they run: the fast-KDF variable only when
# the hook that reads it is compiled in (without it, nothing of the hook is asked for).
set(TWOFOLD_TEST_HOOK_ENV)
if(TWOFOLD_INSECURE_FAST_KDF_HOOK)
    list(APPEND TWOFOLD_TEST_HOOK_ENV TWOFOLD_INSECURE_FAST_KDF=1)
endif()

set(TWOFOLD_HOOKS_ON)
foreach(hook IN LISTS TWOFOLD_TEST_HOOK_OPTIONS)
    if(${hook})
        list(APPEND TWOFOLD_HOOKS_ON ${hook})
    endif()
endforeach()

if(TWOFOLD_HOOKS_ON)
    list(JOIN TWOFOLD_HOOKS_ON ", " hooks_text)
    set(TWOFOLD_HOOKS_REFUSAL
        "This build of Twofold contains test hooks (${hooks_text}=ON) and must not be installed or packaged. Configure a build without them (the default; scripts/package and scripts/run do) to install.")
    message(STATUS "Twofold: test hooks ON (${hooks_text}); cmake --install and cpack will refuse this build")
    # First install rule of the project (CMP0082: rules run in the order they are declared),
    # run whatever component is asked for.
    install(CODE "message(FATAL_ERROR \"${TWOFOLD_HOOKS_REFUSAL}\")" ALL_COMPONENTS)
endif()
