#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The Twofold developers
"""Listens on the accessibility bus while a password is typed into the real app.

Starts the twofold binary under Xvfb inside its own D-Bus session (so the AT-SPI bus is
private to this test), registers AT-SPI listeners for every event that can carry text,
types a password into the login field with xdotool (Backspace, the Show toggle and
Return included), and fails when any event, or the field's own text, carries the
password or any piece of it of three characters or more. It also checks what a screen
reader still needs: the field is found as a named "password text"; a wrong password typed
first and sent with Return is announced (docs/ACCESSIBILITY.md, "Announcements"): an
object with the role "alert" becomes showing with the error's words, which the field's
description holds too, the field has the focus again, and typing clears the description.
Neither password, nor any piece of either, is in any event. With Show on, the whole text
is selected with the keyboard: the X11 PRIMARY selection, which every program of the
session can read (xclip here), must not hold it.

Usage: secret_fields_atspi.py TWOFOLD_BINARY
Exit 0 pass, 1 fail, 77 skipped (python3-pyatspi, Xvfb, dbus-run-session, xdotool or
xclip missing). Run by CTest as SecretFieldsAtspiTest (labels atspi, ui).
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time

SKIP = 77
# Random-looking, so that no name on any screen contains a piece of it by chance.
PASSWORD = "zq7Vx-kW3j"
WRONG = "Hb4tQ-r9pY"
INNER = "TWOFOLD_ATSPI_INNER"


def pieces(secret, shortest=3):
    """Every substring of the secret at least `shortest` characters long, lower-cased."""
    low = secret.lower()
    return {low[i:j] for i in range(len(low)) for j in range(i + shortest, len(low) + 1)}


def skip(why):
    print("SKIP: " + why)
    sys.exit(SKIP)


def rerun_in_private_session(script, binary, inner_var, timeout, tools, need_pyatspi=True):
    """Checks the tools, then runs `script` again inside a D-Bus session of its own (its
    accessibility bus is started on demand inside it, private to the test)."""
    for tool in tools:
        if shutil.which(tool) is None:
            skip(tool + " is not installed (scripts/setup-deps installs it)")
    if need_pyatspi:
        probe = subprocess.run([sys.executable, "-c", "import pyatspi"], capture_output=True)
        if probe.returncode != 0:
            skip("python3-pyatspi is not installed (scripts/setup-deps installs it)")
    env = dict(os.environ, **{inner_var: "1"})
    env.pop("AT_SPI_BUS_ADDRESS", None)
    try:
        done = subprocess.run(["dbus-run-session", "--", sys.executable, script, binary], env=env,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        print("FAIL: the test did not finish within %d s" % timeout)
        return 1
    return done.returncode


def stop_all(processes, xvfb, home):
    """Ends the app (and any helper process), Xvfb, and removes the test's home."""
    for proc in processes:
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
    xvfb.terminate()
    xvfb.wait()
    shutil.rmtree(home, ignore_errors=True)


def script_main(doc, inner_var, outer, inner):
    """The command line shared by the accessibility scripts: TWOFOLD_BINARY, run outside
    then inside the private session."""
    if len(sys.argv) != 2:
        print(doc)
        return 2
    binary = os.path.abspath(sys.argv[1])
    if os.environ.get(inner_var) != "1":
        return outer(binary)
    return inner(binary)


def outer(binary):
    return rerun_in_private_session(__file__, binary, INNER, 90,
                                    ("Xvfb", "dbus-run-session", "xdotool", "xclip"))


def start_xvfb():
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x1024x24",
                             "-nolisten", "tcp"], pass_fds=(write_end,), stderr=subprocess.DEVNULL)
    os.close(write_end)
    number = b""
    while not number.endswith(b"\n"):
        chunk = os.read(read_end, 16)
        if not chunk:
            break
        number += chunk
    os.close(read_end)
    if not number.strip():
        xvfb.kill()
        raise RuntimeError("Xvfb did not start")
    return xvfb, ":" + number.decode().strip()


