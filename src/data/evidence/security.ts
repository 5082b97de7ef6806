import type { EvidenceEntry } from '../evidence';

export default [
	{
		id: 'flask-session-cookie-defaults',
		anchor: 'sessions-key-rotation-and-hosts',
		statement:
			'With no session settings, Flask on Gunicorn sends the session cookie with HttpOnly and Path=/ only: no Secure, SameSite or expiry.',
		test: 'examples/security/test_security_wire.py::test_session_cookie_attributes_on_the_wire[flask-defaults]',
		server: true,
	},
	{
		id: 'proxyfix-believes-any-sender',
		anchor: 'sessions-key-rotation-and-hosts',
		statement:
			'Behind ProxyFix on Gunicorn, a peer outside --forwarded-allow-ips still sets the client address and scheme with X-Forwarded-For/-Proto.',
		test: 'examples/security/test_security_wire.py::test_werkzeug_proxyfix_believes_any_sender',
		server: true,
	},
	{
		id: 'fastapi-security-classes-401',
		anchor: 'the-fastapisecurity-classes',
		statement:
			'Every fastapi.security class answers a request without credentials with 401 and a WWW-Authenticate challenge.',
		test: 'examples/security/test_security.py::test_every_fastapi_security_class_answers_401_with_a_challenge',
		server: false,
	},
	{
		id: 'fastapi-scopes-in-openapi',
		anchor: 'the-fastapisecurity-classes',
		statement:
			'Security(current_user, scopes=["reports:read"]) puts the scope into the operation\'s security requirement in /openapi.json.',
		test: 'examples/security/test_security.py::test_fastapi_documents_the_scheme_and_the_scope_in_openapi',
		server: false,
	},
	{
		id: 'starlette-session-cookie-defaults',
		anchor: 'sessions-hosts-and-cors-from-starlette',
		statement:
			'With default settings, SessionMiddleware on Uvicorn sends path=/, Max-Age=1209600, httponly and samesite=lax, and no secure flag.',
		test: 'examples/security/test_security_wire.py::test_session_cookie_attributes_on_the_wire[starlette-defaults]',
		server: true,
	},
	{
		id: 'uvicorn-forwarded-allow-ips',
		anchor: 'sessions-hosts-and-cors-from-starlette',
		statement:
			'Uvicorn applies X-Forwarded-For/-Proto only from addresses in --forwarded-allow-ips (by default 127.0.0.1 and ::1).',
		test: 'examples/security/test_security_wire.py::test_uvicorn_honours_forwarded_headers_only_from_allowed_addresses',
		server: true,
	},
	{
		id: 'fastapi-422-echoes-password',
		anchor: 'what-a-422-gives-away',
		statement:
			'On Uvicorn, FastAPI\'s default 422 body returns a too-short SecretStr password under "input"; the sample\'s handler leaves it out.',
		test: 'examples/security/test_security_wire.py::test_default_422_echoes_a_rejected_password_and_the_handler_drops_it',
		server: true,
	},
] satisfies readonly EvidenceEntry[];
