/**
 * `/data/claims.json`: the 2022 article's claims C1–C25 with today's status, what holds now and
 * the sources, as on /fact-check/. The fields are documented on /about/#data-and-re-use.
 */
import type { APIRoute } from 'astro';
import { claims } from '~/data/claims';
import { dimensions } from '~/data/dimensions';
import { claimHomePageLink } from '~/lib/claim-pages';
import { claimAnchor } from '~/lib/claims';
import { absoluteUrl } from '~/lib/urls';
import { jsonResponse } from './_json';

export const GET: APIRoute = ({ site }) => {
	if (!site)
		throw new Error('/data/claims.json needs `site` in astro.config.mjs for its absolute URLs.');
	const url = (path: string) => absoluteUrl(path, site, import.meta.env.BASE_URL);
	return jsonResponse(
		claims.map((claim) => ({
			id: claim.id,
			claim: claim.claim,
			status: claim.status,
			statusNote: claim.statusNote,
			today: claim.today,
			checked: claim.checked,
			url: url(`/fact-check/#${claimAnchor(claim.id)}`),
			pages: claim.pages.map((page) => {
				const { href, title } = claimHomePageLink(page, dimensions);
				return { title, url: url(href) };
			}),
			sources: claim.sources.map(({ title, url: source }) => ({ title, url: source })),
		})),
	);
};
