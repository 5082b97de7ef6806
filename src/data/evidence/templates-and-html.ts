import type { EvidenceEntry } from '../evidence';

export default [
	{
		id: 'autoescape-by-template-name',
		anchor: 'how-fastapi-does-it',
		statement:
			'Flask autoescapes .xhtml and .svg templates too; Jinja2Templates(directory=...) does not.',
		test: 'examples/templates_and_html/test_templates_and_html.py::test_which_template_names_are_autoescaped',
		server: false,
	},
	{
		id: 'jinja2templates-env-no-autoescape',
		anchor: 'how-fastapi-does-it',
		statement:
			'Jinja2Templates(env=Environment(...)) leaves a <script> tag unescaped unless autoescape is set.',
		test: 'examples/templates_and_html/test_templates_and_html.py::test_jinja2templates_with_your_own_env_escapes_nothing_unless_told',
		server: false,
	},
	{
		id: 'fastapi-url-for-forwarded-proto',
		anchor: 'how-fastapi-does-it',
		statement: 'On Uvicorn, url_for follows X-Forwarded-Proto from 127.0.0.1, not from 127.0.0.2.',
		test: 'examples/templates_and_html/test_templates_and_html.py::test_fastapi_url_for_follows_forwarded_proto_only_from_trusted_peers',
		server: true,
	},
	{
		id: 'both-escape-script',
		anchor: 'side-by-side',
		statement: 'Both pages show a posted <script> tag as escaped text.',
		test: 'examples/templates_and_html/test_templates_and_html.py::test_both_escape_script_tags',
		server: false,
	},
] satisfies readonly EvidenceEntry[];
