import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DIST } from '../../scripts/lib/dist.ts';

// public/_headers (Netlify / Cloudflare Pages format) must reach the build with the security
// headers every page needs and long-lived caching for Astro's hashed assets only.

/** Parses the `_headers` format: an unindented path line, then indented `Name: value` lines. */
function parseHeaders(text: string): Map<string, Map<string, string>> {
	const rules = new Map<string, Map<string, string>>();
	let current: Map<string, string> | undefined;
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			current = new Map();
			rules.set(line.trim(), current);
			continue;
		}
		const match = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
		if (!match || !current) throw new Error(`Unexpected line in _headers: ${JSON.stringify(line)}`);
		current.set((match[1] ?? '').toLowerCase(), (match[2] ?? '').trim());
	}
	return rules;
}

test('dist/_headers sets the security headers on every page and caches hashed assets for a year', () => {
	const file = join(DIST, '_headers');
	expect(existsSync(file), 'dist/_headers exists (copied from public/)').toBe(true);
	const rules = parseHeaders(readFileSync(file, 'utf8'));

	const all = rules.get('/*');
	expect(all, 'a rule for every path (/*)').toBeDefined();
	expect(all?.get('x-content-type-options')).toBe('nosniff');
	expect(all?.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
	const permissions = new Map(
		(all?.get('permissions-policy') ?? '').split(',').map((part) => {
			const [feature = '', allow = ''] = part.trim().split('=');
			return [feature, allow];
		}),
	);
	for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
		expect(permissions.get(feature), `Permissions-Policy denies ${feature}`).toBe('()');
	}
	expect(all?.has('cache-control'), 'HTML is not cached as immutable').toBe(false);

	const assets = rules.get('/_astro/*');
	const cache = assets?.get('cache-control') ?? '';
	expect(cache).toContain('immutable');
	expect(Number(/max-age=(\d+)/.exec(cache)?.[1])).toBeGreaterThanOrEqual(31_536_000);

	// Immutable caching is only safe if every file there has a content hash in its name.
	const unhashed = readdirSync(join(DIST, '_astro')).filter(
		(name) => !/\.[\w-]{5,}\.[a-z0-9]+$/i.test(name),
	);
	expect(unhashed, 'files in _astro/ without a hash in their name').toEqual([]);
});
