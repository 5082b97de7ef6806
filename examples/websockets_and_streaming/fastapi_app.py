# The same chat echo in FastAPI: WebSocket support comes from Starlette, no extension needed.
from typing import Annotated

from fastapi import FastAPI, Query, WebSocket, WebSocketDisconnect

app = FastAPI()


@app.websocket("/ws/chat")
async def chat(websocket: WebSocket, name: Annotated[str, Query(min_length=1)]):
    # A missing name fails validation before accept(): the handshake is refused with code 1008.
    await websocket.accept()
    await websocket.send_text(f"welcome {name}")
    try:
        while True:
            message = await websocket.receive_text()  # awaits without holding a thread
            if message == "bye":
                await websocket.close(code=1000, reason="bye")
                return
            await websocket.send_text(f"{name}: {message}")
    except WebSocketDisconnect:
        pass  # the client went away
