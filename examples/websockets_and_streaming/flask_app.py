# A WebSocket chat echo in Flask with the flask-sock extension (a thread per open connection).
from flask import Flask, request
from flask_sock import Sock

app = Flask(__name__)
sock = Sock(app)  # needs a server that hands over the socket: Werkzeug, Gunicorn gthread, eventlet, gevent
ALLOWED_ORIGINS = {"https://chat.example.com"}


@app.before_request
def same_site_only():
    # Runs before flask-sock accepts the handshake, so this refusal is a plain HTTP 403.
    # Browsers send Origin with every handshake; CORS does not cover WebSockets.
    origin = request.headers.get("Origin")
    if request.endpoint == "chat" and origin is not None and origin not in ALLOWED_ORIGINS:
        return {"error": "origin not allowed"}, 403


@sock.route("/ws/chat")
def chat(ws):
    name = request.args.get("name", "").strip()  # the handshake is a normal request
    if not name:
        ws.close(reason=1008, message="name is required")  # accepted already: close, 1008 = policy violation
        return
    ws.send(f"welcome {name}")
    while True:
        message = ws.receive()  # blocks this worker thread until the client sends
        if message == "bye":
            ws.close(reason=1000, message="bye")
            return
        ws.send(f"{name}: {message}")
