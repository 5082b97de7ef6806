// Finds the Chromium the end-to-end tests drive. Shared by playwright.config.ts and
// scripts/ensure-browser.mjs so both always agree on which browser is used.
import { existsSync } from 'node:fs';

/** Debian's package path; other distributions use the second. */
export const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * Returns the Chromium to launch: `CHROMIUM_PATH` when set, else a system Chromium, else
 * Playwright's own download if present, else `undefined`.
 * @returns {Promise<{ path: string, source: 'env' | 'system' | 'playwright' } | undefined>}
 */
export async function findChromium() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv))
			throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but no file exists there.`);
		return { path: fromEnv, source: 'env' };
	}
	for (const candidate of SYSTEM_CHROMIUM_PATHS) {
		if (existsSync(candidate)) return { path: candidate, source: 'system' };
	}
	try {
		const { chromium } = await import('playwright-core');
		const own = chromium.executablePath();
		if (own && existsSync(own)) return { path: own, source: 'playwright' };
	} catch {
		// Playwright has no browser of its own here.
	}
	return undefined;
}

/** Flags for a sandboxed, offline-friendly headless run; `--no-sandbox` only when running as root. */
export function chromiumArgs() {
	const args = [
		'--disable-background-networking',
		'--disable-component-update',
		'--no-first-run',
		'--disable-sync',
	];
	if (process.getuid?.() === 0) args.push('--no-sandbox');
	return args;
}
