import type { EvidenceEntry } from '../evidence';

export default [
	{
		id: 'flask-get-json-415-html',
		anchor: 'how-flask-does-it',
		statement: 'request.get_json() answers a text/plain body with 415, as an HTML error page.',
		test: 'examples/data_validation/test_data_validation.py::test_flask_non_json_content_type_is_415',
		server: false,
	},
	{
		id: 'flask-converters-404-args-fallback',
		anchor: 'how-flask-does-it',
		statement:
			'<int:item_id> answers 404 to "seven" and "-7"; request.args.get("page", 1, type=int) returns 1 for "three".',
		test: 'examples/data_validation/test_data_validation.py::test_flask_route_converters_404_and_args_fall_back_silently',
		server: false,
	},
	{
		id: 'pydantic-lax-mode-conversions',
		anchor: 'lax-by-default-strict-on-request',
		statement:
			'In lax mode an int field accepts "5", " 5 ", 5.0, "1_0" and true; strict mode answers int_type to each.',
		test: 'examples/data_validation/test_data_validation.py::test_lax_mode_converts_and_strict_mode_refuses',
		server: false,
	},
	{
		id: 'fastapi-lax-mode-on-the-wire',
		anchor: 'lax-by-default-strict-on-request',
		statement:
			'On Uvicorn, the FastAPI sample answers "quantity": "3" and "quantity": true with 201, storing 3 and 1.',
		test: 'examples/data_validation/test_data_validation.py::test_lax_mode_on_the_wire_turns_a_string_and_true_into_integers',
		server: true,
	},
	{
		id: 'fastapi-strict-query-refuses-all',
		anchor: 'lax-by-default-strict-on-request',
		statement:
			'A query parameter declared Query(strict=True) as int answers 422 int_type even to ?page=2.',
		test: 'examples/data_validation/test_data_validation.py::test_strict_query_parameter_refuses_every_value',
		server: false,
	},
	{
		id: 'flask-400-body-on-the-wire',
		anchor: 'side-by-side',
		statement:
			'On Gunicorn, the Flask sample answers "quantity": "three" with a 400 JSON body whose error has loc ["quantity"].',
		test: 'examples/data_validation/test_data_validation.py::test_flask_400_body_on_the_wire',
		server: true,
	},
	{
		id: 'fastapi-422-body-on-the-wire',
		anchor: 'side-by-side',
		statement:
			'On Uvicorn, two bad fields give one 422 application/json body listing both errors with type, loc, msg, input (and ctx).',
		test: 'examples/data_validation/test_data_validation.py::test_fastapi_422_body_on_the_wire',
		server: true,
	},
	{
		id: 'same-pydantic-error-both',
		anchor: 'side-by-side',
		statement:
			'For "quantity": "three", the Flask and FastAPI samples return the same error type, msg and input.',
		test: 'examples/data_validation/test_data_validation.py::test_same_pydantic_error_in_both_frameworks',
		server: false,
	},
	{
		id: 'flask-jsonify-ctx-typeerror',
		anchor: 'side-by-side',
		statement:
			'jsonify() raises TypeError on errors() whose ctx holds a ValueError; include_context=False avoids it.',
		test: 'examples/data_validation/test_data_validation.py::test_flask_errors_with_context_can_break_jsonify',
		server: false,
	},
] satisfies readonly EvidenceEntry[];
