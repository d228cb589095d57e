"""A stand-in ``org.freedesktop.portal.Inhibit`` portal for the D-Bus tests.

Run as ``python fake_portal_service.py ADDRESS``. Inhibit answers with a request object
path; calling Close on that object ends the inhibit. Every call is written to stdout as
one JSON line, after a ``{"ready": true}`` line.
"""

from __future__ import annotations

import json
import sys
from typing import Any, cast

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusObjectPath

REQUEST_PREFIX = "/org/freedesktop/portal/desktop/request/fake"

# PySide6's stub says ClassInfo takes no dict and is no decorator; it is and does both.
INHIBIT_INTERFACE = cast(Any, ClassInfo)({"D-Bus Interface": "org.freedesktop.portal.Inhibit"})
REQUEST_INTERFACE = cast(Any, ClassInfo)({"D-Bus Interface": "org.freedesktop.portal.Request"})


def report(**fields: object) -> None:
    print(json.dumps(fields), flush=True)


@REQUEST_INTERFACE
class FakeRequest(QObject):
    def __init__(self, bus: QDBusConnection, path: str) -> None:
        super().__init__()
        self.bus = bus
        self.path = path

    @Slot()
    def Close(self) -> None:
        report(call="Close", path=self.path)
        self.bus.unregisterObject(self.path)


@INHIBIT_INTERFACE
class FakeInhibitPortal(QObject):
    def __init__(self, bus: QDBusConnection) -> None:
        super().__init__()
        self.bus = bus
        self.requests: list[FakeRequest] = []

    @Slot(str, "uint", "QVariantMap", result="QDBusObjectPath")
    def Inhibit(self, window: str, flags: int, options: dict[str, object]) -> QDBusObjectPath:
        path = f"{REQUEST_PREFIX}{len(self.requests) + 1}"
        request = FakeRequest(self.bus, path)
        self.requests.append(request)
        self.bus.registerObject(path, request, QDBusConnection.RegisterOption.ExportAllSlots)
        report(call="Inhibit", window=window, flags=flags, options=options, handle=path)
        return QDBusObjectPath(path)


def main() -> int:
    app = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.connectToBus(sys.argv[1], "fake-portal")
    portal = FakeInhibitPortal(bus)
    options = QDBusConnection.RegisterOption.ExportAllSlots
    if not bus.registerObject("/org/freedesktop/portal/desktop", portal, options):
        return 1
    if not bus.registerService("org.freedesktop.portal.Desktop"):
        return 1
    report(ready=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
