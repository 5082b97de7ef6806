# The same endpoints ported: APIRouter, a Depends() for the caller, HTTPException, a Pydantic body.
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Header, HTTPException, Request
from pydantic import BaseModel, Field

from migration.flask_legacy import USERS  # both versions share one store while they coexist


class NewUser(BaseModel):
    name: str = Field(min_length=1, max_length=100)


def identify_caller(x_caller: Annotated[str, Header()] = "anonymous") -> str:
    return x_caller


Caller = Annotated[str, Depends(identify_caller)]

router = APIRouter(prefix="/users")


@router.get("/{user_id}")
def get_user(user_id: int, caller: Caller, request: Request) -> dict[str, object]:
    if user_id not in USERS:
        raise HTTPException(status_code=404, detail="user not found")
    link = str(request.url_for("get_user", user_id=user_id).path)
    return {**USERS[user_id], "caller": caller, "self": link}


@router.post("/", status_code=201)
def create_user(body: NewUser) -> dict[str, object]:
    user = {"id": max(USERS) + 1, "name": body.name.strip()}
    USERS[user["id"]] = user
    return user


app = FastAPI()
app.include_router(router)
