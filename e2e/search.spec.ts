import { expect, test, type Page } from '@playwright/test';

/**
 * Search through the real search box: term → a page among the first three results. The full
 * search-quality check (44+ queries, on the built index) is tests/build/search.test.ts.
 */
const expectations: [string, string][] = [
	['pydantic', 'compare/data-validation/'],
	['swagger', 'compare/api-documentation/'],
	['depends', 'compare/dependency-injection/'],
	['gunicorn', 'compare/scalability-and-deployment/'],
	['websocket', 'compare/websockets-and-streaming/'],
	['csrf', 'compare/security/'],
	['blueprint', 'compare/flexibility/'],
	['testclient', 'compare/testing/'],
];

/** Opens the search dialog, types `term` and returns the distinct result pages, best first. */
async function searchResults(page: Page, term: string, count: number): Promise<string[]> {
	await page.goto('');
	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog', { name: 'Search' });
	await dialog.getByRole('textbox', { name: 'Search' }).fill(term);
	const results = dialog.locator('.pagefind-ui__result-title .pagefind-ui__result-link');
	await expect(results.first()).toBeVisible();
	// Distinct pages, best first: a page's sub-results (its matching sections) share its path.
	const paths = await results.evaluateAll((links) =>
		links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
	);
	return [...new Set(paths)].slice(0, count);
}

for (const [term, expected] of expectations) {
	test(`searching "${term}" lists ${expected} in the first three results`, async ({ page }) => {
		const hrefs = await searchResults(page, term, 3);
		expect(
			hrefs.some((href) => href.endsWith(`/${expected}`)),
			`top results: ${hrefs.join(', ')}`,
		).toBe(true);
	});
}

test.describe('the search interface', () => {
	/** Paths the page has requested of Pagefind: its interface module or anything under /pagefind/. */
	function pagefindRequests(page: Page): string[] {
		const requested: string[] = [];
		page.on('request', (request) => {
			const path = new URL(request.url()).pathname;
			if (/\/ui-core\.[\w-]+\.js$|\/pagefind\//.test(path)) requested.push(path);
		});
		return requested;
	}

	/** Loads the home page and waits until the browser is idle, when Starlight sets up search. */
	async function loadAndIdle(page: Page): Promise<void> {
		await page.goto('');
		await page.waitForLoadState('networkidle');
		await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(null))));
		await page.waitForLoadState('networkidle');
	}

	test('is not downloaded by a visit that does not search', async ({ page }) => {
		const requested = pagefindRequests(page);
		await loadAndIdle(page);
		expect(requested).toEqual([]);
	});

	test('loads when the search button is clicked, with the input focused', async ({ page }) => {
		const requested = pagefindRequests(page);
		await loadAndIdle(page);
		await page.getByRole('button', { name: 'Search' }).click();
		const input = page
			.getByRole('dialog', { name: 'Search' })
			.getByRole('textbox', { name: 'Search' });
		await expect(input).toBeFocused();
		expect(requested.some((path) => path.includes('/ui-core.'))).toBe(true);
	});

	test('loads when opened with Ctrl+K, and finds results', async ({ page }) => {
		await loadAndIdle(page);
		await page.keyboard.press('Control+k');
		const dialog = page.getByRole('dialog', { name: 'Search' });
		const input = dialog.getByRole('textbox', { name: 'Search' });
		await expect(input).toBeFocused();
		await input.pressSequentially('pydantic');
		await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible();
	});
});
