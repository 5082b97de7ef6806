import type { EvidenceEntry } from '../evidence';

export default [
	{
		id: 'flex-flask-prefixed-env',
		anchor: 'blueprints-and-factories',
		statement:
			'Config.from_prefixed_env() parses each value as JSON: "50" becomes 50, "true" becomes True and "abc" stays a string.',
		test: 'examples/flexibility/test_flexibility.py::test_flask_prefixed_env_parses_json_and_checks_nothing',
		server: false,
	},
	{
		id: 'flex-flask-json-provider',
		anchor: 'extensions-and-replaceable-parts',
		statement:
			'A json_provider_class on a Flask subclass changes how every returned dict is encoded.',
		test: 'examples/flexibility/test_flexibility.py::test_flask_json_provider_class_swaps_json_encoding',
		server: false,
	},
	{
		id: 'flex-fastapi-raw-request',
		anchor: 'how-fastapi-does-it',
		statement:
			'An endpoint that reads the raw Request skips validation (no 422) and has no requestBody in the OpenAPI schema.',
		test: 'examples/flexibility/test_flexibility.py::test_fastapi_raw_request_opts_out_of_validation_and_schema',
		server: false,
	},
	{
		id: 'flex-fastapi-default-response-class',
		anchor: 'dependencies-middleware-and-lifespan',
		statement:
			'default_response_class changes the JSON of typed and untyped routes alike; a route with its own response_class keeps it.',
		test: 'examples/flexibility/test_flexibility.py::test_fastapi_default_response_class_swaps_json_encoding_for_every_route',
		server: false,
	},
	{
		id: 'flex-flask-mounts-own-config',
		anchor: 'mounted-sub-apps',
		statement:
			'Under Gunicorn, a Flask app mounted at /v2 with DispatcherMiddleware keeps its own config, and url_for adds the /v2 prefix.',
		test: 'examples/flexibility/test_flexibility.py::test_flask_mounted_apps_keep_their_own_config_on_the_wire',
		server: true,
	},
	{
		id: 'flex-fastapi-mount-own-docs',
		anchor: 'mounted-sub-apps',
		statement:
			"On Uvicorn, a FastAPI app mounted at /v2 serves /v2/docs from its own schema; the parent's middleware still wraps it.",
		test: 'examples/flexibility/test_flexibility.py::test_fastapi_mounted_app_serves_its_own_docs_on_the_wire',
		server: true,
	},
] satisfies readonly EvidenceEntry[];
