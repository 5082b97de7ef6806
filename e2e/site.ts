import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

export const DIST = join(import.meta.dirname, '..', 'dist');

/** The base path the build under test was made with (BASE_PATH), normalised to `/x/` or `/`. */
export const BASE = process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, '')}/` : '/';

/**
 * Every page the sitemap lists, as a path relative to the base (`compare/performance/`), so
 * `page.goto(path)` resolves against Playwright's baseURL whatever the deploy sub-path.
 */
export function sitemapPaths(): string[] {
	const files = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
	const urls = files.flatMap((f) => [...readFileSync(join(DIST, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? ''));
	if (urls.length === 0) throw new Error('The sitemap lists no pages: did `astro build` run?');
	return urls.map((url) => {
		const { pathname } = new URL(url);
		if (!pathname.startsWith(BASE)) throw new Error(`Sitemap URL ${url} is outside the base ${BASE}`);
		return pathname.slice(BASE.length);
	});
}

export interface PageProblems {
	consoleErrors: string[];
	failedRequests: string[];
	foreignRequests: string[];
}

/** Records console errors, failed requests and any request to another origin while a page is used. */
export function watchPage(page: Page, origin: string): PageProblems {
	const problems: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
	page.on('console', (message) => {
		if (message.type() === 'error') problems.consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => problems.consoleErrors.push(String(error)));
	page.on('requestfailed', (request) => problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`));
	page.on('response', (response) => {
		if (response.status() >= 400) problems.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
	});
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol.startsWith('http') && url.origin !== origin) problems.foreignRequests.push(request.url());
	});
	return problems;
}

/** Applies a theme the way Starlight's theme picker stores it, before any page script runs. */
export async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
	await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
	await page.emulateMedia({ colorScheme: theme });
}

export async function expectTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}
