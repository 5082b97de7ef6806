import type { EvidenceEntry } from '../evidence';

export default [
	{
		id: 'flask-classified-stable',
		anchor: 'governance-and-releases',
		statement: 'Flask is classified Production/Stable.',
		test: 'examples/community_and_ecosystem/test_community_and_ecosystem.py::test_flask_is_classified_production_stable',
		server: false,
	},
	{
		id: 'fastapi-0x-beta',
		anchor: 'governance-and-versioning',
		statement: 'FastAPI is 0.x and classified Beta.',
		test: 'examples/community_and_ecosystem/test_community_and_ecosystem.py::test_fastapi_is_0x_and_classified_beta',
		server: false,
	},
	{
		id: 'version-endpoints-over-http',
		anchor: 'side-by-side',
		statement:
			'Over HTTP, each app reports its installed stack and a pin range for the installed minor.',
		test: 'examples/community_and_ecosystem/test_community_and_ecosystem.py::test_both_apps_report_their_stack_over_http',
		server: true,
	},
	{
		id: 'fastapi-starlette-floor-only',
		anchor: 'side-by-side',
		statement: 'FastAPI requires starlette>=1.6.0, with no upper bound.',
		test: 'examples/community_and_ecosystem/test_community_and_ecosystem.py::test_fastapi_declares_a_starlette_floor_and_no_ceiling',
		server: false,
	},
	{
		id: 'flask-unknown-package-404',
		anchor: 'side-by-side',
		statement: 'On Gunicorn, Flask answers /version/django with its own 404.',
		test: 'examples/community_and_ecosystem/test_community_and_ecosystem.py::test_flask_unknown_package_is_404_on_gunicorn',
		server: true,
	},
	{
		id: 'fastapi-unknown-package-422',
		anchor: 'side-by-side',
		statement: 'On Uvicorn, FastAPI answers /version/django with a 422 listing the allowed names.',
		test: 'examples/community_and_ecosystem/test_community_and_ecosystem.py::test_fastapi_unknown_package_is_422_on_uvicorn',
		server: true,
	},
] satisfies readonly EvidenceEntry[];
