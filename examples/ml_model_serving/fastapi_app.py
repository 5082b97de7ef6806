# Serving a model with FastAPI: load it once in lifespan, predict in a plain def endpoint.
import math
import time
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import FastAPI, Request
from pydantic import BaseModel, Field


class TinyModel:  # stand-in for a real model: a logistic regression, fixed weights
    def __init__(self):
        time.sleep(0.05)  # real models take seconds to load: do it once per process
        self.weights, self.bias, self.version = [0.8, -0.4, 0.3, 1.1], -0.2, "tiny-1"

    def predict(self, rows):  # CPU-bound, like real inference
        dots = (sum(w * x for w, x in zip(self.weights, row)) + self.bias for row in rows)
        return [round(1 / (1 + math.exp(-z)), 6) for z in dots]


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.model = TinyModel()  # runs once in each worker process, before any request
    yield
    del app.state.model  # free memory, close files or GPU handles here


app = FastAPI(lifespan=lifespan)
Features = Annotated[list[float], Field(min_length=4, max_length=4)]


class PredictIn(BaseModel):
    rows: list[Features] = Field(min_length=1, max_length=64)


class PredictOut(BaseModel):
    scores: list[float]
    model_version: str


@app.post("/predict")
def predict(body: PredictIn, request: Request) -> PredictOut:
    # def, not async def: FastAPI runs it in the threadpool, off the event loop.
    model = request.app.state.model
    return PredictOut(scores=model.predict(body.rows), model_version=model.version)
