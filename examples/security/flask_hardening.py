# Flask 3.1 key rotation and trusted hosts, flask-cors for one API prefix, and ProxyFix.
import os

from flask import Flask, request, session
from flask_cors import CORS
from werkzeug.middleware.proxy_fix import ProxyFix

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ.get("SECRET_KEY", "dev-key-2026"),
    # Cookies signed with an old key still load; new cookies are signed with SECRET_KEY.
    SECRET_KEY_FALLBACKS=[os.environ.get("OLD_SECRET_KEY", "dev-key-2025")],
    # Requests whose Host header is not listed fail with 400 Bad Request.
    TRUSTED_HOSTS=["localhost", "app.example.com"],
    # Both off by default: the cookie would also travel over plain HTTP and on cross-site requests.
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_SAMESITE="Lax",
)
# Only /api/* answers cross-origin requests, and only for this origin.
CORS(app, resources={r"/api/*": {"origins": ["https://app.example.com"]}}, supports_credentials=True)
# Behind exactly one reverse proxy: take the client's address and scheme from its X-Forwarded-*
# headers. ProxyFix believes any sender, so only the proxy may be able to reach this server.
app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1)


@app.post("/login")
def login():
    session["user"] = "ada"  # stored in a cookie signed by itsdangerous, not encrypted
    return {"logged_in": True}


@app.get("/api/me")
def me():
    return {"user": session.get("user")}


@app.get("/api/client")
def client():
    return {"address": request.remote_addr, "scheme": request.scheme}
