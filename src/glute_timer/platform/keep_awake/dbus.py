"""Keep the screen awake over D-Bus: the ``org.freedesktop.ScreenSaver`` service, or the
``org.freedesktop.portal.Inhibit`` portal inside a Flatpak sandbox."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, Qt
from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage, QDBusObjectPath

from glute_timer import APP_NAME
from glute_timer.domain.i18n import translate
from glute_timer.platform.keep_awake.errors import KeepAwakeError, KeepAwakeUnavailableError

log = logging.getLogger(__name__)

SCREENSAVER_SERVICE = "org.freedesktop.ScreenSaver"
SCREENSAVER_PATH = "/org/freedesktop/ScreenSaver"
# (service = interface, object path), tried in order. Some desktops serve the freedesktop
# interface only at /ScreenSaver; Xfce and MATE offer the same calls under their own names.
SCREENSAVER_CANDIDATES: tuple[tuple[str, str], ...] = (
    (SCREENSAVER_SERVICE, SCREENSAVER_PATH),
    (SCREENSAVER_SERVICE, "/ScreenSaver"),
    ("org.xfce.ScreenSaver", "/org/xfce/ScreenSaver"),
    ("org.mate.ScreenSaver", "/org/mate/ScreenSaver"),
)
PORTAL_SERVICE = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
PORTAL_INHIBIT = "org.freedesktop.portal.Inhibit"
PORTAL_REQUEST = "org.freedesktop.portal.Request"
PORTAL_FLAG_IDLE = 8
CALL_TIMEOUT_MS = 3000

_connection_numbers = itertools.count(1)


class ScreenSaverBus(Protocol):
    """The calls of ``org.freedesktop.ScreenSaver`` the backend needs; raise KeepAwakeError."""

    def inhibit(self, app_name: str, reason: str) -> int:
        """Ask for the screen to stay on; returns the cookie that ends it."""

    def uninhibit(self, cookie: int) -> None:
        """End the inhibit that returned ``cookie``."""

    def close(self) -> None:
        """Close the connection; the service then ends whatever inhibits it still holds."""


class _PrivateConnection:
    """A D-Bus connection of our own, so closing it ends our inhibits and nothing else."""

    def __init__(self, address: str | None) -> None:
        self.name = f"glute-timer-keep-awake-{next(_connection_numbers)}"
        if address is None:
            bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, self.name)
        else:
            bus = QDBusConnection.connectToBus(address, self.name)
        if not bus.isConnected():
            message = bus.lastError().message() or "not connected"
            QDBusConnection.disconnectFromBus(self.name)
            raise KeepAwakeUnavailableError(
                translate(
                    "KeepAwakeDBus", "cannot connect to the D-Bus session bus: {problem}"
                ).format(problem=message)
            )
        self.bus = bus

    def has_service(self, service: str) -> bool:
        registered = self.bus.interface().isServiceRegistered(service)
        return bool(registered.isValid() and registered.value())

    def interface(self, service: str, path: str, interface: str, timeout_ms: int) -> QDBusInterface:
        if not self.has_service(service):
            raise KeepAwakeUnavailableError(
                translate("KeepAwakeDBus", "no {service} service on the session bus").format(
                    service=service
                )
            )
        proxy = QDBusInterface(service, path, interface, self.bus)
        if not proxy.isValid():
            message = proxy.lastError().message()
            raise KeepAwakeUnavailableError(
                translate("KeepAwakeDBus", "{service} cannot be reached: {problem}").format(
                    service=service, problem=message
                )
            )
        proxy.setTimeout(timeout_ms)
        return proxy

    def close(self) -> None:
        QDBusConnection.disconnectFromBus(self.name)


def _invoke(proxy: QDBusInterface, method: str, *args: Any) -> None:
    """Call ``method`` through the proxy's introspected signature.

    QtDBus sends a Python int as a signed integer, which the services refuse where they
    expect ``u``; invoking the introspected method converts each argument to its type.
    """
    if not QMetaObject.invokeMethod(proxy, method, Qt.ConnectionType.DirectConnection, *args):
        raise KeepAwakeError(f"the service does not offer {method} as expected")
    error = proxy.lastError()
    if error.isValid():
        raise KeepAwakeError(f"{method} failed: {error.message() or error.name()}")


class QtDBusScreenSaver:
    """The screen saver's Inhibit and UnInhibit over a private QtDBus connection.

    ``address`` is a D-Bus address (tests start their own bus); None means the session bus.
    The first of ``candidates`` (service, object path) found on the bus is used.
    Raises :class:`KeepAwakeUnavailableError` when the bus or every service is missing.
    """

    def __init__(
        self,
        address: str | None = None,
        *,
        candidates: tuple[tuple[str, str], ...] = SCREENSAVER_CANDIDATES,
        timeout_ms: int = CALL_TIMEOUT_MS,
    ) -> None:
        self._connection = _PrivateConnection(address)
        self._proxy: QDBusInterface | None = None
        missing: dict[str, None] = {}  # an ordered set
        problems: list[str] = []
        for service, path in candidates:
            if not self._connection.has_service(service):
                missing[service] = None
                continue
            try:
                self._proxy = self._connection.interface(service, path, service, timeout_ms)
            except KeepAwakeUnavailableError as error:
                problems.append(str(error))
                continue
            self.service = service
            return
        self._connection.close()
        if missing:
            names = ", ".join(missing)
            problems.append(
                translate(
                    "KeepAwakeDBus",
                    "no screen saver service on the session bus (looked for {services})",
                ).format(services=names)
            )
        raise KeepAwakeUnavailableError("; ".join(problems))

    def inhibit(self, app_name: str, reason: str) -> int:
        reply = self._require_proxy().call("Inhibit", app_name, reason)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            raise KeepAwakeError(f"Inhibit failed: {reply.errorMessage() or reply.errorName()}")
        arguments = reply.arguments()
        if not arguments or not isinstance(arguments[0], int):
            raise KeepAwakeError(f"Inhibit returned {arguments!r}, not a cookie")
        return int(arguments[0])

    def uninhibit(self, cookie: int) -> None:
        _invoke(self._require_proxy(), "UnInhibit", Q_ARG("uint", cookie))

    def close(self) -> None:
        self._proxy = None  # the proxy must go before its connection
        self._connection.close()

    def _require_proxy(self) -> QDBusInterface:
        if self._proxy is None:
            raise KeepAwakeError("the D-Bus connection is closed")
        return self._proxy


class ScreenSaverBackend:
    """Keeps the screen awake with ``org.freedesktop.ScreenSaver.Inhibit``.

    Holds the cookie from Inhibit and gives it back with UnInhibit. When UnInhibit fails,
    it closes its connection instead, which makes the service drop the inhibit too.
    """

    name = "D-Bus org.freedesktop.ScreenSaver"

    def __init__(
        self,
        bus_factory: Callable[[], ScreenSaverBus],
        app_name: str = APP_NAME,
        *,
        bus: ScreenSaverBus | None = None,
    ) -> None:
        """``bus_factory`` opens a connection when one is needed; ``bus`` is an open one."""
        self._bus_factory = bus_factory
        self._bus = bus
        self._app_name = app_name
        self._cookie: int | None = None

    @classmethod
    def connect(cls, app_name: str = APP_NAME, address: str | None = None) -> ScreenSaverBackend:
        """Connect now (so a missing service shows up at once); raises KeepAwakeUnavailableError."""
        return cls(lambda: QtDBusScreenSaver(address), app_name, bus=QtDBusScreenSaver(address))

    @property
    def cookie(self) -> int | None:
        """The cookie of the inhibit held now, or None."""
        return self._cookie

    def inhibit(self, reason: str) -> None:
        if self._bus is None:
            self._bus = self._bus_factory()
        self._cookie = self._bus.inhibit(self._app_name, reason)

    def release(self) -> None:
        cookie, self._cookie = self._cookie, None
        if cookie is None or self._bus is None:
            return
        try:
            self._bus.uninhibit(cookie)
        except KeepAwakeError as error:
            log.info("UnInhibit failed (%s); closing the D-Bus connection to release.", error)
            self.close()

    def close(self) -> None:
        """Close the connection (ending any inhibit); the next inhibit opens a new one."""
        bus, self._bus = self._bus, None
        if bus is not None:
            bus.close()


class PortalBackend:
    """Keeps the screen awake with the ``org.freedesktop.portal.Inhibit`` portal (Flatpak).

    The portal answers Inhibit with a request object; closing that request ends it.
    """

    name = "D-Bus org.freedesktop.portal.Inhibit"

    def __init__(self, address: str | None = None) -> None:
        """``address`` is a D-Bus address (tests start their own bus); None: the session bus."""
        self._address = address
        self._connection: _PrivateConnection | None = None
        self._proxy: QDBusInterface | None = None
        self._handle: str | None = None

    @classmethod
    def connect(cls, address: str | None = None) -> PortalBackend:
        """Connect now; raises KeepAwakeUnavailableError when the portal is not there."""
        backend = cls(address)
        backend._open()
        return backend

    def inhibit(self, reason: str) -> None:
        proxy = self._open()
        handle = QMetaObject.invokeMethod(
            proxy,
            "Inhibit",
            Qt.ConnectionType.DirectConnection,
            Q_RETURN_ARG("QDBusObjectPath"),
            Q_ARG(str, ""),  # no parent window handle
            Q_ARG("uint", PORTAL_FLAG_IDLE),
            Q_ARG("QVariantMap", {"reason": reason}),
        )
        error = proxy.lastError()
        if error.isValid() or handle is None:
            raise KeepAwakeError(f"Inhibit failed: {error.message() or 'no request handle'}")
        self._handle = handle.path() if isinstance(handle, QDBusObjectPath) else str(handle)

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None or self._connection is None:
            return
        close = QDBusMessage.createMethodCall(PORTAL_SERVICE, handle, PORTAL_REQUEST, "Close")
        reply = self._connection.bus.call(close, timeout=CALL_TIMEOUT_MS)
        if reply.type() == QDBusMessage.MessageType.ErrorMessage:
            log.info(
                "Closing the inhibit request failed (%s); closing the connection.",
                reply.errorMessage(),
            )
            self.close()

    def close(self) -> None:
        """Close the connection (ending any inhibit); the next inhibit opens a new one."""
        self._handle = None
        self._proxy = None  # the proxy must go before its connection
        connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()

    def _open(self) -> QDBusInterface:
        if self._proxy is None:
            connection = _PrivateConnection(self._address)
            try:
                self._proxy = connection.interface(
                    PORTAL_SERVICE, PORTAL_PATH, PORTAL_INHIBIT, CALL_TIMEOUT_MS
                )
            except Exception:
                connection.close()
                raise
            self._connection = connection
        return self._proxy
