// Takes screenshots of the production build at 1280 px and 375 px, in light and dark themes,
// into screenshots/ (git-ignored) for review, and refreshes the README's home-page picture.
// Usage: npm run screenshots [-- /path/ /other/]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'astro';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './browser.mjs';

const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'screenshots');
const defaultPaths = ['/', '/compare/', '/compare/data-validation/', '/compare/performance/', '/quiz/', '/fact-check/', '/glossary/', '/guides/what-is-fastapi/', '/404/'];
const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : defaultPaths;
const widths = [1280, 375];
const themes = ['light', 'dark'];

mkdirSync(outDir, { recursive: true });
const browserInfo = await findChromium();
if (!browserInfo) {
	console.error('✖ No Chromium found; run `node scripts/ensure-browser.mjs`.');
	process.exit(1);
}

const port = 4330;
const server = await preview({ root, logLevel: 'warn', server: { host: '127.0.0.1', port } });
const browser = await chromium.launch({ executablePath: browserInfo.path, args: chromiumArgs() });
try {
	for (const width of widths) {
		for (const theme of themes) {
			const context = await browser.newContext({ viewport: { width, height: width === 375 ? 812 : 900 }, colorScheme: theme });
			await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
			const page = await context.newPage();
			for (const path of paths) {
				await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
				const name = (path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home') + `-${width}-${theme}.png`;
				await page.screenshot({ path: join(outDir, name), fullPage: true });
				if (path === '/' && width === 1280 && theme === 'light') {
					await page.screenshot({ path: join(root, 'docs', 'home.png') });
				}
			}
			await context.close();
		}
	}
	console.log(`Screenshots written to ${outDir}`);
} finally {
	await browser.close();
	await server.stop();
}
