# Mixing async I/O and CPU-bound inference in one endpoint, plus work after the response.
import asyncio
import math

from fastapi import BackgroundTasks, FastAPI
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field

app = FastAPI()
WEIGHTS, BIAS = [0.8, -0.4, 0.3, 1.1], -0.2
PREDICTION_LOG: list[dict] = []  # stand-in for a metrics store or a queue


def score(features: list[float]) -> float:  # CPU-bound: must not run on the event loop
    z = sum(w * x for w, x in zip(WEIGHTS, features)) + BIAS
    return round(1 / (1 + math.exp(-z)), 6)


async def fetch_features(customer_id: int) -> list[float]:
    await asyncio.sleep(0.01)  # stands in for an async feature-store or database call
    return [customer_id % 3, 1.0, 0.5, customer_id / 100]


class ScoreIn(BaseModel):
    customer_id: int = Field(ge=1, le=10_000)


@app.post("/score")
async def score_customer(body: ScoreIn, background_tasks: BackgroundTasks):
    features = await fetch_features(body.customer_id)  # I/O: await it on the loop
    result = await run_in_threadpool(score, features)  # CPU: hand it to a worker thread
    # Runs after the response is sent, in the same process: fine for small jobs only.
    background_tasks.add_task(PREDICTION_LOG.append, {"id": body.customer_id, "score": result})
    return {"customer_id": body.customer_id, "score": result}
