# Starlette middleware for the same jobs: signed-cookie sessions, trusted hosts and CORS.
import os

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.trustedhost import TrustedHostMiddleware
from starlette.middleware.sessions import SessionMiddleware  # needs the itsdangerous package

app = FastAPI()
# One key only: changing it logs everybody out, because there is no fallback list.
app.add_middleware(
    SessionMiddleware,
    secret_key=os.environ.get("SECRET_KEY", "dev-key-2026"),
    https_only=True,  # off by default; SameSite=Lax, HttpOnly and a 14-day Max-Age are defaults
)
app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://app.example.com"],
    allow_credentials=True,
)
# Added last, so it runs first: an unknown Host header gets 400 before anything else.
app.add_middleware(TrustedHostMiddleware, allowed_hosts=["localhost", "app.example.com"])


@app.post("/login")
def login(request: Request):
    request.session["user"] = "ada"  # stored in a cookie signed by itsdangerous, not encrypted
    return {"logged_in": True}


@app.get("/api/me")
def me(request: Request):
    return {"user": request.session.get("user")}


@app.get("/api/client")
def client(request: Request):
    # Uvicorn rewrites both from X-Forwarded-For/-Proto, for peers in --forwarded-allow-ips only.
    return {"address": request.client.host, "scheme": request.url.scheme}
