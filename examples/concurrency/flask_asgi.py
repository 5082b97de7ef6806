# The same Flask app behind two WSGI-to-ASGI adapters, for an ASGI server such as Uvicorn.
from a2wsgi import WSGIMiddleware
from asgiref.wsgi import WsgiToAsgi

from concurrency.flask_app import app

# asgiref 3.13 calls Flask through one thread shared by the whole process: one request at a time.
one_thread = WsgiToAsgi(app)

# a2wsgi keeps a thread pool per wrapper: up to `workers` requests run at once.
thread_pool = WSGIMiddleware(app, workers=10)
