"""A stand-in for Nominatim's /search on 127.0.0.1, so geocoding tests never go online."""

from __future__ import annotations

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import parse_qs, urlsplit


def free_port() -> int:
    """A local port nothing listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def nominatim_result(name: str, lat: float, lon: float, **extra: object) -> dict:
    """One entry of a Nominatim ``format=json`` answer."""
    return {"place_id": 100000 + len(name), "osm_type": "relation", "osm_id": 1,
            "lat": f"{lat}", "lon": f"{lon}", "display_name": name, "class": "boundary",
            "type": "administrative", "importance": 0.5, **extra}


class NominatimStub:
    """Threaded HTTP server answering ``/search?q=...&format=json`` with canned results.

    ``answers`` maps a casefolded query to its result list (unknown queries get ``[]``);
    ``status`` other than 200 makes every search fail with that HTTP status. ``queries``
    lists what was asked, in order, and ``user_agents`` the User-Agent headers sent.
    """

    def __init__(self, answers: dict[str, list[dict] | bytes] | None = None, *, status: int = 200):
        self.answers = {k.casefold(): v for k, v in (answers or {}).items()}  # bytes: the body as is
        self.status = status
        self.queries: list[str] = []
        self.user_agents: list[str] = []
        self.times: list[float] = []  # time.time() of each search received
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def domain(self) -> str:
        assert self._server is not None, "start the stub first"
        return f"127.0.0.1:{self._server.server_address[1]}"

    @property
    def request_count(self) -> int:
        return len(self.queries)

    def __enter__(self) -> NominatimStub:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server naming)
                url = urlsplit(self.path)
                params = parse_qs(url.query)
                if url.path.rstrip("/") != "/search" or "q" not in params:
                    self._send(404, {"error": "not found"})
                    return
                query = params["q"][0]
                with stub._lock:
                    stub.queries.append(query)
                    stub.user_agents.append(self.headers.get("User-Agent", ""))
                    stub.times.append(time.time())
                if stub.status != 200:
                    self._send(stub.status, {"error": "stub failure"})
                    return
                results = stub.answers.get(query.casefold(), [])
                limit = int(params.get("limit", ["10"])[0])
                self._send(200, results if isinstance(results, bytes) else results[:limit])

            def _send(self, status: int, body: object) -> None:
                data = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True
        )
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._server is not None and self._thread is not None
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


class StallingServer:
    """A server on 127.0.0.1 that accepts connections and then stalls: with ``drip`` None it never
    answers; with ``drip`` seconds it sends a 200 header and then one body byte every ``drip``
    seconds, for ever. ``connections`` counts the connections accepted."""

    def __init__(self, *, drip: float | None = None):
        self.drip = drip
        self.connections = 0
        self._stop = threading.Event()
        self._sock: socket.socket | None = None
        self._threads: list[threading.Thread] = []

    @property
    def domain(self) -> str:
        assert self._sock is not None, "start the server first"
        return f"127.0.0.1:{self._sock.getsockname()[1]}"

    def _serve(self) -> None:
        assert self._sock is not None
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            self.connections += 1
            thread = threading.Thread(target=self._stall, args=(conn,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _stall(self, conn: socket.socket) -> None:
        with conn:
            try:
                conn.recv(65536)
                if self.drip is not None:
                    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                 b"Content-Length: 100000\r\n\r\n[")
                while not self._stop.wait(self.drip or 0.1):
                    if self.drip is not None:
                        conn.sendall(b" ")
            except OSError:
                return

    def __enter__(self) -> StallingServer:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        threading.Thread(target=self._serve, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        assert self._sock is not None
        self._sock.close()
        for thread in self._threads:
            thread.join(timeout=2)
