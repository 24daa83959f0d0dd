"""Plain TCP helpers on 127.0.0.1: a port nothing listens on, and a server that never responds."""

from __future__ import annotations

import selectors
import socket
import threading


def closed_port() -> int:
    """Return a port on 127.0.0.1 that was free a moment ago and that nothing listens on now.

    The port is bound and released again, so the kernel refuses connections to it until some other
    process happens to take it, which for an ephemeral port in a test run is unlikely.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class SilentServer:
    """Accept TCP connections on 127.0.0.1 and hold them open without reading or sending a byte.

    It plays a proxy or server that hangs, so clients run into their own timeouts.
    ``accepted`` counts the connections taken so far.
    """

    def __init__(self) -> None:
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen()
        self._listener.setblocking(False)
        self._held: list[socket.socket] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._accept_loop, name="silent-server", daemon=True)

    @property
    def port(self) -> int:
        return int(self._listener.getsockname()[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def accepted(self) -> int:
        with self._lock:
            return len(self._held)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(timeout=5)
        with self._lock:
            for connection in self._held:
                connection.close()
        self._listener.close()

    def _accept_loop(self) -> None:
        with selectors.DefaultSelector() as selector:
            selector.register(self._listener, selectors.EVENT_READ)
            while not self._stopping.is_set():
                if not selector.select(timeout=0.1):
                    continue
                try:
                    connection, _ = self._listener.accept()
                except BlockingIOError:
                    continue
                with self._lock:
                    self._held.append(connection)
