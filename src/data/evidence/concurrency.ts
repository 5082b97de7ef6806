import type { EvidenceEntry } from '../evidence';

export default [
	{
		id: 'flask-gather-overlaps-waits',
		anchor: 'side-by-side',
		statement:
			'In a Flask async view, asyncio.gather overlaps three 300 ms waits (about 300 ms in all).',
		test: 'examples/concurrency/test_concurrency.py::test_flask_async_view_gathers_concurrently',
		server: false,
	},
	{
		id: 'fastapi-gather-overlaps-waits',
		anchor: 'side-by-side',
		statement:
			'In a FastAPI async endpoint, asyncio.gather overlaps three 300 ms waits (about 300 ms in all).',
		test: 'examples/concurrency/test_concurrency.py::test_fastapi_async_endpoint_gathers_concurrently',
		server: false,
	},
	{
		id: 'flask-background-task-cancelled',
		anchor: 'async-views-since-flask-20',
		statement:
			'A task an async Flask view starts with asyncio.create_task and does not await is cancelled when the view returns.',
		test: 'examples/concurrency/test_concurrency.py::test_flask_async_view_background_task_is_cancelled_when_the_view_returns',
		server: false,
	},
	{
		id: 'flask-extension-decorator-needs-ensure-sync',
		anchor: 'async-views-since-flask-20',
		statement:
			'A pre-async extension decorator breaks an async view (Flask gets a coroutine); calling the view through ensure_sync() fixes it.',
		test: 'examples/concurrency/test_concurrency.py::test_pre_async_extension_decorator_breaks_async_views_until_it_uses_ensure_sync',
		server: false,
	},
	{
		id: 'flask-gevent-overlaps-blocking-views',
		anchor: 'gevent-instead-of-async-views',
		statement:
			'One Gunicorn gevent worker overlaps twenty blocking 500 ms Flask views (time.sleep is patched).',
		test: 'examples/concurrency/test_concurrency.py::test_flask_on_gevent_overlaps_blocking_views_in_one_process',
		server: true,
	},
	{
		id: 'flask-gevent-breaks-async-views',
		anchor: 'gevent-instead-of-async-views',
		statement:
			"Under Gunicorn's gevent worker, overlapping requests to a Flask async view fail with 500.",
		test: 'examples/concurrency/test_concurrency.py::test_flask_async_views_fail_under_gevent_when_requests_overlap',
		server: true,
	},
	{
		id: 'wsgitoasgi-one-request-at-a-time',
		anchor: 'flask-on-an-asgi-server',
		statement:
			"Flask behind asgiref's WsgiToAsgi on Uvicorn serves one request at a time: five 200 ms requests take at least 1 s.",
		test: 'examples/concurrency/test_concurrency.py::test_wsgitoasgi_serves_one_request_at_a_time',
		server: true,
	},
	{
		id: 'a2wsgi-overlaps-up-to-its-threads',
		anchor: 'flask-on-an-asgi-server',
		statement:
			'Flask behind a2wsgi (10 threads) on Uvicorn overlaps 10 blocking requests; the 11th waits for a thread.',
		test: 'examples/concurrency/test_concurrency.py::test_a2wsgi_overlaps_as_many_requests_as_its_threads',
		server: true,
	},
	{
		id: 'fastapi-async-waits-share-one-loop',
		anchor: 'how-fastapi-does-it',
		statement:
			'One Uvicorn process serves 100 concurrent async requests that each await 500 ms in one wave, without the thread pool.',
		test: 'examples/concurrency/test_concurrency.py::test_fastapi_async_endpoints_wait_on_one_loop_without_the_thread_pool',
		server: true,
	},
	{
		id: 'fastapi-blocking-call-in-async-serialises',
		anchor: 'how-fastapi-does-it',
		statement:
			'time.sleep inside an async def endpoint holds the event loop: two 300 ms requests take at least 600 ms.',
		test: 'examples/concurrency/test_concurrency.py::test_fastapi_blocking_call_in_async_endpoint_serialises_requests',
		server: false,
	},
	{
		id: 'fastapi-thread-pool-40',
		anchor: 'how-fastapi-does-it',
		statement:
			'On Uvicorn, 40 blocking def endpoints run at once in the thread pool and the 41st waits for a free thread.',
		test: 'examples/concurrency/test_concurrency.py::test_fastapi_thread_pool_runs_40_def_endpoints_at_once',
		server: true,
	},
] satisfies readonly EvidenceEntry[];
