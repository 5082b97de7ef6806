import type { EvidenceEntry } from '../evidence';

export default [
	{
		id: 'apiflask-docs-on-gunicorn',
		anchor: 'how-flask-does-it',
		statement:
			'On Gunicorn, the APIFlask sample serves OpenAPI 3.1.0 at /openapi.json and Swagger UI at /docs, and /redoc is a 404.',
		test: 'examples/api_documentation/test_api_documentation.py::test_apiflask_docs_routes_on_gunicorn',
		server: true,
	},
	{
		id: 'fastapi-openapi-cache',
		anchor: 'how-fastapi-does-it',
		statement:
			'FastAPI returns the same cached document until a route is added, then the next /openapi.json includes the new path.',
		test: 'examples/api_documentation/test_api_documentation.py::test_fastapi_caches_the_document_and_rebuilds_it_when_routes_change',
		server: false,
	},
	{
		id: 'fastapi-openapi-url-none',
		anchor: 'how-fastapi-does-it',
		statement: 'FastAPI(openapi_url=None) answers 404 at /openapi.json, /docs and /redoc.',
		test: 'examples/api_documentation/test_api_documentation.py::test_fastapi_openapi_url_none_removes_both_ui_pages',
		server: false,
	},
	{
		id: 'fastapi-docs-on-uvicorn',
		anchor: 'how-fastapi-does-it',
		statement:
			'On Uvicorn, the FastAPI sample serves /openapi.json, /docs and /redoc, the UIs loading swagger-ui-dist@5 and redoc@2 from jsDelivr.',
		test: 'examples/api_documentation/test_api_documentation.py::test_fastapi_docs_routes_on_uvicorn',
		server: true,
	},
	{
		id: 'same-constraints-both-specs',
		anchor: 'side-by-side',
		statement:
			'APIFlask and FastAPI both turn Field(gt=0, le=100) into exclusiveMinimum 0 and maximum 100 in the schema.',
		test: 'examples/api_documentation/test_api_documentation.py::test_both_schemas_carry_the_pydantic_constraints',
		server: false,
	},
] satisfies readonly EvidenceEntry[];
