"""Tests for the WebSocket and streaming samples.

flask-sock needs a real server socket, so its tests start Werkzeug's threaded server on a free
loopback port for the duration of one test; FastAPI's TestClient speaks WebSocket in process.
"""
import json
import socket
import threading
from collections import deque
from contextlib import contextmanager
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient
from starlette.websockets import WebSocketDisconnect
from werkzeug.serving import make_server
from wsproto import ConnectionType, WSConnection
from wsproto.events import AcceptConnection, CloseConnection, Request, TextMessage

from websockets_and_streaming import fastapi_app, fastapi_stream, flask_app, flask_stream


# --- WebSockets ----------------------------------------------------------------------


@pytest.fixture
def flask_ws_base():
    server = make_server("127.0.0.1", 0, flask_app.app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"ws://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)


class WSClient:
    """A minimal blocking WebSocket client on wsproto (installed with flask-sock).

    It processes every frame it has read, including frames that arrive in the same packet as
    the handshake response, so the tests do not depend on how the TCP stream is split.
    """

    def __init__(self, url: str):
        parts = urlsplit(url)
        self.sock = socket.create_connection((parts.hostname, parts.port), timeout=5)
        self.conn = WSConnection(ConnectionType.CLIENT)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        self.sock.sendall(self.conn.send(Request(host=parts.netloc, target=target)))
        self.events: deque = deque()
        assert isinstance(self._next_event(), AcceptConnection)

    def _next_event(self):
        while not self.events:
            self.events.extend(self.conn.events())
            if not self.events:
                self.conn.receive_data(self.sock.recv(4096) or None)
        return self.events.popleft()

    def send(self, text: str) -> None:
        self.sock.sendall(self.conn.send(TextMessage(data=text)))

    def receive(self) -> str | CloseConnection:
        event = self._next_event()
        return event if isinstance(event, CloseConnection) else event.data

    def close(self) -> None:
        self.sock.close()


@contextmanager
def flask_ws(url: str):
    client = WSClient(url)
    try:
        yield client
    finally:
        client.close()


def test_flask_websocket_round_trip(flask_ws_base):
    with flask_ws(f"{flask_ws_base}/ws/chat?name=ada") as ws:
        assert ws.receive() == "welcome ada"
        ws.send("hello")
        assert ws.receive() == "ada: hello"
        ws.send("bye")
        closed = ws.receive()
        assert isinstance(closed, CloseConnection)
        assert (closed.code, closed.reason) == (1000, "bye")


def test_flask_websocket_without_name_is_closed_with_1008(flask_ws_base):
    with flask_ws(f"{flask_ws_base}/ws/chat") as ws:
        # flask-sock accepts the handshake before the view runs, so the view can only close.
        closed = ws.receive()
        assert isinstance(closed, CloseConnection)
        assert (closed.code, closed.reason) == (1008, "name is required")


def test_flask_websocket_route_is_not_plain_http():
    # A normal GET without the Upgrade handshake never reaches the WebSocket view.
    assert flask_app.app.test_client().get("/ws/chat?name=ada").status_code == 400


def test_fastapi_websocket_round_trip():
    client = TestClient(fastapi_app.app)
    with client.websocket_connect("/ws/chat?name=ada") as ws:
        assert ws.receive_text() == "welcome ada"
        ws.send_text("hello")
        assert ws.receive_text() == "ada: hello"
        ws.send_text("bye")
        with pytest.raises(WebSocketDisconnect) as closed:
            ws.receive_text()
        assert closed.value.code == 1000


def test_fastapi_websocket_without_name_is_refused_with_1008():
    client = TestClient(fastapi_app.app)
    with pytest.raises(WebSocketDisconnect) as refused:
        with client.websocket_connect("/ws/chat"):
            pass
    assert refused.value.code == 1008


# --- Streamed bodies ------------------------------------------------------------------

CSV = "id,name\n1,item-1\n2,item-2\n"


def test_flask_streams_csv_and_keeps_request_context():
    client = flask_stream.app.test_client()
    response = client.get("/export.csv?rows=2")
    assert response.status_code == 200
    assert response.is_streamed
    assert response.mimetype == "text/csv"
    assert response.get_data(as_text=True) == CSV
    assert client.get("/export.csv?rows=1&prefix=sku").get_data(as_text=True) == "id,name\n1,sku-1\n"


def test_fastapi_streams_csv():
    client = TestClient(fastapi_stream.app)
    with client.stream("GET", "/export.csv?rows=2") as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/csv")
        assert "content-length" not in response.headers  # chunked, not buffered
        assert "".join(response.iter_text()) == CSV
    assert client.get("/export.csv?rows=1&prefix=sku").text == "id,name\n1,sku-1\n"


@pytest.mark.parametrize("rows", ["abc", "0", "5000"])
def test_bad_row_count_is_rejected_before_streaming(rows):
    flask_response = flask_stream.app.test_client().get(f"/export.csv?rows={rows}")
    assert flask_response.status_code == 400
    assert flask_response.get_json() == {"error": "rows must be an integer from 1 to 1000"}
    fastapi_response = TestClient(fastapi_stream.app).get(f"/export.csv?rows={rows}")
    assert fastapi_response.status_code == 422
    assert fastapi_response.json()["detail"][0]["loc"] == ["query", "rows"]


def parse_sse(text: str) -> list[dict]:
    """Split an event stream into events, each a dict of its field lines."""
    events = []
    for block in text.strip().split("\n\n"):
        fields = dict(line.split(": ", 1) for line in block.splitlines() if not line.startswith(":"))
        if fields:
            events.append(fields)
    return events


EXPECTED_EVENTS = [{"event": "progress", "id": str(i), "data": {"step": i}} for i in range(3)]


def test_flask_server_sent_events():
    response = flask_stream.app.test_client().get("/events")
    assert response.status_code == 200
    assert response.mimetype == "text/event-stream"
    assert response.headers["Cache-Control"] == "no-cache"
    events = parse_sse(response.get_data(as_text=True))
    assert [{**e, "data": json.loads(e["data"])} for e in events] == EXPECTED_EVENTS


def test_fastapi_server_sent_events():
    with TestClient(fastapi_stream.app).stream("GET", "/events") as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        assert response.headers["cache-control"] == "no-cache"
        events = parse_sse("".join(response.iter_text()))
    assert [{**e, "data": json.loads(e["data"])} for e in events] == EXPECTED_EVENTS


def test_sse_endpoints_reject_wrong_method():
    assert flask_stream.app.test_client().post("/events").status_code == 405
    assert TestClient(fastapi_stream.app).post("/events").status_code == 405
