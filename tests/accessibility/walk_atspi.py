#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The Twofold developers
"""Walks every screen of the real app with the keyboard, listening on the accessibility bus.

Starts the twofold binary under Xvfb inside its own D-Bus session (as secret_fields_atspi.py
does) on a demo vault made with the CLI (`twofold --vault DIR demo`: Alex, password
alex-demo, and Sam). With keys only (xdotool) it unlocks as Alex, then visits the journal,
the editor, Prompts, Inbox, Together, Settings and Safety through their Alt+letter keys,
and on each screen checks what a screen reader gets (docs/ACCESSIBILITY.md):

- every control that takes focus and shows is named, and has a role that says what it does
  (a button, a check box, a radio button, a page tab, a field...; never a bare panel or a
  label); the sidebar's pages are page tabs in a page tab list, the partner tiles radio
  buttons;
- Tab, pressed until it comes round, visits the controls in reading order: each stop is on
  the same line and further right, lower down, or the top of a column to the right;
- Ctrl+S in the editor and "Read now" in the inbox send no focus event for a list row
  while the keyboard stays where it was;
- Ctrl+L is announced: an alert "Twofold locked." becomes showing;
- no event at any time carries either demo password.

Usage: walk_atspi.py TWOFOLD_BINARY
Exit 0 pass, 1 fail, 77 skipped (python3-pyatspi, Xvfb, dbus-run-session or xdotool
missing). Run by CTest as AtspiWalkTest (labels atspi, ui).
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # no __pycache__ left in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import secret_fields_atspi as base  # noqa: E402  (the shared Xvfb, bus and tree helpers)

SKIP = 77
INNER = "TWOFOLD_ATSPI_WALK_INNER"
PASSWORDS = ("alex-demo", "sam-demo")

# What a control that takes focus may present itself as.
INTERACTIVE_ROLES = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text", "password text",
    "entry", "spin button", "list", "list box", "page tab", "page tab list", "link", "table", "tree", "tree table",
    "slider", "paragraph", "document text", "document frame", "calendar", "menu item",
}
# Children of lists and tables: reached with the arrow keys, not Tab; their parent is checked.
ITEM_ROLES = {"list item", "table cell", "tree item", "column header", "row header"}
TOLERANCE = 4  # pixels


def outer(binary):
    return base.rerun_in_private_session(__file__, binary, INNER, 240, ("Xvfb", "dbus-run-session", "xdotool"))


class Recorder:
    """Every event heard (flattened), and the object that last said it has the focus."""

    def __init__(self, pyatspi):
        self.pyatspi = pyatspi
        self.events = []
        self.focused = None
        self.focus_events = []  # (index in events, role, name)

    def __call__(self, event):
        try:
            source = event.source
            role = source.getRoleName() if source else ""
            name = source.name if source else ""
        except Exception:
            source, role, name = None, "", ""
        data = event.any_data if isinstance(event.any_data, str) else ""
        kind = str(event.type)
        self.events.append((kind, role, name, event.detail1, event.detail2, data))
        if (kind.startswith("object:state-changed:focused") and event.detail1 == 1) or kind.startswith("focus:"):
            self.focused = source
            self.focus_events.append((len(self.events) - 1, role, name))


def extents(pyatspi, node):
    box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    return (box.x, box.y, box.width, box.height)


def reads_after(a, b):
    """b comes after a in reading order (see the module's docstring)."""
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    overlap = min(ay + ah, by + bh) - max(ay, by)
    if overlap * 2 >= min(ah, bh):
        return bx >= ax - TOLERANCE
    if by > ay:
        return True
    return bx >= ax + aw - TOLERANCE  # the top of a column further right


def describe(node):
    try:
        return "%s %r" % (node.getRoleName(), node.name)
    except Exception:
        return "(gone)"


class Walk:
    def __init__(self, pyatspi, display, recorder, app, pid):
        self.pyatspi = pyatspi
        self.display = display
        self.recorder = recorder
        self.app = app
        self.pid = pid
        self.failures = []

    def fail(self, text):
        print("FAIL: " + text)
        self.failures.append(text)

    def key(self, *keys):
        base.xdotool(self.display, "key", "--delay", "30", *keys)
        base.pump(0.25)

    def focused(self):
        """What last said it has the focus (a list's row counts as its list)."""
        base.pump(0.1)
        node = self.recorder.focused
        try:
            if node is not None and node.getRoleName() in ITEM_ROLES:
                node = node.parent
        except Exception:
            return None
        return node

    def find(self, predicate):
        for node in self.controls():
            try:
                if predicate(node):
                    return node
            except Exception:
                continue
        return None

    def controls(self):
        """Every object of the app but the items inside lists and tables (arrow keys reach those)."""
        stack = [(self.app, 0)]
        while stack:
            node, depth = stack.pop()
            if node is None or depth > 40:
                continue
            yield node
            try:
                role = node.getRoleName()
                count = node.childCount
            except Exception:
                continue
            if role in ("list", "list box", "table", "tree", "tree table"):
                continue
            for i in range(count - 1, -1, -1):
                try:
                    stack.append((node.getChildAtIndex(i), depth + 1))
                except Exception:
                    continue

    def wait_for(self, predicate, seconds=15):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            base.pump(0.2)
            node = self.find(predicate)
            if node is not None:
                return node
        return None

    def check_controls(self, screen):
        """Every showing control that takes focus is named and has a fitting role."""
        st = self.pyatspi
        count = 0
        for node in self.controls():
            try:
                state = node.getState()
                if not (state.contains(st.STATE_SHOWING) and state.contains(st.STATE_FOCUSABLE)):
                    continue
                role = node.getRoleName()
                name = node.name
            except Exception:
                continue
            # Labels take focus only to select their text with the mouse; they say their text.
            if role in ITEM_ROLES or role in ("frame", "window", "dialog", "filler", "scroll bar", "label"):
                continue
            count += 1
            if role not in INTERACTIVE_ROLES:
                self.fail("%s: a control that takes focus has the role %r (named %r)" % (screen, role, name))
            if not name.strip():
                self.fail("%s: a %s that takes focus has no name" % (screen, role))
            if "&" in name:
                self.fail("%s: the name %r holds a literal &" % (screen, name))
        print("%s: %d controls named and roled" % (screen, count))
        return count

    def tab_round(self, screen, limit=60):
        """Presses Tab until focus comes back round; checks the stops are in reading order."""
        nodes = []
        seen = []
        for _ in range(limit):
            self.key("Tab")
            node = self.focused()
            if node is None:
                continue
            try:
                marker = (describe(node), node.getIndexInParent(), describe(node.parent))
            except Exception:
                continue
            if marker in seen:
                break
            seen.append(marker)
            nodes.append(node)
        # Where each stop is, measured at one moment: a scroll area scrolls as focus moves.
        stops = []
        for node in nodes:
            try:
                stops.append((describe(node), extents(self.pyatspi, node)))
            except Exception:
                continue
        print("%s: Tab visits %d stops: %s" % (screen, len(stops), "; ".join(s[0] for s in stops)))
        if not stops:
            self.fail("%s: Tab reached nothing" % screen)
            return
        # The round starts anywhere: begin at the stop nearest the window's top left.
        start = min(range(len(stops)), key=lambda i: (stops[i][1][0] > 220, stops[i][1][1], stops[i][1][0]))
        ordered = stops[start:] + stops[:start]
        for before, after in zip(ordered, ordered[1:]):
            if not reads_after(before[1], after[1]):
                self.fail("%s: Tab goes from %s %s to %s %s, which is before it on screen" % (
                    screen, before[0], before[1], after[0], after[1]))

    def no_false_row_focus(self, screen, action, keep):
        """Runs `action` (keys) and fails if a list row said it had focus meanwhile."""
        first = len(self.recorder.events)
        action()
        base.pump(0.6)
        rows = [e for i, role, name in self.recorder.focus_events if i >= first and role in ITEM_ROLES
                for e in [(role, name)]]
        if rows:
            self.fail("%s: focus was announced on a list row (%s) while the keyboard stayed put" % (
                screen, ", ".join("%s %r" % r for r in rows[:3])))
        now = self.focused()
        if keep is not None and (now is None or describe(now) != keep):
            self.fail("%s: the keyboard focus moved from %s to %s" % (screen, keep, describe(now)))


def login_with_keys(walk):
    st = walk.pyatspi
    tile = walk.wait_for(lambda n: n.name == "Unlock as Alex" and base.showing(st, n), 30)
    if tile is None:
        walk.fail("no tile 'Unlock as Alex' on the unlock screen")
        return False
    if tile.getRoleName() != "radio button":
        walk.fail("the partner tile is a %r, not a radio button" % tile.getRoleName())
    sam = walk.find(lambda n: n.name == "Unlock as Sam")
    if sam is None or sam.getRoleName() != "radio button":
        walk.fail("the second partner's tile is missing or not a radio button")
    walk.check_controls("unlock screen")
    walk.tab_round("unlock screen")
    # Keys only: Tab to Alex's tile, Space, then the password and Return.
    for _ in range(20):
        now = walk.focused()
        if now is not None and now.name == "Unlock as Alex":
            break
        walk.key("Tab")
    reached_sam = False
    walk.key("Tab")
    now = walk.focused()
    reached_sam = now is not None and now.name == "Unlock as Sam"
    if not reached_sam:
        walk.fail("Tab from Alex's tile does not reach Sam's (it went to %s)" % describe(now))
    walk.key("shift+Tab")
    walk.key("space")
    field = walk.focused()
    if field is None or field.getRoleName() != "password text":
        walk.fail("after choosing Alex, the focus is on %s, not the password field" % describe(field))
    base.type_text(walk.display, PASSWORDS[0])
    walk.key("Return")
    journal = walk.wait_for(lambda n: n.name == "Alex's journal" and base.showing(st, n), 30)
    if journal is None:
        walk.fail("the journal did not open with keys only")
        return False
    base.pump(0.5)
    now = walk.focused()
    print("after unlock, focus is on %s" % describe(now))
    if now is None:
        walk.fail("after unlock nothing has the focus")
    return True


def check_sidebar(walk):
    st = walk.pyatspi
    tabs = [n for n in walk.controls() if n.getRoleName() == "page tab" and base.showing(st, n)]
    names = sorted(n.name for n in tabs)
    print("page tabs: %s" % ", ".join(names))
    for wanted in ("Journal", "Prompts", "Together", "Settings", "Safety and support"):
        if wanted not in names:
            walk.fail("the sidebar has no page tab %r" % wanted)
    for tab in tabs:
        parent = tab.parent
        if parent is None or parent.getRoleName() != "page tab list":
            walk.fail("the page tab %r is not in a page tab list" % tab.name)
    selected = [n.name for n in tabs if n.getState().contains(st.STATE_CHECKED) or
                n.getState().contains(st.STATE_SELECTED)]
    if selected != ["Journal"]:
        walk.fail("the selected page tab is %r, not Journal alone" % selected)
    if any(n.getRoleName() == "check box" and n.name in ("Journal", "Settings") for n in walk.controls()):
        walk.fail("a sidebar page still presents itself as a check box")


def visit(walk, keys, screen, expect_tab):
    walk.key(keys)
    base.pump(0.5)
    st = walk.pyatspi
    tab = walk.find(lambda n: n.getRoleName() == "page tab" and n.name.startswith(expect_tab))
    if tab is None or not tab.getState().contains(st.STATE_CHECKED):
        walk.fail("%s did not open the page %r" % (keys, expect_tab))
        return False
    walk.check_controls(screen)
    walk.tab_round(screen)
    return True


def inner(binary):
    import pyatspi
    home = tempfile.mkdtemp(prefix="twofold-walk-")
    xvfb, display = base.start_xvfb()
    os.environ["DISPLAY"] = display
    app_process = None
    started = time.monotonic()
    try:
        env = base.app_env(home)
        vault = os.path.join(home, "vault")
        made = subprocess.run([binary, "--vault", vault, "demo"], env=env, capture_output=True)
        if made.returncode != 0:
            print("FAIL: could not make the demo vault: " + made.stderr.decode(errors="replace"))
            return 1
        recorder = Recorder(pyatspi)
        for kind in ["object:text-changed", "object:text-caret-moved", "object:property-change",
                     "object:state-changed", "object:value-changed", "object:children-changed",
                     "object:active-descendant-changed", "object:selection-changed", "focus:", "window:"]:
            pyatspi.Registry.registerEventListener(recorder, kind)
        base.pump(0.3)
        app_process = base.start_app(binary, vault, home, display)
        app = None
        deadline = time.monotonic() + 30
        while app is None and time.monotonic() < deadline:
            base.pump(0.2)
            if app_process.poll() is not None:
                print("FAIL: the app quit: " + app_process.stderr.read().decode(errors="replace"))
                return 1
            app = base.find_app(pyatspi, app_process.pid)
        if app is None:
            print("FAIL: the app never appeared on the accessibility bus")
            return 1
        walk = Walk(pyatspi, display, recorder, app, app_process.pid)
        base.xdotool(display, "search", "--sync", "--onlyvisible", "--pid", str(app_process.pid), ".",
                     "windowfocus", "--sync")
        if login_with_keys(walk):
            check_sidebar(walk)
            walk.check_controls("journal")
            walk.tab_round("journal")
            # A new entry (Ctrl+N): the editor's Tab order, then Ctrl+S with focus in the title.
            walk.key("ctrl+n")
            base.type_text(display, "Walked")
            walk.check_controls("journal editor")
            title = walk.focused()
            keep = describe(title) if title is not None else None
            walk.no_false_row_focus("Ctrl+S", lambda: walk.key("ctrl+s"), keep)
            walk.tab_round("journal editor")
            visit(walk, "alt+p", "prompts", "Prompts")
            if visit(walk, "alt+i", "inbox", "Inbox"):
                # Read now on the first offer, from the keyboard (Alt+R): no row says focus.
                button = walk.find(lambda n: n.name == "Read now" and base.showing(pyatspi, n))
                if button is not None and button.getState().contains(pyatspi.STATE_SENSITIVE):
                    button.queryComponent().grabFocus()
                    base.pump(0.3)
                    walk.no_false_row_focus("Read now", lambda: walk.key("alt+r"), "push button 'Read now'")
                else:
                    print("inbox: nothing to read now in the demo vault; that check was not run")
            visit(walk, "alt+t", "together", "Together")
            visit(walk, "alt+e", "settings", "Settings")
            visit(walk, "alt+f", "safety", "Safety")
            # Lock is said, not only seen.
            first = len(recorder.events)
            walk.key("ctrl+l")
            base.pump(1.0)
            alerts = [e for e in recorder.events[first:]
                      if e[0] == "object:state-changed:showing" and e[1] == "alert" and e[3] == 1]
            if not any("locked" in e[2].lower() for e in alerts):
                walk.fail("Ctrl+L was not announced: no alert saying it is locked became showing (%r)" %
                          [e[2] for e in alerts])
            else:
                print("lock announced: %r" % [e[2] for e in alerts if "locked" in e[2].lower()][0])
        leaks = [e for e in recorder.events
                 if any(p in " ".join(str(part) for part in e).lower() for p in PASSWORDS)]
        for event in leaks[:10]:
            print("  LEAK: type=%s role=%r name=%r detail1=%s detail2=%s any_data=%r" % event)
        if leaks:
            walk.fail("%d events carried a password" % len(leaks))
        typed = [e for e in recorder.events if e[1] == "password text" and e[0].startswith("object:text-")]
        if typed:
            walk.fail("the password field sent %d text events" % len(typed))
        print("heard %d events in %.0f s" % (len(recorder.events), time.monotonic() - started))
        if not walk.failures:
            print("PASS: every screen walked with the keyboard")
        return 1 if walk.failures else 0
    finally:
        base.stop_all([app_process], xvfb, home)


def main():
    return base.script_main(__doc__, INNER, outer, inner)


if __name__ == "__main__":
    sys.exit(main())
