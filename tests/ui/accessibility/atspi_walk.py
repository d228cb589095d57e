"""Prints, as JSON, what a screen reader sees of one process through the AT-SPI registry.

Run with the SYSTEM Python (Debian's ``python3-pyatspi`` lives there, not in the venv)::

    /usr/bin/python3 atspi_walk.py PID [SECONDS]

It waits, at most SECONDS, for the process to register with the registry and show a window,
then prints one JSON list of the showing nodes: role, name, description, text and value.
Exits 2 with one line on standard error when the process never appears.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

import pyatspi  # type: ignore[import-not-found]

MAX_NODES = 2000
POLL_S = 0.1


def find_application(pid: int) -> Any:
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        try:
            if app is not None and app.get_process_id() == pid and app.childCount > 0:
                return app
        except Exception:  # an application that went away while we looked
            continue
    return None


def text_of(node: Any) -> str | None:
    try:
        text = node.queryText()
    except NotImplementedError:
        return None
    return str(text.getText(0, -1))


def value_of(node: Any) -> float | None:
    try:
        return float(node.queryValue().currentValue)
    except NotImplementedError:
        return None


def walk(root: Any) -> list[dict[str, object]]:
    nodes: list[dict[str, object]] = []
    pending = [root]
    while pending and len(nodes) < MAX_NODES:
        node = pending.pop(0)
        state = node.getState()
        if node is not root and not state.contains(pyatspi.STATE_SHOWING):
            continue
        nodes.append(
            {
                "role": node.getRoleName(),
                "name": node.name or "",
                "description": node.description or "",
                "text": text_of(node),
                "value": value_of(node),
                "focusable": state.contains(pyatspi.STATE_FOCUSABLE),
            }
        )
        pending.extend(node.getChildAtIndex(i) for i in range(node.childCount))
    return nodes


def main(argv: list[str]) -> int:
    pid = int(argv[1])
    deadline = time.monotonic() + (float(argv[2]) if len(argv) > 2 else 20.0)
    app = find_application(pid)
    while app is None and time.monotonic() < deadline:
        time.sleep(POLL_S)  # waiting on another process: nothing to await here
        app = find_application(pid)
    if app is None:
        print(f"process {pid} never appeared in the AT-SPI registry", file=sys.stderr)
        return 2
    print(json.dumps(walk(app)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
