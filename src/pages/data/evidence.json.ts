/**
 * `/data/evidence.json`: every statement on a comparison page with the test that proves it, so
 * anyone can check the site's evidence without reading the pages.
 */
import type { APIRoute } from 'astro';
import { evidence } from '~/data/evidence';

export const GET: APIRoute = () =>
	new Response(
		`${JSON.stringify(
			evidence.map(({ page, anchor, statement, test, server }) => ({ page, anchor, statement, test, server })),
			null,
			2,
		)}\n`,
		{ headers: { 'Content-Type': 'application/json; charset=utf-8' } },
	);
