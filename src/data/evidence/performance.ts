import type { EvidenceEntry } from '../evidence';

export default [
	{
		id: 'perf-flask-timing-splits-logic-and-json',
		anchor: 'measuring-where-a-flask-request-spends-its-time',
		statement:
			"The Flask sample's Server-Timing header times the view's logic and jsonify separately.",
		test: 'examples/performance/test_performance.py::test_server_timing_header_reaches_the_client',
		server: true,
	},
	{
		id: 'perf-fastapi-timing-splits-logic-and-app',
		anchor: 'measuring-where-a-fastapi-request-spends-its-time',
		statement: "The FastAPI sample's Server-Timing header times the endpoint and the whole app.",
		test: 'examples/performance/test_performance.py::test_server_timing_header_reaches_the_client',
		server: true,
	},
	{
		id: 'perf-both-return-the-same-json',
		anchor: 'side-by-side',
		statement: 'Both apps return the same JSON for the same query.',
		test: 'examples/performance/test_performance.py::test_both_default_to_ten_rows_and_agree',
		server: false,
	},
	{
		id: 'perf-flask-drops-cost-by-hand',
		anchor: 'side-by-side',
		statement: 'The Flask view builds the public dictionaries itself, dropping cost_cents.',
		test: 'examples/performance/test_performance.py::test_flask_products_returns_public_fields_only',
		server: false,
	},
	{
		id: 'perf-fastapi-rejects-bad-limit',
		anchor: 'side-by-side',
		statement: 'With Query(ge=1, le=100), FastAPI rejects a bad limit with a 422.',
		test: 'examples/performance/test_performance.py::test_fastapi_products_rejects_bad_limit',
		server: false,
	},
] satisfies readonly EvidenceEntry[];
