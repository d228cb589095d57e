"""Desktop notifications with a "Start" action: freedesktop Notifications over QtDBus on Linux,
a system-tray message elsewhere (or where no notification service answers).

:func:`notify` shows the reminders and waits a bounded time for the person to press Start;
it returns the routine to start, or None.
"""

from __future__ import annotations

import itertools
import logging
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import (
    Q_ARG,
    Q_RETURN_ARG,
    ClassInfo,
    QCoreApplication,
    QEventLoop,
    QMetaObject,
    QObject,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

from glute_timer import APP_NAME, DESKTOP_ID
from glute_timer.domain.i18n import translate

log = logging.getLogger(__name__)

SERVICE: Final = "org.freedesktop.Notifications"
PATH: Final = "/org/freedesktop/Notifications"
INTERFACE: Final = SERVICE
START_ACTION: Final = "start"
# Clicking the notification itself starts the routine too.
DEFAULT_ACTION: Final = "default"
CALL_TIMEOUT_MS: Final = 5000
EXPIRE_NEVER: Final = 0
SHAPE_PATH: Final = "/io/github/glute_timer/NotifyShape"
_connection_numbers = itertools.count(1)


class NotificationError(RuntimeError):
    """No notification could be shown this way."""


@dataclass(frozen=True)
class Reminder:
    """One notification: its text and the routine that Start begins."""

    routine: str
    summary: str
    body: str


class _Listener(QObject):
    """Collects ActionInvoked and NotificationClosed for our notification ids."""

    def __init__(self, ids: dict[int, str], loop: QEventLoop) -> None:
        super().__init__()
        self.ids = ids
        self.open = set(ids)
        self.loop = loop
        self.started: str | None = None

    @Slot(QDBusMessage)
    def on_action(self, message: QDBusMessage) -> None:
        arguments = message.arguments()
        if (
            len(arguments) >= 2
            and int(arguments[0]) in self.ids
            and str(arguments[1]) in (START_ACTION, DEFAULT_ACTION)
        ):
            self.started = self.ids[int(arguments[0])]
            self.loop.quit()

    @Slot(QDBusMessage)
    def on_closed(self, message: QDBusMessage) -> None:
        arguments = message.arguments()
        if arguments and int(arguments[0]) in self.open:
            self.open.discard(int(arguments[0]))
            if not self.open:
                # Closed after an action: let the action (sent first) win if it is queued.
                QTimer.singleShot(200, self.loop.quit)


def _application() -> QCoreApplication:
    app = QCoreApplication.instance()
    return app if app is not None else QCoreApplication([APP_NAME])


@ClassInfo({"D-Bus Interface": INTERFACE})  # type: ignore[call-arg]
class _NotifyShape(QObject):  # type: ignore[operator]
    """The Qt types of Notify's arguments, served on our own connection only.

    Qt for Python has no unsigned or map-typed QVariant, and QtDBus cannot type ``a{sv}``
    from the servers' introspection, so a plain call sends ``i`` for ``replaces_id`` and the
    server refuses it. QtDBus describes an interface once per connection: introspecting this
    object first makes it convert every argument of the real Notify to the right D-Bus type.
    """

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(self, *_args: object) -> int:
        return 0


def notify_dbus(
    reminders: Sequence[Reminder], wait_ms: int, address: str | None = None
) -> str | None:
    """Show ``reminders`` through org.freedesktop.Notifications and wait for Start.

    Waits until Start is pressed on one, all are closed, or ``wait_ms`` has passed.
    Raises :class:`NotificationError` when there is no bus or no service.
    """
    _application()
    name = f"glute-timer-notify-{next(_connection_numbers)}"
    if address is None:
        bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, name)
    else:
        bus = QDBusConnection.connectToBus(address, name)
    shape = _NotifyShape()
    try:
        if not bus.isConnected():
            raise NotificationError(f"no D-Bus session bus: {bus.lastError().message()}")
        registered = bus.interface().isServiceRegistered(SERVICE)
        if not (registered.isValid() and registered.value()):
            raise NotificationError(f"no {SERVICE} service on the session bus")
        bus.registerObject(SHAPE_PATH, shape, QDBusConnection.RegisterOption.ExportAllSlots)
        QDBusInterface(bus.baseService(), SHAPE_PATH, INTERFACE, bus)
        proxy = QDBusInterface(SERVICE, PATH, INTERFACE, bus)
        if not proxy.isValid():
            raise NotificationError(f"{SERVICE} cannot be reached: {proxy.lastError().message()}")
        proxy.setTimeout(CALL_TIMEOUT_MS)
        loop = QEventLoop()
        ids: dict[int, str] = {}
        listener = _Listener(ids, loop)
        for signal, slot in (("ActionInvoked", "on_action"), ("NotificationClosed", "on_closed")):
            # The stubs say bytes; PySide6 takes the SLOT() string.
            bus.connect(  # type: ignore[call-overload]
                SERVICE, PATH, INTERFACE, signal, listener, f"1{slot}(QDBusMessage)"
            )
        for reminder in reminders:
            ids[_send(proxy, reminder)] = reminder.routine
        listener.open = set(ids)
        if wait_ms > 0:
            QTimer.singleShot(wait_ms, loop.quit)
            loop.exec()
        del proxy
        return listener.started
    finally:
        bus.unregisterObject(SHAPE_PATH)
        QDBusConnection.disconnectFromBus(name)


