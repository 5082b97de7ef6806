import type { EvidenceEntry } from '../evidence';

export default [
	{
		id: 'di-scope-order-on-the-wire',
		anchor: 'how-fastapi-does-it',
		statement:
			'On Uvicorn, scope="function" clean-up runs before the response is sent; the default "request" clean-up is still pending while the client holds the full response.',
		test: 'examples/dependency_injection/test_dependency_injection.py::test_function_scope_cleans_up_before_the_response_request_scope_after',
		server: true,
	},
	{
		id: 'di-testclient-waits-for-cleanup',
		anchor: 'how-fastapi-does-it',
		statement:
			'TestClient hands back the response only after the request-scoped clean-up has finished.',
		test: 'examples/dependency_injection/test_dependency_injection.py::test_testclient_returns_only_after_the_request_scoped_cleanup',
		server: false,
	},
	{
		id: 'di-override-reaches-sub-dependency',
		anchor: 'side-by-side',
		statement: 'Overriding get_database makes get_conn, which depends on it, run against the fake.',
		test: 'examples/dependency_injection/test_dependency_injection.py::test_fastapi_dependency_override_swaps_the_sub_dependency',
		server: false,
	},
	{
		id: 'di-flask-cli-has-app-context',
		anchor: 'when-it-matters',
		statement:
			'A Flask @app.cli.command runs in an app context: current_app, g and teardown_appcontext all work.',
		test: 'examples/dependency_injection/test_dependency_injection.py::test_flask_cli_command_gets_app_context_and_teardown',
		server: false,
	},
] satisfies readonly EvidenceEntry[];
