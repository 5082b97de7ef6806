# Mixing async I/O and CPU-bound inference in one endpoint: await the I/O, send the model's work
# to a process pool, and log after the response.
import asyncio
import math
from concurrent.futures import ProcessPoolExecutor
from contextlib import asynccontextmanager
from multiprocessing import get_context

from fastapi import BackgroundTasks, FastAPI, Request
from pydantic import BaseModel, Field

WEIGHTS, BIAS = [0.8, -0.4, 0.3, 1.1], -0.2
PREDICTION_LOG: list[dict] = []  # stand-in for a metrics store or a queue


def score(features: list[float]) -> float:  # CPU-bound; runs in a pool process, so it must pickle
    z = sum(w * x for w, x in zip(WEIGHTS, features)) + BIAS
    return round(1 / (1 + math.exp(-z)), 6)


async def fetch_features(customer_id: int) -> list[float]:
    await asyncio.sleep(0.01)  # stands in for an async feature-store or database call
    return [customer_id % 3, 1.0, 0.5, customer_id / 100]


@asynccontextmanager
async def lifespan(app: FastAPI):
    # "spawn" starts clean interpreters; a fork would copy the server mid-run, held locks included.
    with ProcessPoolExecutor(max_workers=2, mp_context=get_context("spawn")) as pool:
        app.state.pool = pool
        yield  # leaving the block waits for running jobs, then stops the processes


app = FastAPI(lifespan=lifespan)


class ScoreIn(BaseModel):
    customer_id: int = Field(ge=1, le=10_000)


@app.post("/score")
async def score_customer(body: ScoreIn, request: Request, background_tasks: BackgroundTasks):
    features = await fetch_features(body.customer_id)  # I/O: await it on the loop
    loop = asyncio.get_running_loop()
    result = await loop.run_in_executor(request.app.state.pool, score, features)  # CPU: a pool process
    # Runs after the response is sent, in the same process: fine for small jobs only.
    background_tasks.add_task(PREDICTION_LOG.append, {"id": body.customer_id, "score": result})
    return {"customer_id": body.customer_id, "score": result}
