"""A stand-in ``org.freedesktop.ScreenSaver`` service for the D-Bus tests.

Run as ``python fake_screensaver_service.py ADDRESS [SERVICE PATH]``: it connects to the
bus at ADDRESS, serves Inhibit and UnInhibit as SERVICE (default org.freedesktop.ScreenSaver)
at PATH, and writes one JSON line per call to stdout (after a
``{"ready": true}`` line), so the test can see exactly what arrived over the bus.
"""

from __future__ import annotations

import json
import sys
from typing import Any, cast

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection

# Above 2**31, so a cookie sent back as a signed integer would not match.
FIRST_COOKIE = 3_000_000_001


def report(**fields: object) -> None:
    print(json.dumps(fields), flush=True)


SERVICE, PATH = sys.argv[2:4] if len(sys.argv) > 3 else ("org.freedesktop.ScreenSaver", "")
PATH = PATH or "/org/freedesktop/ScreenSaver"
# PySide6's stub says ClassInfo takes no dict and is no decorator; it is and does both.
SCREENSAVER_INTERFACE = cast(Any, ClassInfo)({"D-Bus Interface": SERVICE})


@SCREENSAVER_INTERFACE
class FakeScreenSaver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.next_cookie = FIRST_COOKIE

    @Slot(str, str, result="uint")
    def Inhibit(self, application_name: str, reason_for_inhibit: str) -> int:
        cookie = self.next_cookie
        self.next_cookie += 1
        report(call="Inhibit", app=application_name, reason=reason_for_inhibit, cookie=cookie)
        return cookie

    @Slot("uint")
    def UnInhibit(self, cookie: int) -> None:
        report(call="UnInhibit", cookie=cookie)


def main() -> int:
    app = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.connectToBus(sys.argv[1], "fake-screensaver")
    service = FakeScreenSaver()
    options = QDBusConnection.RegisterOption.ExportAllSlots
    if not bus.registerObject(PATH, service, options):
        return 1
    if not bus.registerService(SERVICE):
        return 1
    report(ready=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