def start_app(binary, vault, home, display):
    """The real app in a window on `display` (xcb), talking to the accessibility bus."""
    env = app_env(home)
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_ACCESSIBILITY="1", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
    return subprocess.Popen([binary, "--vault", vault], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def make_vault(binary, home):
    vault = os.path.join(home, "vault")
    env = app_env(home)
    made = subprocess.run([binary, "--vault", vault, "create", "--name", "Robin", "--password-fd", "0"],
                          input=(PASSWORD + "\n").encode(), env=env, capture_output=True)
    if made.returncode != 0:
        raise RuntimeError("could not create the test vault: " + made.stderr.decode(errors="replace"))
    return vault


def app_env(home):
    env = dict(os.environ)
    for name, sub in (("HOME", ""), ("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                      ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
        path = os.path.join(home, sub)
        os.makedirs(path, exist_ok=True)
        env[name] = path
    env["TWOFOLD_INSECURE_FAST_KDF"] = "1"
    return env


class Recorder:
    """Every event the listeners hear, flattened to strings (from a field: its text too)."""

    def __init__(self):
        self.events = []

    def __call__(self, event):
        try:
            source = event.source
            role = source.getRoleName() if source else ""
            name = source.name if source else ""
        except Exception:  # the object may be gone already
            role, name = "", ""
        data = event.any_data if isinstance(event.any_data, str) else ""
        self.events.append((str(event.type), role, name, event.detail1, event.detail2, data))


def walk(node, depth=0):
    if node is None or depth > 40:
        return
    yield node
    try:
        count = node.childCount
    except Exception:
        return
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, depth + 1)


def find_app(pyatspi, pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:
            continue
    return None


def find(app, predicate):
    for node in walk(app):
        try:
            if predicate(node):
                return node
        except Exception:
            continue
    return None


def showing(pyatspi, node):
    return node.getState().contains(pyatspi.STATE_SHOWING)


def pump(seconds):
    """Lets the GLib main loop deliver the events that arrived in the meantime."""
    from gi.repository import GLib
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.02)


def xdotool(display, *args, text=None):
    subprocess.run(["xdotool", *args], env=dict(os.environ, DISPLAY=display), check=True,
                   stdout=subprocess.DEVNULL, input=None if text is None else text.encode())


def type_text(display, text):
    """Types `text` as keystrokes (read from stdin, so a leading '-' is not an option)."""
    xdotool(display, "type", "--delay", "20", "--file", "-", text=text)


def wrong_password_is_announced(pyatspi, display, recorder, field):
    """Types WRONG and Return; returns what a screen reader would have missed."""
    failures = []
    first = len(recorder.events)
    type_text(display, WRONG)
    xdotool(display, "key", "Return")
    alert = None
    deadline = time.monotonic() + 20
    while alert is None and time.monotonic() < deadline:
        pump(0.3)
        for event in recorder.events[first:]:
            if event[0] == "object:state-changed:showing" and event[1] == "alert" and event[3] == 1:
                alert = event
    pump(0.3)
    if alert is None:
        failures.append("no object with the role 'alert' became showing after a wrong password")
        return failures
    words = alert[2]
    print("announced: %r" % words)
    if "did not open" not in words:
        failures.append("the alert does not say that the password did not open the journal")
    if field.description != words:
        failures.append("the field's description is %r, not the alert's words" % field.description)
    if not field.getState().contains(pyatspi.STATE_FOCUSED):
        failures.append("the focus is not back on the password field after the error")
    return failures


def primary_selection_is_kept_clean(display):
    """Selects the shown password with the keyboard, then reads PRIMARY as another program."""
    xdotool(display, "key", "shift+Home")
    pump(0.3)
    read = subprocess.run(["xclip", "-o", "-selection", "primary"], env=dict(os.environ, DISPLAY=display),
                          capture_output=True, timeout=10)
    xdotool(display, "key", "End")
    pump(0.2)
    held = read.stdout.decode(errors="replace").lower()
    if any(piece in held for piece in pieces(PASSWORD)):
        return ["the X11 PRIMARY selection holds the password after it was selected with Show on"]
    return []


def inner(binary):
    import pyatspi
    home = tempfile.mkdtemp(prefix="twofold-atspi-")
    xvfb, display = start_xvfb()
    os.environ["DISPLAY"] = display
    app_process = None
    try:
        vault = make_vault(binary, home)
        recorder = Recorder()
        kinds = ["object:text-changed", "object:text-caret-moved", "object:text-selection-changed",
                 "object:property-change", "object:state-changed", "object:value-changed",
                 "object:text-attributes-changed", "object:children-changed", "object:visible-data-changed",
                 "object:active-descendant-changed", "focus:", "window:", "document:"]
        for kind in kinds:
            pyatspi.Registry.registerEventListener(recorder, kind)
        pump(0.3)

        app_process = start_app(binary, vault, home, display)

        field = None
        deadline = time.monotonic() + 30
        while field is None and time.monotonic() < deadline:
            pump(0.2)
            if app_process.poll() is not None:
                raise RuntimeError("the app quit: " + app_process.stderr.read().decode(errors="replace"))
            app = find_app(pyatspi, app_process.pid)
            if app is not None:
                field = find(app, lambda n: n.getRole() == pyatspi.ROLE_PASSWORD_TEXT and showing(pyatspi, n))
        if field is None:
            print("FAIL: no field with the role 'password text' appeared on the login screen")
            return 1
        failures = []
        if field.name != "Password":
            failures.append("the password field is named %r, not 'Password'" % field.name)

        xdotool(display, "search", "--sync", "--onlyvisible", "--pid", str(app_process.pid), ".",
                "windowfocus", "--sync")
        field.queryComponent().grabFocus()
        pump(0.3)
        failures += wrong_password_is_announced(pyatspi, display, recorder, field)
        half = len(PASSWORD) // 2
        type_text(display, PASSWORD[:half] + "x")
        xdotool(display, "key", "BackSpace")
        pump(0.3)
        if field.description:
            failures.append("the field's description still holds the error after typing again")
        # The "Show" toggle: the typed text is shown on screen, and still never on the bus.
        toggle = find(app, lambda n: n.name == "Show password")
        if toggle is None:
            failures.append("no 'Show password' toggle beside the field")
        else:
            toggle.queryAction().doAction(0)
            pump(0.3)
        type_text(display, PASSWORD[half:])
        pump(0.3)
        text = field.queryText()
        shown = text.getText(0, -1)
        if any(piece in shown.lower() for piece in pieces(PASSWORD)):
            failures.append("the field's accessible text holds the password")
        if not shown:
            failures.append("the field does not tell that it holds something")
        failures += primary_selection_is_kept_clean(display)
        xdotool(display, "key", "Return")

        unlocked = False
        deadline = time.monotonic() + 20
        while not unlocked and time.monotonic() < deadline:
            pump(0.3)
            unlocked = find(app, lambda n: n.getRole() == pyatspi.ROLE_PASSWORD_TEXT and
                            showing(pyatspi, n)) is None
        pump(0.5)
        if not unlocked:
            failures.append("the journal did not open after the password was typed")

        leaks = []
        secrets = pieces(PASSWORD) | pieces(WRONG)
        for event in recorder.events:
            flat = " ".join(str(part) for part in event).lower()
            if any(piece in flat for piece in secrets):
                leaks.append(event)
        field_events = [e for e in recorder.events if e[1] == "password text"]
        print("heard %d events, %d of them from the password field: %s" % (
            len(recorder.events), len(field_events), ", ".join(sorted({e[0] for e in field_events}))))
        for event in leaks[:20]:
            print("  LEAK: type=%s role=%r name=%r detail1=%s detail2=%s any_data=%r" % event)
        if leaks:
            failures.append("%d events carried the password or a piece of it" % len(leaks))
        # From the field itself: no text, caret or selection event at all (each key's
        # character, the caret's offset telling the length), and no character of it anywhere.
        typing = [e for e in field_events
                  if e[0].startswith("object:text-") or any(c in e[5].lower() for c in PASSWORD.lower())
                  or any(c in e[5].lower() for c in WRONG.lower())]
        for event in typing[:20]:
            print("  FROM THE FIELD: type=%s role=%r name=%r detail1=%s detail2=%s any_data=%r" % event)
        if typing:
            failures.append("the password field sent %d text, caret or character events" % len(typing))
        if not recorder.events:
            failures.append("no event was heard at all: the listeners did not work")
        for failure in failures:
            print("FAIL: " + failure)
        if not failures:
            print("PASS: nothing of the password was sent over the accessibility bus")
        return 1 if failures else 0
    finally:
        stop_all([app_process], xvfb, home)


def main():
    return script_main(__doc__, INNER, outer, inner)


if __name__ == "__main__":
    sys.exit(main())
