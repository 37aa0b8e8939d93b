"""A scripted HTTP server on 127.0.0.1 for tests of HTTP clients (bounded, test-only).

``script`` holds (status, body-or-None, delay) per request, consumed in order; afterwards, or
when the body is None, ``answer(request_body)`` replies. A bytes body is sent as is (to test
garbage responses). Every request is recorded: path, query, body, headers, auth, time.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


class ScriptedServer:
    def __init__(self, answer: Callable[[Any], Any]) -> None:
        self.script: list[tuple[int, Any, float]] = []
        self.requests: list[dict[str, Any]] = []
        self.answer = answer
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                u = urlsplit(self.path)
                outer.requests.append({"path": u.path, "query": parse_qs(u.query), "body": body,
                                       "headers": dict(self.headers),
                                       "auth": self.headers.get("Authorization"),
                                       "t": time.monotonic()})
                status, reply, delay = outer.script.pop(0) if outer.script else (200, None, 0)
                time.sleep(delay)
                if reply is None:
                    reply = outer.answer(body)
                data = reply if isinstance(reply, bytes) else json.dumps(reply).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
