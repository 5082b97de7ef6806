import { expect, test } from '@playwright/test';

/** Search term → the page that must be among the first three results. */
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

for (const [term, expected] of expectations) {
	test(`searching "${term}" lists ${expected} in the first three results`, async ({ page }) => {
		await page.goto('');
		await page.getByRole('button', { name: 'Search' }).click();
		const dialog = page.getByRole('dialog', { name: 'Search' });
		await dialog.getByRole('textbox', { name: 'Search' }).fill(term);
		const results = dialog.locator('.pagefind-ui__result-title .pagefind-ui__result-link');
		await expect(results.first()).toBeVisible();
		const hrefs = await results.evaluateAll((links) => links.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(hrefs.some((href) => href.endsWith(`/${expected}`)), `top results: ${hrefs.join(', ')}`).toBe(true);
	});
}
