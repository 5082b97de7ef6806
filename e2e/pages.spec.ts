import { expect, test } from '@playwright/test';
import { sitemapPaths, watchPage } from './site';

const paths = sitemapPaths();

test('the sitemap lists the site’s main pages', () => {
	for (const path of [
		'',
		'compare/',
		'compare/data-validation/',
		'quiz/',
		'fact-check/',
		'glossary/',
	]) {
		expect(paths).toContain(path);
	}
});

for (const path of paths) {
	test(`/${path} loads cleanly`, async ({ page, baseURL }) => {
		const origin = new URL(baseURL ?? '').origin;
		const problems = watchPage(page, origin);
		const response = await page.goto(path, { waitUntil: 'networkidle' });
		expect(response?.status()).toBe(200);
		await expect(page.locator('h1')).toHaveCount(1);
		await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S.{19,}/);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
			'href',
			new RegExp(`${path.replace(/[/.]/g, '\\$&')}$`),
		);
		await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /\S/);
		await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /\S/);
		expect(problems.consoleErrors, 'console errors').toEqual([]);
		expect(problems.failedRequests, 'failed requests').toEqual([]);
		expect(problems.foreignRequests, 'requests to other origins').toEqual([]);
	});
}

test('an unknown URL shows the 404 page', async ({ page }) => {
	const response = await page.goto('no/such/page/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('Page not found');
	await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'open an issue on GitHub' })).toHaveAttribute(
		'href',
		/\/issues\/new\?title=Broken%20link$/,
	);
	await expect(page.getByText(/Last updated/)).toHaveCount(0);
});
