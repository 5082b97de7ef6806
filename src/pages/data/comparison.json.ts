/**
 * `/data/comparison.json`: the verdict of every comparison dimension, one record each, in the
 * order of the matrix. The fields are documented on /about/#data-and-re-use.
 */
import type { APIRoute } from 'astro';
import { getComparisonPages } from '~/data/comparison-pages';
import { isoDate } from '~/lib/dates';
import { absoluteUrl } from '~/lib/urls';
import { jsonResponse } from './_json';

export const GET: APIRoute = async ({ site }) => {
	if (!site)
		throw new Error(
			'/data/comparison.json needs `site` in astro.config.mjs for its absolute URLs.',
		);
	const pages = await getComparisonPages();
	return jsonResponse(
		pages.map(({ dimension, title, verdict, summary, reviewed, path }) => ({
			id: dimension,
			title,
			verdict,
			summary,
			reviewed: isoDate(reviewed),
			url: absoluteUrl(path, site, import.meta.env.BASE_URL),
		})),
	);
};
