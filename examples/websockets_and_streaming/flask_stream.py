# Streaming in Flask: a generator body, stream_with_context for request access, and SSE by hand.
import json

from flask import Flask, Response, request, stream_with_context

app = Flask(__name__)


@app.get("/export.csv")
def export_csv():
    raw = request.args.get("rows", "3")
    if not raw.isdigit() or not 1 <= int(raw) <= 1000:  # validate before the first byte is sent
        return {"error": "rows must be an integer from 1 to 1000"}, 400
    rows = int(raw)

    @stream_with_context  # keeps `request` usable while the generator runs after the view returned
    def generate():
        prefix = request.args.get("prefix", "item")
        yield "id,name\n"
        for i in range(1, rows + 1):
            yield f"{i},{prefix}-{i}\n"

    return Response(generate(), mimetype="text/csv")


@app.get("/events")
def events():
    def generate():
        for step in range(3):
            yield f"event: progress\nid: {step}\ndata: {json.dumps({'step': step})}\n\n"

    headers = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
    return Response(generate(), mimetype="text/event-stream", headers=headers)
