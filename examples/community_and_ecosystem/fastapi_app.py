# Report the FastAPI stack installed in this environment and a pin range for it.
from importlib.metadata import version
from typing import Literal, get_args

from fastapi import FastAPI

app = FastAPI()

Tracked = Literal["fastapi", "starlette", "pydantic"]
TRACKED = get_args(Tracked)


def pin_range(package: str) -> str:
    """Allow patch releases of the installed minor version, nothing newer."""
    major, minor = (int(part) for part in version(package).split(".")[:2])
    return f"{package}>={major}.{minor},<{major}.{minor + 1}"


@app.get("/version")
def versions() -> dict[str, str]:
    installed = {name: version(name) for name in TRACKED}
    return {**installed, "pin": pin_range("fastapi")}


@app.get("/version/{name}")
def one_version(name: Tracked) -> dict[str, str]:
    # An unknown name never reaches this function: FastAPI answers 422.
    return {"package": name, "installed": version(name)}
