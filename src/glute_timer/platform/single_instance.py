"""One running app per person and data folder: a second ``glute-timer start NAME`` hands
NAME to the app already open (over a local socket) instead of opening another window.

The protocol is one line of JSON each way: ``{"start": NAME}`` and ``{"answer": TEXT}``.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from glute_timer.domain.i18n import translate

_log = logging.getLogger(__name__)

CONNECT_MS = 1000
"""How long a second instance tries to reach the first (a live one answers at once)."""
ANSWER_MS = 10_000
"""How long it waits for the answer (the first may be busy loading its database)."""
MAX_MESSAGE_BYTES = 4096


def server_name(data_dir: Path) -> str:
    """The socket's name: per user and per data folder, so test and real data stay apart."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "user"
    digest = hashlib.sha256(str(data_dir.expanduser().resolve()).encode()).hexdigest()[:16]
    safe_user = "".join(c if c.isalnum() else "_" for c in user)[:32]
    return f"glute-timer-{safe_user}-{digest}"


def send_start(name: str, routine: str) -> str | None:
    """Ask the app listening on ``name`` to start ``routine``; its answer, or None when no
    app is listening (then this process opens the app itself)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return None
    socket.write(json.dumps({"start": routine}).encode() + b"\n")
    socket.waitForBytesWritten(CONNECT_MS)
    received = b""
    while b"\n" not in received and len(received) < MAX_MESSAGE_BYTES:
        if not socket.waitForReadyRead(ANSWER_MS):
            break
        received += bytes(socket.readAll().data())
    socket.abort()
    try:
        answer = json.loads(received.split(b"\n", 1)[0])["answer"]
    except (ValueError, KeyError, TypeError):
        return translate(
            "SingleInstance", "The app already open did not answer; look for its window."
        )
    return str(answer)


class InstanceServer(QObject):
    """Listens on ``name``; each ``start`` request is answered with ``handle(routine)``."""

    def __init__(
        self, name: str, handle: Callable[[str], str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.name = name
        self._handle = handle
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; a socket left by an app that crashed is replaced. False when
        another app is really listening there (or the socket cannot be made)."""
        if self._server.listen(self.name):
            return True
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(CONNECT_MS):
            probe.abort()
            _log.warning("another %s is already listening on %s", "app", self.name)
            return False
        QLocalServer.removeServer(self.name)
        if self._server.listen(self.name):
            return True
        _log.warning("cannot listen on %s: %s", self.name, self._server.errorString())
        return False

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))

    def _drop(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if b"\n" not in data and len(data) < MAX_MESSAGE_BYTES:
            self._buffers[socket] = data
            return
        self._buffers[socket] = b""
        try:
            request = json.loads(data.split(b"\n", 1)[0])
            routine = request["start"]
            if not isinstance(routine, str):
                raise TypeError("start needs a routine name")
        except (ValueError, KeyError, TypeError):
            answer = translate("SingleInstance", "The request was not understood.")
        else:
            try:
                answer = self._handle(routine)
            except Exception:
                _log.exception("starting %r for another instance failed", routine)
                answer = translate(
                    "SingleInstance",
                    "The app already open could not start it; details are in its log.",
                )
        socket.write(json.dumps({"answer": answer}).encode() + b"\n")
        socket.flush()
        socket.disconnectFromServer()
