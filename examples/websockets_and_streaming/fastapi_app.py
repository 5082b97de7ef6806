# The same chat echo in FastAPI: WebSocket support comes from Starlette, no extension needed.
from typing import Annotated

from fastapi import Depends, FastAPI, Header, Query, WebSocket, WebSocketDisconnect, WebSocketException, status

app = FastAPI()
ALLOWED_ORIGINS = {"https://chat.example.com"}


def same_site_only(origin: Annotated[str | None, Header()] = None) -> None:
    # Browsers send Origin with every handshake, and CORS does not cover WebSockets: without
    # this check, any page could open the socket with the user's cookies.
    if origin is not None and origin not in ALLOWED_ORIGINS:
        raise WebSocketException(code=status.WS_1008_POLICY_VIOLATION, reason="origin not allowed")


@app.websocket("/ws/chat", dependencies=[Depends(same_site_only)])
async def chat(websocket: WebSocket, name: Annotated[str, Query(min_length=1)]):
    # A bad name or origin is refused before accept(): Uvicorn answers the handshake with HTTP 403.
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
