import type { EvidenceEntry } from '../evidence';

export default [
	{
		id: 'flask-ws-accepted-then-closed-1008',
		anchor: 'websockets-need-an-extension',
		statement:
			'On Gunicorn (gthread), the flask-sock sample accepts a handshake without a name, then closes the WebSocket with code 1008.',
		test: 'examples/websockets_and_streaming/test_websockets_and_streaming.py::test_flask_websocket_without_name_is_accepted_then_closed_with_1008',
		server: true,
	},
	{
		id: 'fastapi-ws-refusal-is-http-403',
		anchor: 'websockets',
		statement:
			'On Uvicorn (websockets and wsproto), a FastAPI WebSocket that fails validation before accept() gets HTTP 403 for its handshake; no WebSocket opens.',
		test: 'examples/websockets_and_streaming/test_websockets_and_streaming.py::test_fastapi_refusal_before_accept_is_http_403_on_uvicorn',
		server: true,
	},
	{
		id: 'fastapi-testclient-shows-1008',
		anchor: 'websockets',
		statement:
			"FastAPI's TestClient reports the same refused handshake as a WebSocketDisconnect with code 1008.",
		test: 'examples/websockets_and_streaming/test_websockets_and_streaming.py::test_fastapi_testclient_reports_1008_where_uvicorn_answers_403',
		server: false,
	},
	{
		id: 'flask-ws-foreign-origin-403',
		anchor: 'authentication-origin-and-many-workers',
		statement:
			"The Flask sample's before_request Origin check refuses a foreign-origin handshake with HTTP 403 on Gunicorn, before flask-sock accepts it.",
		test: 'examples/websockets_and_streaming/test_websockets_and_streaming.py::test_flask_refuses_a_foreign_origin_before_the_handshake',
		server: true,
	},
	{
		id: 'fastapi-ws-foreign-origin-403',
		anchor: 'authentication-origin-and-many-workers',
		statement:
			"The FastAPI sample's Origin dependency refuses a foreign-origin handshake with HTTP 403 on Uvicorn.",
		test: 'examples/websockets_and_streaming/test_websockets_and_streaming.py::test_fastapi_refuses_a_foreign_origin_before_the_handshake',
		server: true,
	},
	{
		id: 'fastapi-sse-headers',
		anchor: 'streaming-and-sse',
		statement:
			"FastAPI's EventSourceResponse sends Cache-Control: no-cache and X-Accel-Buffering: no.",
		test: 'examples/websockets_and_streaming/test_websockets_and_streaming.py::test_fastapi_server_sent_events',
		server: false,
	},
] satisfies readonly EvidenceEntry[];
