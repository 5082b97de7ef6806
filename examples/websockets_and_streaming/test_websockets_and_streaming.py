"""Tests for the WebSocket and streaming samples.

What a WebSocket client sees is decided by the server, so those tests run the samples on real
servers on a free loopback port: the Flask app on Gunicorn's gthread worker (what the page and
flask-sock's docs recommend), the FastAPI app on Uvicorn with each of its WebSocket libraries.
FastAPI's TestClient is tested beside them because it reports a refused handshake differently.
"""
import json
import socket
from collections import deque
from contextlib import contextmanager
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient
from starlette.websockets import WebSocketDisconnect
from wsproto import ConnectionType, WSConnection
from wsproto.events import AcceptConnection, CloseConnection, RejectConnection, Request, TextMessage

from websockets_and_streaming import fastapi_app, fastapi_stream, flask_app, flask_stream

# --- WebSockets ----------------------------------------------------------------------

GTHREAD = ["-k", "gthread", "--threads", "4"]
# Uvicorn picks websockets' sans-I/O protocol when websockets is installed (uvicorn[standard]),
# else wsproto; both are tested, because each answers the handshake itself.
UVICORN_WS = ["websockets-sansio", "wsproto"]
FOREIGN_ORIGIN = "https://attacker.example"


@pytest.fixture
def flask_ws_server(real_server):
    return real_server("websockets_and_streaming.flask_app:app", server="gunicorn", args=GTHREAD)


@pytest.fixture(params=UVICORN_WS)
def fastapi_ws_server(request, real_server):
    return real_server("websockets_and_streaming.fastapi_app:app", args=["--ws", request.param])


class WSClient:
    """A minimal blocking WebSocket client on wsproto, as a browser would connect.

    `handshake` is wsproto's answer to the opening request: AcceptConnection when a WebSocket
    opened, RejectConnection (with the HTTP status) when the server refused it. The client
    processes every frame it has read, including frames that arrive in the same packet as the
    handshake response, so the tests do not depend on how the TCP stream is split.
    """

    def __init__(self, url: str, origin: str | None = None):
        parts = urlsplit(url)
        self.sock = socket.create_connection((parts.hostname, parts.port), timeout=5)
        self.conn = WSConnection(ConnectionType.CLIENT)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        headers = [("Origin", origin)] if origin else []
        self.sock.sendall(self.conn.send(Request(host=parts.netloc, target=target, extra_headers=headers)))
        self.events: deque = deque()
        self.handshake = self._next_event()

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
def ws_connect(url: str, origin: str | None = None):
    client = WSClient(url, origin)
    try:
        yield client
    finally:
        client.close()


def assert_chat_round_trip(ws_url: str) -> None:
    """The page's protocol: welcome, an echo with the name, and a clean close after "bye"."""
    with ws_connect(f"{ws_url}/ws/chat?name=ada", origin="https://chat.example.com") as ws:
        assert isinstance(ws.handshake, AcceptConnection)
        assert ws.receive() == "welcome ada"
        ws.send("hello")
        assert ws.receive() == "ada: hello"
        ws.send("bye")
        closed = ws.receive()
        assert isinstance(closed, CloseConnection)
        assert (closed.code, closed.reason) == (1000, "bye")


def assert_refused_with_http_403(url: str, origin: str | None = None) -> None:
    with ws_connect(url, origin) as ws:
        assert isinstance(ws.handshake, RejectConnection), f"the handshake was not refused: {ws.handshake}"
        assert ws.handshake.status_code == 403


@pytest.mark.real_server
def test_flask_websocket_round_trip_on_gunicorn(flask_ws_server):
    assert_chat_round_trip(flask_ws_server.ws_url)


@pytest.mark.real_server
def test_flask_websocket_without_name_is_accepted_then_closed_with_1008(flask_ws_server):
    with ws_connect(f"{flask_ws_server.ws_url}/ws/chat") as ws:
        # flask-sock accepts the handshake before the view runs, so the view can only close.
        assert isinstance(ws.handshake, AcceptConnection)
        closed = ws.receive()
        assert isinstance(closed, CloseConnection)
        assert (closed.code, closed.reason) == (1008, "name is required")


@pytest.mark.real_server
def test_flask_refuses_a_foreign_origin_before_the_handshake(flask_ws_server):
    assert_refused_with_http_403(f"{flask_ws_server.ws_url}/ws/chat?name=ada", FOREIGN_ORIGIN)


def test_flask_websocket_route_is_not_plain_http():
    # A normal GET without the Upgrade handshake never reaches the WebSocket view.
    assert flask_app.app.test_client().get("/ws/chat?name=ada").status_code == 400


@pytest.mark.real_server
def test_fastapi_websocket_round_trip_on_uvicorn(fastapi_ws_server):
    assert_chat_round_trip(fastapi_ws_server.ws_url)


@pytest.mark.real_server
def test_fastapi_refusal_before_accept_is_http_403_on_uvicorn(fastapi_ws_server):
    # No WebSocket ever opens, so there is no close code; a browser reports 1006.
    assert_refused_with_http_403(f"{fastapi_ws_server.ws_url}/ws/chat")


@pytest.mark.real_server
def test_fastapi_refuses_a_foreign_origin_before_the_handshake(fastapi_ws_server):
    assert_refused_with_http_403(f"{fastapi_ws_server.ws_url}/ws/chat?name=ada", FOREIGN_ORIGIN)


def test_fastapi_testclient_reports_1008_where_uvicorn_answers_403():
    # In process there is no HTTP handshake to refuse: TestClient turns the close into 1008.
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
        assert response.headers["x-accel-buffering"] == "no"  # nginx: do not buffer the stream
        events = parse_sse("".join(response.iter_text()))
    assert [{**e, "data": json.loads(e["data"])} for e in events] == EXPECTED_EVENTS


def test_sse_endpoints_reject_wrong_method():
    assert flask_stream.app.test_client().post("/events").status_code == 405
    assert TestClient(fastapi_stream.app).post("/events").status_code == 405
