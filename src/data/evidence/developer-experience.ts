import type { EvidenceEntry } from '../evidence';

export default [
	{
		id: 'dx-flask-context-errors',
		anchor: 'learning-curve',
		statement:
			'Outside a request, request and session raise "Working outside of request context."; g and current_app raise "Working outside of application context."',
		test: 'examples/developer_experience/test_developer_experience.py::test_flask_context_errors_name_the_missing_context',
		server: false,
	},
	{
		id: 'dx-flask-type-int-default',
		anchor: 'error-messages-and-debugging',
		statement:
			'request.args.get("limit", 10, type=int) returns 10 when the query string says limit=abc.',
		test: 'examples/developer_experience/test_developer_experience.py::test_flask_type_int_falls_back_to_the_default_on_bad_input',
		server: false,
	},
	{
		id: 'dx-flask-debugger-pin',
		anchor: 'error-messages-and-debugging',
		statement:
			"Werkzeug's debugger shows the traceback with a console that runs no command until the PIN is entered.",
		test: 'examples/developer_experience/test_developer_experience.py::test_flask_debugger_shows_the_traceback_and_locks_its_console_behind_a_pin',
		server: false,
	},
	{
		id: 'dx-return-annotation-coerces',
		anchor: 'type-hints-and-editor-support-1',
		statement:
			'With -> dict[str, int], a returned "1" goes out as 1, a non-integer is a 500 and no key is dropped; a model return type drops undeclared keys.',
		test: 'examples/developer_experience/test_developer_experience.py::test_fastapi_return_annotation_coerces_and_only_models_filter',
		server: false,
	},
	{
		id: 'dx-fastapi-debug-traceback',
		anchor: 'error-messages-and-debugging-1',
		statement:
			'FastAPI(debug=True) answers an unhandled error with a read-only traceback: HTML for browsers, plain text otherwise.',
		test: 'examples/developer_experience/test_developer_experience.py::test_fastapi_debug_mode_returns_the_traceback_as_a_page',
		server: false,
	},
	{
		id: 'dx-bare-fastapi-command',
		anchor: 'running-it-1',
		statement:
			'Without fastapi-cli, the fastapi command prints the install hint, raises it as a RuntimeError and exits with status 1.',
		test: 'examples/developer_experience/test_developer_experience.py::test_bare_fastapi_command_prints_the_hint_then_fails',
		server: false,
	},
] satisfies readonly EvidenceEntry[];
