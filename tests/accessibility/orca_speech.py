#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The Twofold developers
"""What Orca says while Twofold is used with the keyboard (a manual check, not in CTest).

Runs Orca and the real app under Xvfb in a private D-Bus session, on a demo vault
(`twofold --vault DIR demo`), and prints every line Orca would speak, read from its debug
log ("SPEECH OUTPUT"); no sound device is needed. It types a wrong password first (the
alert), then Alex's, walks the sidebar with Tab, presses Ctrl+L, and fails when Orca spoke
either password. The transcript goes in docs/ACCESSIBILITY.md, "Orca".

Usage: orca_speech.py TWOFOLD_BINARY   (needs orca, python3-pyatspi, Xvfb, xdotool)
Exit 0 done, 1 a password was spoken or Orca said nothing, 77 a tool is missing.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # no __pycache__ left in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import secret_fields_atspi as base  # noqa: E402

INNER = "TWOFOLD_ORCA_INNER"


def outer(binary):
    return base.rerun_in_private_session(__file__, binary, INNER, 240,
                                         ("Xvfb", "dbus-run-session", "xdotool", "orca"), need_pyatspi=False)


def spoken(log):
    lines = []
    try:
        with open(log, errors="replace") as f:
            for line in f:
                if "SPEECH OUTPUT:" in line:
                    lines.append(line.split("SPEECH OUTPUT:", 1)[1].strip())
    except FileNotFoundError:
        pass
    return lines


def inner(binary):
    home = tempfile.mkdtemp(prefix="twofold-orca-")
    xvfb, display = base.start_xvfb()
    os.environ["DISPLAY"] = display
    procs = []
    log = os.path.join(home, "orca.log")
    try:
        env = base.app_env(home)
        vault = os.path.join(home, "vault")
        subprocess.run([binary, "--vault", vault, "demo"], env=env, check=True, capture_output=True)
        env.update(DISPLAY=display, GTK_A11Y="atspi", QT_ACCESSIBILITY="1", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
        prefs = os.path.join(home, "orca-prefs")
        os.makedirs(prefs, exist_ok=True)
        orca = subprocess.Popen(["orca", "--replace", "-u", prefs, "--debug-file", log], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        procs.append(orca)
        time.sleep(4)
        app = subprocess.Popen([binary, "--vault", vault], env=dict(env, QT_QPA_PLATFORM="xcb"),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        procs.append(app)
        time.sleep(4)
        base.xdotool(display, "search", "--sync", "--onlyvisible", "--pid", str(app.pid), ".",
                     "windowfocus", "--sync")
        # Focus starts on the first tile (Alex's); Tab goes to Sam's and back.
        steps = [("key", "Tab"), ("key", "shift+Tab"), ("key", "space"),
                 ("type", "wrong-one"), ("key", "Return"), ("wait", 3),
                 ("type", "alex-demo"), ("key", "Return"), ("wait", 4),
                 ("key", "Tab"), ("key", "shift+Tab"), ("key", "alt+e"), ("wait", 1), ("key", "alt+j"),
                 ("key", "ctrl+n"), ("type", "Walk"), ("key", "ctrl+s"), ("wait", 1),
                 ("key", "ctrl+l"), ("wait", 3)]
        for kind, what in steps:
            if kind == "key":
                base.xdotool(display, "key", what)
                time.sleep(0.8)
            elif kind == "type":
                base.type_text(display, what)
                time.sleep(0.5)
            else:
                time.sleep(what)
        lines = spoken(log)
        print("Orca said %d things:" % len(lines))
        for line in lines:
            text = line.split("'{", 1)[0].split("' {", 1)[0].strip("'")
            print("  " + text)
        said = " ".join(lines).lower()
        if "alex-demo" in said or "wrong-one" in said:
            print("FAIL: Orca spoke a password")
            return 1
        return 0 if lines else 1
    finally:
        keep = os.environ.get("TWOFOLD_ORCA_LOG")
        if keep and os.path.exists(log):
            shutil.copy(log, keep)
        base.stop_all(list(reversed(procs)), xvfb, home)


def main():
    return base.script_main(__doc__, INNER, outer, inner)


if __name__ == "__main__":
    sys.exit(main())