def _send(proxy: QDBusInterface, reminder: Reminder) -> int:
    start = translate("ReminderNotifications", "Start", "notification action")
    try:
        notification_id = QMetaObject.invokeMethod(
            proxy,
            "Notify",
            Qt.ConnectionType.DirectConnection,
            Q_RETURN_ARG("uint"),
            Q_ARG(str, APP_NAME),
            Q_ARG("uint", 0),
            Q_ARG(str, DESKTOP_ID),
            Q_ARG(str, reminder.summary),
            Q_ARG(str, reminder.body),
            Q_ARG("QStringList", [DEFAULT_ACTION, start, START_ACTION, start]),
            Q_ARG("QVariantMap", {"category": "reminder"}),
            Q_ARG(int, EXPIRE_NEVER),
        )
    except RuntimeError as error:
        raise NotificationError(f"Notify could not be called: {error}") from error
    failure = proxy.lastError()
    if failure.isValid() or not isinstance(notification_id, int):
        raise NotificationError(f"Notify failed: {failure.message() or 'no id returned'}")
    return notification_id


def notify_tray(reminders: Sequence[Reminder], wait_ms: int) -> str | None:
    """Show the reminders as a system-tray message; a click on it starts the first."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    app = QCoreApplication.instance()
    if app is None:
        app = QApplication([APP_NAME])
    elif not isinstance(app, QApplication):
        # A Qt application object of the wrong kind exists (the D-Bus attempt made one).
        raise NotificationError("no system tray in this process")
    if not QSystemTrayIcon.isSystemTrayAvailable():
        raise NotificationError("no system tray")
    from glute_timer.resources import assets_dir

    tray = QSystemTrayIcon(QIcon(str(assets_dir() / "icons" / "glute-timer.svg")))
    tray.show()
    loop = QEventLoop()
    started: list[str] = []

    def clicked() -> None:
        started.append(reminders[0].routine)
        loop.quit()

    tray.messageClicked.connect(clicked)
    text = "\n".join(r.body for r in reminders)
    tray.showMessage(reminders[0].summary, text, QSystemTrayIcon.MessageIcon.Information, wait_ms)
    QTimer.singleShot(wait_ms, loop.quit)
    loop.exec()
    tray.hide()
    return started[0] if started else None


def notify(reminders: Sequence[Reminder], wait_ms: int, address: str | None = None) -> str | None:
    """Show ``reminders`` the platform's way; the routine whose Start was pressed, or None.

    Raises :class:`NotificationError` when no way of showing them works.
    """
    if not reminders:
        return None
    problems: list[str] = []
    if sys.platform.startswith("linux") or address is not None:
        try:
            return notify_dbus(reminders, wait_ms, address)
        except NotificationError as error:
            log.info("D-Bus notification failed: %s", error)
            problems.append(str(error))
    try:
        return notify_tray(reminders, wait_ms)
    except NotificationError as error:
        problems.append(str(error))
    raise NotificationError("; ".join(problems))
