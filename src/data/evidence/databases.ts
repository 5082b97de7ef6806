import type { EvidenceEntry } from '../evidence';

export default [
	{
		id: 'db-commit-after-yield-is-too-late',
		anchor: 'how-fastapi-does-it',
		statement:
			'Committing after yield runs after the response: a failed duplicate insert still answered 200.',
		test: 'examples/databases/test_databases.py::test_fastapi_commit_after_yield_runs_after_the_response_is_sent',
		server: false,
	},
	{
		id: 'db-sync-driver-in-async-def-serialises',
		anchor: 'the-blocking-driver-trap',
		statement:
			'A sync driver inside async def on Uvicorn runs concurrent queries one after another.',
		test: 'examples/databases/test_real_server.py::test_sync_driver_in_async_def_serialises_requests',
		server: true,
	},
	{
		id: 'db-blocked-loop-delays-other-requests',
		anchor: 'the-blocking-driver-trap',
		statement: 'While the loop is blocked by a query, even /openapi.json waits for it.',
		test: 'examples/databases/test_real_server.py::test_a_blocked_loop_delays_even_requests_that_need_no_database',
		server: true,
	},
	{
		id: 'db-both-fixes-overlap',
		anchor: 'the-blocking-driver-trap',
		statement:
			'A def endpoint in the thread pool and an async driver both let the queries overlap.',
		test: 'examples/databases/test_real_server.py::test_both_fixes_let_the_queries_overlap',
		server: true,
	},
	{
		id: 'db-n-plus-one',
		anchor: 'n1-queries',
		statement: 'Lazy loading ran one query per author; selectinload made it two, joinedload one.',
		test: 'examples/databases/test_databases.py::test_lazy_loading_is_one_query_per_author_and_eager_loading_fixes_it',
		server: false,
	},
	{
		id: 'db-pool-caps-concurrency',
		anchor: 'pools-threads-and-connection-limits',
		statement:
			'On a real server the 15-connection pool, not the 40 threads, caps concurrent queries.',
		test: 'examples/databases/test_real_server.py::test_the_connection_pool_not_the_threadpool_caps_concurrent_queries',
		server: true,
	},
	{
		id: 'db-worker-pools-exceed-max-connections',
		anchor: 'pools-threads-and-connection-limits',
		statement:
			"Seven pools of 15 exceed PostgreSQL's default 100 connections: an application role got 97.",
		test: 'examples/databases/test_databases.py::test_seven_worker_pools_of_15_exceed_postgresqls_default_100_connections',
		server: false,
	},
] satisfies readonly EvidenceEntry[];
