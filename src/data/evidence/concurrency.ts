import type { EvidenceEntry } from '../evidence';

export default [
	{
		id: 'flask-gather-overlaps-waits',
		anchor: 'side-by-side',
		statement: 'In a Flask async view, asyncio.gather overlaps three 300 ms waits (about 300 ms in all).',
		test: 'examples/concurrency/test_concurrency.py::test_flask_async_view_gathers_concurrently',
		server: false,
	},
	{
		id: 'fastapi-gather-overlaps-waits',
		anchor: 'side-by-side',
		statement: 'In a FastAPI async endpoint, asyncio.gather overlaps three 300 ms waits (about 300 ms in all).',
		test: 'examples/concurrency/test_concurrency.py::test_fastapi_async_endpoint_gathers_concurrently',
		server: false,
	},
] satisfies readonly EvidenceEntry[];
