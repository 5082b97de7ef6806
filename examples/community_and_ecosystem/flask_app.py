# Report the Flask stack installed in this environment and a pin range for it.
from importlib.metadata import version

from flask import Flask

app = Flask(__name__)

TRACKED = ("flask", "werkzeug", "jinja2")


def pin_range(package: str) -> str:
    """Allow patch releases of the installed minor version, nothing newer."""
    major, minor = (int(part) for part in version(package).split(".")[:2])
    return f"{package}>={major}.{minor},<{major}.{minor + 1}"


@app.get("/version")
def versions() -> dict[str, str]:
    installed = {name: version(name) for name in TRACKED}
    return {**installed, "pin": pin_range("flask")}


@app.get("/version/<name>")
def one_version(name: str) -> tuple[dict[str, str], int]:
    if name not in TRACKED:
        return {"error": f"{name!r} is not one of {', '.join(TRACKED)}"}, 404
    return {"package": name, "installed": version(name)}, 200
