/** A JSON file as the data endpoints publish it: two-space indented, one final newline. */
export function jsonResponse(data: unknown): Response {
	return new Response(`${JSON.stringify(data, null, 2)}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
}
