# The same endpoint with fastapi.security: HTTPBearer answers 401 itself and shows up in /docs.
import os
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI()
bearer = HTTPBearer()  # no or non-Bearer Authorization header -> 401 before your code runs

# Demo tokens read from the environment; a real app looks them up in a store or verifies a JWT.
TOKENS = {
    os.environ.get("DEMO_ANALYST_TOKEN", "dev-analyst-token"): {"user": "ada", "scopes": {"reports:read"}},
    os.environ.get("DEMO_GUEST_TOKEN", "dev-guest-token"): {"user": "bob", "scopes": set()},
}


def current_user(creds: Annotated[HTTPAuthorizationCredentials, Depends(bearer)]) -> dict:
    user = TOKENS.get(creds.credentials)
    if user is None:
        raise HTTPException(401, "not authenticated", headers={"WWW-Authenticate": "Bearer"})
    return user


def require_scope(scope: str):
    def checker(user: Annotated[dict, Depends(current_user)]) -> dict:
        if scope not in user["scopes"]:
            raise HTTPException(403, f"missing scope {scope}")
        return user

    return checker


@app.get("/reports")
def list_reports(user: Annotated[dict, Depends(require_scope("reports:read"))]):
    return {"user": user["user"], "reports": ["q3-revenue"]}
