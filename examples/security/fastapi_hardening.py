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
    https_only=True,
    same_site="lax",
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
