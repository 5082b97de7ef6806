# The same page in FastAPI: Jinja2Templates, Form fields (needs python-multipart) and StaticFiles.
from pathlib import Path
from typing import Annotated

from fastapi import FastAPI, Form, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

HERE = Path(__file__).parent
app = FastAPI()
app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
templates = Jinja2Templates(directory=HERE / "templates")  # autoescapes .html templates
COMMENTS: list[str] = []


def page(request: Request, error: str | None = None, status_code: int = 200):
    context = {"comments": COMMENTS, "error": error}
    return templates.TemplateResponse(request, "fastapi_comments.html", context, status_code=status_code)


@app.get("/")
def show_comments(request: Request):
    return page(request)


@app.post("/")
def add_comment(text: Annotated[str, Form(max_length=200)]):
    COMMENTS.append(text)
    return RedirectResponse("/", status_code=303)


@app.exception_handler(RequestValidationError)
async def rerender_form(request: Request, exc: RequestValidationError):
    # Without this handler a bad form gets FastAPI's JSON 422, which suits APIs, not browsers.
    return page(request, error=exc.errors()[0]["msg"], status_code=422)
