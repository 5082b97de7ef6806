// Takes screenshots of the production build the way readers meet it: at 1280 px and 375 px, in the
// light and dark themes, printed (print media), and without JavaScript. Writes them to
// screenshots/ (git-ignored) for review and refreshes the README's home-page picture.
// Usage: npm run screenshots [-- /path/ /other/] [--width=1440 …] (widths replace 1280 and 375)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'astro';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './browser.mjs';
import { BASE } from './lib/dist.ts';
import { repoRoot as root } from './lib/system.mjs';

const outDir = join(root, 'screenshots');
const defaultPaths = [
	'/',
	'/compare/',
	'/compare/data-validation/',
	'/compare/performance/',
	'/quiz/',
	'/fact-check/',
	'/glossary/',
	'/guides/what-is-fastapi/',
	'/404/',
];
const args = process.argv.slice(2);
const widthArgs = args.filter((arg) => arg.startsWith('--width='));
const pathArgs = args.filter((arg) => !arg.startsWith('--width='));
const paths = pathArgs.length > 0 ? pathArgs : defaultPaths;
const widths =
	widthArgs.length > 0 ? widthArgs.map((arg) => Number(arg.slice('--width='.length))) : [1280, 375];
const badPaths = paths.filter((path) => !path.startsWith('/'));
if (badPaths.length > 0) {
	console.error(
		`✖ pages are given as site paths starting with "/" (such as /compare/performance/), got ${badPaths.join(' ')}`,
	);
	process.exit(1);
}
if (widths.some((width) => !Number.isInteger(width) || width < 200 || width > 4000)) {
	console.error(
		`✖ --width takes a whole number of CSS pixels from 200 to 4000, got ${widthArgs.join(' ')}`,
	);
	process.exit(1);
}
/** How a reader sees the page: theme, media and whether scripts run. */
const views = [
	{ name: 'light', theme: 'light', media: 'screen', javaScript: true },
	{ name: 'dark', theme: 'dark', media: 'screen', javaScript: true },
	{ name: 'print', theme: 'light', media: 'print', javaScript: true },
	{ name: 'nojs', theme: 'light', media: 'screen', javaScript: false },
];

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
		for (const view of views) {
			const context = await browser.newContext({
				viewport: { width, height: width === 375 ? 812 : 900 },
				colorScheme: view.theme,
				javaScriptEnabled: view.javaScript,
			});
			await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), view.theme);
			const page = await context.newPage();
			await page.emulateMedia({ media: view.media });
			for (const path of paths) {
				await page.goto(`http://127.0.0.1:${port}${BASE}${path.replace(/^\//, '')}`, {
					waitUntil: 'networkidle',
				});
				const name =
					(path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home') +
					`-${width}-${view.name}.png`;
				await page.screenshot({ path: join(outDir, name), fullPage: true });
				if (path === '/' && width === 1280 && view.name === 'light') {
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
