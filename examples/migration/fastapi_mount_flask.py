# During the migration: FastAPI serves /v2, the untouched Flask app still answers under /v1.
from a2wsgi import WSGIMiddleware
from fastapi import FastAPI

from migration.fastapi_port import router
from migration.flask_legacy import app as legacy_flask_app

app = FastAPI(title="Users API")
app.include_router(router, prefix="/v2")


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}


# a2wsgi runs Flask in a pool of 10 threads by default (raise it with workers=...)
# and passes the mount path as SCRIPT_NAME, so url_for() still builds /v1/... links.
app.mount("/v1", WSGIMiddleware(legacy_flask_app))
