import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DIST, sitemapPaths } from './site';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

function cspOf(html: string): string {
	return /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
}

test('every inline script of the build is allowed by its page’s CSP, and scripts never get unsafe-inline', () => {
	const problems = new Map<string, string>();
	for (const file of htmlFiles(DIST)) {
		const html = readFileSync(file, 'utf8');
		const csp = cspOf(html);
		expect(csp, `${relative(DIST, file)} has no CSP meta`).not.toBe('');
		const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
		expect(scriptSrc).not.toContain("'unsafe-inline'");
		for (const match of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
			const body = match[2] ?? '';
			if ((match[1] ?? '').includes('application/ld+json')) continue;
			const hash = `sha256-${createHash('sha256').update(body).digest('base64')}`;
			if (!csp.includes(`'${hash}'`) && !problems.has(hash)) {
				problems.set(
					hash,
					`An inline script is not allowed by the CSP (first seen in ${relative(DIST, file)}): "${body.trim().slice(0, 80)}…". ` +
						`If Starlight was upgraded and changed its inline script, put '${hash}' in src/data/csp.ts (starlightInlineScripts) in place of the old entry.`,
				);
			}
		}
	}
	expect([...problems.values()]).toEqual([]);
});

/** Collects CSP violations from the moment the page starts. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const list: string[] = [];
		(window as unknown as { __csp: string[] }).__csp = list;
		document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
	});
	return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

test('no page triggers a CSP violation, including search, tabs and the theme switch', async ({ page }) => {
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
	await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' }).fill('pydantic');
	await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
	seen.push(...(await violations()).map((v) => `search: ${v}`));

	await page.goto('compare/websockets-and-streaming/');
	await page.locator('starlight-tabs').first().getByRole('tab', { name: 'FastAPI' }).click();
	await page.locator('starlight-theme-select select').first().selectOption('dark');
	await page.reload();
	await expect(page.locator('starlight-tabs').first().getByRole('tab', { name: 'FastAPI' })).toHaveAttribute('aria-selected', 'true');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	seen.push(...(await violations()).map((v) => `tabs/theme: ${v}`));

	await page.goto('quiz/?build=api');
	await page.locator('decision-quiz input[type="radio"]').last().check();
	seen.push(...(await violations()).map((v) => `quiz: ${v}`));

	expect(seen).toEqual([]);
});
