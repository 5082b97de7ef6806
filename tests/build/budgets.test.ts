import { expect, test } from 'vitest';
import {
	BUDGETS,
	budgetViolations,
	measureSite,
	pagesTable,
	summaryTable,
} from '../../scripts/lib/budgets.ts';
import { BASE, DIST, sitemapPaths } from '../../scripts/lib/dist.ts';

// Size budgets of the production build (gzip level 9): HTML per page, all CSS and all JavaScript
// a page loads before any interaction (Pagefind's search interface and index excluded: they load
// through dynamic import() when a reader reaches for the search box, see
// src/browser/pagefind-on-demand.ts), and the whole of a first visit. Limits: scripts/lib/budgets.ts.
// `npm run budgets` prints the same tables for the README.

test('every page of the build is within its size budgets', async () => {
	const reports = await measureSite(DIST, BASE);
	console.log(`${summaryTable(reports)}\n\nHeaviest first visits:\n${pagesTable(reports, 8)}`);

	// The measurement itself must have found the pages and what they load.
	const pages = new Set(reports.map((r) => r.page));
	for (const path of sitemapPaths())
		expect(pages, `the sitemap's /${path} was measured`).toContain(path);
	for (const r of reports) {
		expect(r.css, `/${r.page} loads CSS`).toBeGreaterThan(0);
		expect(r.js, `/${r.page} loads JavaScript`).toBeGreaterThan(0);
		expect(
			r.assets.some((a) => a.path.startsWith('pagefind/')),
			`/${r.page} loads no Pagefind file up front`,
		).toBe(false);
	}
	expect(
		Object.keys(BUDGETS.extraJs).every((page) => pages.has(page)),
		'every per-page JavaScript allowance names a real page',
	).toBe(true);

	expect(budgetViolations(reports)).toEqual([]);
});
