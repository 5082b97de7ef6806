# FastAPI's default 422 body repeats every rejected value under "input", passwords included.
# This handler keeps the error list and drops the values.
from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, SecretStr


class Signup(BaseModel):
    email: str = Field(max_length=254)
    password: SecretStr = Field(min_length=12)  # SecretStr hides a valid value, not a rejected one


app = FastAPI()


@app.exception_handler(RequestValidationError)
async def errors_without_input(request: Request, exc: RequestValidationError) -> JSONResponse:
    errors = [{key: value for key, value in err.items() if key != "input"} for err in exc.errors()]
    return JSONResponse({"detail": jsonable_encoder(errors)}, status_code=422)


@app.post("/signup", status_code=201)
def signup(body: Signup):
    return {"email": body.email}
