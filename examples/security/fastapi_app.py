# The same endpoint with fastapi.security: HTTPBearer answers 401 itself, and Security() puts the
# required scope into the OpenAPI schema, where /docs and client generators can read it.
import os
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer, SecurityScopes

app = FastAPI()
bearer = HTTPBearer()  # no or non-Bearer Authorization header -> 401 before your code runs

# Demo tokens read from the environment; a real app looks them up in a store or verifies a JWT.
TOKENS = {
    os.environ.get("DEMO_ANALYST_TOKEN", "dev-analyst-token"): {"user": "ada", "scopes": {"reports:read"}},
    os.environ.get("DEMO_GUEST_TOKEN", "dev-guest-token"): {"user": "bob", "scopes": set()},
}


def current_user(
    required: SecurityScopes, creds: Annotated[HTTPAuthorizationCredentials, Depends(bearer)]
) -> dict:
    user = TOKENS.get(creds.credentials)
    if user is None:
        raise HTTPException(401, "not authenticated", headers={"WWW-Authenticate": "Bearer"})
    # required.scopes collects the scopes of every Security() on the way to this dependency.
    for scope in required.scopes:
        if scope not in user["scopes"]:
            raise HTTPException(403, f"missing scope {scope}")
    return user


@app.get("/reports")
def list_reports(user: Annotated[dict, Security(current_user, scopes=["reports:read"])]):
    return {"user": user["user"], "reports": ["q3-revenue"]}
