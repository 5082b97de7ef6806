# Gunicorn settings for the Flask app: processes x threads (the gthread worker).
# Run from examples/: gunicorn -c scalability_and_deployment/flask_gunicorn_conf.py
import os

wsgi_app = "scalability_and_deployment.flask_app:app"
# In a container, set BIND=0.0.0.0:8000 so the load balancer can reach it.
bind = os.environ.get("BIND", "127.0.0.1:8000")

worker_class = "gthread"
# Processes run Python code in parallel; threads let each process wait on I/O
# for several requests. Flask's docs suggest about 2 x CPU cores to start with.
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * (os.cpu_count() or 1)))
threads = int(os.environ.get("GUNICORN_THREADS", 4))
# workers x threads = requests in flight per instance: size the DB pool to match.

timeout = 30  # kill a worker that stops responding for this long
graceful_timeout = 25  # on SIGTERM, in-flight requests get this long; Kubernetes kills at 30 s
keepalive = 75  # idle connections outlive the load balancer's (AWS ALB: 60 s), or it may get a 502
max_requests = 1000  # recycle workers now and then to contain slow memory leaks
max_requests_jitter = 100
accesslog = "-"
