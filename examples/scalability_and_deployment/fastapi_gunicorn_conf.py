# Gunicorn settings for the FastAPI app with Gunicorn's own ASGI worker ("asgi",
# added in Gunicorn 24.0.0). Run from examples/:
#   gunicorn -c scalability_and_deployment/fastapi_gunicorn_conf.py
import os

wsgi_app = "scalability_and_deployment.fastapi_app:app"  # the setting's name, even for ASGI
# In a container, set BIND=0.0.0.0:8000 so the load balancer can reach it.
bind = os.environ.get("BIND", "127.0.0.1:8000")

worker_class = "asgi"
# One event loop per process; a process per CPU core is the usual start. Threads
# do not apply: concurrency comes from the loop, and def endpoints use its threadpool.
workers = int(os.environ.get("WEB_CONCURRENCY", os.cpu_count() or 1))
asgi_lifespan = "on"  # run FastAPI's lifespan startup/shutdown in each worker

timeout = 30
graceful_timeout = 25  # on SIGTERM, in-flight requests get this long; Kubernetes kills at 30 s
keepalive = 75  # idle connections outlive the load balancer's (AWS ALB: 60 s), or it may get a 502
max_requests = 1000
max_requests_jitter = 100
accesslog = "-"
