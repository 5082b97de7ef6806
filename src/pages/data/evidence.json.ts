/**
 * `/data/evidence.json`: every statement on a comparison page with the test that proves it, so
 * anyone can check the site's evidence without reading the pages.
 */
import type { APIRoute } from 'astro';
import { evidence } from '~/data/evidence';
import { jsonResponse } from './_json';

export const GET: APIRoute = () =>
	jsonResponse(
		evidence.map(({ page, anchor, statement, test, server }) => ({
			page,
			anchor,
			statement,
			test,
			server,
		})),
	);
