# Flask 3.1 settings for key rotation and trusted hosts, plus flask-cors for one API prefix.
import os

from flask import Flask, session
from flask_cors import CORS

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ.get("SECRET_KEY", "dev-key-2026"),
    # Cookies signed with an old key still load; new cookies are signed with SECRET_KEY.
    SECRET_KEY_FALLBACKS=[os.environ.get("OLD_SECRET_KEY", "dev-key-2025")],
    # Requests whose Host header is not listed fail with 400 Bad Request.
    TRUSTED_HOSTS=["localhost", "app.example.com"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_SAMESITE="Lax",
)
# Only /api/* answers cross-origin requests, and only for this origin.
CORS(app, resources={r"/api/*": {"origins": ["https://app.example.com"]}}, supports_credentials=True)


@app.post("/login")
def login():
    session["user"] = "ada"  # stored in a cookie signed by itsdangerous, not encrypted
    return {"logged_in": True}


@app.get("/api/me")
def me():
    return {"user": session.get("user")}
