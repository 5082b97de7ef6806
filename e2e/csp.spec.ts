import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './site';

// The static half of the CSP check (every inline script's hash is allowed) is a build check:
// tests/build/csp-hashes.test.ts. This half watches real pages for violations.

/** Collects CSP violations from the moment the page starts. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const list: string[] = [];
		(window as unknown as { __csp: string[] }).__csp = list;
		document.addEventListener('securitypolicyviolation', (e) =>
			list.push(
				`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
			),
		);
	});
	return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

test('no page triggers a CSP violation, including search, tabs and the theme switch', async ({
	page,
}) => {
	test.setTimeout(120_000);
	const violations = await recordViolations(page);
	const seen: string[] = [];
	for (const path of sitemapPaths()) {
		await page.goto(path, { waitUntil: 'networkidle' });
		seen.push(...(await violations()).map((v) => `/${path}: ${v}`));
	}
	// Search loads Pagefind's WebAssembly, the one thing 'wasm-unsafe-eval' is there for.
	await page.goto('compare/');
	await page.getByRole('button', { name: 'Search' }).click();
	await page
		.getByRole('dialog', { name: 'Search' })
		.getByRole('textbox', { name: 'Search' })
		.fill('pydantic');
	await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
	seen.push(...(await violations()).map((v) => `search: ${v}`));

	await page.goto('compare/websockets-and-streaming/');
	await page.locator('starlight-tabs').first().getByRole('tab', { name: 'FastAPI' }).click();
	await page.locator('starlight-theme-select select').first().selectOption('dark');
	await page.reload();
	await expect(
		page.locator('starlight-tabs').first().getByRole('tab', { name: 'FastAPI' }),
	).toHaveAttribute('aria-selected', 'true');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	seen.push(...(await violations()).map((v) => `tabs/theme: ${v}`));

	await page.goto('quiz/?build=api');
	await page.locator('decision-quiz input[type="radio"]').last().check();
	seen.push(...(await violations()).map((v) => `quiz: ${v}`));

	expect(seen).toEqual([]);
});
