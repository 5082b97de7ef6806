# A bearer-token protected endpoint in plain Flask: 401 without a known token, 403 without the scope.
import os
from functools import wraps

from flask import Flask, g, request

app = Flask(__name__)

# Demo tokens read from the environment; a real app looks them up in a store or verifies a JWT.
TOKENS = {
    os.environ.get("DEMO_ANALYST_TOKEN", "dev-analyst-token"): {"user": "ada", "scopes": {"reports:read"}},
    os.environ.get("DEMO_GUEST_TOKEN", "dev-guest-token"): {"user": "bob", "scopes": set()},
}


def require_scope(scope: str):
    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            auth = request.authorization  # Werkzeug parses "Authorization: Bearer <token>"
            if auth is None or auth.type != "bearer" or auth.token not in TOKENS:
                return {"error": "not authenticated"}, 401, {"WWW-Authenticate": "Bearer"}
            g.user = TOKENS[auth.token]
            if scope not in g.user["scopes"]:
                return {"error": f"missing scope {scope}"}, 403
            return view(*args, **kwargs)

        return wrapper

    return decorator


@app.get("/reports")
@require_scope("reports:read")
def list_reports():
    return {"user": g.user["user"], "reports": ["q3-revenue"]}
