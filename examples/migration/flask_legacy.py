# The legacy Flask app being migrated: a blueprint, a request hook, g, abort and get_json.
from flask import Blueprint, Flask, abort, g, request, url_for

USERS: dict[int, dict[str, object]] = {1: {"id": 1, "name": "Ada"}}

users = Blueprint("users", __name__, url_prefix="/users")


@users.before_request
def identify_caller() -> None:
    g.caller = request.headers.get("X-Caller", "anonymous")


@users.get("/<int:user_id>")
def get_user(user_id: int) -> dict[str, object]:
    if user_id not in USERS:
        abort(404)
    link = url_for("users.get_user", user_id=user_id)
    return {**USERS[user_id], "caller": g.caller, "self": link}


@users.post("/")
def create_user() -> tuple[dict[str, object], int]:
    data = request.get_json(silent=True)
    name = data.get("name") if isinstance(data, dict) else None
    if not isinstance(name, str) or not name.strip():
        return {"error": "name must be a non-empty string"}, 400
    user = {"id": max(USERS) + 1, "name": name.strip()}
    USERS[user["id"]] = user
    return user, 201


app = Flask(__name__)
app.register_blueprint(users)
