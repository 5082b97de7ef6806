import { expect, type Page } from '@playwright/test';

export { BASE, DIST, sitemapPaths } from '../scripts/lib/dist.ts';

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
	page.on('requestfailed', (request) =>
		problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`),
	);
	page.on('response', (response) => {
		if (response.status() >= 400)
			problems.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
	});
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol.startsWith('http') && url.origin !== origin)
			problems.foreignRequests.push(request.url());
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
