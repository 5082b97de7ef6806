# Streaming in FastAPI: a generator endpoint with a streaming response class, and SSE (FastAPI 0.135+).
from collections.abc import AsyncIterable, Iterator
from typing import Annotated

from fastapi import FastAPI, Query
from fastapi.responses import StreamingResponse
from fastapi.sse import EventSourceResponse, ServerSentEvent

app = FastAPI()


class CSVStreamingResponse(StreamingResponse):
    media_type = "text/csv"


@app.get("/export.csv", response_class=CSVStreamingResponse)
def export_csv(rows: Annotated[int, Query(ge=1, le=1000)] = 3, prefix: str = "item") -> Iterator[str]:
    # Parameters are validated before the generator starts, so bad input still gets a 422.
    yield "id,name\n"
    for i in range(1, rows + 1):
        yield f"{i},{prefix}-{i}\n"


@app.get("/events", response_class=EventSourceResponse)
async def events() -> AsyncIterable[ServerSentEvent]:
    # FastAPI writes the event:/id:/data: lines, sets no-cache headers and sends keep-alive pings.
    for step in range(3):
        yield ServerSentEvent(data={"step": step}, event="progress", id=str(step))
