import type { EvidenceEntry } from '../evidence';

export default [
	{
		id: 'preload-app-shares-worker-memory',
		anchor: 'how-flask-does-it',
		statement:
			"With Gunicorn's --preload, each worker of the Flask and FastAPI samples keeps far less private memory (checked: under 75 % of what it holds without).",
		test: 'examples/scalability_and_deployment/test_scalability_and_deployment.py::test_preload_app_shares_memory_between_workers',
		server: true,
	},
	{
		id: 'gevent-preload-keeps-blocking-sleep',
		anchor: 'what-limits-a-flask-deployment',
		statement:
			"Under Gunicorn's gevent worker, a view that imports sleep from time overlaps requests, but with --preload it blocks the worker (five 400 ms requests take 2 s).",
		test: 'examples/scalability_and_deployment/test_scalability_and_deployment.py::test_gevent_patches_time_sleep_unless_the_app_was_preloaded',
		server: true,
	},
	{
		id: 'gevent-cannot-patch-c-calls',
		anchor: 'what-limits-a-flask-deployment',
		statement:
			"Under Gunicorn's gevent worker, a call that blocks inside C stalls every request in the worker: five 400 ms calls take 2 s.",
		test: 'examples/scalability_and_deployment/test_scalability_and_deployment.py::test_gevent_cannot_patch_a_call_that_blocks_in_c',
		server: true,
	},
	{
		id: 'sigterm-lets-request-finish',
		anchor: 'shutdown-and-idle-connections',
		statement:
			'A 2 s request in flight when the server gets SIGTERM completes with 200 on Gunicorn gthread, Gunicorn asgi (sample configs) and Uvicorn.',
		test: 'examples/scalability_and_deployment/test_scalability_and_deployment.py::test_sigterm_lets_the_request_in_flight_finish',
		server: true,
	},
	{
		id: 'gunicorn-cuts-request-after-graceful-timeout',
		anchor: 'shutdown-and-idle-connections',
		statement:
			'Gunicorn drops a request that outlives graceful_timeout after SIGTERM: the client gets no response.',
		test: 'examples/scalability_and_deployment/test_scalability_and_deployment.py::test_gunicorn_cuts_a_request_that_outlives_graceful_timeout',
		server: true,
	},
	{
		id: 'uvicorn-answers-500-after-shutdown-timeout',
		anchor: 'shutdown-and-idle-connections',
		statement:
			'Uvicorn answers 500 to a request still running when --timeout-graceful-shutdown expires after SIGTERM.',
		test: 'examples/scalability_and_deployment/test_scalability_and_deployment.py::test_uvicorn_answers_500_to_a_request_that_outlives_the_shutdown_timeout',
		server: true,
	},
	{
		id: 'idle-keepalive-closed-after-timeout',
		anchor: 'shutdown-and-idle-connections',
		statement:
			'Gunicorn closes an idle keep-alive connection after its default 2 s, Uvicorn after its default 5 s.',
		test: 'examples/scalability_and_deployment/test_scalability_and_deployment.py::test_server_closes_idle_keepalive_connections_after_its_timeout',
		server: true,
	},
	{
		id: 'servers-boot-the-samples',
		anchor: 'side-by-side',
		statement:
			'Gunicorn boots each sample config (gthread for Flask, asgi for FastAPI) and Uvicorn boots the FastAPI app; a worker process answers /health.',
		test: 'examples/scalability_and_deployment/test_scalability_and_deployment.py::test_server_boots_the_sample_and_serves_health',
		server: true,
	},
] satisfies readonly EvidenceEntry[];
