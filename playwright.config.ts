import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/browser.mjs';
import { BASE as base } from './scripts/lib/dist.ts';

// The suite runs against the production build (`astro build` first, then `astro preview`),
// because search (Pagefind) and the CSP only exist there.
const port = Number(process.env.E2E_PORT ?? 4329);
const chromium = await findChromium();

export default defineConfig({
	testDir: './e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	...(process.env.CI ? { workers: 2 } : {}),
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	timeout: 60_000,
	use: {
		baseURL: `http://127.0.0.1:${port}${base}`,
		trace: 'retain-on-failure',
		launchOptions: {
			...(chromium ? { executablePath: chromium.path } : {}),
			args: chromiumArgs(),
		},
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		command: `astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
		url: `http://127.0.0.1:${port}${base}`,
		env: { ASTRO_PREVIEW_BACKGROUND: '0' },
		reuseExistingServer: false,
		timeout: 60_000,
		stdout: 'ignore',
		stderr: 'pipe',
	},
});
