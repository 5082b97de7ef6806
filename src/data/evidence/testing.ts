import type { EvidenceEntry } from '../evidence';

export default [
	{
		id: 'testing-lifespan-only-with-testclient',
		anchor: 'how-fastapi-does-it',
		statement: 'with TestClient(app) runs the lifespan; httpx.ASGITransport does not.',
		test: 'examples/testing/test_testing.py::test_asgi_transport_does_not_run_the_lifespan',
		server: false,
	},
	{
		id: 'testing-redirects-on-the-wire',
		anchor: 'side-by-side',
		statement:
			'On Gunicorn, Flask redirect() answers 302; on Uvicorn, RedirectResponse answers 307; both send Location: /greet/Ada.',
		test: 'examples/testing/test_testing.py::test_redirects_on_the_wire',
		server: true,
	},
	{
		id: 'testing-trailing-slash-followed',
		anchor: 'side-by-side',
		statement:
			"TestClient follows Starlette's 307 from /greet/Ada/ to /greet/Ada, so a test with a stray slash still gets a 200.",
		test: 'examples/testing/test_testing.py::test_testclient_follows_the_trailing_slash_redirect_silently',
		server: false,
	},
	{
		id: 'testing-endless-stream',
		anchor: 'streams-and-parallel-runs',
		statement:
			"Flask's test client and Starlette's TestClient.stream() both read the first events of an endless SSE stream.",
		test: 'examples/testing/test_testing.py::test_both_test_clients_read_an_endless_stream_piece_by_piece',
		server: false,
	},
	{
		id: 'testing-overrides-shared-across-threads',
		anchor: 'streams-and-parallel-runs',
		statement:
			'An override set in one thread applies to requests made from another thread of the same process.',
		test: 'examples/testing/test_testing.py::test_dependency_overrides_are_seen_by_every_thread_of_the_process',
		server: false,
	},
] satisfies readonly EvidenceEntry[];
